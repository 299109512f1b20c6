import Foundation
import Testing

/// A German, a Swiss, a French and an American book: amounts typed and read as each writes them, JSON plain in all.
@Suite struct NumberFormatCommandLineTests {
    struct Case: Sendable, CustomStringConvertible {
        let format: String?
        let locale: String
        let currency: String
        let typed: String
        let plain: String
        let listed: String
        let balance: String
        var description: String { "\(format ?? locale) \(currency)" }
    }

    static let cases = [
        Case(format: "1.234,56", locale: "C.UTF-8", currency: "EUR", typed: "1.150,00", plain: "4.80", listed: "-1.150,00",
             balance: "balance -1.154,80 €"),
        Case(format: nil, locale: "de_CH.UTF-8", currency: "CHF", typed: "1'150.00", plain: "4,80", listed: "-1'150.00",
             balance: "balance CHF -1'154.80"),
        Case(format: "1 234,56", locale: "C.UTF-8", currency: "EUR", typed: "1 150,00", plain: "4.80", listed: "-1\u{202F}150,00",
             balance: "balance -1\u{202F}154,80 €"),
        Case(format: nil, locale: "en_US.UTF-8", currency: "USD", typed: "1,150.00", plain: "4,80", listed: "-1,150.00",
             balance: "balance -1,154.80 USD"),
    ]

    @Test(arguments: cases)
    func amountsAreTypedAndShownAsTheBooksPeopleWriteThem(_ book: Case) throws {
        let cli = try CLIRunner()
        let environment = ["LANG": book.locale]
        if let format = book.format { try cli.writeConfig("[book]\nnumber_format = \"\(format)\"\n") }
        #expect(try cli.run(["init", "--currency", book.currency], environment: environment).status == 0)
        let added = try cli.run(["add", book.typed, "Rent", "--category", "rent", "--date", "2026-11-02"], environment: environment)
        #expect(added.status == 0 && added.stdout.contains(book.listed), "\(added.stdout)\(added.stderr)")
        // An unambiguous plain decimal is read too.
        #expect(try cli.run(["add", book.plain, "Coffee", "--category", "food", "--date", "2026-11-03"], environment: environment).status == 0)
        let listed = try cli.run(["list"], environment: environment).stdout
        #expect(listed.contains(book.listed) && listed.contains(book.balance), "\(listed)")
        let json = try cli.run(["list", "--json"], environment: environment).stdout
        #expect(json.contains("\"amount\": \"1150.00\"") && json.contains("\"amount\": \"4.80\""), "\(json)")
    }

    @Test func aMalformedAmountNamesWhatWasTypedAndChangesNothing() throws {
        let cli = try CLIRunner()
        try cli.writeConfig("[book]\nnumber_format = \"1.234,56\"\n")
        let refused = try cli.run(["add", "1.15,00", "Rent", "--category", "rent"])
        #expect(refused.status != 0 && refused.stderr.contains("'1.15,00'") && refused.stderr.contains("1.234,56"), "\(refused.stderr)")
        #expect(try cli.run(["list", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        try cli.writeConfig("[book]\nnumber_format = \"1_234.56\"\n")
        let bad = try cli.run(["list"])
        #expect(bad.status != 0 && bad.stderr.contains("number_format"), "\(bad.stderr)")
    }
}
