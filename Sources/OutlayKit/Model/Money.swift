import OutlayBasics

/// An exact amount of money: a count of minor units (cents) in a currency.
///
/// Never a floating-point number: parsing, sums and formatting all work on
/// the integer count, so 0.1 + 0.2 is exactly 0.3.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: Currency

    /// The largest amount of one transaction or budget, and of all a ledger's
    /// live transactions together (`ledger_total`, kept by triggers):
    /// 10¹⁵ − 1 minor units, 9,999,999,999,999.99 in dollars. Every sum of a
    /// ledger's amounts is then at most this, so a sum times any factor up to
    /// 9 000 (per-mille shares, days of a year) still fits in Int64: overflow
    /// is impossible by construction instead of checked case by case.
    public static let largestMinorUnits = FieldLimits.largestMinorUnits

    /// Whether `minorUnits` is an amount a ledger may hold (sign aside).
    public static func isWithinLimit(_ minorUnits: Int64) -> Bool {
        minorUnits.magnitude <= UInt64(largestMinorUnits)
    }

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }

    public var isPositive: Bool { minorUnits > 0 }

    /// Decimal text without grouping, as it crosses JSON: "1234.50", "-3.10".
    public var decimalString: String { format(grouping: false) }

    /// Decimal text with thousands separators, for people, in the book's number format: "1,234.50", "1.234,50".
    public var description: String { format(grouping: true) }

    /// With grouping, for people, in the book's number format (`NumberFormat.current`); without, plain "1234.50".
    public func format(grouping: Bool) -> String {
        let negative = minorUnits < 0
        let magnitude = minorUnits.magnitude
        let factor = UInt64(currency.minorUnitsPerMajor)
        let integer = String(magnitude / factor)
        var fraction: String?
        if currency.minorDigits > 0 {
            let digits = String(magnitude % factor)
            fraction = String(repeating: "0", count: currency.minorDigits - digits.count) + digits
        }
        let text = grouping ? NumberFormat.current.write(integer: integer, fraction: fraction) : integer + (fraction.map { "." + $0 } ?? "")
        return negative ? "-" + text : text
    }
}

// MARK: - Arithmetic

extension Money {
    /// The same amount read in `currency`: typed before the account (and so its currency) was known. Digits move
    /// when the currencies' minor units differ (1305 cents → ¥13.05 is refused: yen have no decimals).
    public func relabelled(as currency: Currency) throws(OutlayError) -> Money {
        guard currency != self.currency else { return self }
        let from = self.currency.minorDigits, to = currency.minorDigits
        if from == to { return Money(minorUnits: minorUnits, currency: currency) }
        if to > from {
            var factor: Int64 = 1
            for _ in 0..<(to - from) { factor *= 10 }
            let (scaled, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
            guard !overflow, Self.isWithinLimit(scaled) else { throw .invalidAmount(description, reason: "it is beyond the largest amount in \(currency.code)") }
            return Money(minorUnits: scaled, currency: currency)
        }
        var factor: Int64 = 1
        for _ in 0..<(from - to) { factor *= 10 }
        guard minorUnits % factor == 0 else {
            throw .invalidAmount(description, reason: "\(currency.code) has \(to) decimal places")
        }
        return Money(minorUnits: minorUnits / factor, currency: currency)
    }
}

extension Money {
    /// Adds, failing instead of wrapping when the sum passes the largest amount.
    public func adding(_ other: Money) throws(OutlayError) -> Money {
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow, Self.isWithinLimit(sum) else {
            throw .invalidAmount("\(self) + \(other)", reason: "the sum is beyond the largest amount, \(Money(minorUnits: Self.largestMinorUnits, currency: currency))")
        }
        return Money(minorUnits: sum, currency: currency)
    }
}

// MARK: - Parsing

extension Money {
    /// Parses what a person types: `12`, `12.5`, `12.50`, `1,234.56`, `-3.10`.
    ///
    /// Rejects more decimals than the currency has, malformed grouping,
    /// anything that is not a number, and values beyond the largest amount
    /// (`largestMinorUnits`), naming the text in the error.
    public static func parse(_ text: String, currency: Currency) throws(OutlayError) -> Money {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .invalidAmount(text, reason: "it is empty") }
        var scalars = Substring(trimmed).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        let parts = scalars.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .invalidAmount(text, reason: "it has more than one decimal point") }
        let integerDigits = try integerPart(parts[0], original: text)
        let fractionDigits = parts.count == 2 ? Array(parts[1]) : []
        if parts.count == 2 && fractionDigits.isEmpty {
            throw .invalidAmount(text, reason: "digits must follow the decimal point")
        }
        guard fractionDigits.allSatisfy(isDigit) else {
            throw .invalidAmount(text, reason: "expected a number like 12.50")
        }
        guard fractionDigits.count <= currency.minorDigits else {
            throw .invalidAmount(text, reason: "\(currency.code) has \(currency.minorDigits) decimal places")
        }
        var value: Int64 = 0
        let padded = integerDigits + fractionDigits
            + Array(repeating: "0", count: currency.minorDigits - fractionDigits.count)
        for digit in padded {
            // Checked each digit: `value` never passes the limit, so ×10 + 9 cannot overflow.
            value = value * 10 + Int64(digit.value - 48)
            guard value <= largestMinorUnits else {
                throw .invalidAmount(text, reason: "it is beyond the largest amount, \(Money(minorUnits: largestMinorUnits, currency: currency))")
            }
        }
        return Money(minorUnits: negative ? -value : value, currency: currency)
    }

    /// Digits before the point, with optional well-formed "1,234" grouping.
    private static func integerPart(_ part: Substring.UnicodeScalarView.SubSequence, original: String) throws(OutlayError) -> [Unicode.Scalar] {
        guard !part.isEmpty else { throw .invalidAmount(original, reason: "expected a number like 12.50") }
        let groups = part.split(separator: ",", omittingEmptySubsequences: false)
        for (index, group) in groups.enumerated() {
            guard group.allSatisfy(isDigit), !group.isEmpty else {
                throw .invalidAmount(original, reason: "expected a number like 12.50")
            }
            let wellFormed = index == 0 ? group.count <= 3 || groups.count == 1 : group.count == 3
            guard wellFormed else {
                throw .invalidAmount(original, reason: "thousands separators must group three digits, as in 1,234.56")
            }
        }
        return part.filter { $0 != "," }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}


extension Money {
    /// An amount with its currency's code before or after it: `12.00EUR`, `12.00 EUR`, `EUR 12.00`.
    public static func parseWithCurrency(_ text: String) throws(OutlayError) -> Money {
        let trimmed = text.trimmingWhitespace()
        let letters = { (part: Substring) in part.count == 3 && part.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } }
        let (code, number): (Substring, Substring)
        if trimmed.count > 3, letters(trimmed.suffix(3)) {
            (code, number) = (trimmed.suffix(3), trimmed.dropLast(3))
        } else if trimmed.count > 3, letters(trimmed.prefix(3)) {
            (code, number) = (trimmed.prefix(3), trimmed.dropFirst(3))
        } else {
            throw .invalidAmount(text, reason: "expected an amount with its currency, as in 12.00EUR")
        }
        return try parseTyped(String(number), currency: Currency(code: String(code)))
    }
}
