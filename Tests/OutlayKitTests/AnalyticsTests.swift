import Foundation
import Testing
@testable import OutlayKit
import OutlayBasics

/// Every figure here was worked out by hand from the rows in `store()`.
@Suite struct AnalyticsTests {
    static func store() throws -> (TestDatabase, AnalyticsService) {
        let store = try TestDatabase()
        let expenses = store.expenses(on: "2024-03-20")
        for (amount, category, date) in [("30", "food", "2024-02-10"), ("20", "transport", "2024-02-12"),
                                         ("10", "food", "2024-03-01"), ("40", "food", "2024-03-02"),
                                         ("60", "entertainment", "2024-03-03"), ("10", "transport", "2024-03-04"),
                                         ("25", "food", "2024-03-31"), ("5", "food", "2024-04-01")] {
            try expenses.add(draft(amount, "\(category) on \(date)", category: category, on: date))
        }
        try expenses.add(draft("1000", "salary", category: "salary", kind: .income, on: "2024-03-15"))
        return (store, AnalyticsService(database: store.database.withClock(.fixed(day("2024-03-20")))))
    }

    @Test func monthlySummaryCoversTheWholeLastDayAndNoIncome() throws {
        let (_, analytics) = try Self.store()
        let march = try analytics.monthlySummary(YearMonth(parsing: "2024-03"))
        #expect(march.totalSpent.minorUnits == 14_500 && march.transactionCount == 5)
        #expect(march.categoryBreakdown.map(\.category) == ["food", "entertainment", "transport"])
        #expect(march.categoryBreakdown.map(\.total.minorUnits) == [7_500, 6_000, 1_000])
        #expect(march.averagePerTransaction.minorUnits == 2_900)
        let json = march.json()
        #expect(json["period"] == "2024-03" && json["totalSpent"] == "145.00")
        #expect(json["categoryBreakdown"]?["food"] == "75.00")
        // The original gateway's routes: numbers written from the integer, trailing zeros dropped.
        let numbers = march.json(.number)
        #expect(numbers["totalSpent"] == .number("145") && numbers["categoryBreakdown"]?["food"] == .number("75"))
    }

    @Test func trendsRunOldestFirstToTheMonthAsked() throws {
        let (_, analytics) = try Self.store()
        let trends = try analytics.trends(months: 3, endingWith: YearMonth(parsing: "2024-03"))
        #expect(trends.months.map(\.month.description) == ["2024-01", "2024-02", "2024-03"])
        #expect(trends.months.map(\.totalSpent.minorUnits) == [0, 5_000, 14_500])
        #expect(trends.months.map(\.totalIncome.minorUnits) == [0, 0, 100_000])
        #expect(trends.months.map(\.transactionCount) == [0, 2, 5])
    }

    @Test func categoryAnalysisOverAWeekAMonthAndAYear() throws {
        let (_, analytics) = try Self.store()
        let week = try analytics.categoryAnalysis(.week, containing: day("2024-03-03"))
        #expect(week.start == day("2024-02-26") && week.end == day("2024-03-03"))
        #expect(week.totalSpent.minorUnits == 11_000)
        #expect(week.categories.map(\.category) == ["entertainment", "food"])
        #expect(week.categories.map { $0.percentage?.description } == ["54.5", "45.5"])
        #expect(week.topCategory?.category == "entertainment")
        #expect(try analytics.categoryAnalysis(.month, containing: day("2024-02-29")).totalSpent.minorUnits == 5_000)
        let year = try analytics.categoryAnalysis(.year, containing: day("2024-03-10"))
        #expect(year.categories.map(\.total.minorUnits) == [11_000, 6_000, 3_000])
    }

    @Test func dailyPatternAveragesOverEveryDay() throws {
        let (_, analytics) = try Self.store()
        let pattern = try analytics.dailyPattern(days: 30, endingWith: day("2024-03-20"))
        #expect(pattern.days.count == 30 && pattern.days.first?.date == day("2024-02-20"))
        #expect(pattern.totalSpent.minorUnits == 12_000 && pattern.averageDaily.minorUnits == 400)
        #expect(pattern.days.first { $0.date == day("2024-03-03") }?.total.minorUnits == 6_000)
    }

    @Test func weekdayPatternAveragesPerOccurrence() throws {
        let (_, analytics) = try Self.store()
        let march = try analytics.weekdayPattern(day("2024-03-01")...day("2024-03-31"))
        let byName = Dictionary(uniqueKeysWithValues: march.weekdays.map { ($0.name, $0) })
        #expect(byName["Friday"]?.days == 5 && byName["Friday"]?.averagePerDay.minorUnits == 200)
        #expect(byName["Saturday"]?.averagePerDay.minorUnits == 800)
        #expect(byName["Sunday"]?.total.minorUnits == 8_500 && byName["Sunday"]?.averagePerDay.minorUnits == 1_700)
        #expect(byName["Monday"]?.days == 4 && byName["Monday"]?.averagePerDay.minorUnits == 250)
        #expect(byName["Tuesday"]?.total.minorUnits == 0)
    }

    @Test func topExpensesAndSavings() throws {
        let (_, analytics) = try Self.store()
        let march = try YearMonth(parsing: "2024-03").range
        #expect(try analytics.topExpenses(march, limit: 2).expenses.map(\.amount.minorUnits) == [6_000, 4_000])
        let savings = try analytics.incomeVsExpenses(march)
        #expect(savings.totalIncome.minorUnits == 100_000 && savings.totalExpenses.minorUnits == 14_500)
        #expect(savings.savings.minorUnits == 85_500 && savings.savingsRate?.description == "85.5")
    }

    @Test func insightsFollowTheirRules() throws {
        let (_, analytics) = try Self.store()
        let insights = try analytics.insights(YearMonth(parsing: "2024-03"))
        #expect(insights.map(\.type) == ["top_category", "average_daily", "weekend_spending", "category_change", "category_change"])
        #expect(insights[0].message == "entertainment was 50.0% of your spending (60.00 of 120.00)")
        #expect(insights[1].message == "You spent 6.00 a day over the first 20 days of March 2024")
        #expect(insights[2].message == "You spend 11.7× as much a day at weekends (16.67) as on weekdays (1.43), bills left out")
        #expect(insights[3].message == "food is up 66.7% on the same days last month (30.00 → 50.00)")
        #expect(insights[4].message == "transport is down 50.0% on the same days last month (20.00 → 10.00)")
        #expect(try analytics.insights(YearMonth(parsing: "2024-05")).isEmpty)
    }

    /// The rent on the 1st (a Sunday) is neither a daily average nor a weekend habit, and one day is no pace.
    @Test func onTheFirstOfTheMonthInsightsDoNotMislead() throws {
        let store = try TestDatabase()
        let first = store.expenses(on: "2026-11-01")
        try store.budgets(on: "2026-11-01").set(scope: .overall, amount: usd("3000"))
        try first.add(draft("2800", "Rent", category: "rent", on: "2026-11-01"))
        try first.add(draft("4.50", "Coffee", category: "food", on: "2026-11-01"))
        let dayOne = try AnalyticsService(database: store.database.withClock(.fixed(day("2026-11-01")))).insights(YearMonth(parsing: "2026-11"))
        #expect(dayOne.map(\.type) == ["top_category"])
        // A week on: the average leaves the rent out and says so; weekends are compared without it.
        let later = store.expenses(on: "2026-11-08")
        for date in ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"] {
            try later.add(draft("10", "Lunch", category: "food", on: date))
        }
        try later.add(draft("12", "Cinema", category: "entertainment", on: "2026-11-07"))
        let weekOne = try AnalyticsService(database: store.database.withClock(.fixed(day("2026-11-08")))).insights(YearMonth(parsing: "2026-11"))
        let average = try #require(weekOne.first { $0.type == "average_daily" })
        #expect(average.message == "You spent 8.31 a day over the first 8 days of November 2026, leaving out rent (2,800.00)")
        #expect(!weekOne.contains { $0.type == "weekend_spending" })  // 4.50 and 12 a weekend day against 10: under the 1.3× rule
        // The pace: the rent once, plus 66.50 in 8 days over 30 days (not 2,866.50 × 30/8 = 10,749.37).
        let projection = try #require(weekOne.first { $0.type == "budget_projection" })
        #expect(projection.message.contains("will reach 3,049.37 by 2026-11-30"), "\(projection.message)")
    }

    @Test func insightsFlagLargeExpensesAndBudgetsOnCourseToBreak() throws {
        let store = try TestDatabase()
        let expenses = store.expenses(on: "2024-06-10")
        for month in 1...5 { try expenses.add(draft("20", "lunch", category: "food", on: "2024-0\(month)-10")) }
        try expenses.add(draft("95", "feast", category: "food", on: "2024-06-02"))
        try store.budgets(on: "2024-06-10").set(scope: .category("food"), amount: usd("200"))
        let insights = try AnalyticsService(database: store.database.withClock(.fixed(day("2024-06-10"))))
            .insights(YearMonth(parsing: "2024-06"))
        let large = try #require(insights.first { $0.type == "large_transaction" })
        #expect(large.message == "Unusually large: 'feast' 95.00 on 2024-06-02, 4.8× your usual food expense (20.00)")
        let projection = try #require(insights.first { $0.type == "budget_projection" })
        #expect(projection.message == "At this pace 'food' will reach 285.00 by 2024-06-30, 85.00 over its 200.00 budget")
    }

    @Test func matrixHasEveryMonthOfTheRange() throws {
        let (_, analytics) = try Self.store()
        let matrix = try analytics.matrix(from: YearMonth(parsing: "2024-02"), to: YearMonth(parsing: "2024-04"))
        #expect(matrix.months.map(\.description) == ["2024-02", "2024-03", "2024-04"])
        let food = try #require(matrix.rows.first { $0.category == "food" })
        #expect(food.totals.map(\.minorUnits) == [3_000, 7_500, 500])
        #expect(matrix.rows.first { $0.kind == .income }?.totals.map(\.minorUnits) == [0, 100_000, 0])
    }

    @Test func percentagesAreRoundedHalfUpFromIntegers() {
        #expect(Percent(1, of: 3)?.description == "33.3")
        #expect(Percent(2, of: 3)?.description == "66.7")
        #expect(Percent(-1, of: 8)?.description == "-12.5")
        #expect(Percent(1, of: 2_000)?.description == "0.1")
        #expect(Percent(5, of: 0) == nil)
    }
}
