import Foundation
import PostgresNIO
import _ConnectionPoolModule
import Synchronization

/// The shared database could not be reached: every request that needs it
/// answers 503 at once, not after a minute of the pool's retries, and never
/// as a 401 ("your session expired") for a token that is fine.
struct StoreUnavailable: Error, CustomStringConvertible {
    let reason: String
    var description: String { "the database is unavailable (\(reason)); try again in a few seconds" }
}

/// Whether PostgreSQL answers, as the requests found it. The first failure to
/// reach it marks it down; while down, requests fail fast and one probe a
/// second asks again, so the node recovers by itself when the database is back.
final class StoreAvailability: Sendable {
    /// How long a request waits for a connection before the database counts as down.
    static let leaseDeadline: Duration = .seconds(4)
    static let probeInterval: Duration = .seconds(1)

    private struct State {
        var downReason: String?
        var probing = false
    }

    private let state = Mutex(State())

    /// Nil while the database answers; why it does not otherwise.
    var downReason: String? { state.withLock(\.downReason) }

    /// Throws `StoreUnavailable` while the database is known to be down.
    func check() throws {
        if let reason = downReason { throw StoreUnavailable(reason: reason) }
    }

    /// Marks the database down and starts a probe that marks it up again when `probe` succeeds.
    func markDown(_ reason: String, probe: @escaping @Sendable () async throws -> Void) {
        let startProbe = state.withLock { state in
            state.downReason = reason
            defer { state.probing = true }
            return !state.probing
        }
        guard startProbe else { return }
        Task.detached {
            while true {
                try? await Task.sleep(for: Self.probeInterval)
                if (try? await probe()) != nil { break }
            }
            self.state.withLock { $0 = State() }
        }
    }

    /// Whether `error` says the database could not be reached (as opposed to a statement it refused).
    static func isUnreachable(_ error: any Error) -> Bool {
        switch error {
        case is StoreUnavailable, is ConnectionPoolError: return true
        case let failure as PSQLError: return failure.serverInfo == nil && failure.code != .queryCancelled
        case let failure as PostgresTransactionError:
            return [failure.beginError, failure.closureError, failure.commitError, failure.rollbackError].contains { $0.map(isUnreachable) ?? false }
        default: return false
        }
    }
}

/// Set once by whichever of a race of tasks gets there first.
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    func set() { value.store(true, ordering: .sequentiallyConsistent) }
    var isSet: Bool { value.load(ordering: .sequentiallyConsistent) }
}
