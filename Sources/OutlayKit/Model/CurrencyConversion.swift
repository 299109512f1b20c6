import Foundation

/// The one rule for money changing currency, used by every total in the
/// base currency, the journal's costs and the rates a transfer implies.
///
/// A rate is decimal text (`RateValue`); the amount times the rate (or the
/// chain of two rates through a third currency) is computed in Foundation's
/// `Decimal` (38 significant decimal digits, never a binary fraction) and
/// rounded once, to the target currency's minor unit, **half to even**:
/// 1.005 becomes 1.00 and 1.015 becomes 1.02. That is how hledger and ledger
/// round what they show, so a converted total here and theirs agree to the
/// cent. Amounts are converted one transaction at a time, on its day.
public enum CurrencyConversion {
    /// How many units of the target one unit of the source is worth: a product of rates and their inverses.
    public struct Factor: Sendable, Hashable {
        var value: Decimal

        public static let one = Factor(value: 1)

        init(value: Decimal) { self.value = value }

        /// One unit of `rate.currency` in `rate.quote`.
        init(_ rate: RateValue) { value = rate.decimal }

        /// The other way round.
        var inverse: Factor { Factor(value: 1 / value) }

        func then(_ next: Factor) -> Factor { Factor(value: value * next.value) }
    }

    /// `minorUnits` of `from` in minor units of `to`, by `factor`, rounded half to even.
    public static func convert(_ minorUnits: Int64, from: Currency, to: Currency, by factor: Factor) -> Int64 {
        rounded(exact(minorUnits, from: from, to: to, by: factor))
    }

    /// The same before rounding: a sum of several (net worth) is rounded once, as hledger rounds its total.
    static func exact(_ minorUnits: Int64, from: Currency, to: Currency, by factor: Factor) -> Decimal {
        var exact = Decimal(minorUnits) * factor.value
        exact *= pow(10, to.minorDigits)
        exact /= pow(10, from.minorDigits)
        return exact
    }

    /// An exact decimal to the nearest whole number, a half to the even one.
    static func rounded(_ value: Decimal) -> Int64 {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .bankers)
        return NSDecimalNumber(decimal: result).int64Value
    }

    /// The rate `paid` in `from` and `received` in `to` imply: units of `to` per unit of `from`, to six decimals.
    public static func impliedRate(paid: Money, received: Money) -> String {
        guard paid.minorUnits != 0 else { return "0" }
        var value = Decimal(received.minorUnits) * pow(10, paid.currency.minorDigits)
        value /= Decimal(paid.minorUnits) * pow(10, received.currency.minorDigits)
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 6, .bankers)
        return NSDecimalNumber(decimal: result).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
}
