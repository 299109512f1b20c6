/// Amounts as banks write them: `1,234.56`, `1.234,56`, `1 234,56`,
/// `1'234.56`, `$12.50`, `12,50 €`, `EUR 12.50`, `(12.50)` and `12.50-` for
/// negatives, `+12.50`. Which of `.` and `,` is the decimal mark is decided
/// once for the whole column (see `DecimalMarkEvidence`).
enum BankAmount {
    /// Minor units with their sign; nil when `text` is not an amount.
    /// Works on bytes: digits, marks and signs are ASCII; anything else (a
    /// currency symbol, a code, a non-breaking space) may stand around the
    /// number or, as grouping, inside its whole part.
    static func parse(_ text: String, decimalMark: Character, currency: Currency) -> Int64? {
        // The typographic minus (U+2212) some exports write is a minus.
        if text.utf8.contains(0xE2), text.contains("\u{2212}") {
            return parse(text.replacingOccurrences(of: "\u{2212}", with: "-"), decimalMark: decimalMark, currency: currency)
        }
        let mark: UInt8 = decimalMark == "," ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var negative = false
        var value: Int64 = 0
        var sawDigit = false, sawMark = false, numberEnded = false, parenthesis = false
        var fractionDigits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard !numberEnded else { return nil }
                value = value * 10 + Int64(byte - 48)
                guard value <= Money.largestMinorUnits else { return nil }  // checked each digit, so ×10 never overflows
                sawDigit = true
                if sawMark { fractionDigits += 1 }
            case mark:
                guard !sawMark, !numberEnded else { return nil }
                sawMark = true
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "'"):
                guard !sawMark, !numberEnded else { return nil }  // grouping only in the whole part
            case UInt8(ascii: "-"):
                negative.toggle()
                if sawDigit { numberEnded = true }
            case UInt8(ascii: "+"):
                if sawDigit { numberEnded = true }
            case UInt8(ascii: "("):
                guard !sawDigit else { return nil }
                parenthesis = true
            case UInt8(ascii: ")"):
                guard parenthesis else { return nil }
                negative.toggle()
                numberEnded = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "$"):
                if sawDigit { numberEnded = true }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x80...0xFF:
                if sawMark { numberEnded = true }  // grouping before the mark, the end after it
            default:
                return nil
            }
        }
        guard sawDigit, fractionDigits <= currency.minorDigits else { return nil }
        for _ in fractionDigits..<currency.minorDigits {
            value *= 10
            guard value <= Money.largestMinorUnits else { return nil }
        }
        return negative ? -value : value
    }
}

extension BankAmount {
    /// An amount marked after the number as money out (`12.50 DR`) or in (`12.50 CR`), as some banks write
    /// them: the parsed value signed so; nil when it has no such mark.
    static func signedBySuffix(_ text: String, _ value: Int64) -> Int64? {
        let upper = text.uppercased()
        if upper.hasSuffix("DR") { return -abs(value) }
        if upper.hasSuffix("CR") { return abs(value) }
        return nil
    }
}

/// Decides the decimal mark of a column from all its values: a mark followed
/// by one or two digits at the end of a value, or the later of two different
/// marks, is the decimal mark. Point when nothing tells.
struct DecimalMarkEvidence: Sendable {
    private var comma = 0, point = 0

    mutating func observe(_ text: String) {
        var lastMark: UInt8 = 0, digitsAfter = 0, sawPoint = false, sawComma = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digitsAfter += 1
            case UInt8(ascii: "."): lastMark = byte; digitsAfter = 0; sawPoint = true
            case UInt8(ascii: ","): lastMark = byte; digitsAfter = 0; sawComma = true
            default: continue
            }
        }
        guard lastMark != 0, (sawPoint && sawComma) || (1...2).contains(digitsAfter) else { return }
        if lastMark == UInt8(ascii: ",") { comma += 1 } else { point += 1 }
    }

    var mark: Character { comma > point ? "," : "." }
}
