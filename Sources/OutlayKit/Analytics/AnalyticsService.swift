import GRDB

/// The analytics of SPEC 2, expenses only unless the name says income.
///
/// Everything but the list of top expenses and the search for unusually
/// large ones reads the daily and monthly roll-ups, so the answer does not
/// grow with the number of transactions. Month ranges cover every day,
/// the last one included.
public struct AnalyticsService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    var currency: Currency { database.currency }

    func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: currency) }

    // MARK: - Reports

    public func monthlySummary(_ month: YearMonth) throws -> MonthlySummary {
        let (categories, count) = try database.read { db in
            try BaseAmounts.requireConverted(in: db)
            // A split counts once in each of its categories, and once among the month's transactions.
            return (try categoryTotals(month.range, in: db),
                    try Totals.summary(TransactionFilter(from: month.first, to: month.last, kind: .expense), currency: currency, in: db).count)
        }
        let total = categories.reduce(0) { $0 + $1.total.minorUnits }
        return MonthlySummary(period: month, totalSpent: money(total), transactionCount: count,
                              categoryBreakdown: categories, averagePerTransaction: money(Rounding.average(total, over: count)))
    }

    /// The longest spans a report covers: a century of months, ten years of days.
    public static let months = 1...1_200
    public static let days = 1...3_660
    public static let topLimit = 1...1_000

    /// The `count` months ending with `last`, oldest first.
    public func trends(months count: Int = 12, endingWith last: YearMonth) throws -> Trends {
        guard Self.months.contains(count) else { throw OutlayError.outOfRange("months", count, Self.months) }
        let first = last.adding(months: 1 - count)
        let rows = try database.read { db in try RollupQuery.monthlyByKind(from: first, through: last, in: db) }
        var months = (0..<max(1, count)).map { MonthTrend(month: first.adding(months: $0), totalSpent: money(0),
                                                         totalIncome: money(0), transactionCount: 0) }
        for row in rows {
            guard let month = try? YearMonth(parsing: row.month), let index = months.firstIndex(where: { $0.month == month }) else { continue }
            if row.kind == TransactionKind.income.rawValue {
                months[index].totalIncome = money(row.total)
            } else {
                months[index].totalSpent = money(row.total)
                months[index].transactionCount = row.count
            }
        }
        return Trends(months: months)
    }

    /// Spending per category over the week, month or year containing `date`.
    public func categoryAnalysis(_ period: AnalysisPeriod, containing date: LocalDate) throws -> CategoryAnalysis {
        let range = database.settings.calendar.range(of: period.budgetPeriod, containing: date)
        let categories = try database.read { db in try categoryTotals(range, in: db) }
        return CategoryAnalysis(period: period, start: range.lowerBound, end: range.upperBound,
                                totalSpent: money(categories.reduce(0) { $0 + $1.total.minorUnits }), categories: categories)
    }

    /// Each of the `days` days ending with `end`.
    public func dailyPattern(days: Int = 30, endingWith end: LocalDate) throws -> DailyPattern {
        guard Self.days.contains(days) else { throw OutlayError.outOfRange("days", days, Self.days) }
        let start = end.adding(days: 1 - days)
        let totals = try dailyTotals(start...end)
        let total = totals.reduce(0) { $0 + $1.total.minorUnits }
        return DailyPattern(days: totals, totalSpent: money(total), averageDaily: money(Rounding.average(total, over: totals.count)))
    }

    /// Spending per weekday over the range, fixed bills left out: rent paid on a Sunday says nothing about Sundays.
    public func weekdayPattern(_ range: ClosedRange<LocalDate>) throws -> WeekdayPattern {
        var weekdays = (1...7).map { WeekdayTotal(weekday: $0, total: money(0), count: 0, days: 0, averagePerDay: money(0)) }
        for day in try dailyTotals(range, withoutFixedBills: true) {
            let index = day.date.isoWeekday - 1
            weekdays[index].total = money(weekdays[index].total.minorUnits + day.total.minorUnits)
            weekdays[index].count += day.count
            weekdays[index].days += 1
        }
        for index in weekdays.indices where weekdays[index].days > 0 {
            weekdays[index].averagePerDay = money(Rounding.average(weekdays[index].total.minorUnits, over: weekdays[index].days))
        }
        return WeekdayPattern(start: range.lowerBound, end: range.upperBound, weekdays: weekdays)
    }

    /// The `limit` largest expenses in the range, largest first.
    public func topExpenses(_ range: ClosedRange<LocalDate>, limit: Int = 10) throws -> TopExpenses {
        guard Self.topLimit.contains(limit) else { throw OutlayError.outOfRange("limit", limit, Self.topLimit) }
        let expenses = try database.read { db in
            try TransactionRow.largestExpenses(range, limit: limit, currency: currency, in: db)
        }
        return TopExpenses(start: range.lowerBound, end: range.upperBound, expenses: expenses)
    }

    public func incomeVsExpenses(_ range: ClosedRange<LocalDate>) throws -> IncomeVsExpenses {
        let summary = try database.read { db in
            try BaseAmounts.requireConverted(in: db)
            return try Totals.summary(TransactionFilter(from: range.lowerBound, to: range.upperBound), currency: currency, in: db)
        }
        return IncomeVsExpenses(start: range.lowerBound, end: range.upperBound,
                                totalIncome: summary.totalIncome, totalExpenses: summary.totalExpenses)
    }

    /// Spending per category over everything recorded: from the first day with a transaction to the last
    /// (today when there is none yet).
    public func categoryAnalysisOfAllTime() throws -> CategoryAnalysis {
        try database.read { db in
            let today = database.clock.today()
            let span = try RollupQuery.recordedDays(in: db) ?? today...today
            let categories = try categoryTotals(span, in: db)
            return CategoryAnalysis(period: .month, start: span.lowerBound, end: span.upperBound,
                                    totalSpent: money(categories.reduce(0) { $0 + $1.total.minorUnits }), categories: categories)
        }
    }

    /// The first and last day anything was recorded on; nil in an empty book.
    public func recordedDays() throws -> ClosedRange<LocalDate>? {
        try database.read { db in try RollupQuery.recordedDays(in: db) }
    }

    /// Every category's monthly totals from `first` to `last`.
    public func matrix(from first: YearMonth, to last: YearMonth) throws -> CategoryMatrix {
        let span = (last.year - first.year) * 12 + last.month - first.month + 1
        guard span <= Self.months.upperBound else { throw OutlayError.outOfRange("months", span, Self.months) }
        let months = stride(from: 0, through: max(0, span - 1), by: 1)
            .map { first.adding(months: $0) }
        let rows = try database.read { db in try RollupQuery.monthlyByCategory(from: first, through: last, in: db) }
        var matrix: [CategoryMatrix.Row] = []
        for row in rows {
            guard let kind = TransactionKind(rawValue: row.kind), let month = try? YearMonth(parsing: row.month) else { continue }
            let category = row.category
            if matrix.last?.kind != kind || matrix.last?.category != category {
                matrix.append(CategoryMatrix.Row(kind: kind, category: category, totals: months.map { _ in money(0) }))
            }
            let index = (month.year - first.year) * 12 + month.month - first.month
            matrix[matrix.count - 1].totals[index] = money(row.total)
        }
        return CategoryMatrix(months: months, rows: matrix)
    }

    // MARK: - From the roll-ups

    /// Expenses per category over a range, largest first, with shares.
    func categoryTotals(_ range: ClosedRange<LocalDate>, in db: Database) throws -> [CategoryTotal] {
        let rows = try RollupQuery.byCategory(TransactionFilter(from: range.lowerBound, to: range.upperBound, kind: .expense), in: db)
        let total = rows.reduce(0) { $0 + $1.total }
        return rows.map { row in
            CategoryTotal(category: row.category, total: money(row.total), count: row.count, percentage: Percent(row.total, of: total))
        }.sorted { ($0.total.minorUnits, $1.category) > ($1.total.minorUnits, $0.category) }
    }

    /// Spending per day of the range, days without any included; `withoutFixedBills` leaves out `Category.fixedBills`.
    func dailyTotals(_ range: ClosedRange<LocalDate>, withoutFixedBills: Bool = false) throws -> [DayTotal] {
        let bills = withoutFixedBills ? Category.fixedBills.sorted() : []
        let byDate = try database.read { db in try RollupQuery.dailySpending(range, excluding: bills, in: db) }
        let days = range.upperBound.daysSinceEpoch - range.lowerBound.daysSinceEpoch + 1
        return (0..<max(0, days)).map { offset in
            let date = range.lowerBound.adding(days: offset)
            let (total, count) = byDate[date.description] ?? (0, 0)
            return DayTotal(date: date, total: money(total), count: count)
        }
    }
}
