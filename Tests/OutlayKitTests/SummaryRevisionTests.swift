import Foundation
import Testing
@testable import OutlayKit

/// A weekly or monthly summary whose period changes afterwards is revised in place: the same notification,
/// its new figures, marked revised, never a second alert.
@Suite struct SummaryRevisionTests {
    func summaries(_ store: TestDatabase) throws -> [OutlayNotification] {
        try store.inbox.list().filter { $0.type == .weeklySummary || $0.type == .monthlyReport }
    }

    @Test func anEditOrAnImportAfterASummaryRevisesIt() throws {
        let store = try TestDatabase()
        _ = try store.expenses.add(draft("40", "Groceries", category: "food", on: "2024-03-05"))
        let reports = PeriodicReports(database: store.database.withClock(.fixed(day("2024-04-02"))))
        try reports.createDue()
        let weekly = try #require(try reports.weeklySummary(containing: day("2024-03-05")))
        #expect(weekly.message == "You spent 40.00 in the week of 2024-03-04; top category food (40.00).")
        try store.inbox.markRead(id: weekly.id)
        let before = try summaries(store)

        // An entry typed later for that week: the summary says so, revised, still read, still one.
        let late = try store.expenses.add(draft("25", "Pharmacy", category: "health", on: "2024-03-06"))
        #expect(try reports.reviseStale() == 2)  // the week's and March's
        let after = try summaries(store)
        #expect(after.map(\.id) == before.map(\.id))
        let revised = try #require(after.first { $0.id == weekly.id })
        #expect(revised.message == "You spent 65.00 in the week of 2024-03-04; top category food (40.00). (revised)" && revised.isRead)
        #expect(revised.metadata.contains("\"revised\":true") && revised.metadata.contains("\"spent\":\"65.00\""), "\(revised.metadata)")
        let march = try #require(after.first { $0.type == .monthlyReport })
        #expect(march.message.hasPrefix("In March 2024 you spent 65.00") && march.message.hasSuffix("(revised)"))
        // Nothing changed since: nothing to revise.
        #expect(try reports.reviseStale() == 0)

        // A change that leaves the figures where they were (a note) revises nothing; an import into the week does.
        _ = try store.expenses.edit(id: late.id, TransactionPatch(note: .some("vitamins")))
        #expect(try reports.reviseStale() == 0)
        let file = store.folder.appendingPathComponent("bank.csv")
        try "Date,Description,Amount\n2024-03-07,CAFE LUNA,-10.00\n".write(to: file, atomically: true, encoding: .utf8)
        _ = try ImportService(database: store.database).importFile(file.path)
        try reports.createDue()
        let imported = try #require(try summaries(store).first { $0.id == weekly.id })
        #expect(imported.message.hasPrefix("You spent 75.00 in the week of 2024-03-04"), "\(imported.message)")
        #expect(try summaries(store).count == 2)
    }
}
