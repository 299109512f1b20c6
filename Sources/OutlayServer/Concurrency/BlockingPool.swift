import Foundation
import OutlayKit

/// Threads of the server's own for work that may block: every SQLite read
/// and write (a write may wait for the lock, a big sync merge takes a while),
/// and bcrypt. The one way the server leaves the cooperative threads.
/// Request handlers `await` it, so Swift concurrency's cooperative threads and
/// NIO's event loops never block. Long merges run on a pool of their own, and
/// writes to one ledger take turns before they take a thread (`LedgerGates`),
/// so no user can occupy every thread while others' requests wait.
/// NIO's `NIOThreadPool` (the same number of threads) was measured in its
/// place: 4 276 and 4 019 requests/s for a 50-row list against 4 537 and
/// 4 367 for this pool, run beside it; so this one stays.
///
/// `@unchecked Sendable`: `jobs` and `head` are only touched with `condition` locked.
final class BlockingPool: SyncStepRunner, @unchecked Sendable {
    /// The process's pool for requests: a thread per core. Threads live as
    /// long as the process, so every gateway in it (the tests build many)
    /// shares them. More threads than cores only wake each other up: with 16,
    /// a list request cost a third more than with 2.
    static let shared = BlockingPool(threads: max(2, ProcessInfo.processInfo.activeProcessorCount))
    /// For work that takes long (a sync merge of thousands of changes), so it never holds a request thread.
    static let long = BlockingPool(threads: 4)
    /// For bcrypt, which keeps a core busy for a quarter second: a thread per core, apart from the database's
    /// (`PasswordCheckGate` decides how many hashes may wait for them).
    static let passwords = BlockingPool(threads: max(2, ProcessInfo.processInfo.activeProcessorCount), name: "outlay-bcrypt")

    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var head = 0

    /// `threads` many may block at once; further work waits its turn.
    private init(threads: Int, name: String = "outlay-ledger") {
        for index in 0..<max(1, threads) {
            let thread = Thread { [self] in self.serve() }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    /// Runs `work` on a pool thread and returns what it returned or threw.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        return try await withCheckedThrowingContinuation { continuation in
            condition.lock()
            jobs.append { continuation.resume(with: Result { try work() }) }
            condition.signal()
            condition.unlock()
        }
    }

    private func serve() {
        while true { next()() }
    }

    /// The oldest queued job, waiting for one.
    private func next() -> @Sendable () -> Void {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count { condition.wait() }
        let job = jobs[head]
        head += 1
        if head == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            head = 0
        }
        return job
    }
}
