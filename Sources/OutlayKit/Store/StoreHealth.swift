import GRDB

/// Checks that the derived data still agrees with the transactions:
/// SQLite's own integrity check, the daily roll-ups against raw sums, the
/// search index against its content, and the tag index against each row's tags.
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

            for (table, period) in [("daily_totals", "date"), ("monthly_totals", "month")] {
                let key = table == "daily_totals" ? "date" : "substr(date, 1, 7)"
                let mismatches = try Row.fetchAll(db, sql: """
                    WITH raw AS (
                        SELECT \(key) AS period, kind, category, SUM(amount) AS total, COUNT(*) AS count
                        FROM transactions WHERE deleted_at IS NULL GROUP BY 1, 2, 3)
                    SELECT r.period, r.kind, r.category, r.total, d.total FROM raw r
                        LEFT JOIN \(table) d ON d.\(period) = r.period AND d.kind = r.kind AND d.category = r.category
                        WHERE d.total IS NOT r.total OR d.count IS NOT r.count
                    UNION ALL
                    SELECT d.\(period), d.kind, d.category, NULL, d.total FROM \(table) d WHERE NOT EXISTS (
                        SELECT 1 FROM raw r WHERE r.period = d.\(period) AND r.kind = d.kind AND r.category = d.category)
                    LIMIT 5
                    """)
                for row in mismatches {
                    problems.append("\(table) for \(row[0] as String) \(row[1] as String) \(row[2] as String) is \(row[4] as Int64? ?? 0), the transactions sum to \(row[3] as Int64? ?? 0)")
                }
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
}
