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
        #expect(text.hasPrefix("Date,Type,Category,Description,Amount,Id,Note,Tags,Account\n"))
        #expect(text.contains("2024-03-01,EXPENSE,rent,\"Rent, March \"\"flat 2\"\"\",1234.56,"))
        // Read back the way a user would: imported into a new book.
        let file = store.folder.appendingPathComponent("export.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let other = try TestDatabase()
        _ = try ImportService(database: other.database).importFile(file.path)
        let read = try all(other)
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
        let folder = try TemporaryFolder()
        func records(_ text: String) throws -> [(line: Int, fields: [String])] {
            let file = folder.url.appendingPathComponent("records.csv")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let reader = DelimitedReader(file: try TextFile(path: file.path), delimiter: UInt8(ascii: ","))
            var records: [(line: Int, fields: [String])] = []
            while let record = try reader.next() { records.append(record) }
            return records
        }
        let read = try records("a,\"b,1\",\"c \"\"q\"\"\"\r\n\"multi\nline\",,x\nlast")
        #expect(read.map(\.fields) == [["a", "b,1", "c \"q\""], ["multi\nline", "", "x"], ["last"]])
        #expect(read.map(\.line) == [1, 2, 4])
        #expect(throws: OutlayError.self) { try records("\"never closed") }
        #expect(CSVFormat.line(["a", "b,1", "c \"q\"", "multi\nline"]) == "a,\"b,1\",\"c \"\"q\"\"\",\"multi\nline\"\n")
    }

    /// A JPY book's export read into a USD book would shrink every amount a hundredfold: refused, naming both.
    @Test func anExportInAnotherCurrencyIsRefusedNamingBoth() throws {
        let folder = try TemporaryFolder()
        let yen = try AppDatabase.open(path: folder.url.appendingPathComponent("yen.sqlite").path, currency: Currency(code: "JPY"))
        try TransactionService(database: yen).add(TransactionDraft(amount: Money(minorUnits: 1_500, currency: yen.currency), category: "food",
                                                               description: "Ramen", date: day("2024-03-01")))
        let file = folder.url.appendingPathComponent("yen.json").path
        try Exporter(database: yen).export(.json, to: file)
        let dollars = try TestDatabase()
        try dollars.database.markCurrencyChosen()
        #expect {
            try ImportService(database: dollars.database).importFile(file)
        } throws: { error in
            "\(error)".contains("the file is in JPY and no account keeps JPY")
        }
        #expect(try dollars.expenses.count() == 0)
        let moreYen = try AppDatabase.open(path: folder.url.appendingPathComponent("yen2.sqlite").path, currency: Currency(code: "JPY"))
        _ = try ImportService(database: moreYen).importFile(file)
        #expect(try TransactionService(database: moreYen).list(TransactionPageRequest()).transactions.first?.amount.description == "1,500")
    }
}
