import Foundation
import GRDB
import Testing
@testable import OutlayKit

/// The change log keeps what can still decide a merge: the latest change to
/// each field of each record, and whatever the server has not acknowledged.
@Suite struct SyncCompactionTests {
    let server = try! TestDatabase()
    let laptop = try! TestDatabase()
    let latecomer = try! TestDatabase()

    func sync(_ device: TestDatabase) async throws -> SyncRunner.Report {
        try await SyncRunner(service: SyncService(database: device.database),
                             transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
    }

    func logRows(_ database: AppDatabase, about id: String) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sync_changes WHERE entity_id = ?", arguments: [id]) ?? 0 }
    }

    /// 100 000 edits of one field reach the server in batches, one pass per
    /// batch (the log of that record is read once per batch, not once per
    /// change), and leave it a log of a few rows; a device that joins later
    /// still builds the record as it ended.
    @Test func aHundredThousandEditsOfOneFieldLeaveAFewRows() async throws {
        let hub = SyncService(database: server.database, role: .server)
        let id = RecordID.make()
        let start = Timestamp.now.milliseconds - 3_600_000
        let creation = SyncChange(origin: "editor", originSeq: 1, clock: HybridTimestamp(milliseconds: start, counter: 0), entity: .transaction,
                                  entityID: id, fields: ["kind": .text("expense"), "amount": .integer(500), "category": .text("food"),
                                                         "description": .text("Edit 0"), "date": .text("2026-03-01"), "tags": .text("[]"),
                                                         "created_at": .integer(start), "updated_at": .integer(start)])
        let edits = (1...100_000).map { index in
            SyncChange(origin: "editor", originSeq: Int64(index + 1), clock: HybridTimestamp(milliseconds: start + Int64(index / 1_000), counter: index % 1_000),
                       entity: .transaction, entityID: id, fields: ["description": .text("Edit \(index)")])
        }
        let all = [creation] + edits
        for batch in stride(from: 0, to: all.count, by: SyncRunner.batchSize) {
            try hub.apply(Array(all[batch..<min(batch + SyncRunner.batchSize, all.count)]))
        }
        #expect(try server.expenses.get(id: id).description == "Edit 100000")
        #expect(try logRows(server.database, about: id) <= 3)
        // Sent again (a lost acknowledgement): nothing changes.
        #expect(try hub.apply(Array(edits.suffix(10))) == 0)
        #expect(try server.expenses.get(id: id).description == "Edit 100000")

        _ = try await sync(latecomer)
        let joined = try latecomer.expenses.get(id: id)
        #expect(joined.description == "Edit 100000")
        #expect(joined.amount.minorUnits == 500)
        #expect(try fullContents(latecomer.database).filter { $0.contains(id) } == fullContents(server.database).filter { $0.contains(id) })
    }

    /// A device lets go of its own superseded changes only once the server has them.
    @Test func aDeviceKeepsItsChangesUntilTheServerHasThem() async throws {
        let added = try laptop.expenses.add(draft("5", "Edit 0", category: "food"))
        for index in 1...300 { try laptop.expenses.edit(id: added.id, TransactionPatch(description: "Edit \(index)")) }
        #expect(try logRows(laptop.database, about: added.id) == 301)  // nothing acknowledged yet
        _ = try await sync(laptop)
        // The creation, and the latest change to each edited field (description, updated_at: two edits in
        // one millisecond leave updated_at alone, so the last change to each may be different rows).
        #expect(try logRows(laptop.database, about: added.id) <= 3)
        #expect(try logRows(server.database, about: added.id) <= 3)
        try laptop.expenses.edit(id: added.id, TransactionPatch(amount: usd("7")))
        _ = try await sync(latecomer)
        _ = try await sync(laptop)
        _ = try await sync(latecomer)
        let joined = try latecomer.expenses.get(id: added.id)
        #expect(joined.description == "Edit 300" && joined.amount == usd("7"))
    }
}
