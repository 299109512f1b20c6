import Foundation
import Testing
@testable import OutlayKit

@Suite struct BudgetTests {
    @Test func thresholdSequenceAlertsOnceAndExceedsOnce() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-03-15").set(scope: .category("food"), amount: usd("100"))
        let expenses = store.expenses(on: "2024-03-15")
        try expenses.add(draft("79", "groceries", category: "food", on: "2024-03-02"))
        #expect(try store.notificationTypes() == [])
        try expenses.add(draft("2", "snack", category: "food", on: "2024-03-10"))                  // 81 %
        #expect(try store.notificationTypes() == ["budget_alert"])
        try expenses.add(draft("20", "dinner", category: "food", on: "2024-03-15"))                // 101 %
        try expenses.add(draft("19", "more", category: "food", on: "2024-03-15"))                  // 120 %
        #expect(try store.notificationTypes() == ["budget_alert", "budget_exceeded"])
        let alert = try #require(try store.inbox.list().last)
        #expect(alert.message == "'food' budget at 81.0% in March 2024: 81.00 spent of 100.00, 19.00 left")
        #expect(alert.metadata.contains("\"percent\":\"81.0\""))
    }

    @Test func aLevelAlertsOncePerLimitGoingBackUnderAndOverAgainIsQuiet() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-03-15").set(scope: .category("food"), amount: usd("100"))
        let expenses = store.expenses(on: "2024-03-15")
        let big = try expenses.add(draft("85", "groceries", category: "food", on: "2024-03-02"))   // alert
        let small = try expenses.add(draft("20", "dinner", category: "food", on: "2024-03-03"))   // exceeded
        try expenses.edit(id: big.id, TransactionPatch(amount: usd("50")))                        // 70 %: under both
        try expenses.edit(id: big.id, TransactionPatch(amount: usd("65")))                        // 85 %: alerted already
        try expenses.delete(id: small.id)                                                          // 65 %
        try store.undo(on: "2024-03-15").undo()                                                    // 85 % again: the delete undone
        try store.budgets(on: "2024-03-15").set(scope: .category("food"), amount: usd("100"))      // the same budget set again
        #expect(try store.notificationTypes() == ["budget_alert", "budget_exceeded"])
        // A new limit is a new promise: crossing it alerts.
        try store.budgets(on: "2024-03-15").set(scope: .category("food"), amount: usd("150"))      // 56 %
        try expenses.add(draft("60", "party", category: "food", on: "2024-03-04"))                // 96 % of 150
        #expect(try store.notificationTypes() == ["budget_alert", "budget_exceeded", "budget_alert"])
        #expect(try store.inbox.list().first?.message.contains("in March 2024") == true)
    }

    @Test func jumpingPastBothLevelsRaisesOnlyExceeded() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-03-15").set(scope: .overall, amount: usd("100"))
        try store.expenses(on: "2024-03-15").add(draft("150", "tv", category: "shopping", on: "2024-03-01"))
        #expect(try store.notificationTypes() == ["budget_exceeded"])
    }

    @Test func overallCountsEveryExpenseCategoryAndNoIncome() throws {
        let store = try TestDatabase()
        let budgets = store.budgets(on: "2024-03-15")
        try budgets.set(scope: .overall, amount: usd("1000"))
        try budgets.set(scope: .category("food"), amount: usd("200"))
        let expenses = store.expenses(on: "2024-03-15")
        try expenses.add(draft("100", "groceries", category: "food", on: "2024-03-01"))
        try expenses.add(draft("300", "rent share", category: "rent", on: "2024-03-01"))
        try expenses.add(draft("5000", "salary", category: "salary", kind: .income, on: "2024-03-01"))
        let statuses = try budgets.statuses()
        #expect(statuses.map(\.budget.scope) == [.overall, .category("food")])
        #expect(statuses.map(\.spent.minorUnits) == [40_000, 10_000])
        #expect(statuses.map(\.level) == [.under, .under])
    }

    @Test func periodsFollowTheCalendarDayIncludingTheLastOne() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-01-31").set(scope: .category("food"), amount: usd("100"))
        // An expense at 23:59 on the last day of January is dated January 31st.
        try store.expenses(on: "2024-01-31").add(draft("90", "late dinner", category: "food", on: "2024-01-31"))
        #expect(try store.budgets(on: "2024-01-31").statuses().first?.spent.minorUnits == 9_000)
        #expect(try store.budgets(on: "2024-02-01").statuses().first?.spent.minorUnits == 0)
        // Leap day: February 2024 runs to the 29th.
        try store.expenses(on: "2024-02-29").add(draft("10", "leap lunch", category: "food", on: "2024-02-29"))
        let leap = try #require(try store.budgets(on: "2024-02-29").statuses().first)
        #expect(leap.periodEnd == day("2024-02-29") && leap.spent.minorUnits == 1_000 && leap.daysLeft == 1)
    }

    @Test func theLocalDayDecidesThePeriodAcrossADSTChange() throws {
        // 31 March 2024 is the last day of a month and the day Europe moves its clocks forward.
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let at2359 = Date(timeIntervalSince1970: 1_711_922_340)   // 2024-03-31T21:59:00Z = 23:59 CEST
        #expect(LocalDate.today(in: berlin, now: at2359) == day("2024-03-31"))
        #expect(LocalDate.today(in: berlin, now: at2359.addingTimeInterval(60)) == day("2024-04-01"))
        let store = try TestDatabase()
        try store.budgets(on: "2024-03-31").set(scope: .overall, amount: usd("100"))
        let late = ServiceClock(now: { Timestamp(milliseconds: 1_711_922_340_000) },
                                today: { LocalDate.today(in: berlin, now: at2359) })
        try TransactionService(database: store.database.withClock(late)).add(draft("85", "late dinner", on: "2024-03-31"))
        #expect(try store.notificationTypes() == ["budget_alert"])
        #expect(try store.budgets(on: "2024-04-01").statuses().first?.spent.minorUnits == 0)
    }

    @Test func aBulkLoadEvaluatesBudgetsOnceAtTheEnd() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-03-31").set(scope: .overall, amount: usd("100"))
        try DemoService(database: store.database.withClock(.fixed(day("2024-03-31"))))
            .populate(count: 500, seed: 1, end: day("2024-03-31"))
        #expect(try store.notificationTypes() == ["budget_exceeded"])
    }

    @Test func weeksStartOnMondayUnlessConfigured() throws {
        let monday = PeriodCalendar()
        let sunday = PeriodCalendar(weekStart: 7)
        #expect(monday.range(of: .weekly, containing: day("2024-03-10")) == day("2024-03-04")...day("2024-03-10"))
        #expect(monday.range(of: .weekly, containing: day("2024-03-11")) == day("2024-03-11")...day("2024-03-17"))
        #expect(sunday.range(of: .weekly, containing: day("2024-03-10")) == day("2024-03-10")...day("2024-03-16"))
        #expect(sunday.range(of: .weekly, containing: day("2024-03-09")) == day("2024-03-03")...day("2024-03-09"))
        #expect(monday.range(of: .yearly, containing: day("2024-07-01")) == day("2024-01-01")...day("2024-12-31"))
        #expect(monday.range(of: .daily, containing: day("2024-07-01")) == day("2024-07-01")...day("2024-07-01"))
        // The spring DST change day in Europe and the US is an ordinary calendar day.
        #expect(monday.range(of: .weekly, containing: day("2024-03-31")) == day("2024-03-25")...day("2024-03-31"))
        #expect(monday.range(of: .monthly, containing: day("2024-03-10")) == day("2024-03-01")...day("2024-03-31"))
        // Consecutive weeks have consecutive indexes, across years too.
        #expect(monday.index(of: .weekly, containing: day("2025-01-06")) - monday.index(of: .weekly, containing: day("2024-12-30")) == 1)
    }

    @Test func aConfiguredWeekStartMovesWeeklyBudgets() throws {
        let store = try TestDatabase(settings: OutlaySettings(calendar: PeriodCalendar(weekStart: 7)))
        try store.budgets(on: "2024-03-10").set(scope: .overall, amount: usd("100"), period: .weekly)
        try store.expenses(on: "2024-03-10").add(draft("30", "saturday", on: "2024-03-09"))
        try store.expenses(on: "2024-03-10").add(draft("20", "sunday", on: "2024-03-10"))
        let status = try #require(try store.budgets(on: "2024-03-10").statuses().first)
        #expect(status.periodStart == day("2024-03-10") && status.spent.minorUnits == 2_000)
    }

    @Test func rolloverCarriesWhatWasLeftAndWhatWasOverspent() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-01-10").set(scope: .category("food"), amount: usd("100"), rollover: true)
        try store.expenses(on: "2024-01-20").add(draft("60", "january", category: "food", on: "2024-01-20"))
        let february = try #require(try store.budgets(on: "2024-02-15").statuses().first)
        #expect(february.carry.minorUnits == 4_000 && february.limit.minorUnits == 14_000)
        try store.expenses(on: "2024-02-20").add(draft("160", "february", category: "food", on: "2024-02-20"))
        let march = try #require(try store.budgets(on: "2024-03-15").statuses().first)
        #expect(march.carry.minorUnits == -2_000 && march.limit.minorUnits == 8_000)   // 40 left, then 20 over
        try store.expenses(on: "2024-03-15").add(draft("70", "march", category: "food", on: "2024-03-05"))
        let april = try #require(try store.budgets(on: "2024-04-01").statuses().first)
        #expect(april.carry.minorUnits == 1_000 && april.limit.minorUnits == 11_000)  // 300 allowed, 290 spent
        // Without rollover every month starts from the amount.
        try store.budgets(on: "2024-04-01").set(scope: .category("food"), amount: usd("100"), rollover: false)
        #expect(try store.budgets(on: "2024-04-01").statuses().first?.limit.minorUnits == 10_000)
    }

    @Test func statusProjectsTheRestOfThePeriod() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-03-10").set(scope: .category("food"), amount: usd("200"))
        try store.expenses(on: "2024-03-10").add(draft("50", "groceries", category: "food", on: "2024-03-04"))
        let status = try #require(try store.budgets(on: "2024-03-10").statuses().first)
        #expect(status.daysLeft == 22)                          // 10th to 31st
        #expect(status.projected?.minorUnits == 15_500)         // 50 over 10 days → 155 over 31
        #expect(status.remaining.minorUnits == 15_000)
        #expect(status.percentText == "25.0" && status.level == .under)
        // Before a quarter of the month (and three days) nothing is projected.
        #expect(try store.budgets(on: "2024-03-07").statuses().first?.projected == nil)
        #expect(try store.budgets(on: "2024-03-08").statuses().first?.projected != nil)
    }

    /// Rent paid on the 1st is paid once: an overall budget's projection counts it once, not 31 times.
    @Test func fixedBillsAreProjectedOnce() throws {
        let store = try TestDatabase()
        try store.budgets(on: "2024-03-10").set(scope: .overall, amount: usd("2000"))
        try store.budgets(on: "2024-03-10").set(scope: .category("rent"), amount: usd("1200"))
        let expenses = store.expenses(on: "2024-03-10")
        try expenses.add(draft("1200", "Rent", category: "rent", on: "2024-03-01"))
        try expenses.add(draft("100", "groceries", category: "food", on: "2024-03-05"))
        let statuses = try store.budgets(on: "2024-03-10").statuses()
        let overall: Int64? = statuses.first { $0.budget.scope == .overall }?.projected?.minorUnits
        #expect(overall == 151_000)  // 1200 + 100 × 31/10
        #expect(statuses.first { $0.budget.scope == .category("rent") }?.projected?.minorUnits == 120_000)
    }

    @Test func setUpdatesTheBudgetOfTheSameScopeAndPeriod() throws {
        let store = try TestDatabase()
        let budgets = store.budgets(on: "2024-03-10")
        let first = try budgets.set(scope: .category("Food"), amount: usd("200"))
        let second = try budgets.set(scope: .category("food"), amount: usd("300"), threshold: 90)
        #expect(first.id == second.id && first.scope == .category("food"))
        #expect(try budgets.list().count == 1)
        try budgets.set(scope: .category("food"), amount: usd("50"), period: .weekly)
        #expect(try budgets.list().count == 2)
        try budgets.delete(id: String(first.id.suffix(8)))
        #expect(try budgets.list().map(\.period) == [.weekly])
    }

    @Test func rejectsBadBudgets() throws {
        let store = try TestDatabase()
        let budgets = store.budgets(on: "2024-03-10")
        #expect(throws: OutlayError.invalidThreshold(0)) { try budgets.set(scope: .overall, amount: usd("10"), threshold: 0) }
        #expect(throws: OutlayError.invalidThreshold(101)) { try budgets.set(scope: .overall, amount: usd("10"), threshold: 101) }
        #expect(throws: OutlayError.self) { try budgets.set(scope: .overall, amount: usd("0")) }
        #expect(throws: OutlayError.self) { try budgets.set(scope: .category("salary"), amount: usd("10")) }
        #expect(throws: OutlayError.self) { try budgets.set(scope: .category("nope"), amount: usd("10")) }
        #expect(throws: OutlayError.invalidPeriod("fortnightly")) { try BudgetPeriod(parsing: "fortnightly") }
        #expect(throws: OutlayError.unknownBudget("abcd1234")) { try budgets.delete(id: "abcd1234") }
        #expect(try budgets.list().isEmpty)
    }

    @Test func budgetsFollowTheirCategoryThroughRenameAndMergeAndBack() throws {
        let store = try TestDatabase()
        try store.categories.add("coffee", kind: .expense)
        try store.budgets(on: "2024-03-10").set(scope: .category("coffee"), amount: usd("30"))
        let categories = CategoryService(database: store.database.withClock(.fixed(day("2024-03-10"))))
        try categories.merge("coffee", into: "food", kind: .expense)
        #expect(try store.budgets(on: "2024-03-10").list().map(\.scope) == [.category("food")])
        try store.undo(on: "2024-03-10").undo()
        #expect(try store.budgets(on: "2024-03-10").list().map(\.scope) == [.category("coffee")])
    }

    @Test func loweringALimitBelowSpendingAlertsAtOnce() throws {
        let store = try TestDatabase()
        try store.expenses(on: "2024-03-10").add(draft("90", "groceries", category: "food", on: "2024-03-02"))
        try store.budgets(on: "2024-03-10").set(scope: .category("food"), amount: usd("200"))
        #expect(try store.notificationTypes() == [])
        try store.budgets(on: "2024-03-10").set(scope: .category("food"), amount: usd("100"))
        #expect(try store.notificationTypes() == ["budget_alert"])
    }
}
