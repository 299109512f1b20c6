import Foundation

/// A price on a day: one unit of `currency` is `rate` units of `quote`
/// (`P 2024-11-28 EUR 1.0842 USD`; the ECB's file: one euro in each currency).
public struct ExchangeRate: Sendable, Hashable {
    public var currency: Currency
    public var quote: Currency
    public var date: LocalDate
    public var rate: RateValue

    public init(currency: Currency, quote: Currency, date: LocalDate, rate: RateValue) {
        self.currency = currency
        self.quote = quote
        self.date = date
        self.rate = rate
    }
}

/// A rate as the user or a file wrote it: a positive decimal, kept as its
/// text so what is stored, synced and exported is exactly what was given.
public struct RateValue: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    /// At most 18 significant digits: far beyond any published rate, and within `Decimal`'s 38 for a conversion's product.
    public init(parsing raw: String) throws(OutlayError) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        let digits = parts.joined()
        guard !trimmed.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }),
              digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.drop(while: { $0 == "0" }).count <= 18,
              digits.contains(where: { $0 != "0" }) else { throw .invalidRate(raw) }
        // Leading zeros of the whole part and trailing zeros of the fraction say nothing: 01.50 is 1.5.
        var whole = String(parts[0].drop(while: { $0 == "0" }))
        if whole.isEmpty { whole = "0" }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        text = fraction.isEmpty ? whole : whole + "." + fraction
    }

    public var description: String { text }

    /// The exact decimal value (the text has at most 18 significant digits).
    var decimal: Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
}
