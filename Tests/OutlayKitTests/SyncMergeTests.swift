import Foundation
import GRDB
import Testing
@testable import OutlayKit

/// A server replica reached directly, for merge tests without sockets.
struct DirectTransport: SyncTransport {
    let server: SyncService

    func push(_ changes: [SyncChange]) async throws { try server.apply(changes, maximumAhead: 86_400_000) }

    func pull(after cursor: Int64, limit: Int, excluding origin: String) async throws -> SyncPage {
        let page = try server.changes(after: cursor, limit: limit, excludingOrigin: origin)
        return SyncPage(changes: page.changes, cursor: page.last, hasMore: page.hasMore)
    }
}

/// Every synced column of every record of every synced table, tombstones
/// included: what "the same data" means.
func fullContents(_ database: AppDatabase) throws -> [String] {
    try database.read { db in
        try SyncEntity.allCases.flatMap { entity in
            let columns = (entity.keyColumns + entity.columns).joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT '\(entity.rawValue)', \(columns) FROM \(entity.table) ORDER BY \(entity.keyColumns.joined(separator: ", "))")
                .map(\.description)
        }
    }
}

/// The categories every new ledger starts with, and its cash account, which sync like any others.
let defaultCategoryCount = Category.defaultExpenseNames.count + Category.defaultIncomeNames.count
let defaultRecordCount = defaultCategoryCount + 1

@Suite struct SyncMergeTests {
    let server = try! TestDatabase()
    let laptop = try! TestDatabase()
    let desktop = try! TestDatabase()

    func sync(_ device: TestDatabase) async throws -> SyncRunner.Report {
        try await SyncRunner(service: SyncService(database: device.database),
                             transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
    }

    func expectConverged(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let contents = try fullContents(laptop.database)
        #expect(try fullContents(desktop.database) == contents, sourceLocation: sourceLocation)
        #expect(try fullContents(server.database) == contents, sourceLocation: sourceLocation)
        for replica in [laptop, desktop, server] {
            #expect(try StoreHealth(database: replica.database).problems() == [], sourceLocation: sourceLocation)
        }
    }

    /// Laptop adds, both sync: the transaction exists everywhere.
    func shared(_ amount: String = "10", _ description: String = "Groceries") async throws -> String {
        let added = try laptop.expenses.add(draft(amount, description, category: "food"))
        _ = try await sync(laptop)
        _ = try await sync(desktop)
        return added.id
    }

    @Test func editsOfDifferentFieldsBothSurvive() async throws {
        let id = try await shared()
        try laptop.expenses.edit(id: id, TransactionPatch(amount: usd("12.40")))
        try desktop.expenses.edit(id: id, TransactionPatch(description: "Market"))
        for device in [laptop, desktop, laptop] { _ = try await sync(device) }
        try expectConverged()
        let merged = try laptop.expenses.get(id: id)
        #expect(merged.amount == usd("12.40"))
        #expect(merged.description == "Market")
    }

    @Test func editsOfOneFieldResolveTheSameEverywhere() async throws {
        let id = try await shared()
        try laptop.expenses.edit(id: id, TransactionPatch(description: "From the laptop"))
        try desktop.expenses.edit(id: id, TransactionPatch(description: "From the desktop"))  // later clock
        // Sync in the order that shows the earlier edit last: the later one must still win.
        for device in [desktop, laptop, desktop] { _ = try await sync(device) }
        try expectConverged()
        #expect(try laptop.expenses.get(id: id).description == "From the desktop")
    }

    @Test func anEditAndADeleteOnTwoDevicesConverge() async throws {
        let id = try await shared()
        try laptop.expenses.edit(id: id, TransactionPatch(amount: usd("99")))
        _ = try desktop.expenses.delete(id: id)
        for device in [laptop, desktop, laptop] { _ = try await sync(device) }
        try expectConverged()
        // The delete wins the row; the edit is kept inside it, so a restore brings it back.
        #expect(try laptop.expenses.get(id: id, includeDeleted: true).deletedAt != nil)
        #expect(try laptop.expenses.restore(id: id).amount == usd("99"))
        #expect(try laptop.expenses.summary().totalExpenses == usd("99"))
    }

    @Test func offlineWorkOnBothDevicesSyncsToTheSameData() async throws {
        let id = try await shared()
        for index in 0..<20 { try laptop.expenses.add(draft("\(index + 1)", "Laptop \(index)", on: "2024-03-\(10 + index % 9)")) }
        for index in 0..<15 { try desktop.expenses.add(draft("\(index + 2).50", "Desktop \(index)", kind: index == 3 ? .income : .expense)) }
        try laptop.expenses.edit(id: id, TransactionPatch(tags: ["weekly"]))
        try desktop.expenses.edit(id: id, TransactionPatch(note: .some("split with Sam")))
        let doomed = try desktop.expenses.add(draft("5", "Mistake"))
        _ = try desktop.expenses.delete(id: doomed.id)
        for _ in 0..<2 { for device in [laptop, desktop] { _ = try await sync(device) } }
        try expectConverged()
        #expect(try laptop.expenses.count() == 1 + 20 + 15)
        #expect(try desktop.expenses.summary() == laptop.expenses.summary())
        #expect(try laptop.expenses.list(TransactionPageRequest(filter: TransactionFilter(tag: "weekly"))).transactions.map(\.id) == [id])
        #expect(try laptop.expenses.get(id: id).note == "split with Sam")
    }

    @Test func applyingABatchTwiceChangesNothing() async throws {
        _ = try await shared()
        try desktop.expenses.add(draft("7", "Taxi"))
        let batch = try SyncService(database: desktop.database).pendingChanges(limit: 100)
        let hub = SyncService(database: server.database)
        #expect(try hub.apply(batch) == 1)
        let before = try fullContents(server.database)
        let logged = try hub.lastSeq()
        #expect(try hub.apply(batch) == 0)
        #expect(try fullContents(server.database) == before)
        #expect(try hub.lastSeq() == logged)
    }

    @Test func aDeviceAnHourAheadStillConvergesAndFarAheadIsRefused() async throws {
        let id = try await shared()
        var ahead = desktop.database
        ahead.clock = ServiceClock(now: { Timestamp(milliseconds: Timestamp.now.milliseconds + 3_600_000) }, today: ServiceClock.testDay.today)
        try TransactionService(database: ahead).edit(id: id, TransactionPatch(description: "Ahead"))
        try laptop.expenses.edit(id: id, TransactionPatch(description: "Later in real time"))
        for device in [laptop, desktop, laptop] { _ = try await sync(device) }
        try expectConverged()
        // The clock that is ahead wins the field (what a hybrid clock promises is agreement, not wall time),
        // and after hearing of it the laptop's clock moves on, so its next edit wins.
        #expect(try laptop.expenses.get(id: id).description == "Ahead")
        try laptop.expenses.edit(id: id, TransactionPatch(description: "After catching up"))
        for device in [laptop, desktop] { _ = try await sync(device) }
        try expectConverged()
        #expect(try desktop.expenses.get(id: id).description == "After catching up")

        var farAhead = desktop.database
        farAhead.clock = ServiceClock(now: { Timestamp(milliseconds: Timestamp.now.milliseconds + 2 * 86_400_000) }, today: ServiceClock.testDay.today)
        try TransactionService(database: farAhead).add(draft("1", "From the future"))
        await #expect(throws: OutlayError.self) { try await sync(desktop) }
        #expect(try SyncService(database: desktop.database).state().lastError?.contains("ahead of the server's clock") == true)
        #expect(try SyncService(database: desktop.database).pendingCount() == 1)  // kept, to push once the clock is right
        #expect(try server.expenses.count() == 1)
    }

    @Test func pullsComeInPagesAndResumeFromTheCursor() async throws {
        let rows = Array(DemoGenerator(count: 2_500, seed: 9, end: day("2024-06-30")))
        _ = try BulkLoader(database: laptop.database).insert(rows)
        let first = try await sync(laptop)
        #expect(first.pushed == 2_500 + defaultRecordCount)
        let report = try await sync(desktop)
        // Every device's default categories are the same records; the desktop's, pushed just before, are the
        // latest, so the server's log has let go of the others: only the transactions come back.
        #expect(report.pulled == 2_500)
        _ = try await sync(laptop)  // to hear of the desktop's default categories, made later than its own
        try expectConverged()
        let again = try await sync(desktop)
        #expect(again.pushed == 0 && again.pulled == 0)  // nothing new: nothing moves
    }

    /// A ledger of 100 000 transactions reaches another device in bounded
    /// batches and pages, never one huge payload, and arrives whole.
    @Test func aHundredThousandChangesTravelInPages() async throws {
        let rows = Array(DemoGenerator(count: 100_000, seed: 4, end: day("2024-06-30")))
        _ = try BulkLoader(database: laptop.database).insert(rows)
        let counting = CountingTransport(inner: DirectTransport(server: SyncService(database: server.database, role: .server)))
        let hub = SyncService(database: laptop.database)
        let pushed = try await SyncRunner(service: hub, transport: counting).run()
        #expect(pushed.pushed == 100_000 + defaultRecordCount)
        let pulled = try await SyncRunner(service: SyncService(database: desktop.database), transport: counting).run()
        #expect(pulled.pulled == 100_000)  // the desktop's own default categories are the latest: the others are let go
        let sizes = counting.sizes
        #expect(sizes.pushes.count >= 20 && sizes.pushes.allSatisfy { $0 <= SyncRunner.batchSize })
        #expect(sizes.pulls.count >= 20 && sizes.pulls.allSatisfy { $0 <= SyncRunner.batchSize })
        #expect(try desktop.expenses.count() == 100_000)
        #expect(try TransactionService(database: desktop.database).summary(TransactionFilter()) == laptop.expenses.summary(TransactionFilter()))
        #expect(try StoreHealth(database: desktop.database).problems() == [])
    }

    @Test func badChangesAreRefusedWholeNamingTheField() throws {
        let hub = SyncService(database: server.database)
        let good = SyncChange(origin: "d1", originSeq: 1, clock: HybridTimestamp(milliseconds: 1, counter: 0), entity: .transaction,
                              entityID: RecordID.make(), fields: ["amount": .integer(100)])
        var negative = good
        negative.originSeq = 2
        negative.fields = ["amount": .integer(-5)]
        let before = try hub.lastSeq()
        #expect(throws: OutlayError.invalidSyncChange("field 'amount' of transaction \(good.entityID): integer(-5) is not allowed there")) {
            try hub.apply([good, negative])
        }
        var unknown = good
        unknown.fields = ["seq": .integer(1)]
        #expect(throws: OutlayError.self) { try hub.apply([unknown]) }
        #expect(try hub.lastSeq() == before)
    }
}

/// Passes changes through, noting each push's and each pull's size.
final class CountingTransport: SyncTransport, @unchecked Sendable {
    let inner: any SyncTransport
    private let lock = NSLock()
    private var pushes: [Int] = []
    private var pulls: [Int] = []

    init(inner: any SyncTransport) { self.inner = inner }

    var sizes: (pushes: [Int], pulls: [Int]) { lock.withLock { (pushes, pulls) } }

    func push(_ changes: [SyncChange]) async throws {
        lock.withLock { pushes.append(changes.count) }
        try await inner.push(changes)
    }

    func pull(after cursor: Int64, limit: Int, excluding origin: String) async throws -> SyncPage {
        let page = try await inner.pull(after: cursor, limit: limit, excluding: origin)
        lock.withLock { pulls.append(page.changes.count) }
        return page
    }
}

/// Accounts and transfers sync like the rest: fields merge, a transfer's two legs travel as one record.
extension SyncMergeTests {
    @Test func twoDevicesEditingAnAccountAndATransferOfflineConverge() async throws {
        let laptopAccounts = AccountService(database: laptop.database), desktopAccounts = AccountService(database: desktop.database)
        try laptopAccounts.add(name: "checking", type: .checking, opening: usd("1000"))
        try laptopAccounts.add(name: "Card", type: .credit)
        let transfer = try TransferService(database: laptop.database)
            .add(.init(amount: usd("50"), from: "checking", to: "Card", date: day("2024-03-10")))
        var purchase = draft("20", "Fuel", category: "transport")
        purchase.account = "Card"
        try laptop.expenses.add(purchase)
        _ = try await sync(laptop)
        _ = try await sync(desktop)
        #expect(try Self.balances(desktop) == ["Card": "30.00", "cash": "0.00", "checking": "950.00"])

        // Offline: the laptop changes the transfer's amount and the card's note; the desktop its date and the account's opening.
        try TransferService(database: laptop.database).edit(id: transfer.id) { $0.amount = usd("70") }
        try laptopAccounts.edit("card", .init(note: .some("the blue one")))
        try TransferService(database: desktop.database).edit(id: transfer.id) { $0.date = day("2024-03-12") }
        try desktopAccounts.edit("checking", .init(opening: usd("1200")))
        try desktopAccounts.add(name: "savings", type: .savings)
        try TransferService(database: desktop.database).add(.init(amount: usd("100"), from: "checking", to: "savings", date: day("2024-03-15")))
        for _ in 0..<2 { for device in [laptop, desktop] { _ = try await sync(device) } }
        try expectConverged()
        let expected = ["Card": "50.00", "cash": "0.00", "checking": "1,030.00", "savings": "100.00"]
        for device in [laptop, desktop, server] { #expect(try Self.balances(device) == expected) }
        let merged = try TransferService(database: desktop.database).list(account: "card").first
        #expect(merged?.amount == usd("70") && merged?.date == day("2024-03-12"))
        #expect(try desktopAccounts.named("card").note == "the blue one")
        // Reports still see no transfer anywhere.
        #expect(try desktop.expenses.summary().totalExpenses == usd("20") && desktop.expenses.summary().totalIncome == usd("0"))

        // A delete of the transfer travels whole, and a renamed account takes its transfers along.
        _ = try TransferService(database: laptop.database).delete(id: transfer.id)
        try desktopAccounts.edit("savings", .init(name: "rainy day"))
        for _ in 0..<2 { for device in [laptop, desktop] { _ = try await sync(device) } }
        try expectConverged()
        #expect(try Self.balances(laptop) == ["Card": "-20.00", "cash": "0.00", "checking": "1,100.00", "rainy day": "100.00"])
    }

    static func balances(_ device: TestDatabase) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try AccountService(database: device.database).balances().map { ($0.account.name, $0.balance.description) })
    }
}
