import OutlayBasics
import Foundation

/// When a schedule comes round: every N days, weeks, months or years from a
/// start day, on a day of the month (clamped to the month's end) or a weekday
/// rule, until an end day or for a count.
///
/// Occurrence i (from 0) is the i-th date of the rhythm on or after `start`.
/// Dates are computed from the start each time (month n's date is never
/// derived from month n-1's), so a 31st clamped to 28 February is the 31st
/// again in March.
public struct Recurrence: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case day, week, month, year

        public init(parsing text: String) throws(OutlayError) {
            var word = text.lowercased()
            if word.hasSuffix("ly") { word = word == "daily" ? "day" : String(word.dropLast(2)) }
            if word.hasSuffix("s") { word.removeLast() }
            guard let unit = Unit(rawValue: word) else {
                throw .invalidSchedule("'\(text)' is not a rhythm; use day, week, month or year (or 2-weeks, 3-months …)")
            }
            self = unit
        }
    }

    public var every: Int
    public var unit: Unit
    /// The day of the month (months and years); a day past the month's end means its last day.
    /// Nil: the start's day, unless a weekday rule decides.
    public var dayOfMonth: Int?
    public var weekday: WeekdayRule?
    public var start: LocalDate
    /// The last day an occurrence may fall on.
    public var until: LocalDate?
    /// How many occurrences there are in all.
    public var count: Int?

    public init(every: Int = 1, unit: Unit, dayOfMonth: Int? = nil, weekday: WeekdayRule? = nil, start: LocalDate,
                until: LocalDate? = nil, count: Int? = nil) {
        self.every = every
        self.unit = unit
        self.dayOfMonth = dayOfMonth
        self.weekday = weekday
        self.start = start
        self.until = until
        self.count = count
    }

    /// "every month on the 31st", "every 2 weeks", "every month on the last friday, 3 times".
    public var words: String {
        var text = every == 1 ? "every \(unit.rawValue)" : "every \(every) \(unit.rawValue)s"
        if let weekday { text += " on the \(weekday)" } else if let dayOfMonth, unit == .month { text += " on the \(Self.ordinal(dayOfMonth))" }
        if let until { text += " until \(until)" }
        if let count { text += ", \(count) time\(count == 1 ? "" : "s")" }
        return text
    }

    private static func ordinal(_ day: Int) -> String {
        let suffix = (11...13).contains(day % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        return "\(day)\(suffix)"
    }

    /// `month`, `2 weeks`, `2-weeks`, `monthly`, `fortnightly`: how often, as people write it.
    public static func interval(parsing text: String) throws(OutlayError) -> (every: Int, unit: Unit) {
        let parts = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        if parts.count == 2, let count = Int(parts[0]) { return (count, try Unit(parsing: parts[1])) }
        if parts == ["fortnight"] || parts == ["fortnightly"] { return (2, .week) }
        return (1, try Unit(parsing: text.trimmingCharacters(in: .whitespaces)))
    }

    /// The rhythm makes sense: a positive interval, day and weekday rules only where a month decides, one ending.
    public func validated() throws(OutlayError) -> Recurrence {
        guard FieldLimits.scheduleInterval.contains(every) else {
            throw .invalidSchedule("every \(every): the interval is \(FieldLimits.scheduleInterval.lowerBound) to \(FieldLimits.scheduleInterval.upperBound)")
        }
        if let dayOfMonth, !FieldLimits.dayOfMonth.contains(dayOfMonth) { throw .invalidSchedule("--day \(dayOfMonth): a day of the month is 1 to 31") }
        if dayOfMonth != nil || weekday != nil, unit == .day || unit == .week {
            throw .invalidSchedule("a day of the month or a weekday rule goes with months or years, not \(unit.rawValue)s")
        }
        if dayOfMonth != nil, weekday != nil { throw .invalidSchedule("give a day of the month or a weekday rule, not both") }
        if until != nil, count != nil { throw .invalidSchedule("give an end date (--until) or a count (--count), not both") }
        if let count, !FieldLimits.occurrenceCount.contains(count) {
            throw .invalidSchedule("--count \(count): a schedule happens \(FieldLimits.occurrenceCount.lowerBound) to \(FieldLimits.occurrenceCount.upperBound) times")
        }
        if let until, until < start { throw .invalidSchedule("--until \(until) is before --from \(start)") }
        guard occurrence(0) != nil else {
            throw .invalidSchedule("from \(start), \(words) never comes round before the calendar ends (\(LocalDate.latest))")
        }
        return self
    }

    /// The occurrences falling in `window`, in order, with their indexes.
    ///
    /// Every loop here ends: candidates strictly increase with their index and
    /// stop at the calendar's last day, so a rhythm near 9999-12-31 runs out
    /// instead of repeating its last representable month.
    public func occurrences(in window: ClosedRange<LocalDate>) -> [(index: Int, date: LocalDate)] {
        var result: [(Int, LocalDate)] = []
        var index = firstIndex(onOrAfter: window.lowerBound)
        while let date = occurrence(index), date <= window.upperBound {
            if date >= window.lowerBound { result.append((index, date)) }
            index += 1
        }
        return result
    }

    /// The first occurrence on or after `day`, if the schedule has one.
    public func next(onOrAfter day: LocalDate) -> LocalDate? {
        var index = firstIndex(onOrAfter: day)
        while let date = occurrence(index) {
            if date >= day { return date }
            index += 1
        }
        return nil
    }

    /// How many occurrences fall on or before `day`.
    public func count(through day: LocalDate) -> Int {
        guard day >= start else { return 0 }
        var index = max(0, firstIndex(onOrAfter: day) - 1)
        while let date = occurrence(index), date <= day { index += 1 }
        return index
    }

    /// Occurrence `index`, or nil past the end (its count, its until, or the calendar's last day).
    public func occurrence(_ index: Int) -> LocalDate? {
        guard index >= 0 else { return nil }
        if let count, index >= count { return nil }
        // In months and years the start's own month may hold a date before the start; it does not count.
        let offset = (candidate(0).map { $0 < start } ?? false) ? 1 : 0
        guard let date = candidate(index + offset) else { return nil }
        if let until, date > until { return nil }
        return date
    }

    /// An index at or a little before the first occurrence on or after `day`, without walking from the start.
    private func firstIndex(onOrAfter day: LocalDate) -> Int {
        guard day > start else { return 0 }
        switch unit {
        case .day, .week:
            let step = every * (unit == .week ? 7 : 1)
            return (day.daysSinceEpoch - start.daysSinceEpoch) / step
        case .month, .year:
            let months = (day.year - start.year) * 12 + (day.month - start.month)
            return max(0, months / (every * (unit == .year ? 12 : 1)) - 1)
        }
    }

    /// The rhythm's k-th date counted from the start's period, before dropping any date before the start;
    /// nil when it would fall after the calendar's last day (or its arithmetic would overflow).
    private func candidate(_ k: Int) -> LocalDate? {
        let stepsPerUnit = switch unit {
        case .day: 1
        case .week: 7
        case .month: 1
        case .year: 12
        }
        let (steps, overflow) = k.multipliedReportingOverflow(by: every * stepsPerUnit)
        guard !overflow else { return nil }
        switch unit {
        case .day, .week:
            guard steps <= LocalDate.latest.daysSinceEpoch - start.daysSinceEpoch else { return nil }
            return start.adding(days: steps)
        case .month, .year:
            guard let month = YearMonth(start).adding(exactly: steps) else { return nil }
            if let weekday { return weekday.date(in: month) }
            let day = min(dayOfMonth ?? start.day, LocalDate.daysIn(month: month.month, year: month.year))
            return LocalDate(year: month.year, month: month.month, day: day) ?? month.last
        }
    }
}

/// A day of the month named by weekday: `last friday`, `first weekday`, `second monday`.
public struct WeekdayRule: Sendable, Hashable, CustomStringConvertible {
    public enum Ordinal: Int, Sendable, Hashable, CaseIterable {
        case first = 1, second, third, fourth, last = -1

        var word: String {
            switch self {
            case .first: "first"
            case .second: "second"
            case .third: "third"
            case .fourth: "fourth"
            case .last: "last"
            }
        }
    }

    public var ordinal: Ordinal
    /// 1 = Monday … 7 = Sunday; nil: any working day (Monday to Friday).
    public var isoWeekday: Int?

    public init(ordinal: Ordinal, isoWeekday: Int?) {
        self.ordinal = ordinal
        self.isoWeekday = isoWeekday
    }

    private static let dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `last friday`, `first weekday`, `2nd tue`.
    public init(parsing text: String) throws(OutlayError) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let ordinals: [String: Ordinal] = ["first": .first, "1st": .first, "second": .second, "2nd": .second, "third": .third, "3rd": .third,
                                           "fourth": .fourth, "4th": .fourth, "last": .last]
        guard words.count == 2, let ordinal = ordinals[words[0]] else {
            throw .invalidSchedule("'\(text)' is not a weekday rule; say e.g. 'last friday', 'first weekday', 'second monday'")
        }
        self.ordinal = ordinal
        if words[1] == "weekday" || words[1] == "workday" {
            isoWeekday = nil
        } else if words[1].count >= 3, let index = Self.dayNames.firstIndex(where: { $0.hasPrefix(words[1]) }) {
            isoWeekday = index + 1
        } else {
            throw .invalidSchedule("'\(words[1])' in '\(text)' is not a day of the week (or 'weekday')")
        }
    }

    public var description: String { "\(ordinal.word) \(isoWeekday.map { Self.dayNames[$0 - 1] } ?? "weekday")" }

    /// This rule's day in `month`.
    func date(in month: YearMonth) -> LocalDate {
        let matches: (LocalDate) -> Bool = { day in isoWeekday.map { day.isoWeekday == $0 } ?? !day.isWeekend }
        var days = (0..<LocalDate.daysIn(month: month.month, year: month.year)).map { month.first.adding(days: $0) }.filter(matches)
        if ordinal == .last { days.reverse() }
        let position = ordinal == .last ? 0 : ordinal.rawValue - 1
        return days[min(position, days.count - 1)]
    }
}
