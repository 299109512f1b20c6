import Foundation
import Testing
@testable import OutlayKit

@Suite struct MoneyTests {
    let usd = Currency.usd

    @Test(arguments: [("12", 1200), ("12.5", 1250), ("12.50", 1250), ("1,234.56", 123_456), ("-3.10", -310),
                      ("0.01", 1), (" 7 ", 700), ("+4", 400), ("1,000,000", 100_000_000)])
    func parsesWhatPeopleType(text: String, cents: Int64) throws {
        #expect(try Money.parse(text, currency: usd).minorUnits == cents)
    }

    @Test(arguments: ["12.345", "abc", "", "  ", "1,23", "12,3456", "1.2.3", "12.", ".5", "--1", "1e5", "١٢", "12,345.678",
                      "10000000000000.00", "-10,000,000,000,000", "92233720368547758.08", "100000000000000000000"])
    func rejectsWithTheValueNamed(text: String) {
        #expect {
            _ = try Money.parse(text, currency: usd)
        } throws: { error in
            guard case let .invalidAmount(named, _) = error as? OutlayError else { return false }
            return named == text
        }
    }

    /// The largest amount is 10¹⁵ − 1 minor units, in every currency: 9,999,999,999,999.99 dollars, 999,999,999,999,999 yen.
    @Test func acceptsTheExtremes() throws {
        #expect(try Money.parse("9,999,999,999,999.99", currency: usd).minorUnits == Money.largestMinorUnits)
        #expect(try Money.parse("-9999999999999.99", currency: usd).minorUnits == -Money.largestMinorUnits)
        #expect(try Money.parse("999999999999999", currency: Currency(code: "JPY")).minorUnits == Money.largestMinorUnits)
        #expect(throws: OutlayError.self) { try Money.parse("1000000000000000", currency: Currency(code: "JPY")) }
        let largest = Money(minorUnits: Money.largestMinorUnits, currency: usd)
        #expect(throws: OutlayError.self) { try largest.adding(Money(minorUnits: 1, currency: usd)) }
    }

    @Test func followsEachCurrencysMinorDigits() throws {
        let yen = try Currency(code: "jpy")
        let dinar = try Currency(code: "KWD")
        #expect(try Money.parse("1,500", currency: yen).description == "1,500")
        #expect(throws: OutlayError.self) { try Money.parse("1.5", currency: yen) }
        #expect(try Money.parse("12.345", currency: dinar).minorUnits == 12_345)
        #expect(Money(minorUnits: 12_345, currency: dinar).description == "12.345")
        #expect(Money(minorUnits: -5, currency: usd).decimalString == "-0.05")
        #expect(Money(minorUnits: 123_456_789, currency: usd).description == "1,234,567.89")
        #expect(throws: OutlayError.self) { try Currency(code: "US") }
    }

    @Test func formatThenParseGivesTheSameValue() throws {
        var random = SeededRandom(seed: 7)
        for currency in [usd, try Currency(code: "JPY"), try Currency(code: "KWD")] {
            for _ in 0..<5_000 {
                // Mix small amounts with ones across the whole range an amount may take.
                let raw = Int64(bitPattern: random.next())
                let value = random.chance(1, in: 2) ? raw % 1_000_000 : raw % (Money.largestMinorUnits + 1)
                let money = Money(minorUnits: value, currency: currency)
                #expect(try Money.parse(money.description, currency: currency) == money)
                #expect(try Money.parse(money.decimalString, currency: currency) == money)
            }
        }
    }

    @Test func sumsOfManyAmountsAreExact() throws {
        var random = SeededRandom(seed: 11)
        var total = Money.zero(usd)
        var oracle = Decimal(0)
        for _ in 0..<100_000 {
            let text = Money(minorUnits: Int64(random.below(10_000_000)), currency: usd).decimalString
            total = try total.adding(Money.parse(text, currency: usd))
            oracle += Decimal(string: text) ?? 0
        }
        #expect(Decimal(string: total.decimalString) == oracle)
        #expect(throws: OutlayError.self) {
            try Money(minorUnits: .max, currency: usd).adding(Money(minorUnits: 1, currency: usd))
        }
    }
}
