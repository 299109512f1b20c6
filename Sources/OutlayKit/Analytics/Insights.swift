import GRDB

/// Insights: observations about a month's spending, each with its numbers.
/// The rules and their thresholds are listed in README ("Insights").
extension AnalyticsService {
    /// Weekend spending per day must exceed weekday spending per day by this ratio (in tenths) to be reported.
    static let weekendRatioTenths: Int64 = 13
    /// A category's change against the same days of last month is reported from this size (permille)…
    static let categoryChangePermille: Int64 = 250
    /// …when last month's amount was at least this many minor units.
    static let categoryChangeFloor: Int64 = 1_000
    /// An expense this many times its category's usual amount (12 months before) is unusually large.
    static let largeMultiple: Int64 = 3
    /// A daily average needs this many days of the month behind it…
    static let minimumDaysForAverages = 3
    /// …and a comparison with the same days of last month a week: one day against one day is chance.
    static let minimumDaysForComparisons = 7

    public func insights(_ month: YearMonth) throws -> [Insight] {
        let today = clock.today()
        guard month.first <= today else { return [] }
        let range = month.first...min(month.last, today)
        let elapsedDays = range.upperBound.daysSinceEpoch - range.lowerBound.daysSinceEpoch + 1
        var insights: [Insight] = []

        let categories = try database.read { db in try categoryTotals(range, in: db) }
        let spent = categories.reduce(0) { $0 + $1.total.minorUnits }
        guard spent > 0 else { return [] }
        if let top = categories.first, let share = top.percentage {
            insights.append(Insight(type: "top_category",
                                    message: "\(top.category) was \(share)% of your spending (\(top.total) of \(money(spent)))",
                                    data: ["category": top.category, "total": top.total.decimalString,
                                           "spent": money(spent).decimalString, "percentage": share.description]))
        }
        if elapsedDays >= Self.minimumDaysForAverages { insights.append(averageInsight(range, month: month, categories: categories)) }
        if let weekend = try weekendInsight(range) { insights.append(weekend) }
        if elapsedDays >= Self.minimumDaysForComparisons { insights += try categoryChanges(range, current: categories) }
        insights += try largeExpenses(range, month: month)
        if range.contains(today) { insights += try budgetProjections() }
        return insights
    }

    /// The day's average of everything but fixed bills, saying which days it covers and what it left out.
    private func averageInsight(_ range: ClosedRange<LocalDate>, month: YearMonth, categories: [CategoryTotal]) -> Insight {
        let days = range.upperBound.daysSinceEpoch - range.lowerBound.daysSinceEpoch + 1
        let bills = categories.filter { Category.fixedBills.contains($0.category) }
        let billTotal = bills.reduce(0) { $0 + $1.total.minorUnits }
        let variable = categories.reduce(0) { $0 + $1.total.minorUnits } - billTotal
        let average = money(Rounding.average(variable, over: days))
        let covered = range.upperBound == month.last ? "in \(month.spelledOut)" : "over the first \(days) days of \(month.spelledOut)"
        var message = "You spent \(average) a day \(covered)"
        if billTotal > 0 {
            message += ", leaving out \(Self.listed(bills.map(\.category).sorted())) (\(money(billTotal)))"
        }
        return Insight(type: "average_daily", message: message,
                       data: ["averageDaily": average.decimalString, "days": "\(days)", "from": range.lowerBound.description,
                              "to": range.upperBound.description, "leftOut": money(billTotal).decimalString])
    }

    /// "rent", "rent and utilities", "rent, utilities and subscriptions".
    static func listed(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }

    /// Weekend against weekday spending per day, fixed bills left out, once there are two of each.
    private func weekendInsight(_ range: ClosedRange<LocalDate>) throws -> Insight? {
        let days = try dailyTotals(range, withoutFixedBills: true)
        let weekend = days.filter(\.date.isWeekend), weekday = days.filter { !$0.date.isWeekend }
        guard weekend.count >= 2, weekday.count >= 2 else { return nil }
        let weekendAverage = Rounding.average(weekend.reduce(0) { $0 + $1.total.minorUnits }, over: weekend.count)
        let weekdayAverage = Rounding.average(weekday.reduce(0) { $0 + $1.total.minorUnits }, over: weekday.count)
        guard weekdayAverage > 0, weekendAverage * 10 > weekdayAverage * Self.weekendRatioTenths else { return nil }
        let ratio = Rounding.scaled(weekendAverage, by: 10, over: weekdayAverage) ?? 0
        return Insight(type: "weekend_spending",
                       message: "You spend \(ratio / 10).\(ratio % 10)× as much a day at weekends (\(money(weekendAverage))) as on weekdays (\(money(weekdayAverage))), bills left out",
                       data: ["weekendAverage": money(weekendAverage).decimalString,
                              "weekdayAverage": money(weekdayAverage).decimalString, "ratio": "\(ratio / 10).\(ratio % 10)"])
    }

    /// This month so far against the same days of last month, per category.
    private func categoryChanges(_ range: ClosedRange<LocalDate>, current: [CategoryTotal]) throws -> [Insight] {
        let previousMonth = YearMonth(range.lowerBound).adding(months: -1)
        let days = range.upperBound.daysSinceEpoch - range.lowerBound.daysSinceEpoch
        let previousRange = previousMonth.first...min(previousMonth.last, previousMonth.first.adding(days: days))
        let previous = try database.read { db in try categoryTotals(previousRange, in: db) }
        var changes: [(insight: Insight, permille: Int64)] = []
        for before in previous where before.total.minorUnits >= Self.categoryChangeFloor {
            let now = current.first { $0.category == before.category }?.total.minorUnits ?? 0
            guard let change = Percent(now - before.total.minorUnits, of: before.total.minorUnits),
                  abs(change.permille) >= Self.categoryChangePermille else { continue }
            let direction = change.permille > 0 ? "up" : "down"
            let size = Percent(abs(now - before.total.minorUnits), of: before.total.minorUnits) ?? change
            changes.append((Insight(
                type: "category_change",
                message: "\(before.category) is \(direction) \(size)% on the same days last month (\(before.total) → \(money(now)))",
                data: ["category": before.category, "previous": before.total.decimalString,
                       "current": money(now).decimalString, "change": change.description]), abs(change.permille)))
        }
        return changes.sorted { $0.permille > $1.permille }.map(\.insight)
    }

    /// Expenses at least `largeMultiple` times their category's average over the 12 months before.
    private func largeExpenses(_ range: ClosedRange<LocalDate>, month: YearMonth) throws -> [Insight] {
        let rows = try database.read { db in
            try TransactionRow.unusuallyLarge(range, comparedWith: month.adding(months: -12)...month.adding(months: -1), multiple: Self.largeMultiple, in: db)
        }
        return rows.map { row in
            let amount = row.amount, usual = row.average
            let times = Rounding.scaled(amount, by: 10, over: usual) ?? 0  // tenths of a multiple
            let description = row.description, date = row.date, category = row.category
            return Insight(type: "large_transaction",
                           message: "Unusually large: '\(description)' \(money(amount)) on \(date), \(times / 10).\(times % 10)× your usual \(category) expense (\(money(usual)))",
                           data: ["description": description, "amount": money(amount).decimalString, "date": date,
                                  "category": category, "usual": money(usual).decimalString])
        }
    }

    /// Budgets that, at the pace so far, will end their period over the limit.
    private func budgetProjections() throws -> [Insight] {
        try BudgetService(database: database).statuses().compactMap { status in
            guard status.level != .exceeded, let projected = status.projected, projected > status.limit else { return nil }
            let over = money(projected.minorUnits - status.limit.minorUnits)
            let name = status.budget.scope == .overall ? "overall spending" : "'\(status.budget.scope)'"
            return Insight(type: "budget_projection",
                           message: "At this pace \(name) will reach \(projected) by \(status.periodEnd), \(over) over its \(status.limit) budget",
                           data: ["budgetId": status.budget.id, "scope": status.budget.scope.description,
                                  "projected": projected.decimalString, "limit": status.limit.decimalString,
                                  "periodEnd": status.periodEnd.description])
        }
    }
}
