import Foundation

/// How a person writes numbers: `1,234.56`, `1.234,56`, `1 234,56` or
/// `1'234.56` (`[book] number_format`, else the locale's). What people type
/// is read in it, and also as a plain `4.80` or `4,80` when that can only be
/// a decimal (the other mark once, not followed by exactly three digits);
/// what people read is shown in it. Machine text (JSON, CSV, sync, imports)
/// is never read or written in it: that stays plain `1234.56`.
public enum NumberFormat: String, Sendable, Hashable, CaseIterable {
    case commaDot = "1,234.56"
    case dotComma = "1.234,56"
    case spaceComma = "1 234,56"
    case apostropheDot = "1'234.56"

    var groupMark: Character {
        switch self {
        case .commaDot: ","
        case .dotComma: "."
        case .spaceComma: "\u{202F}"  // a narrow no-break space: a line never breaks inside a number
        case .apostropheDot: "'"
        }
    }

    var decimalMark: Character { self == .dotComma || self == .spaceComma ? "," : "." }

    public init(parsing text: String) throws(OutlayError) {
        let spaced = text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        guard let format = NumberFormat(rawValue: spaced) else {
            throw .invalidAmount(text, reason: "not a number format; use \"1,234.56\", \"1.234,56\", \"1 234,56\" or \"1'234.56\"")
        }
        self = format
    }

    // MARK: - The format in use

    /// The format of this process: set once at start from the book's settings, before any work begins.
    nonisolated(unsafe) public static var processDefault: NumberFormat = .commaDot
    /// A format for one task and what it calls (tests of several formats run side by side).
    @TaskLocal public static var override: NumberFormat?
    public static var current: NumberFormat { override ?? processDefault }

    /// The format a locale writes (`LC_ALL`, `LC_NUMERIC`, `LANG`: de_DE → 1.234,56, fr_FR → 1 234,56, de_CH → 1'234.56);
    /// nil when they name no country.
    public static func ofLocale(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> NumberFormat? {
        let name = ["LC_ALL", "LC_NUMERIC", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let identifier = name.split(separator: ".").first.map(String.init) ?? ""
        let parts = identifier.split(separator: "_").map(String.init)
        guard parts.count == 2 else { return nil }
        let (language, region) = (parts[0].lowercased(), parts[1].uppercased())
        if region == "CH" || region == "LI" { return .apostropheDot }
        if ["fr", "sv", "fi", "nb", "nn", "no", "cs", "sk", "pl", "ru", "uk", "hu", "bg", "et", "lv", "lt"].contains(language) { return .spaceComma }
        if ["de", "nl", "es", "it", "pt", "da", "id", "tr", "el", "ro", "hr", "sl", "sr", "vi", "is"].contains(language) { return .dotComma }
        return .commaDot
    }

    // MARK: - Reading and writing

    /// `text` as the plain `1,234.56` that `Money.parse` reads, or nil when it cannot be a number in this format.
    func canonical(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .commaDot: break
        case .apostropheDot:
            text = text.replacingOccurrences(of: "'", with: ",").replacingOccurrences(of: "’", with: ",")
        case .dotComma:
            text = String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
        case .spaceComma:
            text = String(text.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
            text = text.replacingOccurrences(of: "\u{00A0}", with: ",").replacingOccurrences(of: "\u{202F}", with: ",")
                .replacingOccurrences(of: " ", with: ",")
        }
        // A plain number with the other mark once, not three digits after it, is that mark as a decimal point: 4,80.
        let marks = text.filter { $0 == "," || $0 == "." }
        if marks == ",", let after = text.split(separator: ",", omittingEmptySubsequences: false).last, after.count != 3 {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        return text
    }

    /// Digits grouped by three with this format's marks: "1.234,56".
    func write(integer: String, fraction: String?) -> String {
        var out = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { out.append(groupMark) }
            out.append(digit)
        }
        guard let fraction else { return out }
        return out + String(decimalMark) + fraction
    }

    /// An amount with its currency as this format's people write it: `1.150,00 €`, `CHF 1'150.00`; in 1,234.56 the
    /// code follows, as Outlay always wrote it: `1,150.00 USD`.
    public func withCurrency(_ money: Money, plus: Bool = false) -> String {
        let number = (plus && money.minorUnits > 0 ? "+" : "") + money.description
        switch self {
        case .commaDot: return "\(number) \(money.currency.code)"
        case .apostropheDot: return "\(money.currency.code) \(number)"
        case .dotComma, .spaceComma: return "\(number) \(Self.symbols[money.currency.code] ?? money.currency.code)"
        }
    }

    private static let symbols = ["EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "SEK": "kr", "NOK": "kr", "DKK": "kr", "PLN": "zł",
                                  "CZK": "Kč", "HUF": "Ft", "RUB": "₽", "UAH": "₴", "TRY": "₺", "BRL": "R$"]
}

extension Money {
    /// What a person typed, in the book's number format (`NumberFormat.current`); errors name the text as typed.
    public static func parseTyped(_ text: String, currency: Currency) throws(OutlayError) -> Money {
        let format = NumberFormat.current
        do {
            return try parse(format.canonical(text), currency: currency)
        } catch {
            guard case let .invalidAmount(_, reason) = error else { throw error }
            let example = format.write(integer: "1234", fraction: "56")
            throw .invalidAmount(text, reason: reason.replacingOccurrences(of: "1,234.56", with: example)
                                    .replacingOccurrences(of: "12.50", with: format.write(integer: "12", fraction: "50")))
        }
    }
}
