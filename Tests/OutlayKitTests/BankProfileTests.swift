import Foundation
import Testing
@testable import OutlayKit

/// Each bank's export, laid out exactly as the bank writes it (invented
/// rows), imported with no flags: the profile is recognised, every row's
/// date, kind, amount, category and description is exact, what is not
/// spending or income is left out and counted, and a second import adds nothing.
@Suite struct BankProfileTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let currency: String
        let rows: [String]
        /// Rows not imported as transactions, by why: `transfer` ones become transfers, the others are left out.
        var leftOut: [LeftOutReason: Int] = [:]
        var profile: String { (file as NSString).deletingPathExtension }
        var testDescription: String { profile }
    }

    static let cases: [Case] = [
        Case(file: "chase-checking.csv", currency: "USD", rows: [
            "2024-11-28 expense 5.75 other STARBUCKS STORE", "2024-11-27 income 2500.00 other ACME CORP PAYROLL",
            "2024-11-26 expense 120.00 other CHECK"]),
        Case(file: "chase-card.csv", currency: "USD", rows: [
            "2024-11-28 expense 23.40 food UBER EATS", "2024-11-25 expense 45.99 shopping AMAZON MKTPL",
            "2024-11-22 refund 12.00 shopping AMAZON MKTPL"], leftOut: [.transfer: 1]),
        Case(file: "bank-of-america.csv", currency: "USD", rows: [
            "2024-11-15 income 3000.00 other ACME CORP", "2024-11-03 expense 86.12 other WHOLEFDS MKT"],
             leftOut: [.balance: 1]),
        Case(file: "bank-of-america-card.csv", currency: "USD", rows: [
            "2024-11-27 expense 41.37 other SHELL OIL", "2024-11-20 expense 15.49 other NETFLIX.COM"],
             leftOut: [.transfer: 1]),
        Case(file: "wells-fargo.csv", currency: "USD", rows: [
            "2024-11-28 expense 54.30 other SAFEWAY",
            "2024-11-27 income 1850.00 other EMPLOYER INC DIR DEP",
            "2024-11-25 expense 9.99 other SPOTIFY USA"]),
        Case(file: "capital-one.csv", currency: "USD", rows: [
            "2024-11-28 expense 6.50 food BLUE BOTTLE COFFEE", "2024-11-26 expense 38.20 transport SHELL OIL",
            "2024-11-20 refund 15.00 shopping TARGET"], leftOut: [.transfer: 1]),
        Case(file: "american-express.csv", currency: "USD", rows: [
            "2024-11-28 expense 82.14 food WHOLEFDS BRK", "2024-11-26 expense 412.60 transport DELTA AIR LINES ATLANTA"],
             leftOut: [.transfer: 1]),
        Case(file: "american-express-basic.csv", currency: "USD", rows: [
            "2024-11-28 expense 5.45 other STARBUCKS NEW YORK", "2024-11-27 refund 20.00 other AMAZON.COM AMZN.COM/BILL"]),
        Case(file: "citi.csv", currency: "USD", rows: ["2024-11-28 expense 34.17 other TRADER JOE S QPS"],
             leftOut: [.transfer: 1, .pending: 1]),
        Case(file: "discover.csv", currency: "USD", rows: [
            "2024-11-27 expense 63.22 food KROGER", "2024-11-18 income 12.40 other CASHBACK BONUS REDEMPTION PYMT/STMT CRDT"],
             leftOut: [.transfer: 1]),
        Case(file: "barclays.csv", currency: "GBP", rows: [
            "2024-11-28 expense 4.20 other PRET A MANGER", "2024-11-27 income 1850.00 other ACME LTD SALARY",
            "2024-11-25 expense 62.15 other TESCO STORES"]),
        Case(file: "hsbc-uk.csv", currency: "GBP", rows: [
            "2024-11-28 expense 23.56 other SAINSBURYS S/MKTS LONDON", "2024-11-27 income 2100.00 other ACME LTD",
            "2024-11-25 expense 8.40 other TFL TRAVEL CH TFL.GOV.UK/CP"]),
        Case(file: "monzo.csv", currency: "GBP", rows: ["2024-11-28 expense 4.20 food Pret A Manger", "2024-11-27 income 2100.00 salary ACME LTD"],
             leftOut: [.transfer: 1]),
        Case(file: "starling.csv", currency: "GBP", rows: ["2024-11-28 expense 18.40 food Tesco", "2024-11-27 income 2100.00 salary Acme Ltd"]),
        Case(file: "ing-nl.csv", currency: "EUR", rows: [
            "2024-11-28 expense 23.45 other Albert Heijn", "2024-11-25 income 2750.00 other ACME BV",
            "2024-11-22 expense 4.90 other NS GROEP IZ NS REIZIGERS"]),
        Case(file: "ing-de.csv", currency: "EUR", rows: ["2024-11-28 expense 42.17 other REWE Markt GmbH", "2024-11-27 income 2900.00 other ACME GmbH"]),
        Case(file: "rabobank.csv", currency: "EUR", rows: ["2024-11-28 expense 12.50 other Jumbo Utrecht", "2024-11-25 income 3100.00 other ACME BV"]),
        Case(file: "abn-amro.tab", currency: "EUR", rows: [
            "2024-11-28 expense 23.45 other ALBERT HEIJN",
            "2024-11-25 income 3000.00 other ACME BV"]),
        Case(file: "n26.csv", currency: "EUR", rows: ["2024-11-28 expense 17.83 other LIDL DIENSTLEISTUNG", "2024-11-27 income 2900.00 other ACME GmbH"]),
        Case(file: "n26-2024.csv", currency: "EUR", rows: ["2024-11-28 expense 9.99 other Edeka", "2024-11-27 income 2900.00 other ACME GmbH"]),
        Case(file: "deutsche-bank.csv", currency: "EUR", rows: ["2024-11-28 expense 54.12 other EDEKA CENTER", "2024-11-27 income 2900.00 other ACME GmbH"],
             leftOut: [.balance: 1]),
        Case(file: "sparkasse.csv", currency: "EUR", rows: ["2024-11-28 expense 31.20 other ALDI SUED", "2024-11-27 income 2900.00 other ACME GMBH"],
             leftOut: [.pending: 1]),
        Case(file: "commerzbank.csv", currency: "EUR", rows: [
            "2024-11-28 expense 38.60 food REWE Markt GmbH Koeln", "2024-11-27 income 2900.00 salary ACME GmbH Gehalt November"]),
        Case(file: "bnp-paribas.csv", currency: "EUR", rows: [
            "2024-11-28 expense 27.35 other FACTURE CARTE DU MONOPRIX PARIS CARTE",
            "2024-11-25 income 2850.00 other VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE NOVEMBRE"]),
        Case(file: "santander-es.csv", currency: "EUR", rows: [
            "2024-11-28 expense 45.30 other Compra Mercadona Madrid, Tarjeta", "2024-11-25 income 2400.00 other Nomina Acme Sa"]),
        Case(file: "bbva.csv", currency: "EUR", rows: ["2024-11-28 expense 12.75 other Carrefour Express", "2024-11-25 income 2400.00 other Acme SA"]),
        Case(file: "revolut.csv", currency: "EUR", rows: ["2024-11-29 expense 6.20 other Pret A Manger", "2024-11-25 expense 102.00 other Cash at Bank"],
             leftOut: [.transfer: 1, .pending: 1, .cancelled: 1]),
        Case(file: "wise.csv", currency: "EUR", rows: [
            "2024-11-28 expense 15.90 other Card transaction of EUR issued by Bol.com Utrecht",
            "2024-11-25 income 100.00 other Received money from Jane Doe with reference savings"], leftOut: [.transfer: 1]),
        Case(file: "paypal.csv", currency: "USD", rows: ["2024-11-28 expense 10.99 other Spotify USA", "2024-11-22 expense 32.00 other Etsy Seller"],
             leftOut: [.transfer: 1, .pending: 1]),
    ]

    static func fixture(_ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/banks/\(file)").path
    }

    static func rows(_ store: TestDatabase) throws -> [String] {
        try store.expenses.list(TransactionPageRequest(limit: 100)).transactions.map {
            "\($0.date) \($0.isRefund ? "refund" : $0.kind.rawValue) \($0.amount.decimalString) \($0.category) \($0.description)"
        }
    }

    @Test(arguments: cases)
    func eachBanksExportImportsWithNoFlags(_ bank: Case) throws {
        var settings = OutlaySettings()
        settings.bookCurrency = try Currency(code: bank.currency)
        let store = try TestDatabase(settings: settings)
        let report = try ImportService(database: store.database).importFile(Self.fixture(bank.file))
        #expect(report.profile?.name == bank.profile)
        #expect(try Self.rows(store) == bank.rows)
        // Each row's description is its payee; what the bank wrote is kept beside it when it differs.
        #expect(try store.expenses.list(TransactionPageRequest(limit: 100)).transactions.allSatisfy { $0.bankText != $0.description })
        // A row the bank marks as between the person's own accounts is recorded as a transfer, its other side open.
        var leftOut = bank.leftOut
        let transfers = leftOut.removeValue(forKey: .transfer) ?? 0
        #expect(report.leftOut == leftOut)
        #expect(report.transfersMade == transfers && report.transfersOpen == transfers)
        #expect(report.imported == bank.rows.count && report.badRowCount == 0)
        // The summary's totals are the rows' sums, to the cent.
        func sum(_ kind: String) -> Int64 {
            bank.rows.filter { $0.split(separator: " ")[1] == kind }.reduce(0) { total, row in
                total + ((try? Money.parse(String(row.split(separator: " ")[2]), currency: report.moneyIn.currency).minorUnits) ?? 0)
            }
        }
        #expect(report.moneyIn.minorUnits == sum("income") + sum("refund") && report.moneyOut.minorUnits == sum("expense"))
        let again = try ImportService(database: store.database).importFile(Self.fixture(bank.file))
        #expect(again.imported == 0 && again.duplicates == bank.rows.count)
        #expect(again.transfersMade == 0 && again.transfersMatched == transfers)
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func atLeastTwentyFiveBanksAcrossTheUSTheUKAndEurope() {
        #expect(BankProfiles.all.count >= 25)
        #expect(Set(BankProfiles.all.map(\.name)).count == BankProfiles.all.count)
        #expect(Set(Self.cases.map(\.profile)) == Set(BankProfiles.all.map(\.name)), "every profile has a fixture")
        for region in ["US", "UK", "NL", "DE", "FR", "ES"] { #expect(BankProfiles.all.contains { $0.region == region }) }
    }
}
