import Foundation
import OutlayTestSupport
import GRDB
import Testing
@testable import OutlayKit

/// Categories, budgets and the inbox sync like transactions: created,
/// edited field by field, removed, and one budget alert stays one alert.
@Suite struct SyncEntityTests {
    let server = try! TestDatabase()
    let laptop = try! TestDatabase()
    let desktop = try! TestDatabase()
    let today = TestDay.text

    func sync(_ device: TestDatabase) async throws {
        _ = try await SyncRunner(service: SyncService(database: device.database),
                                 transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
    }

    func syncAll() async throws {
        for device in [laptop, desktop, laptop] { try await sync(device) }
        let contents = try fullContents(laptop.database)
        #expect(try fullContents(desktop.database) == contents)
        #expect(try fullContents(server.database) == contents)
    }

    func names(_ device: TestDatabase) throws -> [String] { try device.categories.list(kind: .expense).map(\.category.name) }

    @Test func categoriesTravelWithTheirColourAndTheirRemoval() async throws {
        try laptop.categories.add("pets", kind: .expense, color: "#aa5500")
        try desktop.categories.add("garden", kind: .expense)
        try await syncAll()
        #expect(try names(desktop).contains("pets"))
        #expect(try names(laptop).contains("garden"))
        #expect(try desktop.categories.list(kind: .expense).first { $0.category.name == "pets" }?.category.color == "#aa5500")

        // A rename is a new name and the old one removed, with its transactions moved.
        try desktop.expenses.add(draft("4", "Seeds", category: "garden"))
        try desktop.categories.rename("garden", to: "allotment", kind: .expense)
        try await syncAll()
        #expect(try !names(laptop).contains("garden"))
        #expect(try names(laptop).contains("allotment"))
        #expect(try laptop.expenses.list(TransactionPageRequest()).transactions.map(\.category) == ["allotment"])
    }

    @Test func budgetEditsOfDifferentFieldsMergeAndADeleteTravels() async throws {
        let budget = try laptop.budgets.set(scope: .category("food"), amount: usd("300"))
        try await syncAll()
        try laptop.budgets.update(id: budget.id, amount: usd("350"))
        try desktop.budgets.update(id: budget.id, threshold: 90)
        try await syncAll()
        let merged = try #require(try desktop.budgets.list().first)
        #expect(merged.amount == usd("350"))
        #expect(merged.threshold == 90)

        try desktop.budgets.delete(id: budget.id)
        try await syncAll()
        #expect(try laptop.budgets.list().isEmpty)
    }

    @Test func oneCrossingIsOneAlertOnEveryDeviceAndItsReadStateTravels() async throws {
        try laptop.budgets.set(scope: .overall, amount: usd("100"))
        try await syncAll()
        // Both devices see spending pass 80 %: the laptop by its own entry, the desktop by sync.
        try laptop.expenses.add(draft("85", "Shoes", on: today))
        #expect(try laptop.inbox.list().count == 1)
        try await syncAll()
        for device in [laptop, desktop, server] {
            #expect(try device.inbox.list().map(\.type) == [.budgetAlert])
        }
        let alert = try #require(try laptop.inbox.list().first)
        #expect(try desktop.inbox.list().first?.id == alert.id)

        try desktop.inbox.markRead(id: alert.id)
        try await syncAll()
        #expect(try laptop.inbox.unreadCount() == 0)

        // Deleted on one device: gone everywhere, and not raised again by the others' evaluations.
        try laptop.inbox.delete(id: alert.id)
        try await syncAll()
        try desktop.expenses.add(draft("1", "Socks", on: today))
        try await syncAll()
        for device in [laptop, desktop, server] { #expect(try device.inbox.list().isEmpty) }

        // Back under and over again against the same limit says nothing new, on any device.
        let shoes = try #require(try laptop.expenses.list(TransactionPageRequest()).transactions.first { $0.description == "Shoes" })
        try laptop.expenses.edit(id: shoes.id, TransactionPatch(amount: usd("5")))
        try await syncAll()
        try desktop.expenses.edit(id: shoes.id, TransactionPatch(amount: usd("90")))
        try await syncAll()
        for device in [laptop, desktop, server] { #expect(try device.inbox.list().isEmpty) }

        // A new limit already passed is a new alert: one, everywhere.
        try laptop.budgets.set(scope: .overall, amount: usd("110"))
        try await syncAll()
        let again = try #require(try laptop.inbox.list().first)
        #expect(again.type == .budgetAlert)
        #expect(again.id != alert.id)
        for device in [laptop, desktop, server] { #expect(try device.inbox.list().map(\.id) == [again.id]) }
    }

    @Test func aRemovedRecordIsNotBroughtBackByAnOlderEdit() throws {
        let hub = SyncService(database: server.database)
        let clock = { (ms: Int64) in HybridTimestamp(milliseconds: ms, counter: 0) }
        let create = SyncChange(origin: "a", originSeq: 1, clock: clock(10), entity: .category, entityID: "expense/pets",
                                fields: ["created_at": .integer(1), "color": .null, "parent": .null, "deleted_at": .null])
        let remove = SyncChange(origin: "a", originSeq: 2, clock: clock(30), entity: .category, entityID: "expense/pets",
                                fields: ["deleted_at": .integer(30)])
        let olderEdit = SyncChange(origin: "b", originSeq: 1, clock: clock(20), entity: .category, entityID: "expense/pets",
                                   fields: ["color": .text("#123456")])
        try hub.apply([create, remove, olderEdit])
        #expect(try !names(server).contains("pets"))
        let recreate = SyncChange(origin: "b", originSeq: 2, clock: clock(40), entity: .category, entityID: "expense/pets",
                                  fields: ["created_at": .integer(40), "color": .null, "parent": .null, "deleted_at": .null])
        try hub.apply([recreate])
        #expect(try names(server).contains("pets"))
        #expect(throws: OutlayError.self) {
            try hub.apply([SyncChange(origin: "b", originSeq: 3, clock: clock(50), entity: .category, entityID: "expense/Bad Name!",
                                      fields: ["color": .null])])
        }
    }
}
