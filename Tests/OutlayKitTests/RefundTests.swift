import Foundation
import OutlayTestSupport
import Testing
@testable import OutlayKit

/// A refund is money back into a spending category: every total nets it
/// against the purchase, the account gets the money, and it is never income.
@Suite struct RefundTests {
    func purchaseAndReturn(_ store: TestDatabase) throws -> (purchase: Transaction, refund: Transaction) {
        let purchase = try store.expenses.add(draft("45.99", "Amazon order", category: "shopping", on: "2024-03-05"))
        var back = draft("12.00", "Amazon return", category: "shopping", on: "2024-03-09")
        back.isRefund = true
        return (purchase, try store.expenses.add(back))
    }

    @Test func aRefundLowersItsCategorysSpendingAndIsNeverIncome() throws {
        let store = try TestDatabase()
        let (_, refund) = try purchaseAndReturn(store)
        #expect(refund.isRefund && refund.kind == .expense && refund.signedText == "+12.00")
        let summary = try store.expenses.summary(TransactionFilter(from: day("2024-03-01"), to: day("2024-03-31")))
        #expect(summary.totalExpenses == usd("33.99") && summary.totalIncome == usd("0"))
        // The same through the search path, which reads rows rather than roll-ups.
        #expect(try store.expenses.summary(TransactionFilter(search: "amazon")).totalExpenses == usd("33.99"))
        let month = try AnalyticsService(database: store.database).monthlySummary(YearMonth(day("2024-03-01")))
        #expect(month.totalSpent == usd("33.99") && month.categoryBreakdown.first { $0.category == "shopping" }?.total == usd("33.99"))
        let budget = try store.budgets.set(scope: .category("shopping"), amount: usd("40"))
        #expect(try store.budgets(on: "2024-03-20").statuses(on: day("2024-03-20")).first { $0.budget.id == budget.id }?.spent == usd("33.99"))
        // The account got the money back.
        #expect(try AccountService(database: store.database).balances().first { $0.account.name == "cash" }?.balance == usd("-33.99"))
        #expect(try StoreHealth(database: store.database).problems() == [])

        // Income is never a refund; an edit turns a refund back into spending, and undo takes that back.
        var income = draft("5", "Cashback", category: "salary", kind: .income)
        income.isRefund = true
        #expect(throws: OutlayError.refundOfIncome) { try store.expenses.add(income) }
        try store.expenses.edit(id: refund.id, TransactionPatch(isRefund: false))
        #expect(try store.expenses.summary(TransactionFilter(from: day("2024-03-01"))).totalExpenses == usd("57.99"))
        try store.undo.undo()
        #expect(try store.expenses.get(id: refund.id).isRefund)
        #expect(try store.expenses.summary(TransactionFilter(from: day("2024-03-01"))).totalExpenses == usd("33.99"))
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func theJournalPostsARefundAgainstItsExpenseAccount() throws {
        let store = try TestDatabase()
        _ = try purchaseAndReturn(store)
        let file = store.folder.appendingPathComponent("book.journal")
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        _ = try Exporter(database: store.database).export(.ledger, to: file.path)
        let journal = try String(contentsOf: file, encoding: .utf8)
        #expect(journal.contains("Amazon return") && journal.contains("expenses:shopping") && journal.contains("-12.00 USD"), "\(journal)")
        // Outlay's own JSON keeps it a refund.
        let json = store.folder.appendingPathComponent("book.json")
        _ = try Exporter(database: store.database).export(.json, to: json.path)
        let copy = try TestDatabase()
        _ = try ImportService(database: copy.database).importFile(json.path)
        #expect(try copy.expenses.summary().totalExpenses == usd("33.99"))
    }

    @Test func aRefundTravelsToTheOtherDevices() async throws {
        let server = try TestDatabase(), laptop = try TestDatabase(), desktop = try TestDatabase()
        let (_, refund) = try purchaseAndReturn(laptop)
        for device in [laptop, desktop] {
            _ = try await SyncRunner(service: SyncService(database: device.database),
                                     transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
        }
        #expect(try desktop.expenses.get(id: refund.id).isRefund)
        #expect(try desktop.expenses.summary().totalExpenses == usd("33.99"))
        #expect(try StoreHealth(database: desktop.database).problems() == [])
    }
}
