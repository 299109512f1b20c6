import Foundation
import OutlayTestSupport
import Testing
@testable import OutlayKit

/// Cleared and reconciled states travel exactly: after a sync, every device
/// has the same cleared balance for every account.
@Suite struct ClearedSyncTests {
    let server = try! TestDatabase()
    let laptop = try! TestDatabase()
    let desktop = try! TestDatabase()

    func syncAll() async throws {
        for device in [laptop, desktop, laptop] {
            _ = try await SyncRunner(service: SyncService(database: device.database),
                                     transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
        }
    }

    func cleared(_ device: TestDatabase) throws -> [String] {
        try AccountService(database: device.database).balances().map { "\($0.account.name) \($0.balance) \($0.cleared)" }
    }

    @Test func aReconciliationAndItsAdjustmentAreClearedOnEveryDevice() async throws {
        try AccountService(database: laptop.database).add(name: "checking", type: .checking, opening: usd("3000"))
        var rent = draft("1200", "Rent", category: "rent", on: "2024-03-01")
        rent.account = "checking"
        let paid = try laptop.expenses.add(rent)
        var coffee = draft("4.50", "Coffee", category: "food", on: "2024-03-02")
        coffee.account = "checking"
        try laptop.expenses.add(coffee)
        try await syncAll()

        // The statement says 1,797.19: the rent is on it, the coffee not yet, and 2.81 of interest nobody typed.
        let status = try ReconcileService(database: laptop.database).reconcile(account: "checking", statement: usd("1802.81"),
                                                                               on: day("2024-03-31"), mark: [paid.id], adjust: true)
        #expect(status.difference.minorUnits == 0 && status.adjustment != nil)
        try await syncAll()
        #expect(try cleared(desktop) == cleared(laptop))
        #expect(try cleared(desktop).contains("checking 1,798.31 1,802.81"))
    }

    @Test func importedRowsAndTheEntriesTheyMatchedAreClearedOnEveryDevice() async throws {
        try AccountService(database: laptop.database).add(name: "checking", type: .checking)
        var salary = draft("2500", "Salary", category: "salary", kind: .income, on: "2024-03-01")
        salary.account = "checking"
        try laptop.expenses.add(salary)
        try await syncAll()
        let file = laptop.folder.appendingPathComponent("march.csv")
        try "Date,Description,Amount\n2024-03-02,ACME PAYROLL,2500.00\n2024-03-05,GROCER,-41.20\n"
            .write(to: file, atomically: true, encoding: .utf8)
        var options = ImportOptions()
        options.account = "checking"
        let report = try ImportService(database: laptop.database).importFile(file.path, options: options)
        #expect(report.matched == 1 && report.imported == 1)
        try await syncAll()
        #expect(try cleared(desktop) == cleared(laptop))
        #expect(try cleared(desktop).contains("checking 2,458.80 2,458.80"))
    }
}
