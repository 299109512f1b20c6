import Foundation
import Testing
@testable import OutlayKit

/// Moving in from another tool: Mint's, YNAB's, Actual's and Firefly III's exports and an hledger journal, laid
/// out as those tools write them (invented rows), imported with no flags: the accounts made, each row in its
/// account, transfers recorded once, categories mapped or made; every figure against a count by hand.
@Suite struct ToolImportTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let currency: String
        let tool: String
        let accounts: [String]
        /// Each account's balance after the import.
        let balances: [String: String]
        /// November 2024's spending by category.
        let spending: [String: String]
        let transfers: Int
        let created: [String]
        var testDescription: String { tool }
    }

    static let cases: [Case] = [
        // By hand: Checking +2500 −84.20 −300 −(25+15) −100 −64.10; Visa −12.75 +20 (a refund) +100.
        Case(file: "ynab-register.csv", currency: "USD", tool: "YNAB (register export)",
             accounts: ["Checking (checking)", "Savings (savings)", "Visa (credit)"],
             balances: ["Checking": "1911.70", "Savings": "300.00", "Visa": "107.25"],
             spending: ["food": "111.95", "household": "5.00", "utilities": "64.10"], transfers: 2, created: ["expense:household"]),
        // Checking +2500 −84.20 −56.49 −60; the card −41 −15.49 +56.49 (its payment, matched to the checking row).
        Case(file: "mint-transactions.csv", currency: "USD", tool: "Mint (transactions export)",
             accounts: ["Chase Checking (checking)", "Chase Sapphire (credit)"],
             balances: ["Chase Checking": "2299.31", "Chase Sapphire": "0.00"],
             spending: ["food": "84.20", "transport": "41.00", "utilities": "15.49", "pottery class": "60.00"], transfers: 1,
             created: ["expense:pottery class"]),
        // Checking +2500 −300 −150 (a split: 100 food, 50 household) −12.75; Visa −12.75 +12.75.
        Case(file: "actual-export.csv", currency: "USD", tool: "Actual Budget (export)",
             accounts: ["Checking (checking)", "Savings (savings)", "Visa (credit)"],
             balances: ["Checking": "2037.25", "Savings": "300.00", "Visa": "0.00"],
             spending: ["food": "112.75", "household": "50.00"], transfers: 2, created: ["expense:household", "income:income"]),
        // Girokonto opens at 1000, +2500 −45.30 −500 −19.99.
        Case(file: "firefly-export.csv", currency: "EUR", tool: "Firefly III (CSV export)",
             accounts: ["Girokonto (checking)", "Tagesgeld (savings)"],
             balances: ["Girokonto": "2934.71", "Tagesgeld": "500.00"],
             spending: ["groceries": "45.30", "games": "19.99"], transfers: 1, created: ["expense:games", "expense:groceries"]),
    ]

    static func fixture(_ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/tools/\(file)").path
    }

    static func balances(_ database: AppDatabase) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try AccountService(database: database).balances().filter { $0.account.name != "cash" }
            .map { ($0.account.name, $0.balance.decimalString) })
    }

    /// A month's spending by category, the 15th naming the month.
    static func spending(_ database: AppDatabase, month: String) throws -> [String: String] {
        let analysis = try AnalyticsService(database: database).categoryAnalysis(.month, containing: LocalDate(parsing: month + "-15"))
        return Dictionary(uniqueKeysWithValues: analysis.categories.map { ($0.category, $0.total.decimalString) })
    }

    @Test(arguments: cases)
    func eachToolsExportMovesInWithItsAccountsTransfersAndCategories(_ tool: Case) throws {
        let store = try TestDatabase.kept(in: tool.currency)
        let report = try #require(try ImportService(database: store.database).importTool(Self.fixture(tool.file)))
        #expect(report.tool == tool.tool)
        #expect(report.accountsMade.map { "\($0.name) (\($0.type.rawValue))" } == tool.accounts)
        #expect(try Self.balances(store.database) == tool.balances)
        #expect(try Self.spending(store.database, month: "2024-11") == tool.spending)
        #expect(try TransferService(database: store.database).list().count == tool.transfers)
        #expect(report.categoriesMade == tool.created)
        #expect(try StoreHealth(database: store.database).problems() == [])
        if tool.file == "firefly-export.csv" {
            // Its foreign amount is what the card was charged: kept beside the euros the account paid.
            let steam = try store.expenses.list(TransactionPageRequest()).transactions.first { $0.description.lowercased().contains("steam") }
            #expect(steam?.original == (try Money.parse("21.50", currency: .usd)), "\(String(describing: steam))")
        }
        // Again: nothing new, no transfer twice.
        let again = try #require(try ImportService(database: store.database).importTool(Self.fixture(tool.file)))
        #expect(again.imported == 0 && again.accountsMade.isEmpty && again.transfers == 0)
        #expect(try Self.balances(store.database) == tool.balances)
        // Into one account through the bank import it is refused, naming the way in.
        #expect(throws: OutlayError.self) { try ImportService(database: store.database).importFile(Self.fixture(tool.file)) }
    }

    @Test func whatABookCannotHoldIsSaidLineByLine() throws {
        let journal = FileManager.default.temporaryDirectory.appendingPathComponent("mixed-\(UUID().uuidString).journal")
        try """
        ; a journal with what a book of one currency cannot hold
        P 2024-11-01 EUR 1.08 USD

        2024-11-02 * Coffee
            expenses:food  4.50 USD
            assets:checking

        2024-11-03 Flight
            expenses:travel  100.00 EUR @@ 108.00 USD
            assets:checking  -108.00 USD

        2024-11-04 Budget envelope
            (budget:food)  -50.00 USD
            assets:checking  0

        2024-11-04 Bakery
            expenses:food  1.234,50 USD
            assets:checking

        2024-11-05 Dinner with Sam
            expenses:food  30.00 USD
            assets:checking  -20.00 USD
            assets:sam  -10.00 USD
        """.write(to: journal, atomically: true, encoding: .utf8)
        let second = try TestDatabase.kept(in: "USD")
        let moved = try #require(try ImportService(database: second.database).importTool(journal.path))
        #expect(moved.imported == 2)
        #expect(moved.unrepresentable.count == 4, "\(moved.unrepresentable)")
        #expect(moved.unrepresentable.contains { $0.hasPrefix("line 2: a price") })
        #expect(moved.unrepresentable.contains { $0.hasPrefix("line 8:") && $0.contains("a cost in another commodity") })
        #expect(moved.unrepresentable.contains { $0.hasPrefix("line 12:") && $0.contains("virtual posting") })
        #expect(moved.unrepresentable.contains { $0.hasPrefix("line 20:") && $0.contains("2 accounts and 1 categories") })
        // The entry marked `*` is cleared.
        // The entry marked `*` is cleared; a journal written with a decimal comma is read so.
        #expect(try AccountService(database: second.database).register(of: "checking").map { "\($0.description) \($0.amount.decimalString) \($0.cleared)" }
                .sorted() == ["Bakery -1234.50 0", "Coffee -4.50 1"])
    }

    /// An Outlay book exported as an hledger journal and imported into an empty book: the same accounts (names,
    /// types, balances), the same spending per category per month, the same transfers.
    @Test func aBookExportedAsAJournalComesBackTheSame() throws {
        let source = try TestDatabase.kept(in: "USD")
        let database = source.database
        let accounts = AccountService(database: database)
        try accounts.add(name: "checking", type: .checking, opening: Money(minorUnits: 100_000, currency: .usd),
                         openedOn: LocalDate(year: 2024, month: 10, day: 31))
        try accounts.add(name: "visa", type: .credit)
        try accounts.add(name: "savings", type: .savings)
        let expenses = TransactionService(database: database)
        func money(_ text: String) throws -> Money { try Money.parse(text, currency: .usd) }
        func day(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }
        try expenses.add(TransactionDraft(kind: .income, amount: money("2500"), category: "salary", description: "Salary",
                                          date: day("2024-11-01"), account: "checking"))
        try expenses.add(TransactionDraft(amount: money("42.50"), category: "food", description: "Groceries", date: day("2024-11-03"), account: "checking"))
        try expenses.add(TransactionDraft(amount: money("120"), category: "food", description: "Costco", date: day("2024-11-05"), account: "visa",
                                          splits: [SplitPart(category: "food", amount: money("90")), SplitPart(category: "shopping", amount: money("30"))]))
        try expenses.add(TransactionDraft(amount: money("15"), category: "shopping", description: "Costco return", date: day("2024-11-12"),
                                          account: "visa", isRefund: true))
        try expenses.add(TransactionDraft(amount: money("64.10"), category: "utilities", description: "Electric", date: day("2024-12-02"), account: "checking"))
        let transfers = TransferService(database: database)
        try transfers.add(TransferService.Draft(amount: money("300"), from: "checking", to: "savings", date: day("2024-11-06")))
        try transfers.add(TransferService.Draft(amount: money("200"), from: "checking", to: "visa", date: day("2024-11-20")))

        let journal = FileManager.default.temporaryDirectory.appendingPathComponent("book-\(UUID().uuidString).journal")
        try Exporter(database: database).export(.ledger, to: journal.path)
        let target = try TestDatabase.kept(in: "USD")
        let report = try #require(try ImportService(database: target.database).importTool(journal.path))
        #expect(report.unrepresentable.isEmpty, "\(report.unrepresentable)")

        func typed(_ database: AppDatabase) throws -> [String] {
            try AccountService(database: database).balances().map { "\($0.account.name) \($0.account.type.rawValue) \($0.balance.decimalString)" }.sorted()
        }
        #expect(try typed(target.database) == typed(database))
        for month in ["2024-11", "2024-12"] {
            #expect(try Self.spending(target.database, month: month) == Self.spending(database, month: month))
        }
        func moved(_ database: AppDatabase) throws -> [String] {
            try TransferService(database: database).list().map { "\($0.date) \($0.from) → \($0.to) \($0.amount.decimalString)" }.sorted()
        }
        #expect(try moved(target.database) == moved(database))
        let split = try #require(try TransactionService(database: target.database).list(TransactionPageRequest(limit: 20)).transactions
            .first { $0.description == "Costco" })
        #expect(split.splits.map { "\($0.category) \($0.amount.decimalString)" } == ["food 90.00", "shopping 30.00"])
    }
}
