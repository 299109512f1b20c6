import Foundation
import GRDB
@testable import OutlayKit
import Testing

/// Databases made by earlier releases, committed as SQL dumps with data,
/// migrate to exactly what a new database is, keeping every row.
@Suite struct MigrationTests {
    /// `ledger-v1.sql`: the first release's schema (transactions, categories,
    /// undo) in EUR; `ledger-v6.sql`: the schema before this release, with demo
    /// data, budgets, alerts, an import, deleted rows and the sync log;
    /// `ledger-v8.sql`: the schema before accounts, in EUR, with account texts ("ING Checking", "Visa Card") and none;
    /// `ledger-v9.sql`: the schema before schedules, with accounts, a transfer and demo data;
    /// `ledger-v10.sql`: the schema before bank records, with schedules, an import and a reconciled account;
    /// `ledger-v13.sql`: the schema before splits, with a refund, a transfer, a budget, matched imports and a renamed payee;
    /// `ledger-v14.sql`: the schema before stale summary days, with splits (one a refund), summaries and a budget;
    /// `ledger-v15.sql`: the schema before currencies, one USD book with accounts, a split, a refund, a transfer, a budget and a schedule.
    static let fixtures = ["ledger-v1", "ledger-v6", "ledger-v8", "ledger-v9", "ledger-v10", "ledger-v13", "ledger-v14", "ledger-v15"]

    @Test(arguments: fixtures)
    func anOldDatabaseMigratesToTheSchemaOfANewOneWithEveryRowKept(_ fixture: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("\(fixture).sqlite").path
        try Self.load(fixture, into: path)
        let columns = try Self.columns(at: path)
        let before = try Self.rows(at: path, columns: columns)
        #expect(before["transactions"]?.isEmpty == false)
        let (live, word) = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM transactions WHERE deleted_at IS NULL") ?? 0,
             // A word the book holds, for its search after the migration.
             try String.fetchOne(db, sql: "SELECT description FROM transactions WHERE deleted_at IS NULL ORDER BY date, id LIMIT 1")?
                .split(separator: " ").first.map(String.init) ?? "")
        }

        let migrated = try AppDatabase.open(path: path)
        let fresh = try AppDatabase.open(path: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(try Self.schema(of: migrated) == Self.schema(of: fresh))

        let after = try Self.rows(at: path, columns: columns)
        for (table, rows) in before {
            let kept = Set(after[table] ?? [])
            // The sync clock moves on when a migration logs changes (v9's accounts): it is a clock.
            let rows = table == "settings" ? rows.filter { !$0.contains("sync_clock") } : rows
            let lost = rows.filter { !kept.contains($0) }
            #expect(lost.isEmpty, "\(fixture): \(table) lost \(lost.count) rows, e.g. \(lost.first ?? "")")
        }
        #expect(try StoreHealth(database: migrated).problems() == [])
        // The ledger keeps working: its currency, its totals, its search and a new write.
        let service = TransactionService(database: migrated)
        #expect(try service.count() == live)
        #expect(try !service.list(TransactionPageRequest(filter: TransactionFilter(search: word))).transactions.isEmpty, "\(fixture): '\(word)'")
        let added = try service.add(TransactionDraft(amount: Money(minorUnits: 100, currency: migrated.currency),
                                                     category: "food", description: "After the migration", date: LocalDate(year: 2026, month: 1, day: 2)!,
                                                     account: "cash"))
        #expect(try service.get(id: added.id).description == "After the migration")
        #expect(try StoreHealth(database: migrated).problems() == [])
    }

    @Test func theFirstReleasesLedgerKeepsItsCurrencyAndSyncsItsHistory() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("v1.sqlite").path
        try Self.load("ledger-v1", into: path)
        let database = try AppDatabase.open(path: path)
        #expect(database.currency.code == "EUR")
        // Every record the old ledger held is this device's first change, stamped.
        let pending = try SyncService(database: database).pendingChanges(limit: 1000)
        #expect(pending.filter { $0.entity == .transaction }.count == 5)
        #expect(pending.filter { $0.entity == .category }.count == 15)
        #expect(Set(pending.map(\.origin)).count == 1)
    }

    /// v9: every transaction is in an account (its text's, or cash), the accounts' balances add up to what the
    /// ledger says, and no total moves.
    @Test func accountsComeFromTheTransactionsAccountTextsAndNoTotalMoves() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("v8.sqlite").path
        try Self.load("ledger-v8", into: path)
        let before = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: """
                SELECT substr(date, 1, 7) AS month, kind, category, SUM(amount) AS total, COUNT(*) AS count FROM transactions WHERE deleted_at IS NULL
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """).map { "\($0)" }
        }
        let database = try AppDatabase.open(path: path)
        let after = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT month, kind, category, total, count FROM monthly_totals WHERE count > 0 ORDER BY 1, 2, 3").map { "\($0)" }
        }
        #expect(after == before)
        let balances = try AccountService(database: database).balances()
        #expect(balances.map { "\($0.account.name) \($0.account.type.rawValue) \($0.account.currency.code)" }
                == ["cash cash EUR", "ING Checking checking EUR", "Visa Card credit EUR"])
        let summary = try TransactionService(database: database).summary(TransactionFilter())
        #expect(balances.reduce(0) { $0 + $1.balance.minorUnits } == summary.balance.minorUnits)
        #expect(balances.reduce(0) { $0 + $1.count } == summary.count)
        #expect(balances.first { $0.account.name == "ING Checking" }?.balance.description == "1,190.01")
        #expect(try StoreHealth(database: database).problems() == [])
        // The rewrite of empty accounts is this replica's own: nothing new to push for it.
        let logged = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sync_changes WHERE fields LIKE '%\"account\":\"cash\"%' AND fields NOT LIKE '%\"kind\"%'") }
        #expect(logged == 0)
    }

    /// v16: every account keeps the book's currency, every amount is its own base amount, no total moves, the
    /// migration logs nothing to sync, and the book then takes an account in another currency.
    @Test func aSingleCurrencyBookBecomesItsOwnBaseWithNothingMoved() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("v15.sqlite").path
        try Self.load("ledger-v15", into: path)
        let query = "SELECT month, kind, category, total, count FROM monthly_totals WHERE count > 0 ORDER BY 1, 2, 3"
        let (before, logged) = try DatabaseQueue(path: path).read { db in
            (try Row.fetchAll(db, sql: query).map { "\($0)" }, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sync_changes") ?? 0)
        }
        let balancesBefore = try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: "SELECT * FROM account_monthly ORDER BY 1, 2").map { "\($0)" } }
        let database = try AppDatabase.open(path: path)
        #expect(database.currency.code == "USD")
        let after = try database.read { db in
            (totals: try Row.fetchAll(db, sql: query).map { "\($0)" },
             balances: try Row.fetchAll(db, sql: "SELECT * FROM account_monthly ORDER BY 1, 2").map { "\($0)" },
             unlike: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM transactions WHERE base_amount IS NOT amount"),
             logged: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sync_changes"),
             currencies: try String.fetchAll(db, sql: "SELECT DISTINCT currency FROM accounts"))
        }
        #expect(after.totals == before)
        #expect(after.balances == balancesBefore)
        #expect(after.unlike == 0)
        #expect(after.logged == logged)
        #expect(after.currencies == ["USD"])
        let worth = NetWorth(try AccountService(database: database).balances(), currency: database.currency)
        #expect(worth.netWorth == usd("5352.50"))
        #expect(!worth.isConverted)

        try AccountService(database: database).add(name: "revolut", type: .checking, currency: Currency(code: "EUR"))
        try RateService(database: database).set(Currency(code: "EUR"), rate: RateValue(parsing: "1.10"), on: day("2026-10-01"))
        _ = try TransactionService(database: database).add(TransactionDraft(amount: try Money.parse("10", currency: Currency(code: "EUR")),
                                                                            category: "food", description: "Bakery", date: day("2026-10-20"),
                                                                            account: "revolut"))
        let october = try AnalyticsService(database: database).monthlySummary(YearMonth(parsing: "2026-10"))
        #expect(october.totalSpent == usd("158.50"))  // 147.50 as before, and 10.00 EUR at 1.10
        #expect(try StoreHealth(database: database).problems() == [])
    }

    // MARK: - Helpers

    static func load(_ fixture: String, into path: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(fixture).sql")
        let dump = try String(contentsOf: url, encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: dump) }
    }

    /// Tables, indexes and triggers, as `sqlite_master` holds them.
    static func schema(of database: AppDatabase) throws -> [String] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name
                """).map { "\($0)" }
        }
    }

    /// The columns of every ordinary table (the search index's own tables aside).
    static func columns(at path: String) throws -> [String: [String]] {
        try DatabaseQueue(path: path).read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                  AND name NOT LIKE 'transactions_fts%' AND name <> 'grdb_migrations'
                """)
            return try Dictionary(uniqueKeysWithValues: tables.map { ($0, try db.columns(in: $0).map(\.name)) })
        }
    }

    /// Every row of those tables, in those columns, as text.
    static func rows(at path: String, columns: [String: [String]]) throws -> [String: [String]] {
        try DatabaseQueue(path: path).read { db in
            try columns.keys.reduce(into: [:]) { result, table in
                let names = columns[table] ?? []
                // v9 puts a transaction without an account in cash: the same row, read as it means.
                let selected = names.map { table == "transactions" && $0 == "account" ? "COALESCE(account, 'cash') AS account" : $0 }
                result[table] = try Row.fetchAll(db, sql: "SELECT \(selected.joined(separator: ", ")) FROM \(table)").map { "\($0)" }
            }
        }
    }
}
