import Foundation
import Testing
@testable import OutlayKit

@Suite struct DemoTests {
    @Test func sameSeedSameData() {
        let a = Array(DemoGenerator(count: 2_000, seed: 9, end: day("2025-01-31")))
        let b = Array(DemoGenerator(count: 2_000, seed: 9, end: day("2025-01-31")))
        let c = Array(DemoGenerator(count: 2_000, seed: 10, end: day("2025-01-31")))
        #expect(a == b)
        #expect(a != c)
    }

    @Test(arguments: [0, 1, 7, 100, 12_345])
    func makesExactlyTheCountAskedEndingOnTheEndDay(count: Int) {
        let rows = Array(DemoGenerator(count: count, seed: 1, end: day("2024-12-31")))
        #expect(rows.count == count)
        #expect(Set(rows.map(\.id)).count == count)
        if count >= 100 { #expect(rows.last?.date == day("2024-12-31")) }
        #expect(rows.allSatisfy { $0.date <= day("2024-12-31") && $0.amount.isPositive })
        #expect(rows.map(\.date) == rows.map(\.date).sorted())
    }

    @Test func looksLikeARealHousehold() {
        let rows = Array(DemoGenerator(count: 20_000, seed: 4, end: day("2024-12-31")))
        let expenseCategories = Set(rows.filter { $0.kind == .expense }.map(\.category))
        #expect(expenseCategories == Set(Category.defaultExpenseNames))
        let incomeCategories = Set(rows.filter { $0.kind == .income }.map(\.category))
        #expect(incomeCategories.isSuperset(of: ["salary", "freelance", "investment", "bonus"]))
        // Salary arrives every month of the span.
        let months = Set(rows.filter { $0.category == "salary" }.map { $0.date.monthKey })
        let span = Set(rows.map { $0.date.monthKey })
        #expect(months.count >= span.count - 1)
        // People spend more per day at weekends than on weekdays.
        let spending = rows.filter { $0.kind == .expense && !["rent", "utilities", "subscriptions"].contains($0.category) }
        let weekendDays = Set(spending.filter(\.date.isWeekend).map(\.date)).count
        let weekdays = Set(spending.filter { !$0.date.isWeekend }.map(\.date)).count
        let weekendRate = Double(spending.filter(\.date.isWeekend).count) / Double(weekendDays)
        let weekdayRate = Double(spending.filter { !$0.date.isWeekend }.count) / Double(weekdays)
        #expect(weekendRate > weekdayRate * 1.2)
        // Income exceeds spending over the span, as a household's budget would.
        let income = rows.filter { $0.kind == .income }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        let spent = rows.filter { $0.kind == .expense }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        #expect(income > spent)
        #expect(rows.contains { $0.note?.contains(ExpenseBenchmark.rareWord) ?? false })
    }

    /// One rent a month at one amount a year, one salary a pay day: what a newcomer's first look at the demo believes.
    @Test func oneRentAndOneSalaryAMonthAtSteadyAmounts() {
        let rows = Array(DemoGenerator(count: 5_000, seed: 1, end: day("2026-11-30")))
        for (category, name) in [("rent", "Rent"), ("salary", "Salary")] {
            let paid = rows.filter { $0.category == category }
            #expect(paid.allSatisfy { $0.description == name })
            #expect(Dictionary(grouping: paid, by: \.date.monthKey).values.allSatisfy { $0.count == 1 }, "\(category) twice in a month")
            let amountsPerYear = Dictionary(grouping: paid, by: \.date.year).mapValues { Set($0.map(\.amount)) }
            #expect(amountsPerYear.values.allSatisfy { $0.count == 1 }, "\(category) changes within a year: \(amountsPerYear)")
        }
        #expect(rows.filter { $0.category == "rent" }.allSatisfy { $0.date.day == 1 })
        #expect(rows.filter { $0.category == "salary" }.allSatisfy { $0.date.day == 25 })
    }

    @Test func refusesToMixIntoRealData() throws {
        let store = try TestDatabase()
        try store.expenses.add(draft("3", "mine"))
        #expect(throws: OutlayError.demoTargetNotEmpty(path: store.database.path, count: 1)) {
            try DemoService(database: store.database).populate(count: 10, seed: 1, end: day("2024-01-01"))
        }
        #expect(try DemoService(database: store.database).populate(count: 10, seed: 1, end: day("2024-01-01"), append: true) == 10)
        #expect(try store.expenses.count() == 11)
    }

    @Test func benchmarkReportsEveryFigure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-bench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (database, figures) = try ExpenseBenchmark(transactions: 60_000).run(in: folder)
        #expect(figures.entries.map(\.key) == ["transactions", "insert_rows_per_s", "first_page_ms", "deep_page_ms", "search_ms", "summary_ms",
                                                "add_with_rollups_ms"])
        #expect(figures["transactions"] == 60_000)
        #expect(figures.entries.dropFirst().allSatisfy { $0.value > 0 })
        // add_with_rollups_ms added one warm-up and fifteen timed rows.
        #expect(try TransactionService(database: database).count() == 60_016)
    }
}
