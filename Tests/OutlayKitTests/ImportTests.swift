import Foundation
import Testing
@testable import OutlayKit

/// Fixtures modelled on real bank exports, one quirk each, written byte for byte.
@Suite struct ImportTests {
    final class Book {
        let store: TestDatabase
        init(_ settings: OutlaySettings = OutlaySettings()) throws { store = try TestDatabase(settings: settings) }

        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = store.folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return url.path
        }

        func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

        @discardableResult
        func load(_ path: String, _ options: ImportOptions = ImportOptions()) throws -> ImportReport {
            try ImportService(database: store.database.withClock(.fixed(day("2024-03-20")))).importFile(path, options: options)
        }

        /// "date kind amount category description" per row, oldest first.
        /// Each row as the file had it: the bank's text, not the payee made of it.
        func rows() throws -> [String] {
            try store.expenses.list(TransactionPageRequest(order: .oldestFirst, limit: 10_000)).transactions.map {
                "\($0.date) \($0.kind.rawValue) \($0.amount.decimalString) \($0.category) \($0.bankText ?? $0.description)"
            }
        }
    }

    @Test(arguments: [",", ";", "\t"])
    func detectsTheDelimiter(delimiter: String) throws {
        let book = try Book()
        let text = ["Date", "Description", "Amount"].joined(separator: delimiter) + "\n"
            + ["2024-03-05", "Coffee", "-4.50"].joined(separator: delimiter) + "\n"
            + ["2024-03-06", "Salary", "2500.00"].joined(separator: delimiter) + "\n"
        try book.load(try book.file("bank.csv", text))
        #expect(try book.rows() == ["2024-03-05 expense 4.50 other Coffee", "2024-03-06 income 2500.00 other Salary"])
        #expect(try StoreHealth(database: book.store.database).problems() == [])
    }

    @Test func readsAGermanExportWithPreambleBOMCRLFAndDecimalComma() throws {
        let book = try Book()
        let text = "\u{FEFF}Kontonummer;DE12 3456\r\nZeitraum;01.03.2024 - 31.03.2024\r\n\r\n"
            + "Buchungstag;Verwendungszweck;Betrag;Währung\r\n"
            + "05.03.2024;REWE Markt;-45,30;EUR\r\n06.03.2024;\"Gehalt; März\";3.200,00;EUR\r\n"
            + "13.03.2024;\"Zeile mit\r\nUmbruch und \"\"Zitat\"\"\";-1.234,56 €;EUR\r\n"
        try book.load(try book.file("umsaetze.csv", text))
        #expect(try book.rows() == ["2024-03-05 expense 45.30 other REWE Markt", "2024-03-06 income 3200.00 other Gehalt; März",
                                    "2024-03-13 expense 1234.56 other Zeile mit\r\nUmbruch und \"Zitat\""])
    }

    @Test func readsLatin1() throws {
        let book = try Book()
        var bytes = Array("Date;Description;Amount\n2024-03-05;Caf".utf8)
        bytes += [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me;-3,80\n".utf8)
        try book.load(try book.file("latin1.csv", bytes))
        #expect(try book.rows() == ["2024-03-05 expense 3.80 other Café crème"])
    }

    @Test(arguments: [
        ("$1,234.56", "income 1234.56"), ("(12.50)", "expense 12.50"), ("12.50-", "expense 12.50"), ("-€ 8,00", "expense 8.00"),
        ("USD -7.25", "expense 7.25"), ("-1'250.00", "expense 1250.00"), ("-1 250,75", "expense 1250.75"), ("+3,5 €", "income 3.50"),
    ])
    func readsAmountsAsBanksWriteThem(amount: String, expected: String) throws {
        let book = try Book()
        // The second row pins the decimal mark the way its file would.
        let mark = amount.contains(",75") || amount.contains(",00") || amount.contains(",5 ") ? "-1,00" : "-1.00"
        try book.load(try book.file("amounts.csv", "Date\tDescription\tAmount\n2024-03-05\tThing\t\(amount)\n2024-03-06\tOther\t\(mark)\n"))
        #expect(try book.rows().first == "2024-03-05 \(expected) other Thing")
    }

    @Test func readsSeparateDebitAndCreditColumns() throws {
        let book = try Book()
        try book.load(try book.file("ukbank.csv", """
            Date,Description,Money Out,Money In,Balance
            05/03/2024,TESCO STORES,23.10,,976.90
            28/03/2024,EMPLOYER LTD,,2100.00,3076.90
            """))
        #expect(try book.rows() == ["2024-03-05 expense 23.10 other TESCO STORES", "2024-03-28 income 2100.00 other EMPLOYER LTD"])
    }

    @Test(arguments: [
        ("2024-03-05", "2024-03-25", nil as String?),
        ("05/03/2024", "25/03/2024", nil), ("03/05/2024", "03/25/2024", nil), ("05.03.2024", "25.03.2024", nil),
        ("5 Mar 2024", "25 Mar 2024", nil), ("Mar 5, 2024", "Mar 25, 2024", nil),
        ("05/03/2024", "06/03/2024", "DD/MM/YYYY"),
    ])
    func detectsDateFormatsFromTheWholeColumn(first: String, second: String, format: String?) throws {
        let book = try Book()
        try book.load(try book.file("dates.csv", "Date,Description,Amount\n\"\(first)\",One,-1.00\n\"\(second)\",Two,-2.00\n"),
                      ImportOptions(dateFormat: try format.map { try BankDateFormat(parsing: $0) }))
        #expect(try book.rows().map { String($0.prefix(10)) } == ["2024-03-05", format == nil ? "2024-03-25" : "2024-03-06"])
    }

    @Test func anAmbiguousDateColumnAsksForTheFormat() throws {
        let book = try Book()
        let path = try book.file("ambiguous.csv", "Date,Description,Amount\n05/03/2024,One,-1.00\n06/03/2024,Two,-2.00\n")
        #expect {
            try book.load(path)
        } throws: { error in "\(error)".contains("--date-format DD/MM/YYYY") && "\(error)".contains("'Date'") }
        #expect(try book.rows().isEmpty)
    }

    @Test func theWholeColumnDecidesEvenWhenItsStartDoesNot() throws {
        let book = try Book()
        // The first rows read either way; one far down the file is only month-first.
        var text = "Date,Description,Amount\n"
        for index in 0..<(CSVSource.sampleRows + 50) { text += "\(index % 2 == 0 ? "03/05/2024" : "04/06/2024"),Row \(index),-1.00\n" }
        text += "05/25/2024,Late,-2.00\n"
        let report = try book.load(try book.file("long.csv", text))
        #expect(report.imported == CSVSource.sampleRows + 51 && report.badRowCount == 0)
        #expect(try book.rows().first?.hasPrefix("2024-03-05") == true)   // month first: 3 May → March 5th
        let newest = try book.store.expenses.list(TransactionPageRequest(limit: 1)).transactions.first
        #expect(newest?.date == day("2024-05-25") && newest?.description == "Late")
        #expect(try StoreHealth(database: book.store.database).problems() == [])
    }

    @Test func mapOverridesTheHeader() throws {
        let book = try Book()
        try book.load(try book.file("odd.csv", "When,What,How much,Who\n2024-03-05,ignored,-9.99,Bakery\n"),
                      ImportOptions(mappings: ["When": .date, "Who": .description, "How much": .amount, "What": .ignore]))
        #expect(try book.rows() == ["2024-03-05 expense 9.99 other Bakery"])
    }

    @Test func rulesAndTheCategoryColumnCategorise() throws {
        let rules = [try CategoryRule(match: "starbucks", category: "food"), try CategoryRule(match: "/^uber( eats)?\\b/", category: "transport")]
        let book = try Book(OutlaySettings(importRules: rules))
        try book.load(try book.file("cats.csv", """
            Date,Description,Amount,Category
            2024-03-05,STARBUCKS #123,-4.50,
            2024-03-06,Uber trip,-12.00,shopping
            2024-03-07,Cinema,-9.00,Entertainment
            2024-03-08,Mystery,-1.00,
            """))
        #expect(try book.rows().map { $0.split(separator: " ")[3] } == ["food", "transport", "entertainment", "other"])
    }

    @Test func outlaysOwnExportsImportBackUnchanged() throws {
        let source = try ExportTests.store()
        let original = try source.expenses.list(TransactionPageRequest(order: .oldestFirst, limit: 10_000)).transactions
        for format in [ExportFormat.csv, .json] {
            let path = source.folder.appendingPathComponent("book.\(format.rawValue)").path
            try Exporter(database: source.database).export(format, to: path)
            let book = try Book()
            let report = try book.load(path)
            #expect(report.imported == original.count)
            let back = try book.store.expenses.list(TransactionPageRequest(order: .oldestFirst, limit: 10_000)).transactions
            func fields(_ t: Transaction) -> [String] {
                [t.id, t.kind.rawValue, t.amount.decimalString, t.category, t.description, t.date.description, t.note ?? "",
                 t.tags.joined(separator: ",")]
            }
            #expect(back.map(fields) == original.map(fields), "\(format)")
            if format == .json { #expect(back.map(\.createdAt) == original.map(\.createdAt)) }
            #expect(try book.load(path).imported == 0)  // and again: nothing new
        }
    }

    @Test func reimportsAndOverlapsAddNothingTwice() throws {
        let book = try Book()
        let march = try book.file("march.csv", "Date,Description,Amount\n2024-03-05,Coffee,-4.50\n2024-03-05,Coffee,-4.50\n2024-03-06,Bread,-3.00\n")
        #expect(try book.load(march).imported == 3)  // two identical coffees are two coffees
        let again = try book.load(march)
        #expect(again.imported == 0 && again.duplicates == 3)
        let overlap = try book.file("overlap.csv", "Date,Description,Amount\n2024-03-06,Bread,-3.00\n2024-03-07,Milk,-1.20\n2024-03-05,coffee ,-4.50\n")
        let report = try book.load(overlap)
        #expect(report.imported == 1 && report.duplicates == 2)
        #expect(try book.rows().count == 4)
    }

    @Test func oneBadRowImportsNothingAndNamesTheLines() throws {
        let book = try Book()
        var text = "Date,Description,Amount\n2024-03-05,Fine,-1.00\n2024-03-06,Broken,abc\n2024-02-30,Bad day,-2.00\n"
        text += "2024-03-07,,-3.00\n2024-03-08,Zero,0.00\n2024-03-09,Unknown,-4.00,\n"
        let path = try book.file("bad.csv", text + "2024-03-10,\"Nope\",-5.00\n")
        #expect {
            try book.load(path)
        } throws: { error in
            let message = "\(error)"
            return message.contains("line 3: amount 'abc' is not a number") && message.contains("line 4: date '2024-02-30' is not YYYY-MM-DD")
                && message.contains("line 5: empty description") && message.contains("line 6: the amount is zero")
                && message.contains("nothing was imported")
        }
        #expect(try book.rows().isEmpty)
        let skipped = try book.load(path, ImportOptions(skipBad: true))
        #expect(skipped.imported == 3 && skipped.badRowCount == 4)
        #expect(skipped.badRows.map(\.line) == [3, 4, 5, 6])
        #expect(try StoreHealth(database: book.store.database).problems() == [])
    }

    @Test func everyBadRowIsCountedAndTheFirstTwentyListed() throws {
        let book = try Book()
        var text = "Date,Description,Amount\n"
        for index in 0..<50 { text += "2024-03-05,Row \(index),\(index % 2 == 0 ? "oops" : "-1.00")\n" }
        let path = try book.file("many.csv", text)
        #expect {
            try book.load(path)
        } throws: { error in
            guard case let .importRejected(file, rows, total) = error as? OutlayError else { return false }
            return file == path && total == 25 && rows.count == 20 && "\(error)".contains("… and 5 more")
        }
        // An error that names the file names it once.
        let broken = try book.file("broken.csv", "Date,Description,Amount\n2024-03-05,\"never closed,-1.00\n")
        #expect { try book.load(broken) } throws: { "\($0)".components(separatedBy: broken).count == 2 }
    }

    @Test func aDryRunImportsNothing() throws {
        let book = try Book()
        let report = try book.load(try book.file("dry.csv", "Date,Description,Amount\n2024-03-05,Coffee,-4.50\n"), ImportOptions(dryRun: true))
        #expect(report.imported == 1 && report.dryRun)
        #expect(try book.rows().isEmpty)
        #expect(try book.load(try book.file("dry.csv", "Date,Description,Amount\n2024-03-05,Coffee,-4.50\n")).imported == 1)
    }

    @Test func budgetsEvaluateOnceForTheWholeImport() throws {
        let book = try Book()
        try book.store.budgets(on: "2024-03-20").set(scope: .overall, amount: usd("100"))
        var text = "Date,Description,Amount\n"
        for day in 1...20 { text += "2024-03-\(String(format: "%02d", day)),Lunch,-10.00\n" }  // 200 % by the end
        try book.load(try book.file("lunches.csv", text))
        #expect(try book.store.notificationTypes() == ["budget_exceeded"])
    }

    @Test func readsOFXInSGMLAndXML() throws {
        let book = try Book()
        let sgml = """
            OFXHEADER:100
            DATA:OFXSGML

            <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>
            <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240305120000[-5:EST]<TRNAMT>-42.10<FITID>1<NAME>SHELL OIL<MEMO>Pump 4
            <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240306<TRNAMT>1500.00<FITID>2<NAME>PAYROLL &amp; CO
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """
        try book.load(try book.file("bank.qfx", sgml))
        let xml = """
            <?xml version="1.0"?><OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>
            <STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240307</DTPOSTED><TRNAMT>-9.99</TRNAMT><NAME>NETFLIX</NAME></STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """
        try book.load(try book.file("bank.ofx", xml))
        #expect(try book.rows() == ["2024-03-05 expense 42.10 other SHELL OIL", "2024-03-06 income 1500.00 other PAYROLL & CO",
                                    "2024-03-07 expense 9.99 other NETFLIX"])
        #expect(try book.store.expenses.list(TransactionPageRequest(filter: TransactionFilter(search: "pump"))).transactions.count == 1)
    }

    /// A statement in euros is not stored as dollars: in a book whose currency was chosen it is refused, naming
    /// both currencies, and nothing changes; a new book nobody chose a currency for takes the statement's.
    @Test func aStatementInAnotherCurrencySaysSo() throws {
        let book = try Book()
        try book.store.database.markCurrencyChosen()
        let ofx = """
            <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKTRANLIST>
            <STMTTRN><DTPOSTED>20240305<TRNAMT>-42.10<NAME>Bäckerei</STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """
        #expect { try book.load(try book.file("euro.ofx", ofx)) } throws: { "\($0)".contains("the file is in EUR and no account keeps EUR") }
        #expect(try book.rows().isEmpty)
        // An account in euros takes it, in euros.
        try AccountService(database: book.store.database).add(name: "giro", type: .checking, currency: Currency(code: "EUR"))
        try book.load(try book.file("euro.ofx", ofx))
        let euros = try book.store.expenses.list(TransactionPageRequest()).transactions
        #expect(euros.map { "\($0.account ?? "") \($0.amount.decimalString) \($0.amount.currency.code)" } == ["giro 42.10 EUR"])
        var cash = ImportOptions()
        cash.account = "cash"
        let dollars = ofx.replacingOccurrences(of: "EUR", with: "usd").replacingOccurrences(of: "-42.10", with: "-50.00")
        try book.load(try book.file("dollars.ofx", dollars), cash)
        #expect(try book.store.expenses.list(TransactionPageRequest()).transactions.map { "\($0.account ?? "") \($0.amount.currency.code)" }.sorted()
                == ["cash USD", "giro EUR"])
        // Named, an account of the wrong currency is refused, naming both.
        #expect { try book.load(try book.file("euro.ofx", ofx), cash) } throws: { "\($0)".contains("the file is in EUR and account 'cash' keeps USD") }

        let fresh = try Book()
        let report = try ImportService(database: fresh.store.database).importFile(try fresh.file("euro.ofx", ofx))
        #expect(report.adoptedCurrency?.code == "EUR" && report.imported == 1 && report.moneyOut.description == "42.10")
        #expect(try AppDatabase.open(path: fresh.store.database.path).currency.code == "EUR")
        // Now it holds an amount in euros, its base: a statement in dollars needs an account in dollars.
        #expect(throws: OutlayError.self) { try ImportService(database: AppDatabase.open(path: fresh.store.database.path))
            .importFile(try fresh.file("dollars.ofx", ofx.replacingOccurrences(of: "EUR", with: "USD"))) }
    }

    /// Text whose uppercase is longer than itself (`ß` → `SS`, `ﬁ` → `FI`) before a
    /// transaction once shifted every block the reader cut out; lines are still named right.
    @Test func ofxWithTextThatGrowsInUppercaseReadsEveryTransaction() throws {
        let book = try Book()
        let ofx = """
            <OFX><SIGNONMSGSRSV1><SONRS><FI><ORG>Straßenbahn ﬁnanz ßßßß</ORG></FI></SONRS></SIGNONMSGSRSV1>
            <BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>
            <STMTTRN><DTPOSTED>20240305<TRNAMT>-42.10<NAME>Café Müßig ﬁx</STMTTRN>
            <stmttrn><dtposted>20240306<trnamt>-3.00<name>Bäckerei</stmttrn>
            <STMTTRN><DTPOSTED>2024030X<TRNAMT>-1.00<NAME>Broken date</STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """
        #expect {
            try book.load(try book.file("strasse.ofx", ofx))
        } throws: { error in
            "\(error)".contains("line 5: <DTPOSTED> '2024030X' is not a date")
        }
        try book.load(try book.file("strasse.ofx", ofx), ImportOptions(skipBad: true))
        #expect(try book.rows() == ["2024-03-05 expense 42.10 other Café Müßig ﬁx", "2024-03-06 expense 3.00 other Bäckerei"])
    }

    @Test func readsQIF() throws {
        let book = try Book()
        try book.load(try book.file("money.qif", """
            !Type:Bank
            D03/05'24
            T-25.00
            PHardware store
            LShopping:Tools
            ^
            D03/28/2024
            T1,800.00
            PEmployer
            MMarch pay
            ^
            """))
        #expect(try book.rows() == ["2024-03-05 expense 25.00 shopping Hardware store", "2024-03-28 income 1800.00 other Employer"])
    }

    @Test func aHeaderlessFileIsReadFromItsContentOrAsMapped() throws {
        let book = try Book()
        let path = try book.file("plain.csv", "2024-03-05,Coffee,-4.50\n")
        #expect(try book.load(path).readFromContent?.first == "column 1 date (YYYY-MM-DD)")
        #expect(try book.rows() == ["2024-03-05 expense 4.50 other Coffee"])
        let other = try Book()
        let mapped = try other.file("plain.csv", "2024-03-05,Coffee,-4.50\n")
        try other.load(mapped, ImportOptions(mappings: ["1": .date, "2": .description, "3": .amount]))
        #expect(try other.rows() == ["2024-03-05 expense 4.50 other Coffee"])
    }

    /// Random and mutated bytes: a clean import or a clean error, never a crash or a hang.
    @Test func fuzzedFilesEndCleanly() throws {
        var random = SeededRandom(seed: 99)
        let seed = Array("Date;Description;Amount\n05.03.2024;\"A; b\";-1,50\n06.03.2024;C;2.000,00\n".utf8)
        let alphabet = Array("0123456789;,.\"\n\r-+()€$ aZ\t".utf8) + [0xC3, 0xA9, 0xFF, 0x00]
        for round in 0..<300 {
            let book = try Book()
            var bytes = seed
            if round % 3 == 0 {
                bytes = (0..<random.below(200)).map { _ in alphabet[random.below(alphabet.count)] }
            } else {
                for _ in 0...random.below(8) {
                    let position = random.below(bytes.count + 1)
                    switch random.below(3) {
                    case 0 where position < bytes.count: bytes.remove(at: position)
                    case 1: bytes.insert(alphabet[random.below(alphabet.count)], at: position)
                    default: if position < bytes.count { bytes[position] = alphabet[random.below(alphabet.count)] }
                    }
                }
            }
            let path = try book.file("fuzz-\(round).csv", bytes)
            do {
                try book.load(path, ImportOptions(skipBad: round % 2 == 0))
            } catch is OutlayError {
                // A clean refusal: nothing half-imported.
                #expect(try book.rows().isEmpty, "round \(round)")
            }
            #expect(try StoreHealth(database: book.store.database).problems() == [], "round \(round)")
        }
    }
}

/// A bank's columns of what a card was charged abroad are kept beside what the account paid.
@Suite struct ChargedAbroadImportTests {
    @Test func n26sOriginalAmountAndCurrencyAreKept() throws {
        let store = try TestDatabase()
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("n26.csv")
        try """
            "Booking Date","Value Date","Partner Name","Partner Iban","Type","Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"
            "2024-11-28","2024-11-28","Edeka","","Presentment","","Main Account","-9.99","","",""
            "2024-11-26","2024-11-26","Pret A Manger","","Presentment","","Main Account","-14.40","-12.00","GBP","1.2"
            """.write(to: file, atomically: true, encoding: .utf8)
        try AccountService(database: store.database).add(name: "n26", type: .checking, currency: Currency(code: "EUR"))
        var options = ImportOptions()
        options.account = "n26"
        let report = try ImportService(database: store.database.withClock(.fixed(day("2024-12-01")))).importFile(file.path, options: options)
        #expect(report.imported == 2)
        let rows = try store.expenses.list(TransactionPageRequest()).transactions
        let pret = try #require(rows.first { $0.description.contains("Pret") })
        #expect(pret.amount == (try Money.parse("14.40", currency: Currency(code: "EUR"))))
        #expect(pret.original == (try Money.parse("12.00", currency: Currency(code: "GBP"))))
        #expect(rows.first { $0.description.contains("Edeka") }?.original == nil)
    }
}
