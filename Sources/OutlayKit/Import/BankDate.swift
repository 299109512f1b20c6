/// The date formats bank exports use, each tried on a whole column.
public enum BankDateFormat: String, Sendable, CaseIterable {
    case iso = "YYYY-MM-DD"
    case dayMonthYear = "DD/MM/YYYY"
    case monthDayYear = "MM/DD/YYYY"
    case dotted = "DD.MM.YYYY"
    case dayMonthName = "D MMM YYYY"
    case monthNameDay = "MMM D, YYYY"
    /// ING and others: `20241128`.
    case compact = "YYYYMMDD"
    /// Wise and others: `28-11-2024`.
    case dayMonthYearDashed = "DD-MM-YYYY"

    public init(parsing text: String) throws(OutlayError) {
        guard let format = Self.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(text) == .orderedSame }) else {
            throw .invalidImport("--date-format", "unknown format '\(text)'; use one of \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = format
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    func parse(_ text: String) -> LocalDate? { parse(DateShape(text)) }

    /// Reads a value already split into its parts (see `DateShape`).
    func parse(_ shape: DateShape) -> LocalDate? {
        let n = shape.number, w = shape.width
        switch self {
        case .iso:
            guard shape.month == nil, shape.count >= 3, w(0) == 4,
                  shape.separator == UInt8(ascii: "-") || shape.separator == UInt8(ascii: "/") else { return nil }
            return LocalDate(year: n(0), month: n(1), day: n(2))
        case .dayMonthYear, .monthDayYear, .dotted:
            let separator: UInt8 = self == .dotted ? UInt8(ascii: ".") : UInt8(ascii: "/")
            guard shape.month == nil, shape.count >= 3, shape.separator == separator, w(0) <= 2, w(1) <= 2, w(2) == 4 || w(2) == 2
            else { return nil }
            let year = w(2) == 2 ? 2000 + n(2) : n(2)
            return self == .monthDayYear ? LocalDate(year: year, month: n(0), day: n(1)) : LocalDate(year: year, month: n(1), day: n(0))
        case .dayMonthName, .monthNameDay:
            guard let month = shape.month, shape.count >= 2, w(1) == 4, shape.monthFirst == (self == .monthNameDay) else { return nil }
            return LocalDate(year: n(1), month: month, day: n(0))
        case .compact:
            guard shape.month == nil, shape.count >= 1, w(0) == 8 else { return nil }
            return LocalDate(year: n(0) / 10_000, month: n(0) / 100 % 100, day: n(0) % 100)
        case .dayMonthYearDashed:
            guard shape.month == nil, shape.count >= 3, shape.separator == UInt8(ascii: "-"), w(0) <= 2, w(1) <= 2, w(2) == 4 else { return nil }
            return LocalDate(year: n(2), month: n(1), day: n(0))
        }
    }
}

/// A date value taken apart in one pass over its bytes: up to three runs of
/// digits (with their widths; the first may be eight long, `20241128`), the
/// separator after the first, and a month name if there is one. Anything
/// after a time ("T10:00", " 10:00") is ignored. Fixed fields, no arrays: it
/// is made once for every imported row.
struct DateShape {
    private(set) var count = 0
    private var values = (0, 0, 0)
    private var widths = (0, 0, 0)
    var separator: UInt8 = 0
    var month: Int?
    var monthFirst = false

    func number(_ index: Int) -> Int { index == 0 ? values.0 : index == 1 ? values.1 : values.2 }
    func width(_ index: Int) -> Int { index == 0 ? widths.0 : index == 1 ? widths.1 : widths.2 }

    init(_ text: String) {
        var value = 0, width = 0
        var word: UInt32 = 0, wordLength = 0  // the first three letters, packed
        func endNumber() {
            guard width > 0 else { return }
            switch count {
            case 0: values.0 = value; widths.0 = width
            case 1: values.1 = value; widths.1 = width
            default: values.2 = value; widths.2 = width
            }
            count += 1
            value = 0
            width = 0
        }
        func endWord() {
            guard wordLength > 0 else { return }
            if wordLength >= 3, month == nil, let index = DateShape.monthWords.firstIndex(of: word) {
                month = index + 1
                monthFirst = count == 0
            }
            word = 0
            wordLength = 0
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                endWord()
                value = value * 10 + Int(byte - 48)
                width += 1
                // Only a first run may be longer than a year, and only as a whole date (YYYYMMDD).
                if width > (count == 0 ? 8 : 4) { count = 0; return }
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                endNumber()
                if byte == UInt8(ascii: "T") && count == 3 { return }  // a time follows
                if wordLength < 3 { word = word << 8 | UInt32(byte | 0x20) }
                wordLength += 1
            default:
                endNumber()
                endWord()
                if count == 1 && separator == 0 { separator = byte }
                if count == 3 && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: ":")) { return }
            }
            if count == 3 && width == 0 && wordLength == 0 && month == nil { continue }
        }
        endNumber()
        endWord()
    }

    /// "jan" … "dec", packed as `init` packs words.
    static let monthWords: [UInt32] = BankDateFormat.monthNames.map { name in name.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
}

/// Weighs the date formats a column could be in, value by value: the format
/// is the one that reads the most values (a value none reads, such as
/// 2024-02-30, becomes a bad row later rather than deciding the format).
struct DateFormatEvidence: Sendable {
    private var parsed: [BankDateFormat: Int] = [:]
    /// Whether some value reads differently as day/month and month/day.
    private(set) var dayMonthDiffer = false

    mutating func observe(_ text: String) {
        guard !text.trimmingWhitespace().isEmpty else { return }
        observe(DateShape(text))
    }

    mutating func observe(_ shape: DateShape) {
        guard shape.count > 0 else { return }
        for format in BankDateFormat.allCases where format.parse(shape) != nil { parsed[format, default: 0] += 1 }
        if let a = BankDateFormat.dayMonthYear.parse(shape), let b = BankDateFormat.monthDayYear.parse(shape), a != b {
            dayMonthDiffer = true
        }
    }

    /// The format, or an error that says what to pass as `--date-format`.
    func decide(column: String, file: String) throws(OutlayError) -> BankDateFormat {
        guard let most = parsed.values.max(), most > 0 else {
            throw .invalidImport(file, "column '\(column)' has dates in no format Outlay knows (\(BankDateFormat.allCases.map(\.rawValue).joined(separator: ", "))); pass --date-format")
        }
        var best = Set(parsed.filter { $0.value == most }.keys)
        if best.contains(.dayMonthYear) && best.contains(.monthDayYear) {
            guard !dayMonthDiffer else {
                throw .invalidImport(file, "the dates in column '\(column)' read as both DD/MM/YYYY and MM/DD/YYYY; say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY")
            }
            best.remove(.monthDayYear)  // the same day either way
        }
        return BankDateFormat.allCases.first(where: best.contains) ?? .iso
    }
}
