@testable import OutlayKit
import Testing

/// Amounts typed and shown as the book's people write them; machine text stays plain.
@Suite struct NumberFormatTests {
    let euro = try! Currency(code: "EUR")

    @Test(arguments: [
        (NumberFormat.dotComma, "1.150,00", 115_000), (.dotComma, "4,80", 480), (.dotComma, "4.80", 480), (.dotComma, "1.234", 123_400),
        (.dotComma, "-12,5", -1_250),
        (.commaDot, "1,150.00", 115_000), (.commaDot, "4,80", 480), (.commaDot, "4.80", 480), (.commaDot, "1,234", 123_400),
        (.spaceComma, "1 150,50", 115_050), (.spaceComma, "1\u{202F}150,50", 115_050), (.spaceComma, "4.80", 480),
        (.apostropheDot, "1'150.00", 115_000), (.apostropheDot, "1’150.00", 115_000), (.apostropheDot, "4,80", 480),
    ])
    func whatPeopleTypeIsReadInTheirFormat(_ format: NumberFormat, _ text: String, _ cents: Int64) throws {
        let money = try NumberFormat.$override.withValue(format) { try Money.parseTyped(text, currency: euro) }
        #expect(money.minorUnits == cents)
    }

    @Test func aMalformedNumberIsRefusedInTheBooksWords() {
        #expect(throws: OutlayError.invalidAmount("1.23.4,5", reason: "thousands separators must group three digits, as in 1.234,56")) {
            try NumberFormat.$override.withValue(.dotComma) { try Money.parseTyped("1.23.4,5", currency: euro) }
        }
    }

    @Test func amountsShowInTheFormatWithTheSymbolWhereItsPeoplePutIt() throws {
        let money = try Money.parse("-1150.00", currency: euro)
        let franc = try Money.parse("1150", currency: Currency(code: "CHF"))
        #expect(NumberFormat.$override.withValue(.dotComma) { money.description } == "-1.150,00")
        #expect(NumberFormat.$override.withValue(.dotComma) { NumberFormat.current.withCurrency(money) } == "-1.150,00 €")
        #expect(NumberFormat.$override.withValue(.spaceComma) { NumberFormat.current.withCurrency(money) } == "-1\u{202F}150,00 €")
        #expect(NumberFormat.$override.withValue(.apostropheDot) { NumberFormat.current.withCurrency(franc) } == "CHF 1'150.00")
        #expect(NumberFormat.$override.withValue(.commaDot) { NumberFormat.current.withCurrency(franc) } == "1,150.00 CHF")
        // JSON and exports stay plain whatever the format.
        #expect(NumberFormat.$override.withValue(.dotComma) { money.decimalString } == "-1150.00")
        // A machine's text is never read in the book's format: 1.234 dinars are not 1234.
        let dinars = try NumberFormat.$override.withValue(.dotComma) { try Money.parse("1.234", currency: Currency(code: "KWD")) }
        #expect(dinars.minorUnits == 1_234)
    }

    @Test func theLocaleSuggestsTheFormat() {
        #expect(NumberFormat.ofLocale(["LANG": "de_DE.UTF-8"]) == .dotComma)
        #expect(NumberFormat.ofLocale(["LANG": "de_CH.UTF-8"]) == .apostropheDot)
        #expect(NumberFormat.ofLocale(["LANG": "fr_FR.UTF-8"]) == .spaceComma)
        #expect(NumberFormat.ofLocale(["LANG": "en_US.UTF-8", "LC_NUMERIC": "de_AT.UTF-8"]) == .dotComma)
        #expect(NumberFormat.ofLocale(["LANG": "C.UTF-8"]) == nil)
    }
}
