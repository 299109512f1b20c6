/// A calendar month, as `--month YYYY-MM` names it.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(_ date: LocalDate) {
        year = date.year
        month = date.month
    }

    public init(parsing text: String) throws(OutlayError) {
        guard text.count == 7, let first = try? LocalDate(parsing: text + "-01") else { throw .invalidMonth(text) }
        self.init(first)
    }

    public var first: LocalDate { LocalDate(year: year, month: month, day: 1) ?? LocalDate(daysSinceEpoch: 0) }
    public var last: LocalDate { first.firstOfNextMonth.adding(days: -1) }
    public var range: ClosedRange<LocalDate> { first...last }

    /// The month `offset` months later (earlier when negative), held at the calendar's ends (0001-01, 9999-12).
    public func adding(months offset: Int) -> YearMonth {
        adding(exactly: offset) ?? (offset < 0 ? YearMonth(LocalDate.earliest) : YearMonth(LocalDate.latest))
    }

    /// The month `offset` months later, or nil when it is outside the calendar (years 1 to 9999).
    public func adding(exactly offset: Int) -> YearMonth? {
        let (index, overflow) = (year * 12 + month - 1).addingReportingOverflow(offset)
        guard !overflow, index >= 12, let first = LocalDate(year: index / 12, month: index % 12 + 1, day: 1) else { return nil }
        return YearMonth(first)
    }

    public var description: String { String(first.description.prefix(7)) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
