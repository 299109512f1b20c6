import Foundation
import Testing
@testable import OutlayKit

@Suite struct PeriodicReportTests {
    static func store() throws -> TestDatabase {
        let store = try TestDatabase()
        let expenses = store.expenses(on: "2024-03-12")
        // The week before: 100 spent. The week of Monday 4 March: 150, mostly food.
        try expenses.add(draft("100", "rent share", category: "rent", on: "2024-02-28"))
        try expenses.add(draft("120", "groceries", category: "food", on: "2024-03-05"))
        try expenses.add(draft("30", "bus", category: "transport", on: "2024-03-10"))
        try expenses.add(draft("2000", "salary", category: "salary", kind: .income, on: "2024-02-25"))
        return store
    }

    @Test func theWeeklySummaryIsMadeOnceAndOnlyOnce() throws {
        let store = try Self.store()
        let reports = PeriodicReports(database: store.database.withClock(.fixed(day("2024-03-12"))))
        let made = try reports.createDue()
        #expect(made.count == 2)  // last week, and February
        let weekly = try #require(try store.inbox.list().first { $0.type == .weeklySummary })
        #expect(weekly.message == "You spent 150.00 in the week of 2024-03-04; top category food (120.00); 50% more than the week before.")
        let monthly = try #require(try store.inbox.list().first { $0.type == .monthlyReport })
        #expect(monthly.message == "In February 2024 you spent 100.00; top category rent (100.00, 100%); income 2,000.00, saved 1,900.00 (95%).")
        // Opening again later the same week, or asking on demand, makes nothing new.
        #expect(try reports.createDue().isEmpty)
        #expect(try PeriodicReports(database: store.database.withClock(.fixed(day("2024-03-17")))).createDue().isEmpty)
        #expect(try reports.weeklySummary(containing: day("2024-03-06"))?.id == weekly.id)
        #expect(try store.inbox.list().count == 2)
        // The next week, with spending in it, brings the next summary.
        try store.expenses(on: "2024-03-14").add(draft("9", "lunch", category: "food", on: "2024-03-14"))
        #expect(try PeriodicReports(database: store.database.withClock(.fixed(day("2024-03-18")))).createDue().count == 1)
    }

    @Test func nothingIsMadeForAWeekWithoutTransactions() throws {
        let store = try Self.store()
        try PeriodicReports(database: store.database.withClock(.fixed(day("2024-03-26")))).createDue()
        // February's report, yes; the empty week of 18 March, no.
        #expect(try store.inbox.list().map(\.type) == [.monthlyReport])
    }

    @Test func nothingIsMadeForAnEmptyBookOrAWeekNotOver() throws {
        let empty = try TestDatabase()
        #expect(try PeriodicReports(database: empty.database.withClock(.fixed(day("2024-03-12")))).createDue().isEmpty)
        let store = try Self.store()
        let reports = PeriodicReports(database: store.database.withClock(.fixed(day("2024-03-12"))))
        #expect(try reports.weeklySummary(containing: day("2024-03-12")) == nil)
    }
}
