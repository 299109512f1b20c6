import Foundation
import GRDB
import OutlayTestSupport
import Testing
@testable import OutlayKit

/// A split is one transaction whose parts sit in their own categories: every
/// total counts each part in its category, the account sees the whole, and
/// the parts move together (edits, renames, undo, sync).
@Suite struct SplitTests {
    static func parts(_ pairs: (String, String)...) -> [SplitPart] {
        pairs.map { SplitPart(category: $0.0, amount: usd($0.1)) }
    }

    func costco(_ store: TestDatabase, on date: String = "2024-03-05") throws -> Transaction {
        var entry = draft("180", "Costco", on: date)
        entry.splits = Self.parts(("food", "120"), ("shopping", "60"))
        return try store.expenses.add(entry)
    }

    @Test func eachPartCountsInItsCategoryAndTheAccountSeesTheWhole() throws {
        let store = try TestDatabase()
        let split = try costco(store)
        #expect(split.isSplit && split.category == "food" && split.splits.map(\.category) == ["food", "shopping"])
        _ = try store.expenses.add(draft("20", "Lunch", category: "food", on: "2024-03-06"))
        var back = draft("15", "Costco return", on: "2024-03-09")
        (back.isRefund, back.splits) = (true, Self.parts(("food", "10"), ("shopping", "5")))
        _ = try store.expenses.add(back)

        let march = TransactionFilter(from: day("2024-03-01"), to: day("2024-03-31"))
        let summary = try store.expenses.summary(march)
        #expect(summary.totalExpenses == usd("185") && summary.count == 3)
        let breakdown = try AnalyticsService(database: store.database).monthlySummary(YearMonth(day("2024-03-01"))).categoryBreakdown
        #expect(breakdown.map { "\($0.category) \($0.total.decimalString)" }.sorted() == ["food 130.00", "shopping 55.00"])
        // A category's filter finds the split and counts its part, through the roll-ups and through the rows (search).
        var shopping = march
        shopping.category = "shopping"
        #expect(try store.expenses.list(TransactionPageRequest(filter: shopping)).transactions.map(\.description) == ["Costco return", "Costco"])
        #expect(try store.expenses.summary(shopping).totalExpenses == usd("55"))
        shopping.search = "costco"
        #expect(try store.expenses.summary(shopping).totalExpenses == usd("55"))
        // A budget on one category counts only the part in it.
        let budget = try store.budgets.set(scope: .category("shopping"), amount: usd("100"))
        #expect(try store.budgets(on: "2024-03-20").statuses(on: day("2024-03-20")).first { $0.budget.id == budget.id }?.spent == usd("55"))
        #expect(try AccountService(database: store.database).balances().first { $0.account.name == "cash" }?.balance == usd("-185"))
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    /// Page after page, a category's rows and the splits with a part in it come in order, each once.
    @Test func pagingACategoryFindsEverySplitWithAPartInItOnce() throws {
        let (store, _) = try ListingTests.filledStore()
        for (index, date) in ["2024-06-30", "2024-03-05", "2024-03-05", "2023-01-01"].enumerated() {
            var entry = draft("100", "Split \(index)", on: date)
            entry.splits = index == 3 ? Self.parts(("food", "60"), ("shopping", "40")) : Self.parts(("shopping", "60"), ("food", "40"))
            _ = try store.expenses.add(entry)
        }
        var seen: [Transaction] = []
        var request = TransactionPageRequest(filter: TransactionFilter(category: "food"), limit: 7)
        while true {
            let page = try store.expenses.list(request)
            seen += page.transactions
            guard let next = page.nextCursor else { break }
            request.after = next
        }
        let expected = try store.database.read { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM transactions WHERE deleted_at IS NULL AND (category = 'food' OR splits LIKE '%"food"%') ORDER BY date DESC, id DESC
                """)
        }
        #expect(seen.map(\.id) == expected)
        #expect(seen.filter(\.isSplit).count == 4)
    }

    @Test func partsMustSumExactlyAndNameCategoriesOfTheirKind() throws {
        let store = try TestDatabase()
        var entry = draft("180", "Costco")
        entry.splits = Self.parts(("food", "120"), ("shopping", "50"))
        #expect(throws: OutlayError.invalidSplit("the parts sum to 170.00, the total is 180.00 (10.00 not assigned)")) { try store.expenses.add(entry) }
        entry.splits = Self.parts(("food", "120"), ("salary", "60"))
        #expect(throws: OutlayError.self) { try store.expenses.add(entry) }
        entry.splits = Self.parts(("food", "180"), ("shopping", "0"))
        #expect(throws: OutlayError.self) { try store.expenses.add(entry) }
        // One part is no split: the whole in its category.
        entry.splits = Self.parts(("shopping", "180"))
        let whole = try store.expenses.add(entry)
        #expect(!whole.isSplit && whole.category == "shopping")
        #expect(try store.expenses.count() == 1)
    }

    @Test func anEditGivesNewPartsOrMakesItWholeAndUndoPutsThePartsBack() throws {
        let store = try TestDatabase()
        let split = try costco(store)
        // A new amount needs new parts: they cannot follow by themselves.
        #expect(throws: OutlayError.self) { try store.expenses.edit(id: split.id, TransactionPatch(amount: usd("200"))) }
        let resplit = try store.expenses.edit(id: split.id, TransactionPatch(amount: usd("200"), splits: Self.parts(("food", "150"), ("shopping", "50"))))
        #expect(resplit.splits.map(\.amount) == [usd("150"), usd("50")])
        // A category given makes it whole in that category.
        let whole = try store.expenses.edit(id: split.id, TransactionPatch(category: "shopping"))
        #expect(!whole.isSplit && whole.category == "shopping")
        #expect(try store.expenses.summary(TransactionFilter(category: "food")).totalExpenses == usd("0"))
        try store.undo.undo()
        #expect(try store.expenses.get(id: split.id).splits == Self.parts(("food", "150"), ("shopping", "50")))
        #expect(try store.expenses.summary(TransactionFilter(category: "food")).totalExpenses == usd("150"))
        try store.expenses.delete(id: split.id)
        #expect(try store.expenses.summary().totalExpenses == usd("0"))
        try store.undo.undo()
        #expect(try store.expenses.summary(TransactionFilter(category: "shopping")).totalExpenses == usd("50"))
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func aRenameOrMergeMovesThePartsAndUndoRestoresThemExactly() throws {
        let store = try TestDatabase()
        let split = try costco(store)
        try store.categories.rename("shopping", to: "household", kind: .expense)
        #expect(try store.expenses.get(id: split.id).splits.map(\.category) == ["food", "household"])
        #expect(try store.expenses.summary(TransactionFilter(category: "household")).totalExpenses == usd("60"))
        try store.categories.merge("household", into: "food", kind: .expense)
        #expect(try store.expenses.get(id: split.id).splits.map(\.category) == ["food", "food"])
        #expect(try store.expenses.summary(TransactionFilter(category: "food")).totalExpenses == usd("180"))
        #expect(try StoreHealth(database: store.database).problems() == [])
        try store.undo.undo()
        try store.undo.undo()
        let back = try store.expenses.get(id: split.id)
        #expect(back.splits == Self.parts(("food", "120"), ("shopping", "60")) && back.category == "food")
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func theJournalWritesAPostingPerPartAndOutlaysJSONKeepsTheParts() throws {
        let store = try TestDatabase()
        _ = try costco(store)
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        let journal = store.folder.appendingPathComponent("book.journal")
        _ = try Exporter(database: store.database).export(.ledger, to: journal.path)
        let text = try String(contentsOf: journal, encoding: .utf8)
        #expect(text.contains("""
            2024-03-05 Costco
                ; id: \(try store.expenses.list(TransactionPageRequest()).transactions[0].id)
                expenses:food  120.00 USD
                expenses:shopping  60.00 USD
                assets:cash  -180.00 USD
            """), "\(text)")
        let json = store.folder.appendingPathComponent("book.json")
        _ = try Exporter(database: store.database).export(.json, to: json.path)
        let copy = try TestDatabase()
        _ = try ImportService(database: copy.database).importFile(json.path)
        let read = try copy.expenses.list(TransactionPageRequest()).transactions
        #expect(read.map(\.splits) == [Self.parts(("food", "120"), ("shopping", "60"))])
        #expect(try copy.expenses.summary(TransactionFilter(category: "shopping")).totalExpenses == usd("60"))
        #expect(try StoreHealth(database: copy.database).problems() == [])
    }

    @Test func aSplitTypedByHandMatchesItsBankRowByTheTotal() throws {
        let store = try TestDatabase()
        let split = try costco(store)
        let file = store.folder.appendingPathComponent("bank.csv")
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        try "Date,Description,Amount\n2024-03-07,COSTCO WHSE #0123 SEATTLE WA,-180.00\n".write(to: file, atomically: true, encoding: .utf8)
        var options = ImportOptions()
        options.account = "cash"
        let summary = try ImportService(database: store.database).importFile(file.path, options: options)
        #expect(summary.matched == 1 && summary.imported == 0)
        let matched = try store.expenses.get(id: split.id)
        #expect(matched.splits == split.splits && matched.bankText?.contains("COSTCO") == true)
        #expect(try store.expenses.count() == 1)
    }

    @Test func twoDevicesEditingASplitEndWithOneDevicesPartsWhole() async throws {
        let server = try TestDatabase(), laptop = try TestDatabase(), phone = try TestDatabase()
        let split = try costco(laptop)
        func sync(_ device: TestDatabase) async throws {
            _ = try await SyncRunner(service: SyncService(database: device.database),
                                     transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
        }
        try await sync(laptop)
        try await sync(phone)
        // The phone changes the amount and its parts; the laptop, later, only its parts.
        _ = try phone.expenses.edit(id: split.id, TransactionPatch(amount: usd("200"), splits: Self.parts(("food", "100"), ("shopping", "100"))))
        _ = try laptop.expenses.edit(id: split.id, TransactionPatch(splits: Self.parts(("food", "30"), ("shopping", "150"))))
        for device in [phone, laptop, phone] { try await sync(device) }
        for device in [phone, laptop] {
            let merged = try device.expenses.get(id: split.id)
            #expect(merged.amount == usd("180") && merged.splits == Self.parts(("food", "30"), ("shopping", "150")))
            #expect(try StoreHealth(database: device.database).problems() == [])
        }
        // A part-less change from a release before splits (an amount alone) leaves the transaction whole, never half-split.
        // Stamped 2100-01-01: later than every change the devices made, whatever day the test runs.
        let change = SyncChange(origin: "old-release", originSeq: 1, clock: HybridTimestamp(milliseconds: 4_102_444_800_000, counter: 0),
                                entity: .transaction, entityID: split.id, fields: ["amount": .integer(25_000)])
        _ = try SyncService(database: phone.database).apply([change])
        let repaired = try phone.expenses.get(id: split.id)
        #expect(!repaired.isSplit && repaired.amount == usd("250") && repaired.category == "food")
        #expect(try StoreHealth(database: phone.database).problems() == [])
    }

    @Test func theFormsOneLineReadsPartsAndGivesTheRestToAPartWithoutAmount() throws {
        let parts = try SplitPart.list(parsing: "groceries 120; household: paper towels", currency: .usd, total: usd("180"))
        #expect(parts == [SplitPart(category: "groceries", amount: usd("120")), SplitPart(category: "household", amount: usd("60"), note: "paper towels")])
        #expect(try SplitPart.list(parsing: "eating out=1,200.50;  gifts 99.50", currency: .usd, total: nil)
                == [SplitPart(category: "eating out", amount: usd("1200.50")), SplitPart(category: "gifts", amount: usd("99.50"))])
        #expect(try SplitPart.list(parsing: " ", currency: .usd, total: usd("5")) == [])
        #expect(throws: OutlayError.self) { try SplitPart.list(parsing: "a; b", currency: .usd, total: usd("5")) }
        #expect(throws: OutlayError.self) { try SplitPart.list(parsing: "a 5; b", currency: .usd, total: usd("5")) }
        #expect(throws: OutlayError.self) { try SplitPart.list(parsing: "a=x", currency: .usd, total: usd("5")) }
        let back = try SplitPart.list(parsing: SplitPart.text(parts), currency: .usd, total: nil)
        #expect(back == parts)
        #expect(try SplitPart(parsing: "household=60.50:paper towels", currency: .usd) == SplitPart(category: "household", amount: usd("60.50"), note: "paper towels"))
    }
}
