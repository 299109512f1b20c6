import OutlayKit

/// What the dashboard shows: one month, or everything.
public enum ViewPeriod: Sendable, Hashable {
    case month(YearMonth)
    case allTime

    var title: String {
        switch self {
        case let .month(month): Self.monthName(month)
        case .allTime: "All time"
        }
    }

    var range: ClosedRange<LocalDate>? {
        guard case let .month(month) = self else { return nil }
        return month.range
    }

    /// The month analytics describe: this one, or for all time the month of `today`.
    func analysisMonth(today: LocalDate) -> YearMonth {
        if case let .month(month) = self { return month }
        return YearMonth(today)
    }

    static func monthName(_ month: YearMonth) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        return "\(names[month.month - 1]) \(month.year)"
    }
}
