/// Budget periods as calendar-day ranges. Pure date arithmetic: a period
/// never depends on time zones or daylight saving, only on the local day.
public struct PeriodCalendar: Sendable, Hashable {
    /// ISO weekday a week starts on: 1 = Monday … 7 = Sunday.
    public var weekStart: Int

    public init(weekStart: Int = 1) { self.weekStart = weekStart }

    /// The first and last day of the period containing `date`.
    public func range(of period: BudgetPeriod, containing date: LocalDate) -> ClosedRange<LocalDate> {
        switch period {
        case .daily:
            return date...date
        case .weekly:
            let start = date.adding(days: -((date.isoWeekday - weekStart + 7) % 7))
            return start...start.adding(days: 6)
        case .monthly:
            return date.firstOfMonth...date.firstOfNextMonth.adding(days: -1)
        case .yearly:
            let start = date.adding(days: 1 - date.dayOfYear)
            return start...start.adding(days: LocalDate.isLeap(date.year) ? 365 : 364)
        }
    }

    /// A number per period that grows by one from each period to the next.
    public func index(of period: BudgetPeriod, containing date: LocalDate) -> Int {
        switch period {
        case .daily: date.daysSinceEpoch
        case .weekly: floorDivide(range(of: .weekly, containing: date).lowerBound.daysSinceEpoch, 7)
        case .monthly: date.year * 12 + date.month - 1
        case .yearly: date.year
        }
    }

    private func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
}

extension LocalDate {
    /// 1 for January 1st.
    public var dayOfYear: Int {
        (1..<month).reduce(day) { $0 + LocalDate.daysIn(month: $1, year: year) }
    }
}
