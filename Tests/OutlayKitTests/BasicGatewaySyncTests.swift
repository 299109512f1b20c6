import Foundation
import Testing
@testable import OutlayKit

/// A gateway with only the basic routes, in memory: it gives its own ids
/// (numbers, as the original design's database did), pages by offset, and
/// can be told to lose the answer to a create after storing it.
final class FakeBasicGateway: BasicGateway, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [TransactionDraft] = []
    var loseAnswerAfter: Int?  // creates that succeed before one whose answer is lost
    struct LostAnswer: Error {}

    var expenses: [TransactionDraft] { lock.withLock { stored } }

    func add(_ expense: TransactionDraft) { lock.withLock { stored.append(expense) } }

    func expenses(after cursor: String?) async throws -> (expenses: [TransactionDraft], next: String?) {
        lock.withLock {
            let start = cursor.flatMap(Int.init) ?? 0
            let page = Array(stored.dropFirst(start).prefix(3))
            return (page, start + page.count < stored.count ? String(start + page.count) : nil)
        }
    }

    func create(_ transaction: Transaction) async throws -> String {
        try lock.withLock {
            let id = String(stored.count + 1)
            stored.append(TransactionDraft(kind: transaction.kind, amount: transaction.amount, category: transaction.category,
                                           description: transaction.description, date: transaction.date, note: transaction.note, id: id))
            if let remaining = loseAnswerAfter {
                if remaining == 0 { loseAnswerAfter = nil; throw LostAnswer() }
                loseAnswerAfter = remaining - 1
            }
            return id
        }
    }
}

@Suite struct BasicGatewaySyncTests {
    let laptop = try! TestDatabase()
    let desktop = try! TestDatabase()
    let gateway = FakeBasicGateway()

    func sync(_ device: TestDatabase) async throws -> SyncRunner.Report {
        try await BasicGatewaySync(database: device.database).run(with: gateway)
    }

    /// What a person would call the same list: day, kind, amount, description, category.
    func ledger(_ device: TestDatabase) throws -> [String] {
        try device.expenses.list(TransactionPageRequest(limit: 1000)).transactions
            .map { "\($0.date) \($0.kind) \($0.amount.decimalString) \($0.description) \($0.category)" }.sorted()
    }

    @Test func newExpensesTravelBothWaysOnceEvenWhenAnAnswerIsLost() async throws {
        for index in 1...5 { try laptop.expenses.add(draft("\(index)", "Lunch \(index)", category: "food")) }
        try desktop.expenses.add(draft("1200", "Salary", category: "salary", kind: .income))
        gateway.add(TransactionDraft(kind: .expense, amount: usd("7.25"), category: "Garden Centre",
                                     description: "From the web app", date: day("2024-03-02"), id: "web-1"))

        // The third create is stored but its answer never arrives: the sync fails and is run again.
        gateway.loseAnswerAfter = 2
        await #expect(throws: FakeBasicGateway.LostAnswer.self) { try await sync(laptop) }
        let again = try await sync(laptop)
        #expect(again.basicGateway)
        #expect(again.pushed == 2 && again.pulled == 0)  // the lost one was recognised on the gateway, not sent twice
        #expect(gateway.expenses.count == 6)

        for device in [desktop, laptop, desktop] { _ = try await sync(device) }
        #expect(gateway.expenses.count == 7)
        #expect(try ledger(laptop) == ledger(desktop))
        #expect(try ledger(laptop).count == 7)
        #expect(try ledger(laptop).contains("2024-03-02 expense 7.25 From the web app garden centre"))
        #expect(try await sync(laptop) == SyncRunner.Report(basicGateway: true))  // nothing new: nothing moves
    }

    @Test func aRemoteExpenseDeletedHereStaysDeleted() async throws {
        gateway.add(TransactionDraft(kind: .expense, amount: usd("3"), category: "food", description: "Tea",
                                     date: day("2024-03-03"), id: "1"))
        _ = try await sync(laptop)
        let tea = try #require(try laptop.expenses.list(TransactionPageRequest()).transactions.first)
        try laptop.expenses.delete(id: tea.id)
        _ = try await sync(laptop)
        #expect(try laptop.expenses.count() == 0)
        #expect(gateway.expenses.count == 1)
    }

    @Test func aGatewayInAnotherCurrencyIsRefusedAndNothingChanges() async throws {
        gateway.add(TransactionDraft(kind: .expense, amount: Money(minorUnits: 300, currency: try Currency(code: "EUR")), category: "food",
                                     description: "Tea", date: day("2024-03-03"), id: "1"))
        await #expect(throws: OutlayError.self) { try await sync(laptop) }
        #expect(try laptop.expenses.count() == 0)
        #expect(try SyncService(database: laptop.database).state().lastError?.contains("EUR") == true)
    }
}
