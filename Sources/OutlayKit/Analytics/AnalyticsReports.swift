import OutlayBasics

// The results of `AnalyticsService`: typed values. Each renders as `json`,
// in the gateway's field names (SPEC 3), with money as decimal text (the
// command line) or JSON numbers (the original gateway's routes).
// Percentages are strings with one decimal.

public struct CategoryTotal: Sendable, Hashable {
    public var category: String
    public var total: Money
    public var count: Int
    /// Of the period's spending.
    public var percentage: Percent?

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["category": .string(category), "total": total.json(money), "count": .integer(count),
         "percentage": .string(percentage?.description ?? "0.0")]
    }
}

public struct MonthlySummary: Sendable, Hashable {
    public var period: YearMonth
    public var totalSpent: Money
    public var transactionCount: Int
    /// Largest first.
    public var categoryBreakdown: [CategoryTotal]
    public var averagePerTransaction: Money

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["period": .string(period.description), "totalSpent": totalSpent.json(money), "transactionCount": .integer(transactionCount),
         "categoryBreakdown": .object(JSONObject(categoryBreakdown.map { (key: $0.category, value: $0.total.json(money)) })),
         "averagePerTransaction": averagePerTransaction.json(money)]
    }
}

public struct MonthTrend: Sendable, Hashable {
    public var month: YearMonth
    public var totalSpent: Money
    public var totalIncome: Money
    public var transactionCount: Int

    func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["month": .string(month.description), "totalSpent": totalSpent.json(money), "totalIncome": totalIncome.json(money),
         "transactionCount": .integer(transactionCount)]
    }
}

public struct Trends: Sendable, Hashable {
    /// Oldest first; the last is the month asked for (the current one by default).
    public var months: [MonthTrend]

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["months": .integer(months.count), "trends": .array(months.map { $0.json(money) })]
    }
}

public enum AnalysisPeriod: String, Sendable, Hashable, CaseIterable {
    case week, month, year

    var budgetPeriod: BudgetPeriod {
        switch self {
        case .week: .weekly
        case .month: .monthly
        case .year: .yearly
        }
    }
}

public struct CategoryAnalysis: Sendable, Hashable {
    public var period: AnalysisPeriod
    public var start: LocalDate
    public var end: LocalDate
    public var totalSpent: Money
    /// Largest first.
    public var categories: [CategoryTotal]

    public var topCategory: CategoryTotal? { categories.first }

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["period": .string(period.rawValue), "startDate": .string(start.description), "endDate": .string(end.description),
         "totalSpent": totalSpent.json(money), "categories": .array(categories.map { $0.json(money) }),
         "topCategory": topCategory?.json(money) ?? .null]
    }
}

public struct DayTotal: Sendable, Hashable {
    public var date: LocalDate
    public var total: Money
    public var count: Int
}

public struct DailyPattern: Sendable, Hashable {
    /// Every day of the range, oldest first, days without spending included.
    public var days: [DayTotal]
    public var totalSpent: Money
    /// Spending divided by every day of the range, not only the days with spending.
    public var averageDaily: Money

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["startDate": .string(days.first?.date.description ?? ""), "endDate": .string(days.last?.date.description ?? ""),
         "days": .array(days.map { ["date": .string($0.date.description), "total": $0.total.json(money), "count": .integer($0.count)] }),
         "totalSpent": totalSpent.json(money), "averageDaily": averageDaily.json(money)]
    }
}

public struct WeekdayTotal: Sendable, Hashable {
    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int
    public var total: Money
    public var count: Int
    /// How many of this weekday the range holds.
    public var days: Int
    public var averagePerDay: Money

    public var name: String { ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1] }
}

public struct WeekdayPattern: Sendable, Hashable {
    public var start: LocalDate
    public var end: LocalDate
    /// Monday first.
    public var weekdays: [WeekdayTotal]

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["startDate": .string(start.description), "endDate": .string(end.description),
         "weekdays": .array(weekdays.map { ["weekday": .string($0.name), "total": $0.total.json(money), "count": .integer($0.count),
                                            "days": .integer($0.days), "averagePerDay": $0.averagePerDay.json(money)] })]
    }
}

public struct TopExpenses: Sendable, Hashable {
    public var start: LocalDate
    public var end: LocalDate
    public var expenses: [Transaction]
}

public struct IncomeVsExpenses: Sendable, Hashable {
    public var start: LocalDate
    public var end: LocalDate
    public var totalIncome: Money
    public var totalExpenses: Money
    public var savings: Money { Money(minorUnits: totalIncome.minorUnits - totalExpenses.minorUnits, currency: totalIncome.currency) }
    /// Savings as a share of income; nil without income.
    public var savingsRate: Percent? { Percent(savings.minorUnits, of: totalIncome.minorUnits) }

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["startDate": .string(start.description), "endDate": .string(end.description), "totalIncome": totalIncome.json(money),
         "totalExpenses": totalExpenses.json(money), "savings": savings.json(money),
         "savingsRate": savingsRate.map { .string($0.description) } ?? .null]
    }
}

/// One observation about spending: what kind, the sentence, and the numbers behind it.
public struct Insight: Sendable, Hashable {
    public var type: String
    public var message: String
    public var data: [String: String]

    public var json: JSONValue {
        ["type": .string(type), "message": .string(message),
         "data": .object(JSONObject(data.sorted { $0.key < $1.key }.map { (key: $0.key, value: .string($0.value)) }))]
    }
}

/// Spending (and income) per category per month: the whole history at a glance.
public struct CategoryMatrix: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var kind: TransactionKind
        public var category: String
        /// One per month of `months`.
        public var totals: [Money]
    }

    public var months: [YearMonth]
    public var rows: [Row]

    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        ["months": .array(months.map { .string($0.description) }),
         "categories": .array(rows.map { ["kind": .string($0.kind.rawValue), "category": .string($0.category),
                                          "totals": .array($0.totals.map { $0.json(money) })] })]
    }
}
