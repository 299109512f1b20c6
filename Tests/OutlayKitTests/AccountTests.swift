import Foundation
@testable import OutlayKit
import Testing

/// Accounts, transfers and balances: a transfer moves money between two
/// accounts and nothing else; balances come from roll-ups that follow
/// every write; the account a transaction goes in is never a guess.
@Suite struct AccountTests {
    /// checking (opened with 1,000.00), a card, and cash; some spending and a salary in March 2024.
    static func book() throws -> TestDatabase {
        let store = try TestDatabase()
        let accounts = AccountService(database: store.database)
        try accounts.add(name: "checking", type: .checking, opening: usd("1000"), openedOn: day("2024-01-01"))
        try accounts.add(name: "card", type: .credit)
        for (amount, description, category, account, date) in [("2400", "Salary", "salary", "checking", "2024-03-01"),
                                                              ("950", "Rent", "rent", "checking", "2024-03-02"),
                                                              ("42.80", "Groceries", "food", "card", "2024-03-05"),
                                                              ("12.10", "Lunch", "food", "cash", "2024-03-06")] {
            var draft = draft(amount, description, category: category, kind: category == "salary" ? .income : .expense, on: date)
            draft.account = account
            try store.expenses.add(draft)
        }
        return store
    }

    static func balances(_ store: TestDatabase, on date: String? = nil) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try AccountService(database: store.database).balances(on: date.map(day)).map {
            ($0.account.name, $0.balance.description)
        })
    }

    @Test func aTransferMovesNeitherSpendingNorIncomeAnywhere() throws {
        let store = try Self.book()
        try store.budgets(on: "2024-03-20").set(scope: .overall, amount: usd("1200"))
        let analytics = AnalyticsService(database: store.database.withClock(.fixed(day("2024-03-20"))))
        func everything() throws -> [String] {
            [
                "\(try store.expenses.summary(TransactionFilter()))",
                "\(try store.expenses.list(TransactionPageRequest(filter: TransactionFilter())).transactions.map(\.id))",
                "\(try analytics.trends(months: 3, endingWith: YearMonth(day("2024-03-01"))))",
                "\(try analytics.categoryAnalysis(.month, containing: day("2024-03-20")))",
                "\(try analytics.insights(YearMonth(day("2024-03-01"))).map { "\($0.type) \($0.message)" })",
                "\(try store.budgets(on: "2024-03-20").statuses(on: day("2024-03-20")).map { "\($0.spent) \($0.level)" })",
                "\(try store.inbox.list().count)",
            ]
        }
        let before = try everything()
        let transfer = try TransferService(database: store.database)
            .add(.init(amount: usd("42.80"), from: "checking", to: "card", date: day("2024-03-10")))
        #expect(transfer.description == "Transfer from checking to card")
        let after = try everything()
        for (old, new) in zip(before, after) { #expect(old == new) }
        #expect(try Self.balances(store) == ["checking": "2,407.20", "card": "0.00", "cash": "-12.10"])
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func aTransferIsEditedDeletedAndUndoneAsOneThing() throws {
        let store = try Self.book()
        let transfers = TransferService(database: store.database)
        let transfer = try transfers.add(.init(amount: usd("100"), from: "checking", to: "card", date: day("2024-03-10")))
        // The last characters of an id, as lists show it, name the transfer.
        let moved = try transfers.edit(id: RecordID.short(transfer.id)) { $0.amount = usd("60"); $0.to = "cash" }
        #expect(moved.description == "Transfer from checking to cash", "the description the service wrote follows the accounts")
        #expect(try Self.balances(store) == ["checking": "2,390.00", "card": "-42.80", "cash": "47.90"])
        #expect(try store.undo.preview() == "revert the edit of the transfer 'Transfer from checking to card'")
        try store.undo.undo()
        #expect(try Self.balances(store) == ["checking": "2,350.00", "card": "57.20", "cash": "-12.10"])
        try transfers.delete(id: String(transfer.id.suffix(4)))
        #expect(try Self.balances(store) == ["checking": "2,450.00", "card": "-42.80", "cash": "-12.10"])
        #expect(try transfers.list().isEmpty)
        #expect(try store.undo.undo().summary == "restored the transfer 'Transfer from checking to card'")
        #expect(try Self.balances(store)["card"] == "57.20")
        try store.undo.undo()  // the edit is gone already; this takes back the transfer itself
        #expect(try Self.balances(store)["card"] == "-42.80")
        let named = try transfers.add(.init(amount: usd("5"), from: "checking", to: "cash", date: day("2024-03-11"), description: "Rainy day"))
        #expect(try transfers.edit(id: named.id) { $0.to = "card" }.description == "Rainy day", "a description the user wrote stays")
        #expect(try StoreHealth(database: store.database).problems() == [])
        // Both legs are one record: a transfer cannot go nowhere or to itself.
        #expect(throws: OutlayError.unknownAccount("savings", known: ["card", "cash", "checking"])) {
            try transfers.add(.init(amount: usd("1"), from: "checking", to: "savings", date: day("2024-03-10")))
        }
        #expect(throws: OutlayError.self) { try transfers.add(.init(amount: usd("1"), from: "card", to: "CARD", date: day("2024-03-10"))) }
    }

    @Test func balancesOnAnyDayAndNetWorthByMonth() throws {
        let store = try Self.book()
        try TransferService(database: store.database).add(.init(amount: usd("42.80"), from: "checking", to: "card", date: day("2024-04-02")))
        #expect(try Self.balances(store, on: "2023-12-31") == ["checking": "0.00", "card": "0.00", "cash": "0.00"])
        #expect(try Self.balances(store, on: "2024-03-01") == ["checking": "3,400.00", "card": "0.00", "cash": "0.00"])
        #expect(try Self.balances(store, on: "2024-03-31") == ["checking": "2,450.00", "card": "-42.80", "cash": "-12.10"])
        let months = try AccountService(database: store.database).netWorth(months: 3, endingWith: YearMonth(day("2024-04-01")))
        #expect(months.map { "\($0.month) \($0.assets) \($0.liabilities) \($0.netWorth)" } == [
            "2024-02 1,000.00 0.00 1,000.00", "2024-03 2,437.90 42.80 2,395.10", "2024-04 2,395.10 0.00 2,395.10",
        ])
    }

    @Test func theAccountATransactionGoesInIsNeverAGuess() throws {
        let store = try Self.book()
        // Three open accounts and no default: the service asks.
        #expect(throws: OutlayError.accountNeeded(open: ["card", "cash", "checking"])) { try store.expenses.add(draft("1", "Gum")) }
        var settings = OutlaySettings()
        settings.defaultAccount = "Checking"
        let configured = try AppDatabase.open(path: store.database.path, settings: settings)
        #expect(try TransactionService(database: configured).add(draft("1", "Gum")).account == "checking")
        // The API's way never asks, and keeps a payment method it has not seen as an account.
        #expect(try store.expenses.add(draft("2", "Tea"), creatingAccount: true).account == "cash")
        #expect(try store.expenses.add({ var d = draft("3", "Book"); d.account = "Credit Card"; return d }(), creatingAccount: true).account
                == "Credit Card")
        #expect(try AccountService(database: store.database).named("credit card").type == .credit)
        #expect(throws: OutlayError.self) { try store.expenses.add({ var d = draft("3", "Book"); d.account = "Nowhere"; return d }()) }
    }

    @Test func renamingMovesEverythingAndOnlyAnEmptyAccountIsRemoved() throws {
        let store = try Self.book()
        let accounts = AccountService(database: store.database)
        try TransferService(database: store.database).add(.init(amount: usd("10"), from: "checking", to: "card", date: day("2024-03-10")))
        try accounts.edit("CARD", .init(name: "visa"))
        #expect(try Self.balances(store)["visa"] == "-32.80")
        #expect(try TransferService(database: store.database).list(account: "visa").count == 1)
        #expect(try store.expenses.list(TransactionPageRequest(filter: { var f = TransactionFilter(); f.account = "visa"; return f }()))
            .transactions.map(\.description) == ["Groceries"])
        #expect(throws: OutlayError.accountInUse("visa", count: 2)) { try accounts.remove("visa") }
        try accounts.add(name: "spare", type: .savings)
        try accounts.remove("spare")
        #expect(try accounts.list().map(\.name).sorted() == ["cash", "checking", "visa"])
        #expect(throws: OutlayError.accountExists("checking")) { try accounts.add(name: "Checking", type: .savings) }
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func anImportGoesIntoTheAccountNamedWithItsBalance() throws {
        let store = try Self.book()
        let file = store.folder.appendingPathComponent("card.csv")
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        try "Date,Description,Amount\n2024-03-07,Fuel,-40.00\n2024-03-08,Refund,5.00\n".write(to: file, atomically: true, encoding: .utf8)
        var options = ImportOptions()
        options.account = "Card"
        #expect(try ImportService(database: store.database).importFile(file.path, options: options).imported == 2)
        #expect(try Self.balances(store)["card"] == "-77.80")
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func reconcilingAgainstAStatementWithAndWithoutAnAdjustment() throws {
        let store = try Self.book()
        let reconcile = ReconcileService(database: store.database)
        let transfer = try TransferService(database: store.database).add(.init(amount: usd("42.80"), from: "checking", to: "card",
                                                                              date: day("2024-03-20")))
        // checking: opening 1,000.00, salary +2,400.00 (03-01), rent -950.00 (03-02), the card paid -42.80 (03-20).
        var status = try reconcile.reconcile(account: "checking", statement: usd("3400"), on: day("2024-03-15"))
        #expect(status.cleared == usd("1000") && status.difference == usd("2400") && status.reconciled == 0)
        #expect(status.uncleared.map(\.description) == ["Salary", "Rent"])
        let salary = try #require(status.uncleared.first).id
        // Ids as lists show them (the last 8 characters) name what to mark.
        status = try reconcile.reconcile(account: "checking", statement: usd("3400"), on: day("2024-03-15"), mark: [RecordID.short(salary)])
        #expect(status.difference == usd("0") && status.reconciled == 1 && status.uncleared.map(\.description) == ["Rent"])
        // Reconciled: an edit or a delete asks for force.
        #expect(throws: OutlayError.reconciled("Salary")) { try store.expenses.edit(id: salary, TransactionPatch(amount: usd("2500"))) }
        #expect(throws: OutlayError.reconciled("Salary")) { try store.expenses.delete(id: salary) }
        #expect(try store.expenses.edit(id: salary, TransactionPatch(note: .some("checked")), force: true).note == "checked")

        // A statement that shows everything recorded through its day clears it all, transfer leg included.
        status = try reconcile.reconcile(account: "checking", statement: usd("2407.20"), on: day("2024-03-31"))
        #expect(status.difference == usd("0") && status.uncleared.isEmpty && status.reconciled == 2)
        #expect(try Self.clearedBalances(store)["checking"] == "2,407.20")
        // The card's statement: the groceries, the payment, and a 2.00 fee nobody recorded.
        status = try reconcile.reconcile(account: "card", statement: usd("-2"), on: day("2024-03-31"), mark: [String(transfer.id.suffix(5))])
        #expect(status.difference == usd("-44.80") && status.uncleared.map(\.description) == ["Groceries"])
        let groceries = try #require(status.uncleared.first).id
        status = try reconcile.reconcile(account: "card", statement: usd("-2"), on: day("2024-03-31"), mark: [groceries])
        #expect(status.difference == usd("-2") && status.adjustment == nil && status.reconciled == 0)
        status = try reconcile.reconcile(account: "card", statement: usd("-2"), on: day("2024-03-31"), adjust: true)
        #expect(status.adjustment?.signedText == "-2.00" && status.adjustment?.description == "Reconciliation adjustment")
        #expect(status.difference == usd("0") && status.cleared == usd("-2") && status.reconciled == 3)
        #expect(try Self.balances(store)["card"] == "-2.00")
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func exportsCarryAccountsAndTransfers() throws {
        let store = try Self.book()
        try TransferService(database: store.database).add(.init(amount: usd("42.80"), from: "checking", to: "card", date: day("2024-03-20")))
        let csv = store.folder.appendingPathComponent("book.csv").path, json = store.folder.appendingPathComponent("book.json").path
        try Exporter(database: store.database).export(.csv, to: csv)
        try Exporter(database: store.database).export(.json, to: json)
        #expect(try String(contentsOfFile: csv, encoding: .utf8).contains("2024-03-05,EXPENSE,food,Groceries,42.80,"))
        #expect(try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",").last.map(String.init) }
                == ["checking", "checking", "card", "cash"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect((root["accounts"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.sorted() == ["card", "cash", "checking"])
        let transfers = try #require(root["transfers"] as? [[String: Any]])
        #expect(transfers.count == 1 && transfers[0]["from"] as? String == "checking" && transfers[0]["amount"] as? String == "42.80")
        #expect((root["transactions"] as? [[String: Any]])?.first?["account"] as? String == "checking")
    }

    /// The card payment is in the checking export and in the card's: one transfer, whichever comes first, and again nothing.
    @Test func aCardPaymentInTwoExportsBecomesOneTransfer() throws {
        var settings = OutlaySettings()
        settings.importRules = [try CategoryRule(match: "CARD AUTOPAY", category: "", transfer: "card"),
                                try CategoryRule(match: "PAYMENT THANK YOU", category: "", transfer: "checking")]
        let store = try TestDatabase(settings: settings)
        let accounts = AccountService(database: store.database)
        try accounts.add(name: "checking", type: .checking, opening: usd("1000"))
        try accounts.add(name: "card", type: .credit)
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        let checking = store.folder.appendingPathComponent("checking.csv"), card = store.folder.appendingPathComponent("card.csv")
        try "Date,Description,Amount\n2024-03-10,CARD AUTOPAY 0042,-120.00\n2024-03-11,RENT,-500.00\n"
            .write(to: checking, atomically: true, encoding: .utf8)
        try "Date,Description,Amount\n2024-03-05,FUEL,-120.00\n2024-03-12,PAYMENT THANK YOU,120.00\n".write(to: card, atomically: true, encoding: .utf8)
        let service = ImportService(database: store.database)
        func options(_ account: String, dryRun: Bool = false) -> ImportOptions {
            var options = ImportOptions(dryRun: dryRun)
            options.account = account
            return options
        }
        #expect(try service.importFile(checking.path, options: options("checking", dryRun: true)).transfersMade == 1)
        #expect(try TransferService(database: store.database).list().isEmpty)
        let first = try service.importFile(checking.path, options: options("checking"))
        #expect(first.imported == 1 && first.transfersMade == 1)
        let second = try service.importFile(card.path, options: options("card"))
        #expect(second.imported == 1 && second.transfersMade == 0 && second.transfersMatched == 1)
        #expect(try service.importFile(checking.path, options: options("checking")).transfersMatched == 1)
        let transfers = try TransferService(database: store.database).list()
        #expect(transfers.map { "\($0.from)>\($0.to) \($0.amount) \($0.date)" } == ["checking>card 120.00 2024-03-10"])
        #expect(try Self.balances(store) == ["checking": "380.00", "card": "0.00", "cash": "0.00"])
        #expect(try store.expenses.summary().totalExpenses == usd("620"))
        // Two undos take back the card's import and the checking's, the transfer with it.
        try store.undo.undo()
        try store.undo.undo()
        #expect(try TransferService(database: store.database).list().isEmpty)
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    static func clearedBalances(_ store: TestDatabase) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try AccountService(database: store.database).balances().map { ($0.account.name, $0.cleared.description) })
    }
}
