import OutlayKit

/// What the dashboard shows: a week, a month, a year, or everything.
/// `v` cycles week → month → year; `[` and `]` step by the shown span.
public enum ViewPeriod: Sendable, Hashable {
    /// The week starting on this day (the book's first weekday).
    case week(LocalDate)
    case month(YearMonth)
    case year(Int)
    case allTime

    var title: String {
        switch self {
        case let .week(start):
            let end = start.adding(days: 6)
            let first = start.month == end.month ? "\(start.day)" : "\(start.day) \(Formatting.shortMonth(YearMonth(start)))"
            return "\(first)–\(end.day) \(Formatting.shortMonth(YearMonth(end))) \(end.year)"
        case let .month(month): return month.spelledOut
        case let .year(year): return "\(year)"
        case .allTime: return "All time"
        }
    }

    /// "week", "month", "year": what `[` and `]` move by.
    var unit: String {
        switch self {
        case .week: "week"
        case .month: "month"
        case .year: "year"
        case .allTime: "all time"
        }
    }

    var range: ClosedRange<LocalDate>? {
        switch self {
        case let .week(start): start...start.adding(days: 6)
        case let .month(month): month.range
        case let .year(year): (LocalDate(year: year, month: 1, day: 1) ?? .init(daysSinceEpoch: 0))...(LocalDate(year: year, month: 12, day: 31) ?? .init(daysSinceEpoch: 0))
        case .allTime: nil
        }
    }

    /// The span of the same kind that contains `day`.
    func containing(_ day: LocalDate, calendar: PeriodCalendar) -> ViewPeriod {
        switch self {
        case .week: .week(calendar.range(of: .weekly, containing: day).lowerBound)
        case .month, .allTime: .month(YearMonth(day))
        case .year: .year(day.year)
        }
    }

    /// One span earlier or later.
    func stepped(by step: Int) -> ViewPeriod {
        switch self {
        case let .week(start): .week(start.adding(days: 7 * step))
        case let .month(month): .month(month.adding(months: step))
        case let .year(year): .year(year + step)
        case .allTime: .allTime
        }
    }

    /// `v`: week → month → year → week, around the same day.
    func nextSpan(around day: LocalDate, calendar: PeriodCalendar) -> ViewPeriod {
        switch self {
        case .week: ViewPeriod.month(YearMonth(day))
        case .month: ViewPeriod.year(day.year)
        case .year, .allTime: ViewPeriod.week(LocalDate(daysSinceEpoch: 0)).containing(day, calendar: calendar)
        }
    }

    /// The day the panes read the period at: today when it is inside, else its end (or start, for a future one).
    func referenceDay(today: LocalDate) -> LocalDate {
        guard let range else { return today }
        if range.contains(today) { return today }
        return range.upperBound < today ? range.upperBound : range.lowerBound
    }

    /// The month analytics describe: the one of the reference day.
    func analysisMonth(today: LocalDate) -> YearMonth { YearMonth(referenceDay(today: today)) }

    /// The analytics span that matches (week, month, year; all time reads the month of today).
    var analysisPeriod: AnalysisPeriod {
        switch self {
        case .week: .week
        case .month, .allTime: .month
        case .year: .year
        }
    }

    static func monthName(_ month: YearMonth) -> String { month.spelledOut }
}
