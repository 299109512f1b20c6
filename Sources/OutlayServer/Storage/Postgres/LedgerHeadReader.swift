import Synchronization

/// Where a ledger's shared log ends, and the ledger's currency.
struct LedgerHead: Sendable, Equatable {
    var seq: Int64
    /// Empty until the ledger's first write names it.
    var currency: String

    static let empty = LedgerHead(seq: 0, currency: "")

    /// Whether a copy in `code` may stand for the ledger (another node may have changed an empty book's currency).
    func allows(currency code: String) -> Bool { currency.isEmpty || currency == code }
}

/// Reads ledgers' heads for requests, many in one query. A request waits for
/// a query sent after it arrived, so it sees every write committed before it
/// came, through any node ("a write through one node is seen through the
/// others at once"); requests that arrive while a query is out share the next
/// one. Under load a node asks PostgreSQL once per round trip instead of once
/// per request (group commit, for reads), at the price of at most one more
/// round trip of waiting.
final class LedgerHeadReader: Sendable {
    private typealias Waiter = CheckedContinuation<LedgerHead, any Error>

    private struct Queue {
        var waiting: [String: [Waiter]] = [:]
        var reading = false
        var queriesSent = 0
    }

    private let log: SharedLedgerLog
    private let queue = Mutex(Queue())

    init(log: SharedLedgerLog) { self.log = log }

    /// How many queries the reads so far took.
    var queriesSent: Int { queue.withLock(\.queriesSent) }

    /// The user's head as it stands after this call began.
    func head(_ userID: String) async throws -> LedgerHead {
        try await withCheckedThrowingContinuation { (waiter: Waiter) in
            let startReading = queue.withLock { queue in
                queue.waiting[userID, default: []].append(waiter)
                defer { queue.reading = true }
                return !queue.reading
            }
            if startReading { Task { await self.readWhileWaited() } }
        }
    }

    /// One query for everyone waiting, then again for those who came meanwhile, until no one waits.
    private func readWhileWaited() async {
        while true {
            let round: [String: [Waiter]] = queue.withLock { queue in
                defer { queue.waiting = [:] }
                if queue.waiting.isEmpty { queue.reading = false } else { queue.queriesSent += 1 }
                return queue.waiting
            }
            if round.isEmpty { return }
            do {
                let heads = try await log.heads(Array(round.keys))
                for (userID, waiters) in round {
                    for waiter in waiters { waiter.resume(returning: heads[userID] ?? .empty) }
                }
            } catch {
                for waiter in round.values.joined() { waiter.resume(throwing: error) }
            }
        }
    }
}
