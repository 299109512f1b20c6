import GRDB

/// The names the user gave merchants, and payees across the book: a name
/// given once (a rename, an edit of an imported row's description) is what
/// the next import calls that merchant. Merchants are `MerchantKey`s of the
/// bank's text.
enum PayeeNameRow {
    /// Merchant → the name the user gave it.
    static func all(in db: Database) throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT merchant, payee FROM payee_names") { names[row[0]] = row[1] }
        return names
    }

    static func learn(bankText: String, payee: String, at now: Timestamp, in db: Database) throws {
        guard let merchant = MerchantKey.of(bankText) else { return }
        try db.execute(sql: """
            INSERT INTO payee_names(merchant, payee, updated_at) VALUES (?, ?, ?)
            ON CONFLICT(merchant) DO UPDATE SET payee = excluded.payee, updated_at = excluded.updated_at
            """, arguments: [merchant, payee, now.milliseconds])
    }

    /// Every live transaction named `old` is named `new`, and the merchants behind them are learned as `new`.
    static func rename(_ old: String, to new: String, at now: Timestamp, in db: Database) throws -> Int {
        for text in try String.fetchAll(db, sql: """
            SELECT DISTINCT bank_text FROM transactions WHERE description = ? AND bank_text IS NOT NULL AND deleted_at IS NULL
            """, arguments: [old]) {
            try learn(bankText: text, payee: new, at: now, in: db)
        }
        try db.execute(sql: "UPDATE payee_names SET payee = ?, updated_at = ? WHERE payee = ?", arguments: [new, now.milliseconds, old])
        try db.execute(sql: "UPDATE transactions SET description = ?, updated_at = ? WHERE description = ? AND deleted_at IS NULL",
                       arguments: [new, now.milliseconds, old])
        return db.changesCount
    }

    /// Each payee with how many live transactions it has, their net amount (money in positive) and one bank text it came from.
    static func summaries(limit: Int, currency: Currency, in db: Database) throws -> [PayeeSummary] {
        try Row.fetchAll(db, sql: """
            SELECT description, COUNT(*), SUM(CASE WHEN kind = 'income' OR (refund = 1 AND kind = 'expense') THEN amount ELSE -amount END),
                   MAX(bank_text)
            FROM transactions WHERE deleted_at IS NULL GROUP BY description ORDER BY COUNT(*) DESC, description LIMIT ?
            """, arguments: [limit]).map { row in
            PayeeSummary(name: row[0], count: row[1], net: Money(minorUnits: row[2], currency: currency), bankText: row[3])
        }
    }
}
