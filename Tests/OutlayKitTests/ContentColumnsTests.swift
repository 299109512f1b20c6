import Foundation
import Testing
@testable import OutlayKit

/// Files from banks Outlay has no profile for, headerless or with a header in a language it has no words for,
/// laid out as those banks write them (invented rows): imported with no flags, their columns read from what
/// they hold, every row exact; and what the content leaves open is asked, never guessed.
@Suite struct ContentColumnsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let currency: String
        /// Each column's role, by 0-based position.
        let roles: [ImportField: Int]
        /// "date kind amount bank's-text", in the file's order.
        let rows: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        // Commonwealth Bank style: no header, signed amounts with +, a running balance, newest first.
        Case(file: "au-headerless.csv", currency: "AUD", roles: [.date: 0, .amount: 1, .description: 2, .balance: 3], rows: [
            "2024-11-28 expense 23.45 WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 26/11/2024",
            "2024-11-27 expense 4.80 GLORIA JEANS 0412 SYDNEY NS AUS Card xx1234",
            "2024-11-25 income 2750.00 Salary ACME PTY LTD 0987", "2024-11-22 expense 89.00 Direct Debit 123456 TELSTRA"]),
        // TD Canada Trust style: no header, month/day dates, money out and in in two columns, a balance, oldest first.
        Case(file: "ca-headerless.csv", currency: "CAD", roles: [.date: 0, .description: 1, .debit: 2, .credit: 3, .balance: 4], rows: [
            "2024-11-01 income 2150.00 PAYROLL DEP ACME CANADA", "2024-11-04 expense 4.35 TIM HORTONS #4521",
            "2024-11-15 expense 112.80 HYDRO ONE BILL PMT", "2024-11-28 expense 86.45 LOBLAWS 1122"]),
        // A UK statement: two-digit years, DR and CR after the amounts and the balance.
        Case(file: "uk-dr-cr.csv", currency: "GBP", roles: [.date: 0, .description: 1, .amount: 2, .balance: 3], rows: [
            "2024-11-28 expense 12.40 CARD PURCHASE TESCO STORES 2231", "2024-11-27 expense 4.20 CARD PURCHASE PRET A MANGER",
            "2024-11-25 income 1850.00 BACS ACME LTD SALARY", "2024-11-22 expense 38.00 DIRECT DEBIT THAMES WATER"]),
        // Swedbank style: Swedish header, semicolons, thousands grouped by spaces, decimal comma, two date columns.
        Case(file: "se-swedish.csv", currency: "SEK", roles: [.date: 0, .description: 2, .amount: 3, .balance: 4], rows: [
            "2024-11-28 expense 245.50 ICA NARA HAGA", "2024-11-27 expense 970.00 SL ACCESS",
            "2024-11-25 income 32500.00 LON ACME AB", "2024-11-22 expense 119.00 SPOTIFY"]),
        // Danske Bank style: Danish header, dotted dates, dotted thousands, a status and a reconciled column.
        Case(file: "dk-danish.csv", currency: "DKK", roles: [.date: 0, .description: 1, .amount: 2, .balance: 3], rows: [
            "2024-11-28 expense 123.45 Netto 4521", "2024-11-27 expense 50.00 MobilePay Anna",
            "2024-11-25 income 28500.00 Løn ACME ApS", "2024-11-20 expense 412.30 Føtex 1102"]),
        // UBS style: fourteen columns, times, four date columns, apostrophe thousands, debit written negative,
        // a reference number, three description columns, a currency column.
        Case(file: "ch-swiss.csv", currency: "CHF", roles: [.date: 0, .debit: 5, .credit: 6, .balance: 8, .description: 10], rows: [
            "2024-11-28 expense 45.00 Coop-1234 Zuerich", "2024-11-27 expense 12.50 SBB CFF FFS",
            "2024-11-25 income 6500.00 ACME AG", "2024-11-20 expense 1950.00 Immo Verwaltung AG"]),
        // Crédit Agricole style: lines before the header, French header, money out and in, no balance.
        Case(file: "fr-french.csv", currency: "EUR", roles: [.date: 0, .description: 1, .debit: 2, .credit: 3], rows: [
            "2024-11-28 expense 45.90 CB CARREFOUR CITY 27/11", "2024-11-26 expense 78.12 PRLV SEPA EDF",
            "2024-11-25 income 2150.00 VIR SALAIRE ACME SAS", "2024-11-21 expense 3.80 CB BOULANGERIE PAUL 20/11"]),
        // A Japanese bank's download: Japanese header, yen without decimals, payments and deposits, a balance.
        Case(file: "jp-japanese.csv", currency: "JPY", roles: [.date: 0, .description: 2, .debit: 3, .credit: 4, .balance: 5], rows: [
            "2024-11-01 income 350000 カ）アクメ", "2024-11-05 expense 1200 セブンイレブン",
            "2024-11-12 expense 8450 東京電力", "2024-11-28 expense 12980 アマゾン"]),
    ]

    static func fixture(_ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/unknown-banks/\(file)").path
    }

    static func rows(_ store: TestDatabase) throws -> [String] {
        try store.expenses.list(TransactionPageRequest(limit: 100)).transactions.map {
            "\($0.date) \($0.kind.rawValue) \($0.amount.decimalString) \($0.bankText ?? $0.description)"
        }
    }

    @Test(arguments: cases)
    func eachUnknownLayoutIsReadFromItsContent(_ bank: Case) throws {
        let store = try TestDatabase.kept(in: bank.currency)
        let report = try ImportService(database: store.database).importFile(Self.fixture(bank.file))
        #expect(report.profile == nil && report.readFromContent != nil)
        #expect(report.columnFields == bank.roles, "\(report.readFromContent ?? [])")
        #expect(try Self.rows(store).sorted() == bank.rows.sorted())
        #expect(report.imported == bank.rows.count && report.badRowCount == 0)
        // Where the file has a running balance, the statement checks itself against it.
        if bank.roles[.balance] != nil { #expect(report.statement != nil && report.statement?.firstBreak == nil, "\(String(describing: report.statement))") }
        let again = try ImportService(database: store.database).importFile(Self.fixture(bank.file))
        #expect(again.imported == 0 && again.duplicates == bank.rows.count)
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    /// Writes `text` as a CSV in a temporary folder.
    static func file(_ text: String, name: String = "statement.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func dayAndMonthAreDecidedByADayOver12ByTheStatementsOrderOrAsked() throws {
        // Every day is 12 or less, but only day/month keeps the rows in date order.
        let ordered = try Self.file("01/02/2024,Coffee,-4.50,A1\n03/02/2024,Lunch,-12.00,A2\n02/03/2024,Books,-20.00,A3\n05/03/2024,Refill,-3.10,A4\n")
        let store = try TestDatabase.kept(in: "GBP")
        try ImportService(database: store.database).importFile(ordered)
        #expect(try Self.rows(store).sorted() == ["2024-02-01 expense 4.50 Coffee", "2024-02-03 expense 12.00 Lunch",
                                                  "2024-03-02 expense 20.00 Books", "2024-03-05 expense 3.10 Refill"])
        // Neither reading is in order and no day is over 12: asked, with a row and both its readings; nothing imported.
        let open = try Self.file("03/04/2024,Coffee,-4.50,A1\n01/02/2024,Lunch,-12.00,A2\n05/03/2024,Books,-20.00,A3\n")
        let other = try TestDatabase.kept(in: "GBP")
        #expect {
            try ImportService(database: other.database).importFile(open)
        } throws: { error in
            guard case let OutlayError.layoutQuestion(_, question, flag, key) = error else { return false }
            return question.contains("line 1: 03/04/2024 is Wednesday 3 April 2024 or Monday 4 March 2024") && flag.contains("--date-format DD/MM/YYYY")
                && key.contains("f ")
        }
        #expect(try other.expenses.count() == 0)
        // Told, it imports.
        var options = ImportOptions()
        options.dateFormat = .monthDayYear
        try ImportService(database: other.database).importFile(open, options: options)
        #expect(try Self.rows(other).contains("2024-03-04 expense 4.50 Coffee"))
    }

    @Test func theSignIsSettledByTheBalanceByMostRowsOrAsked() throws {
        // An account's export that writes money out positive: the balance falls as the amounts rise.
        let debits = try Self.file("2024-11-02,AMAZON,25.00,475.00\n2024-11-05,SALARY,-900.00,1375.00\n2024-11-09,SHELL,40.00,1335.00\n")
        let store = try TestDatabase.kept(in: "USD")
        let report = try ImportService(database: store.database).importFile(debits)
        #expect(report.amountsInverted && report.readFromContent?.contains { $0.contains("money out is positive") } == true)
        #expect(try Self.rows(store).sorted() == ["2024-11-02 expense 25.00 AMAZON", "2024-11-05 income 900.00 SALARY",
                                                  "2024-11-09 expense 40.00 SHELL"])
        // No balance: most rows positive means money out is written positive.
        let most = try Self.file("2024-11-02,AMAZON,25.00,X\n2024-11-03,CAFE,4.00,X\n2024-11-05,PAYMENT,-100.00,X\n2024-11-09,SHELL,40.00,X\n")
        let second = try TestDatabase.kept(in: "USD")
        try ImportService(database: second.database).importFile(most)
        #expect(try Self.rows(second).sorted() == ["2024-11-02 expense 25.00 AMAZON", "2024-11-03 expense 4.00 CAFE",
                                                   "2024-11-05 income 100.00 PAYMENT", "2024-11-09 expense 40.00 SHELL"])
        // Every amount positive and nothing else to go by: asked.
        let unsigned = try Self.file("2024-11-02,AMAZON,25.00,X\n2024-11-03,CAFE,4.00,X\n2024-11-09,SHELL,40.00,X\n")
        let third = try TestDatabase.kept(in: "USD")
        #expect {
            try ImportService(database: third.database).importFile(unsigned)
        } throws: { error in
            guard case let OutlayError.layoutQuestion(_, question, flag, key) = error else { return false }
            return question.contains("every amount in column 3 is positive") && flag.contains("--invert-sign") && key.contains("s says")
        }
        var options = ImportOptions()
        options.invertSign = true
        try ImportService(database: third.database).importFile(unsigned, options: options)
        #expect(try Self.rows(third).allSatisfy { $0.contains(" expense ") } && third.expenses.count() == 3)
    }

    @Test func aPairOfColumnsIsSettledByTheBalanceOrTheHeaderOrAsked() throws {
        // No header, no balance: which of the two columns is money out is asked.
        let pair = try Self.file("2024-11-02,AMAZON,25.00,\n2024-11-03,SALARY,,900.00\n2024-11-09,SHELL,40.00,\n")
        let store = try TestDatabase.kept(in: "USD")
        #expect {
            try ImportService(database: store.database).importFile(pair)
        } throws: { error in
            guard case let OutlayError.layoutQuestion(_, question, flag, _) = error else { return false }
            return question.contains("column 3 and column 4 take turns") && flag.contains("--map 3=debit --map 4=credit")
        }
        var options = ImportOptions()
        options.mappings = ["3": .debit, "4": .credit]
        try ImportService(database: store.database).importFile(pair, options: options)
        #expect(try Self.rows(store).sorted() == ["2024-11-02 expense 25.00 AMAZON", "2024-11-03 income 900.00 SALARY",
                                                  "2024-11-09 expense 40.00 SHELL"])
        // A German header the synonyms do not know, whose words still say which is which.
        let named = try Self.file("Tag;Vorgang;Belastung;Gutschrift\n02.11.2024;REWE;25,00;\n03.11.2024;Gehalt;;900,00\n")
        let german = try TestDatabase.kept(in: "EUR")
        try ImportService(database: german.database).importFile(named)
        #expect(try Self.rows(german).sorted() == ["2024-11-02 expense 25.00 REWE", "2024-11-03 income 900.00 Gehalt"])
    }

    @Test func aFileWithNoDateColumnSaysSoAndNamesTheFix() throws {
        let path = try Self.file("Shop;Amount\nREWE;-25,00\nAldi;-3,10\n")
        let store = try TestDatabase.kept(in: "EUR")
        #expect {
            try ImportService(database: store.database).importFile(path)
        } throws: { error in
            "\(error)".contains("no column holds a date in every row") && "\(error)".contains("--map COLUMN=date")
        }
    }

    @Test func aDirectionColumnASummaryLineAReferenceAndATypographicMinusAreReadForWhatTheyAre() throws {
        // Unsigned amounts with Debit/Credit words beside them, a transaction reference with no spaces, and a closing total.
        let path = try Self.file("""
            Buchung;Art;Betrag;Referenz;Empfänger
            01.11.2024;Credit;2.500,00;TX8812AB7;Acme GmbH Gehalt
            03.11.2024;Debit;45,30;TX8812AB9;REWE Markt Berlin
            05.11.2024;Debit;12,00;TX8813CC1;Spotify AB
            Summe;;2.442,70;;
            """)
        let store = try TestDatabase.kept(in: "EUR")
        let report = try ImportService(database: store.database).importFile(path)
        #expect(report.columnFields == [.date: 0, .amount: 2, .description: 4], "\(report.readFromContent ?? [])")
        #expect(report.leftOut == [.balance: 1])
        #expect(try Self.rows(store).sorted() == ["2024-11-01 income 2500.00 Acme GmbH Gehalt", "2024-11-03 expense 45.30 REWE Markt Berlin",
                                                  "2024-11-05 expense 12.00 Spotify AB"])
        // A minus written as U+2212 is a minus.
        let minus = try Self.file("2024-11-02;Coffee;\u{2212}4,50\n2024-11-03;Salary;900,00\n2024-11-04;Lunch;\u{2212}12,00\n")
        let other = try TestDatabase.kept(in: "EUR")
        try ImportService(database: other.database).importFile(minus)
        #expect(try Self.rows(other).sorted() == ["2024-11-02 expense 4.50 Coffee", "2024-11-03 income 900.00 Salary", "2024-11-04 expense 12.00 Lunch"])
    }
}
