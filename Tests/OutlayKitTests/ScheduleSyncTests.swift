import Foundation
import GRDB
import Testing
@testable import OutlayKit

/// Two devices that post the same occurrence while offline hold one transaction once they sync.
/// (Days in the past: a change stamped ahead of the server's clock is refused.)
@Suite struct ScheduleSyncTests {
    let server = try! TestDatabase()
    let laptop = try! TestDatabase()
    let desktop = try! TestDatabase()

    func sync(_ device: TestDatabase) async throws {
        _ = try await SyncRunner(service: SyncService(database: device.database),
                                 transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
    }

    func rentRows(_ device: TestDatabase) throws -> [String] {
        try device.database.read { db in
            try String.fetchAll(db, sql: "SELECT id || ' ' || date || ' ' || amount || ' ' || COALESCE(deleted_at, 'live') FROM transactions WHERE description = 'Rent' ORDER BY date")
        }
    }

    @Test func bothPostOfflineAndConvergeToOne() async throws {
        let (schedule, _) = try ScheduleService(database: laptop.database.withClock(.fixed(day("2025-11-15")))).add(ScheduleService.Draft(
            kind: .expense, amount: usd("1200"), description: "Rent", category: "rent", account: "cash",
            recurrence: Recurrence(unit: .month, dayOfMonth: 1, start: day("2025-12-01"))))
        try await sync(laptop)
        try await sync(desktop)
        #expect(try ScheduleService(database: desktop.database).get(schedule.id).description == "Rent")
        // Offline, each device's first run in December posts the 1st; the laptop also skips January's.
        #expect(try BookUpkeep.run(laptop.database.withClock(.fixed(day("2025-12-02")))).posted.count == 1)
        #expect(try BookUpkeep.run(desktop.database.withClock(.fixed(day("2025-12-03")))).posted.count == 1)
        try ScheduleService(database: laptop.database.withClock(.fixed(day("2025-12-02")))).skip(id: schedule.id)
        try await sync(laptop)
        try await sync(desktop)
        try await sync(laptop)
        let rows = try rentRows(laptop)
        #expect(rows.count == 2)
        #expect(rows.first?.hasPrefix(schedule.occurrenceID(on: day("2025-12-01")) + " 2025-12-01 120000 live") == true)
        #expect(rows.last?.contains("2026-01-01") == true && rows.last?.hasSuffix("live") == false)
        #expect(try rentRows(desktop) == rows)
        #expect(try fullContents(desktop.database) == fullContents(laptop.database))
        // The desktop, now in January, posts nothing: the laptop's skip travelled.
        #expect(try BookUpkeep.run(desktop.database.withClock(.fixed(day("2026-01-05")))).posted.isEmpty)
        #expect(try TransactionService(database: desktop.database).summary().totalExpenses == usd("1200"))
    }
}
