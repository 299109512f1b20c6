import Foundation
import Synchronization

/// How many bcrypt hashes run at once, for every email together. Each takes a
/// core for about a quarter second, so a flood of logins (one email or
/// thousands) would otherwise queue a real user behind minutes of work. As
/// many run as there are cores; a bounded number wait, each at most `patience` (10 s);
/// past that the answer is 429 at once, with when to try again.
final class PasswordCheckGate: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var free: Int
        var waiting: [Waiter] = []
        var nextID: UInt64 = 0
    }

    private let state: Mutex<State>
    private let maximumWaiting: Int
    private let patience: Duration

    init(slots: Int = ProcessInfo.processInfo.activeProcessorCount, maximumWaiting: Int = 16, patience: Duration = .seconds(10)) {
        state = Mutex(State(free: max(1, slots)))
        self.maximumWaiting = maximumWaiting
        self.patience = patience
    }

    /// Runs `work` with a slot; throws 429 when none comes free in time or too many wait already.
    func withSlot<T: Sendable>(_ work: () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await work()
    }

    private var busy: APIError {
        var error = APIError(.tooManyRequests, "the server is busy checking other passwords; try again in a few seconds")
        error.headers = [.retryAfter: "5"]
        return error
    }

    private func acquire() async throws {
        let id: UInt64? = try state.withLock { state in
            if state.free > 0 {
                state.free -= 1
                return nil
            }
            guard state.waiting.count < maximumWaiting else { throw busy }
            state.nextID += 1
            return state.nextID
        }
        guard let id else { return }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            state.withLock { $0.waiting.append(Waiter(id: id, continuation: continuation)) }
            Task { [patience] in
                try? await Task.sleep(for: patience)
                self.giveUp(id)
            }
        }
    }

    /// A waiter still waiting after its patience runs out is answered 429.
    private func giveUp(_ id: UInt64) {
        let waiter = state.withLock { state -> Waiter? in
            guard let index = state.waiting.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiting.remove(at: index)
        }
        waiter?.continuation.resume(throwing: busy)
    }

    /// Hands the slot to the longest waiter, or frees it.
    private func release() {
        let next = state.withLock { state -> Waiter? in
            if state.waiting.isEmpty {
                state.free += 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.continuation.resume()
    }
}
