import Synchronization

/// One writer per ledger at a time, waiting in line without a thread.
///
/// SQLite lets one write into a database at once; a second waits for the
/// lock, and waiting holds its thread. With few database threads, one user
/// sending a long sync merge and two more writes could otherwise leave
/// every thread waiting on their lock while other users' requests queue.
/// Writes to one ledger therefore take turns here first, as suspended tasks,
/// and only the one whose turn it is takes a database thread.
final class LedgerGates: Sendable {
    private struct Line {
        var busy = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let lines = Mutex<[String: Line]>([:])

    /// Runs `work` when no other write of `key` is running.
    func serialize<T: Sendable>(_ key: String, _ work: () async throws -> T) async throws -> T {
        await enter(key)
        defer { leave(key) }
        return try await work()
    }

    private func enter(_ key: String) async {
        let mustWait = lines.withLock { lines in
            if lines[key, default: Line()].busy { return true }
            lines[key, default: Line()].busy = true
            return false
        }
        guard mustWait else { return }
        await withCheckedContinuation { continuation in
            let admitted = lines.withLock { lines in
                // The holder may have left between the two locks.
                guard lines[key, default: Line()].busy else {
                    lines[key, default: Line()].busy = true
                    return true
                }
                lines[key, default: Line()].waiting.append(continuation)
                return false
            }
            if admitted { continuation.resume() }
        }
    }

    /// Hands the turn to the next in line (it stays busy), or frees the ledger.
    private func leave(_ key: String) {
        let next = lines.withLock { lines -> CheckedContinuation<Void, Never>? in
            guard var line = lines[key] else { return nil }
            guard !line.waiting.isEmpty else {
                lines[key] = nil
                return nil
            }
            let next = line.waiting.removeFirst()
            lines[key] = line
            return next
        }
        next?.resume()
    }
}
