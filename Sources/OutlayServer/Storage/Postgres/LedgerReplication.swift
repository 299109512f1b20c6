import OutlayKit
import Synchronization

/// Keeps this node's SQLite copy of each ledger in step with the shared log in
/// PostgreSQL, the way a device keeps in step with a server (`SyncRunner`):
/// before a request is answered the copy takes in what other nodes and devices
/// logged since; after a write what it logged goes to the shared log before
/// the answer. The same runner and merge as devices use, so nodes agree as
/// devices do; its SQLite steps run on the threads for long work (a copy's
/// first catch-up takes in the user's whole log) and PostgreSQL's are awaited.
final class LedgerReplication: Sendable {
    let log: SharedLedgerLog
    /// Ledgers' heads, read for many requests at once.
    let heads: LedgerHeadReader
    private let pool: BlockingPool
    /// How far each copy here has taken in the shared log (its pull cursor), once known.
    private let cursors = Mutex<[String: Int64]>([:])

    init(log: SharedLedgerLog, pool: BlockingPool) {
        self.log = log
        heads = LedgerHeadReader(log: log)
        self.pool = pool
    }

    /// Whether the shared log has changes the user's copy here has not taken in, given the log's head.
    func isBehind(_ userID: String, head: Int64) -> Bool {
        guard let known = cursors.withLock({ $0[userID] }) else { return true }
        return head > known
    }

    /// Whether the user's copy here, in `currency`, may answer as it is, given the log's head.
    func isCurrent(_ userID: String, currency: String, head: LedgerHead) -> Bool {
        head.allows(currency: currency) && !isBehind(userID, head: head.seq)
    }

    /// Sends the copy's own changes not yet in the shared log, then takes in the others' (all pages).
    func exchange(_ userID: String, _ database: AppDatabase) async throws {
        let runner = SyncRunner(service: SyncService(database: database), transport: SharedLogTransport(log: log, userID: userID),
                                steps: pool, recordsOutcome: false)
        let reached = try await runner.run().cursor
        cursors.withLock { $0[userID] = reached }
    }

    /// Sends a device's batch, already merged into the user's copy here, to the shared log. When nothing else
    /// reached the log since the copy last caught up, the copy's cursor passes the batch: it has it already, and
    /// taking 5 000 changes in again would cost seconds. Run with the user's writes in turn (`LedgerGates`).
    func appendMerged(_ userID: String, _ database: AppDatabase, _ changes: [SyncChange]) async throws -> SharedLedgerLog.Appended {
        let appended = try await log.append(userID, changes)
        guard appended.head > appended.before, cursors.withLock({ $0[userID] }) == appended.before else { return appended }
        try await pool.run { try SyncService(database: database).setPullCursor(appended.head) }
        cursors.withLock { $0[userID] = appended.head }
        return appended
    }

    /// The copy is gone (its user was removed, or its currency changed): start again from the log next time.
    func forget(_ userID: String) { cursors.withLock { $0[userID] = nil } }
}

/// One user's shared log, as a device's server is to `SyncRunner`.
private struct SharedLogTransport: SyncTransport {
    let log: SharedLedgerLog
    let userID: String

    func push(_ changes: [SyncChange]) async throws { _ = try await log.append(userID, changes) }

    func pull(after cursor: Int64, limit: Int, excluding origin: String) async throws -> SyncPage {
        try await log.page(userID, after: cursor, limit: limit, excluding: origin)
    }
}
