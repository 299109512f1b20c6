import Foundation

/// A local calendar day, independent of time zones: what a receipt says.
///
/// Stored and printed as `YYYY-MM-DD`, which also sorts correctly as text.
/// Day arithmetic uses the proleptic Gregorian day count, so the demo
/// generator and period maths need no `Calendar` in hot loops.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Strict `YYYY-MM-DD`; rejects days that do not exist (2023-02-29).
    public init(parsing text: String) throws(OutlayError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .invalidDate(text)
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let date = LocalDate(year: year, month: month, day: day) else { throw .invalidDate(text) }
        self = date
    }

    /// The calendar's first and last days: every date Outlay stores or prints lies between them.
    public static let earliest = LocalDate(daysSinceEpoch: -719_162)
    public static let latest = LocalDate(daysSinceEpoch: 2_932_896)

    /// Today in the process's time zone, unless `OUTLAY_TODAY=YYYY-MM-DD` pins it:
    /// tests (and demos) run the binary on a chosen day, never on the calendar's.
    public static func today(in timeZone: TimeZone = .current) -> LocalDate {
        pinnedToday ?? today(in: timeZone, now: Date())
    }

    /// `OUTLAY_TODAY` when it is a valid day.
    private static let pinnedToday: LocalDate? = ProcessInfo.processInfo.environment["OUTLAY_TODAY"].flatMap { try? LocalDate(parsing: $0) }

    /// The day `now` falls on in the given time zone.
    public static func today(in timeZone: TimeZone, now: Date) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(daysSinceEpoch: 0)
    }

    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            write(into: buffer)
            return 10
        }
    }

    /// `YYYY-MM-DD` into the first ten bytes of `buffer`.
    func write(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        buffer.putDigits(year, count: 4, at: 0)
        buffer[4] = UInt8(ascii: "-")
        buffer.putDigits(month, count: 2, at: 5)
        buffer[7] = UInt8(ascii: "-")
        buffer.putDigits(day, count: 2, at: 8)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

// MARK: - Day arithmetic

extension LocalDate {
    /// Days since 1970-01-01 (negative before it); Howard Hinnant's civil algorithm.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let days = daysSinceEpoch
        // 1970-01-01 was a Thursday (4).
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }
}

// MARK: - Months

extension LocalDate {
    /// `YYYY-MM`, the key of `monthly_totals`.
    var monthKey: String { String(description.prefix(7)) }

    var firstOfMonth: LocalDate { adding(days: 1 - day) }

    var firstOfNextMonth: LocalDate { firstOfMonth.adding(days: LocalDate.daysIn(month: month, year: year)) }

    var firstOfPreviousMonth: LocalDate { firstOfMonth.adding(days: -1).firstOfMonth }

    var isLastDayOfMonth: Bool { day == LocalDate.daysIn(month: month, year: year) }
}

extension UnsafeMutableBufferPointer<UInt8> {
    /// `value` in decimal, zero-padded to `count` digits, at `offset`.
    func putDigits(_ value: Int, count: Int, at offset: Int) {
        var rest = value
        for position in stride(from: offset + count - 1, through: offset, by: -1) {
            self[position] = UInt8(48 + rest % 10)
            rest /= 10
        }
    }
}
