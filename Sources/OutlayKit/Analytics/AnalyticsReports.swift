import Foundation

// The results of `AnalyticsService`. Each has `json`, in the gateway's field
// names (SPEC 3): the CLI prints it and the server returns it unchanged.
// Money is a decimal string, percentages are strings with one decimal.

public struct CategoryTotal: Sendable, Hashable {
    public var category: String
    public var total: Money
    public var count: Int
    /// Of the period's spending.
    public var percentage: Percent?

    var json: [String: Any] {
        ["category": category, "total": total.decimalString, "count": count, "percentage": percentage?.description ?? "0.0"]
    }
}

public struct MonthlySummary: Sendable, Hashable {
    public var period: YearMonth
    public var totalSpent: Money
    public var transactionCount: Int
    /// Largest first.
    public var categoryBreakdown: [CategoryTotal]
    public var averagePerTransaction: Money

    public var json: [String: Any] {
        ["period": period.description, "totalSpent": totalSpent.decimalString, "transactionCount": transactionCount,
         "categoryBreakdown": Dictionary(uniqueKeysWithValues: categoryBreakdown.map { ($0.category, $0.total.decimalString) }),
         "averagePerTransaction": averagePerTransaction.decimalString]
    }
}

public struct MonthTrend: Sendable, Hashable {
    public var month: YearMonth
    public var totalSpent: Money
    public var totalIncome: Money
    public var transactionCount: Int

    var json: [String: Any] {
        ["month": month.description, "totalSpent": totalSpent.decimalString, "totalIncome": totalIncome.decimalString,
         "transactionCount": transactionCount]
    }
}

public struct Trends: Sendable, Hashable {
    /// Oldest first; the last is the month asked for (the current one by default).
    public var months: [MonthTrend]

    public var json: [String: Any] { ["months": months.count, "trends": months.map(\.json)] }
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

    public var json: [String: Any] {
        ["period": period.rawValue, "startDate": start.description, "endDate": end.description,
         "totalSpent": totalSpent.decimalString, "categories": categories.map(\.json),
         "topCategory": topCategory?.json ?? NSNull()]
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

    public var json: [String: Any] {
        ["startDate": days.first?.date.description ?? "", "endDate": days.last?.date.description ?? "",
         "days": days.map { ["date": $0.date.description, "total": $0.total.decimalString, "count": $0.count] },
         "totalSpent": totalSpent.decimalString, "averageDaily": averageDaily.decimalString]
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

    public var json: [String: Any] {
        ["startDate": start.description, "endDate": end.description,
         "weekdays": weekdays.map { ["weekday": $0.name, "total": $0.total.decimalString, "count": $0.count,
                                     "days": $0.days, "averagePerDay": $0.averagePerDay.decimalString] }]
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

    public var json: [String: Any] {
        ["startDate": start.description, "endDate": end.description, "totalIncome": totalIncome.decimalString,
         "totalExpenses": totalExpenses.decimalString, "savings": savings.decimalString,
         "savingsRate": savingsRate?.description ?? NSNull()]
    }
}

/// One observation about spending: what kind, the sentence, and the numbers behind it.
public struct Insight: Sendable, Hashable {
    public var type: String
    public var message: String
    public var data: [String: String]

    public var json: [String: Any] { ["type": type, "message": message, "data": data] }
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

    public var json: [String: Any] {
        ["months": months.map(\.description),
         "categories": rows.map { ["kind": $0.kind.rawValue, "category": $0.category, "totals": $0.totals.map(\.decimalString)] }]
    }
}
