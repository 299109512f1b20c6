import Foundation
import Testing
@testable import OutlayKit

@Suite struct ExportTests {
    static func store() throws -> TestDatabase {
        let store = try TestDatabase()
        let expenses = store.expenses(on: "2024-03-20")
        try expenses.add(draft("1,234.56", "Rent, March \"flat 2\"", category: "rent", on: "2024-03-01", note: "line one\nline two",
                               tags: ["home", "monthly"]))
        try expenses.add(draft("4.50", "(coffee) *again* ; with Sam", category: "food", on: "2024-03-02"))
        try expenses.add(draft("3200", "寿司 bonus 🍣", category: "bonus", kind: .income, on: "2024-03-03"))
        try DemoService(database: store.database).populate(count: 300, seed: 2, end: day("2024-02-28"), append: true)
        return store
    }

    func exported(_ store: TestDatabase, _ format: ExportFormat) throws -> Data {
        let path = store.folder.appendingPathComponent("export.\(format.rawValue)").path
        try Exporter(database: store.database).export(format, to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func all(_ store: TestDatabase) throws -> [Transaction] {
        try store.expenses.list(TransactionPageRequest(order: .oldestFirst, limit: 10_000)).transactions
    }

    @Test func csvReadsBackTheSameTransactions() throws {
        let store = try Self.store()
        let text = String(decoding: try exported(store, .csv), as: UTF8.self)
        #expect(text.hasPrefix("Date,Type,Category,Description,Amount,Id,Note,Tags\n"))
        #expect(text.contains("2024-03-01,EXPENSE,rent,\"Rent, March \"\"flat 2\"\"\",1234.56,"))
        let read = try OutlayCSV.read(text, currency: .usd, file: "export.csv")
        func fields(_ t: Transaction) -> [String] {
            [t.id, t.kind.rawValue, t.amount.decimalString, t.category, t.description, t.date.description, t.note ?? "",
             t.tags.joined(separator: ",")]
        }
        #expect(read.map(fields) == (try all(store)).map(fields))
    }

    @Test func jsonReadsBackTheWholeTransactions() throws {
        let store = try Self.store()
        let data = try exported(store, .json)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["format"] as? String == "outlay" && root["currency"] as? String == "USD")
        #expect((root["categories"] as? [Any])?.count == 14)
        #expect(try OutlayJSON.read(data, file: "export.json", into: .usd) == (try all(store)))
    }

    @Test func theJournalKeepsEveryEntryReadable() throws {
        let store = try Self.store()
        let journal = String(decoding: try exported(store, .ledger), as: UTF8.self)
        #expect(journal.contains("""
            2024-03-02 [coffee) *again* , with Sam
                ; id:
            """))
        #expect(journal.contains("    expenses:food  4.50 USD\n    assets:cash  -4.50 USD\n"))
        #expect(journal.contains("2024-03-03 寿司 bonus 🍣\n"))
        #expect(journal.contains("    assets:cash  3200.00 USD\n    income:bonus  -3200.00 USD\n"))
        #expect(LedgerJournal.description("a\u{1B}[31m\nb\tc") == "a [31m b c")
        #expect(LedgerJournal.description("!!") == "-")
    }

    @Test func aFailedExportLeavesNoFile() throws {
        let store = try Self.store()
        #expect(throws: OutlayError.self) {
            try Exporter(database: store.database).export(.csv, to: store.folder.appendingPathComponent("no/such/dir/x.csv").path)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.folder.path).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func csvParsingHandlesQuotesAndLineBreaks() throws {
        let records = try CSVFormat.records("a,\"b,1\",\"c \"\"q\"\"\"\r\n\"multi\nline\",,x\nlast")
        #expect(records.map(\.fields) == [["a", "b,1", "c \"q\""], ["multi\nline", "", "x"], ["last"]])
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(throws: OutlayError.self) { try CSVFormat.records("\"never closed") }
    }
}
