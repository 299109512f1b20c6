import Foundation
import OutlayKit

/// An effect whose work may take long (an import, its preview, an export): it runs on a worker thread while
/// the dashboard keeps drawing and answering keys, and comes back to the event loop as actions.
public struct OffLoopWork {
    /// What the status line says runs: "Importing statement.csv".
    public let label: String
    /// Runs on the worker thread, told how far it is.
    let work: @Sendable (@escaping ProgressReporter) throws -> any Sendable
    /// Back on the loop: its result as actions.
    let finish: (Result<any Sendable, any Error>) -> [Action]
}

/// One worker thread for `OffLoopWork`, one piece at a time in the order given; what finished, and the latest
/// progress, wait here until the event loop takes them.
final class OffLoopQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    // Guarded by `lock`.
    private var waiting: [OffLoopWork] = []
    private var current: OffLoopWork?
    private var running: Bool { current != nil }
    private var finished: [(OffLoopWork, Result<any Sendable, any Error>)] = []
    private var progress: WorkProgress?
    private var started: Date?

    var isBusy: Bool { lock.withLock { running || !waiting.isEmpty || !finished.isEmpty } }

    func submit(_ work: OffLoopWork) {
        let start = lock.withLock { () -> Bool in
            waiting.append(work)
            return !running
        }
        if start { startNext() }
    }

    private func startNext() {
        guard let job = lock.withLock({ () -> (@Sendable (@escaping ProgressReporter) throws -> any Sendable)? in
            guard current == nil, !waiting.isEmpty else { return nil }
            current = waiting.removeFirst()
            (progress, started) = (nil, Date())
            return current?.work
        }) else { return }
        let thread = Thread { [self] in
            let result = Result<any Sendable, any Error> { try job { progress in self.lock.withLock { self.progress = progress } } }
            lock.withLock {
                if let current { finished.append((current, result)) }
                current = nil
            }
            ready.signal()
            startNext()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// What finished since the last call, in order.
    func takeFinished() -> [(OffLoopWork, Result<any Sendable, any Error>)] {
        lock.withLock { defer { finished = [] }; return finished }
    }

    /// The running work's latest progress and how long it has run, once per report.
    func takeProgress() -> (WorkProgress, milliseconds: Int)? {
        lock.withLock {
            defer { progress = nil }
            guard running, let progress, let started else { return nil }
            return (progress, Int(Date().timeIntervalSince(started) * 1_000))
        }
    }

    /// Waits until all given work has finished (tests and the bench; the live loop polls instead).
    func waitUntilIdle(timeout: Double = 600) {
        let deadline = Date().addingTimeInterval(timeout)
        while lock.withLock({ running || !waiting.isEmpty }), Date() < deadline { _ = ready.wait(timeout: .now() + 0.05) }
    }
}
