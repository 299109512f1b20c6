import Foundation
import Testing
@testable import OutlayKit

/// Schedules posted without cron: once, whoever runs, with skips, confirmations and edits that only touch the future.
@Suite struct ScheduleTests {
    let book: TestDatabase

    init() throws {
        var settings = OutlaySettings()
        settings.balanceFloorText = "100"
        settings.defaultAccount = "checking"
        book = try TestDatabase(settings: settings)
        try AccountService(database: book.database).add(name: "checking", type: .checking, opening: usd("1500"))
        try AccountService(database: book.database).add(name: "savings", type: .savings)
    }

    func on(_ date: String) -> AppDatabase { book.database.withClock(.fixed(day(date))) }
    func schedules(_ date: String) -> ScheduleService { ScheduleService(database: on(date)) }

    func rent(from: String = "2026-10-01", on dayOfMonth: Int = 1, confirm: Bool = false) -> ScheduleService.Draft {
        ScheduleService.Draft(kind: .expense, amount: usd("1200"), description: "Rent", category: "rent", account: "checking",
                              recurrence: Recurrence(unit: .month, dayOfMonth: dayOfMonth, start: day(from)), confirm: confirm)
    }

    func rentDates() throws -> [String] {
        try book.expenses.list(TransactionPageRequest(filter: TransactionFilter(search: "rent"), limit: 100)).transactions.map(\.date.description).sorted()
    }

    @Test func dueOccurrencesArePostedOnceHoweverOftenOutlayRuns() throws {
        let (schedule, posted) = try schedules("2026-12-02").add(rent())
        #expect(posted == 3)
        #expect(try rentDates() == ["2026-10-01", "2026-11-01", "2026-12-01"])
        for _ in 0..<3 { #expect(try BookUpkeep.run(on("2026-12-02")).posted.isEmpty) }
        // A year away: twelve more, in one run; the transactions' ids are the schedule's and the day's.
        let later = try BookUpkeep.run(on("2027-12-02"))
        #expect(later.posted.count == 12)
        #expect(later.posted.first == schedule.occurrenceID(on: day("2027-01-01")))
        #expect(try rentDates().count == 15)
        // A deleted posting is not posted again.
        try book.expenses.delete(id: schedule.occurrenceID(on: day("2027-01-01")))
        try book.database.write { db in try db.execute(sql: "UPDATE schedules SET posted_through = NULL") }
        #expect(try ScheduledPosting(database: on("2027-12-02")).postDue().posted.isEmpty)
    }

    @Test func postingEvaluatesBudgetsInTheSameWrite() throws {
        try book.budgets(on: "2026-12-02").set(scope: .category("rent"), amount: usd("1000"))
        try schedules("2026-12-02").add(rent(from: "2026-12-01"))
        #expect(try book.notificationTypes().contains("budget_exceeded"))
    }

    @Test func skippingLeavesAMarkThatIsNeverPosted() throws {
        let (schedule, _) = try schedules("2026-12-02").add(rent(from: "2027-01-01"))
        #expect(try schedules("2026-12-02").skip(id: RecordID.short(schedule.id)) == day("2027-01-01"))
        try BookUpkeep.run(on("2027-02-10"))
        #expect(try rentDates() == ["2027-02-01"])
        #expect(throws: OutlayError.self) { try schedules("2027-02-10").skip(id: schedule.id, on: day("2027-02-01")) }
        #expect(throws: OutlayError.self) { try schedules("2027-02-10").skip(id: schedule.id, on: day("2027-02-02")) }
    }

    @Test func confirmSchedulesWaitForYes() throws {
        let (schedule, posted) = try schedules("2026-12-02").add(rent(from: "2026-11-01", confirm: true))
        #expect(posted == 0)
        try BookUpkeep.run(on("2026-12-02"))
        #expect(try rentDates().isEmpty)
        let waiting = try ForecastService(database: on("2026-12-02")).upcoming(days: 0).filter(\.waiting).map(\.date.description)
        #expect(waiting == ["2026-11-01", "2026-12-01"])
        // A new rhythm waits until what waits is dealt with.
        #expect(throws: OutlayError.self) { try schedules("2026-12-02").edit(id: schedule.id, ScheduleService.Patch(dayOfMonth: .some(5))) }
        try schedules("2026-12-02").confirm(id: schedule.id)
        #expect(try rentDates() == ["2026-11-01"])
        // Its undo takes the posting back.
        try book.undo(on: "2026-12-02").undo()
        #expect(try rentDates().isEmpty)
        try schedules("2026-12-02").confirm(id: schedule.id, on: day("2026-12-01"))
        #expect(try rentDates() == ["2026-12-01"])
    }

    @Test func anEditChangesOnlyWhatComesAfterToday() throws {
        let (schedule, _) = try schedules("2026-12-02").add(rent(from: "2026-10-01"))
        let edited = try schedules("2026-12-02").edit(id: schedule.id, ScheduleService.Patch(amount: usd("1300"), dayOfMonth: .some(15)))
        #expect(edited.recurrence.start == day("2026-12-15"))
        try BookUpkeep.run(on("2027-01-20"))
        let rents = try book.expenses.list(TransactionPageRequest(filter: TransactionFilter(search: "rent"), limit: 100)).transactions
            .map { "\($0.date) \($0.amount)" }.sorted()
        #expect(rents == ["2026-10-01 1,200.00", "2026-11-01 1,200.00", "2026-12-01 1,200.00", "2026-12-15 1,300.00", "2027-01-15 1,300.00"])
        // A count counts on from where it was.
        let (counted, _) = try schedules("2026-12-02").add(ScheduleService.Draft(
            kind: .expense, amount: usd("50"), description: "Gym", category: "health", account: "checking",
            recurrence: Recurrence(unit: .month, dayOfMonth: 1, start: day("2026-10-01"), count: 6)))
        let moved = try schedules("2026-12-02").edit(id: counted.id, ScheduleService.Patch(dayOfMonth: .some(10)))
        #expect(moved.recurrence.count == 3)
        #expect(moved.recurrence.start == day("2026-12-10"))
    }

    @Test func undoTakesBackASchedulesEditRemovalAndMaking() throws {
        let service = schedules("2026-12-02")
        let (schedule, _) = try service.add(rent())
        try service.edit(id: schedule.id, ScheduleService.Patch(amount: usd("999")))
        try service.remove(id: schedule.id)
        #expect(try service.list().isEmpty)
        try book.undo(on: "2026-12-02").undo()
        #expect(try service.get(schedule.id).amount == usd("999"))
        try book.undo(on: "2026-12-02").undo()
        #expect(try service.get(schedule.id).amount == usd("1200"))
        try book.undo(on: "2026-12-02").undo()
        #expect(try service.list().isEmpty)
        #expect(try rentDates().isEmpty)
    }

    @Test func scheduledTransfersMoveBalancesNotSpending() throws {
        try schedules("2026-12-02").add(ScheduleService.Draft(kind: .transfer, amount: usd("200"), description: "Saving", account: "checking",
                                                               toAccount: "savings", recurrence: Recurrence(every: 2, unit: .week, start: day("2026-11-07"))))
        let balances = try AccountService(database: on("2026-12-02")).balances().reduce(into: [:]) { $0[$1.account.name] = $1.balance }
        #expect(balances["savings"] == usd("400"))
        #expect(balances["checking"] == usd("1100"))
        #expect(try book.expenses.summary().totalExpenses.minorUnits == 0)
        #expect(throws: OutlayError.self) {
            try schedules("2026-12-02").add(ScheduleService.Draft(kind: .transfer, amount: usd("1"), description: "x", account: "checking",
                                                                   toAccount: "checking", recurrence: Recurrence(unit: .week, start: day("2026-12-07"))))
        }
    }

    @Test func aHugeBacklogIsRefusedAndChangesNothing() throws {
        var draft = rent(from: "1990-01-01")
        draft.recurrence = Recurrence(unit: .day, start: day("1990-01-01"))
        #expect(throws: OutlayError.self) { try schedules("2026-12-02").add(draft) }
        #expect(try schedules("2026-12-02").list().isEmpty)
        #expect(try book.expenses.count() == 0)
    }

    @Test func theForecastAndItsWarningOnFixedData() throws {
        let today = "2026-12-02"
        try schedules(today).add(ScheduleService.Draft(kind: .income, amount: usd("3000"), description: "Salary", category: "salary", account: "checking",
                                                        recurrence: Recurrence(unit: .month, weekday: try WeekdayRule(parsing: "last friday"), start: day(today))))
        try schedules(today).add(rent(from: today, on: 20))
        try schedules(today).add(ScheduleService.Draft(kind: .expense, amount: usd("250"), description: "Car", category: "transport", account: "checking",
                                                        recurrence: Recurrence(unit: .month, dayOfMonth: 22, start: day(today))))
        try book.expenses(on: today).add(draft("30", "Concert", category: "entertainment", on: "2026-12-10"))
        let forecast = try ForecastService(database: on(today)).forecast(account: "checking", days: 40)
        let checking = try #require(forecast.accounts.first)
        // 1,500 − 30 (Dec 10) − 1,200 (Dec 20) − 250 (Dec 22) = 20, then +3,000 on Christmas Day (the last Friday).
        #expect(checking.start == usd("1500"))
        #expect(checking.balances[8] == usd("1470"))
        #expect(checking.lowest == usd("20"))
        #expect(checking.lowestOn == day("2026-12-22"))
        #expect(checking.balances[23] == usd("3020"))
        #expect(checking.balances.count == 41)
        // The floor is 100: crossed on the 22nd, after the car payment (the rent left 270).
        #expect(checking.crossing == ForecastCrossing(date: day("2026-12-22"), balance: usd("20"), floor: usd("100"), after: "Car"))
        try LowBalanceWarnings(database: on(today)).raiseDue()
        try LowBalanceWarnings(database: on(today)).raiseDue()
        let warnings = try book.inbox.list().filter { $0.type == .lowBalance }
        #expect(warnings.map(\.message) == ["checking is projected at 20.00 on 2026-12-22 after 'Car' (below its floor of 100.00)"])
        // With budgets: what is left of a 600.00 monthly food budget spread over December's 30 days left, 20.00 a day.
        try book.budgets(on: today).set(scope: .category("food"), amount: usd("600"))
        let withBudgets = try ForecastService(database: on(today)).forecast(account: "checking", days: 3, withBudgets: true)
        #expect(withBudgets.accounts.first?.balances == [usd("1480"), usd("1460"), usd("1440"), usd("1420")])
    }

    @Test func seriesInHistoryAreSuggestedFromTheirNextDate() throws {
        let expenses = book.expenses(on: "2026-12-02")
        for month in ["2026-07-03", "2026-08-03", "2026-09-03", "2026-10-05", "2026-11-03"] {
            try expenses.add(TransactionDraft(amount: usd("15.49"), category: "subscriptions", description: "NETFLIX.COM 8663",
                                              date: day(month), account: "checking"))
        }
        for dayText in ["2026-09-02", "2026-10-17", "2026-11-01"] { try expenses.add(draft("12", "Cinema", category: "entertainment", on: dayText)) }
        let found = try RecurringSuggestions(database: on("2026-12-02")).find()
        #expect(found.map(\.draft.description) == ["NETFLIX.COM 8663"])
        let suggestion = try #require(found.first)
        #expect(suggestion.draft.recurrence.start == day("2026-12-03"))
        #expect(suggestion.draft.recurrence.dayOfMonth == 3)
        #expect(suggestion.draft.amount == usd("15.49"))
        try schedules("2026-12-02").add(suggestion.draft)
        #expect(try RecurringSuggestions(database: on("2026-12-02")).find().isEmpty)
    }
}

/// Occurrences that cannot be posted are never dropped in silence.
@Suite struct ScheduleProblemTests {
    @Test func anOccurrenceThatCannotBePostedIsReportedOnceAndListed() throws {
        let book = try TestDatabase()
        func on(_ date: String) -> AppDatabase { book.database.withClock(.fixed(day(date))) }
        let huge = try Money.parse("9999999999999.99", currency: .usd)
        let draft = ScheduleService.Draft(kind: .expense, amount: huge, description: "Typo", category: "other", account: "cash",
                                          recurrence: Recurrence(unit: .week, start: day("2026-11-11")), confirm: false)
        let (schedule, posted) = try ScheduleService(database: on("2026-11-28")).add(draft)
        let outcome = try ScheduledPosting(database: on("2026-12-02")).postDue()
        let stored = try book.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM transactions WHERE description = 'Typo' AND deleted_at IS NULL") ?? 0
        }
        // Whatever was posted is in the ledger; whatever was not is reported, with why.
        #expect(posted + outcome.posted.count == stored)
        #expect(stored < 4, "this ledger cannot hold four of them")
        let problem = try #require(try ScheduleService(database: on("2026-12-02")).problems()[schedule.id])
        #expect(problem.contains("could not be posted") && !problem.contains("SQLite"), "\(problem)")
        let alerts = try book.inbox.list().filter { $0.type == .system && $0.message.contains("'Typo'") }
        #expect(alerts.count == 1)
        // Running again (every command does) reports nothing new.
        _ = try ScheduledPosting(database: on("2026-12-03")).postDue()
        #expect(try book.inbox.list().filter { $0.type == .system && $0.message.contains("'Typo'") }.count == 1)
        // Skipping what cannot be posted clears the problem.
        let service = ScheduleService(database: on("2026-12-03"))
        for date in ["2026-11-11", "2026-11-18", "2026-11-25", "2026-12-02"] { _ = try? service.skip(id: schedule.id, on: day(date)) }
        _ = try ScheduledPosting(database: on("2026-12-03")).postDue()
        #expect(try service.problems()[schedule.id] == nil)
    }
}
