/// How long a budget's allowance lasts before it starts again.
public enum BudgetPeriod: String, Sendable, Hashable, CaseIterable {
    case daily, weekly, monthly, yearly

    public init(parsing text: String) throws(OutlayError) {
        guard let period = BudgetPeriod(rawValue: text.lowercased()) else { throw .invalidPeriod(text) }
        self = period
    }

    /// "in December 2026", "in the week of 30 November 2026": how messages
    /// name one period, so an alert read later still says which.
    public func name(of range: ClosedRange<LocalDate>) -> String {
        let start = range.lowerBound
        switch self {
        case .daily: return "on \(start.spelledOut)"
        case .weekly: return "in the week of \(start.day) \(LocalDate.monthNames[start.month - 1]) \(start.year)"
        case .monthly: return "in \(YearMonth(start).spelledOut)"
        case .yearly: return "in \(start.year)"
        }
    }
}

/// What a budget covers: one expense category, or all spending.
public enum BudgetScope: Sendable, Hashable, CustomStringConvertible {
    case overall
    case category(String)

    public var description: String {
        switch self {
        case .overall: "overall"
        case let .category(name): name
        }
    }

    public var categoryName: String? {
        if case let .category(name) = self { return name }
        return nil
    }
}

public struct Budget: Sendable, Hashable {
    public var id: String
    public var scope: BudgetScope
    public var amount: Money
    public var period: BudgetPeriod
    /// Percent of the limit at which a `budget_alert` is raised (1–100).
    public var threshold: Int
    /// Unspent allowance (or overspending, negatively) carries into the next period.
    public var rollover: Bool
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    /// The first day the budget counts from, for rollover.
    public var startDate: LocalDate
}

/// Where spending stands against a budget.
public enum BudgetLevel: String, Sendable, Hashable {
    /// Below the threshold.
    case under
    /// At or past the threshold, below 100 %.
    case warning
    /// At or past 100 % of the limit.
    case exceeded
}

/// A budget's current period, computed from the roll-ups.
public struct BudgetStatus: Sendable, Hashable {
    public var budget: Budget
    public var periodStart: LocalDate
    public var periodEnd: LocalDate
    /// What rolled over from earlier periods (0 without rollover; negative after overspending).
    public var carry: Money
    /// The amount plus the carry.
    public var limit: Money
    public var spent: Money
    public var level: BudgetLevel
    /// Days of the period still to come, today included.
    public var daysLeft: Int
    /// Spending at the period's end if it goes on at the pace so far (fixed
    /// bills counted once); nil while too little of the period has passed (`BudgetMath.canProject`).
    public var projected: Money?

    public var remaining: Money { Money(minorUnits: limit.minorUnits - spent.minorUnits, currency: limit.currency) }

    /// Spent as a percentage of the limit, in tenths (815 = 81.5 %); nil when the limit is not positive.
    public var permille: Int64? {
        guard limit.minorUnits > 0 else { return nil }
        let (product, overflow) = spent.minorUnits.multipliedReportingOverflow(by: 1_000)
        return overflow ? Int64.max : product / limit.minorUnits
    }

    /// "81.5", for people and JSON.
    public var percentText: String? {
        permille.map { "\($0 / 10).\($0 % 10)" }
    }
}
