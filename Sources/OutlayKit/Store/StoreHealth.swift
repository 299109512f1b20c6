import GRDB

/// Checks that the stored data is usable and the derived data still agrees
/// with the transactions: SQLite's own integrity check, values out of the
/// ranges Outlay stores (amounts past the largest amount, sums that
/// overflowed, times outside 1970–9999, malformed clocks), the roll-ups and
/// the ledger total against raw sums, the search index against its content,
/// and the tag index against each row's tags.
public struct StoreHealth: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Each problem found, as a sentence; empty when all is well.
    public func problems() throws -> [String] {
        // The search index check is phrased as an INSERT, so it needs the writer.
        try database.write { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems.append("SQLite integrity check: " + integrity.prefix(5).joined(separator: "; ")) }

            let outOfRange = try valuesOutOfRange(in: db)
            problems += outOfRange
            if outOfRange.isEmpty {
                problems += try rollupMismatches(in: db)
            } else {
                problems.append("the roll-ups and the ledger total cannot be checked until the values above are corrected")
            }

            do {
                try db.execute(sql: "INSERT INTO transactions_fts(transactions_fts, rank) VALUES ('integrity-check', 1)")
            } catch {
                problems.append("the search index does not match the transactions")
            }

            let tagMismatch = try Int.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM transaction_tags)
                     - (SELECT COUNT(*) FROM transactions t, json_each(t.tags))
                """) ?? 0
            if tagMismatch != 0 { problems.append("the tag index is off by \(tagMismatch) entries") }
            return problems
        }
    }

    /// Stored values no write path makes any more, named with their record.
    private func valuesOutOfRange(in db: Database) throws -> [String] {
        let largest = Money.largestMinorUnits
        let limit = Money(minorUnits: largest, currency: database.currency)
        let latest = Timestamp.validRange.upperBound
        var problems: [String] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT 'transaction', id, 'amount', CAST(amount AS TEXT) FROM transactions
                WHERE typeof(amount) <> 'integer' OR amount <= 0 OR amount > ?1
            UNION ALL SELECT 'budget', id, 'amount', CAST(amount AS TEXT) FROM budgets
                WHERE typeof(amount) <> 'integer' OR amount <= 0 OR amount > ?1
            LIMIT 5
            """, arguments: [largest]) {
            problems.append("\(try row.value(0) as String) \(try row.value(1) as String) has amount \(try row.value(3) as String) (in minor units), beyond the largest amount, \(limit)")
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT 'daily_totals', date || ' ' || kind || ' ' || category, CAST(total AS TEXT) FROM daily_totals WHERE typeof(total) <> 'integer'
            UNION ALL SELECT 'monthly_totals', month || ' ' || kind || ' ' || category, CAST(total AS TEXT) FROM monthly_totals WHERE typeof(total) <> 'integer'
            UNION ALL SELECT 'ledger_total', 'the ledger', CAST(total AS TEXT) FROM ledger_total WHERE typeof(total) <> 'integer' OR total > ?
            LIMIT 5
            """, arguments: [largest]) {
            problems.append("\(try row.value(0) as String) for \(try row.value(1) as String) holds \(try row.value(2) as String): its sum passed the largest amount")
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT id, name, CAST(value AS TEXT) FROM (
                SELECT id, 'created_at' AS name, created_at AS value FROM transactions
                UNION ALL SELECT id, 'updated_at', updated_at FROM transactions
                UNION ALL SELECT id, 'deleted_at', deleted_at FROM transactions WHERE deleted_at IS NOT NULL)
            WHERE typeof(value) <> 'integer' OR value < 0 OR value > ? LIMIT 5
            """, arguments: [latest]) {
            problems.append("transaction \(try row.value(0) as String) has \(try row.value(1) as String) \(try row.value(2) as String), outside 1970–9999 (milliseconds)")
        }
        for row in try Row.fetchAll(db, sql: "SELECT seq, hlc FROM sync_changes WHERE hlc IS NOT NULL") {
            let clock: String = try row.value(1)
            if HybridTimestamp(parsing: clock) == nil {
                problems.append("sync change \(try row.value(0) as Int64) has clock '\(clock)', not a hybrid timestamp")
            }
            if problems.count >= 15 { break }
        }
        for row in try Row.fetchAll(db, sql: "SELECT value FROM settings WHERE key = 'sync_clock'") {
            let clock: String = try row.value(0)
            if HybridTimestamp(parsing: clock) == nil { problems.append("this device's sync clock is '\(clock)', not a hybrid timestamp") }
        }
        return problems
    }

    /// The daily and monthly roll-ups and the ledger total against the rows.
    private func rollupMismatches(in db: Database) throws -> [String] {
        var problems: [String] = []
        for (table, period) in [("daily_totals", "date"), ("monthly_totals", "month")] {
            let key = table == "daily_totals" ? "date" : "substr(date, 1, 7)"
            // A split row counts each part in its category (migration v14), in the base currency (v16: in proportion, the
            // first part taking what rounding leaves; an unconverted row counts nothing yet).
            let part = """
                CASE WHEN t.base_amount IS t.amount THEN json_extract(j.value, '$.amount') WHEN t.base_amount IS NULL THEN 0
                     WHEN j.key = 0 THEN t.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * t.base_amount / t.amount), 0)
                                                          FROM json_each(t.splits) p WHERE p.key > 0)
                     ELSE json_extract(j.value, '$.amount') * t.base_amount / t.amount END
                """
            let mismatches = try Row.fetchAll(db, sql: """
                WITH parts AS (
                    SELECT date, kind, category, CASE WHEN refund = 1 AND kind = 'expense' THEN -COALESCE(base_amount, 0) ELSE COALESCE(base_amount, 0) END AS amount,
                           0 AS extra
                    FROM transactions WHERE deleted_at IS NULL AND splits IS NULL
                    UNION ALL
                    SELECT t.date, t.kind, json_extract(j.value, '$.category'),
                           CASE WHEN t.refund = 1 AND t.kind = 'expense' THEN -(\(part)) ELSE \(part) END,
                           j.key > 0
                    FROM transactions t, json_each(t.splits) j WHERE t.deleted_at IS NULL AND t.splits IS NOT NULL),
                raw AS (
                    SELECT \(key) AS period, kind, category, SUM(amount) AS total, COUNT(*) AS count, SUM(extra) AS extra
                    FROM parts GROUP BY 1, 2, 3)
                SELECT r.period, r.kind, r.category, r.total, d.total FROM raw r
                    LEFT JOIN \(table) d ON d.\(period) = r.period AND d.kind = r.kind AND d.category = r.category
                    WHERE d.total IS NOT r.total OR d.count IS NOT r.count OR d.extra_parts IS NOT r.extra
                UNION ALL
                SELECT d.\(period), d.kind, d.category, NULL, d.total FROM \(table) d WHERE NOT EXISTS (
                    SELECT 1 FROM raw r WHERE r.period = d.\(period) AND r.kind = d.kind AND r.category = d.category)
                LIMIT 5
                """)
            for row in mismatches {
                problems.append("\(table) for \(try row.value(0) as String) \(try row.value(1) as String) \(try row.value(2) as String) is \(try row.value(4) as Int64? ?? 0), the transactions sum to \(try row.value(3) as Int64? ?? 0)")
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT id, amount, (SELECT SUM(json_extract(value, '$.amount')) FROM json_each(splits)) FROM transactions
            WHERE splits IS NOT NULL AND (SELECT SUM(json_extract(value, '$.amount')) FROM json_each(splits)) IS NOT amount LIMIT 5
            """) {
            problems.append("transaction \(try row.value(0) as String) is \(try row.value(1) as Int64), its parts sum to \(try row.value(2) as Int64? ?? 0)")
        }
        problems += try accountRollupMismatches(in: db)
        let stored = try Int64.fetchOne(db, sql: "SELECT total FROM ledger_total") ?? 0
        let actual = try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(amount), 0) FROM transactions WHERE deleted_at IS NULL") ?? 0
        if stored != actual { problems.append("the ledger total is \(stored), the transactions sum to \(actual)") }
        return problems
    }

    /// Each account's roll-ups against its transactions and both legs of its transfers.
    private func accountRollupMismatches(in db: Database) throws -> [String] {
        var problems: [String] = []
        for (table, period, key) in [("account_daily", "date", "date"), ("account_monthly", "month", "substr(date, 1, 7)")] {
            let mismatches = try Row.fetchAll(db, sql: """
                WITH legs AS (
                    SELECT COALESCE(account, 'cash') AS account, \(key) AS period,
                           CASE WHEN kind = 'income' OR refund = 1 THEN amount ELSE -amount END AS delta,
                           CASE WHEN cleared > 0 THEN CASE WHEN kind = 'income' OR refund = 1 THEN amount ELSE -amount END ELSE 0 END AS cleared
                    FROM transactions WHERE deleted_at IS NULL
                    UNION ALL SELECT from_account, \(key), -amount, CASE WHEN from_cleared > 0 THEN -amount ELSE 0 END
                    FROM transfers WHERE deleted_at IS NULL
                    UNION ALL SELECT to_account, \(key), COALESCE(received, amount), CASE WHEN to_cleared > 0 THEN COALESCE(received, amount) ELSE 0 END
                    FROM transfers WHERE deleted_at IS NULL),
                raw AS (SELECT account COLLATE NOCASE AS account, period, SUM(delta) AS delta, SUM(cleared) AS cleared, COUNT(*) AS count
                        FROM legs GROUP BY account COLLATE NOCASE, period)
                SELECT r.account, r.period, r.delta, a.delta FROM raw r
                    LEFT JOIN \(table) a ON a.account = r.account AND a.\(period) = r.period
                    WHERE a.delta IS NOT r.delta OR a.cleared IS NOT r.cleared OR a.count IS NOT r.count
                UNION ALL
                SELECT a.account, a.\(period), 0, a.delta FROM \(table) a WHERE a.count <> 0 AND NOT EXISTS (
                    SELECT 1 FROM raw r WHERE r.account = a.account AND r.period = a.\(period))
                LIMIT 5
                """)
            for row in mismatches {
                problems.append("\(table) for account '\(try row.value(0) as String)' on \(try row.value(1) as String) is "
                                + "\(try row.value(3) as Int64? ?? 0), its transactions and transfers sum to \(try row.value(2) as Int64? ?? 0)")
            }
        }
        return problems
    }
}
