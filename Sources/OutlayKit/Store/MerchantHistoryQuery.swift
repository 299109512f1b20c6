import GRDB

/// The descriptions and categories `CategoryHistory` learns from.
enum MerchantHistoryQuery {
    /// The most recent live transactions of `kind` whose descriptions have every word of `tokens` (through the search index).
    static func matching(_ tokens: [String], kind: TransactionKind, limit: Int, in db: Database) throws -> [(description: String, category: String)] {
        let match = "description : (" + tokens.map { "\"\($0)\"" }.joined(separator: " ") + ")"
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.description, t.category FROM transactions_fts f CROSS JOIN transactions t ON t.seq = f.rowid
            WHERE transactions_fts MATCH ? AND t.deleted_at IS NULL AND t.kind = ?
            ORDER BY f.rowid DESC LIMIT \(limit)
            """), arguments: [match, kind.rawValue]).map { (try $0.value(0), try $0.value(1)) }
    }

    /// Each of the most recent live transactions of `kind`, newest first, read one at a time.
    static func eachRecent(kind: TransactionKind, limit: Int, in db: Database, _ body: (String, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT description, category FROM transactions WHERE deleted_at IS NULL AND kind = ? ORDER BY seq DESC LIMIT ?
            """, arguments: [kind.rawValue, limit])
        while let row = try rows.next() { try body(try row.value(0), try row.value(1)) }
    }
}
