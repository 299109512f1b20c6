import OutlayKit
import PostgresNIO

/// Every user's change log in PostgreSQL: the one every node's ledger cache
/// and every device catches up from, in order of `seq`.
///
/// An append takes the user's head row lock, numbers the batch after the head
/// and moves the head, all in one transaction: batches are atomic and
/// numbered in commit order, so a reader that stops at the head it read never
/// passes a change that another node is still committing. A change is named by
/// its origin and sequence (unique), so a batch sent twice, or through two
/// nodes, is kept once.
struct SharedLedgerLog: Sendable {
    let store: PostgresStore

    /// What an append kept: how many changes were new, and where the log ended before and after.
    struct Appended: Sendable {
        var accepted: Int
        var before: Int64
        var head: Int64
    }

    /// Appends what is new in `changes`; returns how many were, and the head before and after. `numbers` (a log
    /// moved here whole) keeps each change's number from the log it comes from, so devices' cursors on it stay right.
    func append(_ userID: String, _ changes: [SyncChange], numbers: [Int64]? = nil) async throws -> Appended {
        try await store.run { connection in try await connection.withTransaction(logger: PostgresStore.logger) { connection in
            var head: Int64 = 0
            for try await seq in try await connection.query("SELECT seq FROM ledger_heads WHERE user_id = \(userID) FOR UPDATE",
                                                            logger: PostgresStore.logger).decode(Int64.self) { head = seq }
            // Each device's changes arrive in order: what is at or below its mark here is known.
            var marks: [String: Int64] = [:]
            for origin in Set(changes.map(\.origin)) {
                for try await mark in try await connection.query("""
                    SELECT COALESCE(MAX(origin_seq), 0) FROM ledger_changes WHERE user_id = \(userID) AND origin = \(origin)
                    """, logger: PostgresStore.logger).decode(Int64.self) { marks[origin] = mark }
            }
            var fresh: [SyncChange] = []
            var seqs: [Int64] = []
            for (index, change) in changes.enumerated() where change.originSeq > (marks[change.origin] ?? 0) {
                fresh.append(change)
                seqs.append(numbers.map { $0[index] } ?? head + Int64(fresh.count))
                marks[change.origin] = change.originSeq
            }
            guard !fresh.isEmpty else { return Appended(accepted: 0, before: head, head: head) }
            try await connection.query("""
                INSERT INTO ledger_changes(user_id, seq, origin, origin_seq, hlc, entity, entity_id, fields)
                SELECT \(userID), * FROM unnest(\(seqs)::BIGINT[], \(fresh.map(\.origin))::TEXT[], \(fresh.map(\.originSeq))::BIGINT[],
                    \(fresh.map(\.clock.description))::TEXT[], \(fresh.map(\.entity.rawValue))::TEXT[], \(fresh.map(\.entityID))::TEXT[],
                    \(fresh.map { SyncChange.fieldsText($0.fields) })::TEXT[])
                ON CONFLICT (user_id, origin, origin_seq) DO NOTHING
                """, logger: PostgresStore.logger)
            let newHead = max(head, seqs.max() ?? head)
            try await connection.query("UPDATE ledger_heads SET seq = \(newHead) WHERE user_id = \(userID)", logger: PostgresStore.logger)
            return Appended(accepted: fresh.count, before: head, head: newHead)
        } }
    }

    /// The changes after `cursor` up to the head as it stands (read now unless given), leaving out `origin`'s own;
    /// `cursor` for the next page.
    func page(_ userID: String, after cursor: Int64, limit: Int, excluding origin: String?, head given: Int64? = nil) async throws -> SyncPage {
        let head: Int64
        if let given { head = given } else { head = try await self.head(userID).seq }
        let rows = try await store.run { connection in
            var rows: [(seq: Int64, change: SyncChange, mine: Bool)] = []
            for try await (seq, from, originSeq, hlc, entity, entityID, fields) in try await connection.query("""
                SELECT seq, origin, origin_seq, hlc, entity, entity_id, fields FROM ledger_changes
                WHERE user_id = \(userID) AND seq > \(cursor) AND seq <= \(head) ORDER BY seq LIMIT \(limit + 1)
                """, logger: PostgresStore.logger).decode((Int64, String, Int64, String, String, String, String).self) {
                rows.append((seq, try SyncChange(stored: from, originSeq: originSeq, clock: hlc, entity: entity, entityID: entityID, fields: fields),
                             from == origin))
            }
            return rows
        }
        // The requester's own changes count towards the page (the cursor passes them) but are not sent back.
        let more = rows.count > limit
        let taken = rows.prefix(limit)
        let changes = taken.filter { !$0.mine }.map(\.change)
        let last = more ? taken.last?.seq ?? cursor : max(cursor, head)
        return SyncPage(changes: changes, cursor: last, hasMore: more)
    }

    /// Where each user's log ends, and their ledger's currency; a user with no head yet is left out.
    func heads(_ userIDs: [String]) async throws -> [String: LedgerHead] {
        try await store.run { connection in
            var heads: [String: LedgerHead] = [:]
            for try await (userID, seq, currency) in try await connection.query(
                "SELECT user_id, seq, currency FROM ledger_heads WHERE user_id = ANY(\(userIDs)::TEXT[])",
                logger: PostgresStore.logger).decode((String, Int64, String).self) {
                heads[userID] = LedgerHead(seq: seq, currency: currency)
            }
            return heads
        }
    }

    func head(_ userID: String) async throws -> LedgerHead {
        try await heads([userID])[userID] ?? .empty
    }
}
