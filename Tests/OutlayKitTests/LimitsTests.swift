import Foundation
import GRDB
@testable import OutlayKit
import Testing

/// Extreme values reach the ledger from the command line, imports, the API
/// and sync: none may stop the process, poison a sum, or be stored unnoticed.
@Suite struct LimitsTests {
    let largest = Money(minorUnits: Money.largestMinorUnits, currency: .usd)

    @Test func aSecondLargestAmountIsRefusedAndEverySumStaysExact() throws {
        let store = try TestDatabase()
        let today = day("2026-03-18")
        try store.budgets(on: "2026-03-18").set(scope: .category("food"), amount: usd("100"))
        try store.expenses(on: "2026-03-18").add(TransactionDraft(amount: largest, category: "food", description: "Everything", date: today))
        #expect {
            try store.expenses(on: "2026-03-18").add(TransactionDraft(amount: largest, category: "food", description: "Again", date: today))
        } throws: { error in
            guard case .ledgerTotalTooLarge? = error as? OutlayError else { return false }
            return "\(error)".contains("9,999,999,999,999.99")
        }
        #expect(throws: OutlayError.self) {
            try store.expenses.add(TransactionDraft(kind: .income, amount: usd("0.01"), category: "salary", description: "One cent", date: today))
        }
        // Everything still answers, exactly.
        let summary = try store.expenses.summary()
        #expect(summary.totalExpenses == largest)
        #expect(try store.expenses.list(TransactionPageRequest()).transactions.count == 1)
        let analytics = AnalyticsService(database: store.database.withClock(.fixed(today)))
        #expect(try analytics.monthlySummary(YearMonth(today)).totalSpent == largest)
        _ = try analytics.insights(YearMonth(today))
        _ = try analytics.trends(months: 12, endingWith: YearMonth(today))
        let status = try #require(try store.budgets(on: "2026-03-18").statuses().first)
        #expect(status.level == .exceeded)
        #expect(try StoreHealth(database: store.database).problems() == [])
        // Deleting makes room again.
        let id = try #require(try store.expenses.list(TransactionPageRequest()).transactions.first?.id)
        try store.expenses.delete(id: id)
        try store.expenses.add(TransactionDraft(amount: largest, category: "food", description: "Now it fits", date: today))
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func amountsPastTheLimitAreRefusedEverywhere() throws {
        let store = try TestDatabase()
        let tooMuch = Money(minorUnits: Money.largestMinorUnits + 1, currency: .usd)
        #expect(throws: OutlayError.self) {
            try store.expenses.add(TransactionDraft(amount: tooMuch, description: "x", date: day("2026-01-01")))
        }
        #expect(throws: OutlayError.self) { try store.budgets(on: "2026-01-01").set(scope: .overall, amount: tooMuch) }
        #expect(throws: OutlayError.self) {
            try store.expenses.add(TransactionDraft(amount: usd("1"), description: String(repeating: "x", count: 501), date: day("2026-01-01")))
        }
        #expect(throws: OutlayError.self) {
            try store.expenses.add(TransactionDraft(amount: usd("1"), description: "x", date: day("2026-01-01"),
                                                    tags: (1...21).map { "t\($0)" }))
        }
        #expect(try store.expenses.count() == 0)
    }

    /// A budget of the largest amount, rolling over every day since the year 1, and the largest expense: no arithmetic traps.
    @Test func budgetArithmeticCannotOverflow() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2026-03-18").set(scope: .overall, amount: largest, period: .daily, rollover: true)
        try store.database.write { db in try db.execute(sql: "UPDATE budgets SET start_date = '0001-01-01'") }
        try store.expenses(on: "2026-03-18").add(TransactionDraft(amount: largest, description: "All of it", date: day("2026-03-18")))
        let status = try #require(try store.budgets(on: "2026-03-18").statuses().first)
        #expect(status.spent == largest)
        #expect(status.carry.minorUnits == BudgetMath.largestCarry)
        #expect(BudgetMath.projection(.max, elapsed: 1, of: 366) == .max)
        #expect(BudgetMath.projection(300, elapsed: 10, of: 31) == 930)
    }

    @Test func anImportPastTheLedgerTotalIsRefusedWhole() throws {
        let store = try TestDatabase()
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("huge.csv")
        try ("Date,Description,Amount\n" + (1...3).map { "2026-01-0\($0),Big \($0),-6000000000000.00\n" }.joined())
            .write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try ImportService(database: store.database).importFile(file.path)
        } throws: { error in
            guard case .ledgerTotalTooLarge? = error as? OutlayError else { return false }
            return true
        }
        #expect(try store.expenses.count() == 0)
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    /// A ledger written by an earlier release with amounts past the integers
    /// (its roll-ups hold REAL sums): reading it is an error naming the
    /// value, never a stopped process, and `doctor` names what is wrong.
    @Test func aPoisonedLedgerAnswersWithErrorsAndDoctorNamesTheValues() throws {
        let store = try TestDatabase()
        try store.expenses.add(draft("1", "Fine", category: "food", on: "2026-03-10"))
        try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER ledger_total_limit")
            try db.execute(sql: """
                INSERT INTO transactions(id, kind, amount, category, description, date, tags, created_at, updated_at)
                VALUES ('0190a000-0000-7000-8000-00000000000a', 'expense', 9223372036854775807, 'food', 'Max', '2026-03-10', '[]', 0, 0),
                       ('0190a000-0000-7000-8000-00000000000b', 'expense', 9223372036854775807, 'food', 'Max again', '2026-03-10', '[]', 0, -9223372036854775808)
                """)
        }
        #expect(try store.database.read { db in try String.fetchOne(db, sql: "SELECT typeof(total) FROM daily_totals") } == "real")
        #expect(throws: OutlayError.self) { try store.expenses.summary() }
        #expect(throws: OutlayError.self) { try AnalyticsService(database: store.database).monthlySummary(YearMonth(day("2026-03-10"))) }
        #expect(throws: OutlayError.self) { try store.budgets(on: "2026-03-18").set(scope: .category("food"), amount: usd("10")) }
        let page = try store.expenses.list(TransactionPageRequest())  // rows themselves are whole numbers
        #expect(page.transactions.count == 3)
        let problems = try StoreHealth(database: store.database).problems()
        #expect(problems.contains { $0.contains("0190a000-0000-7000-8000-00000000000a has amount 9223372036854775807") })
        #expect(problems.contains { $0.hasPrefix("daily_totals for 2026-03-10 expense food holds") })
        #expect(problems.contains { $0.contains("updated_at -9223372036854775808, outside 1970–9999") })
    }

    @Test func theClockCounterRollsIntoTheNextMillisecond() {
        let full = HybridTimestamp(milliseconds: 1_000, counter: HybridTimestamp.largestCounter)
        #expect(full.tick(now: 500) == HybridTimestamp(milliseconds: 1_001, counter: 0))
        #expect(HybridTimestamp(parsing: full.tick(now: 500).description) != nil)
        #expect(HybridTimestamp(parsing: "000001763712000000.1000000") == nil)
        #expect(HybridTimestamp(parsing: "-00001763712000000.000001") == nil)
        #expect(HybridTimestamp(parsing: "999999999999999999.000000") == nil)  // past 9999
        #expect(Timestamp(milliseconds: .min).description == "0001-01-01T00:00:00.000Z")
        #expect(Timestamp(milliseconds: .max).description == "9999-12-31T23:59:59.999Z")
    }
}
