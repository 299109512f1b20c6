import GRDB

/// Where a budget stands in the period containing `today`, from the roll-ups.
enum BudgetMath {
    /// A carry beyond a thousand times the largest amount means nothing more
    /// to anyone, and keeps limit, remaining and projections inside Int64.
    static let largestCarry = Money.largestMinorUnits * 1_000

    static func status(_ budget: Budget, today: LocalDate, calendar: PeriodCalendar, in db: Database) throws -> BudgetStatus {
        let currency = budget.amount.currency
        let period = calendar.range(of: budget.period, containing: today)
        let category = budget.scope.categoryName
        let spent = try Totals.spent(from: period.lowerBound, to: period.upperBound, category: category, in: db)

        // Rollover: each earlier period since the budget began passed on what it left
        // (or what it overspent), so the carry is all earlier allowances minus all earlier spending.
        var carry: Int64 = 0
        if budget.rollover {
            let first = calendar.range(of: budget.period, containing: budget.startDate).lowerBound
            let earlierPeriods = calendar.index(of: budget.period, containing: today)
                - calendar.index(of: budget.period, containing: first)
            if earlierPeriods > 0 {
                let spentBefore = try Totals.spent(from: first, to: period.lowerBound.adding(days: -1), category: category, in: db)
                // Thousands of daily periods of a large budget could pass Int64: the carry is capped far above any ledger's total.
                let (allowances, overflow) = Int64(earlierPeriods).multipliedReportingOverflow(by: budget.amount.minorUnits)
                carry = min(overflow ? largestCarry : allowances, largestCarry) - spentBefore
            }
        }
        let (sum, overflow) = budget.amount.minorUnits.addingReportingOverflow(carry)
        let limit = overflow ? Int64.max : sum

        let totalDays = period.upperBound.daysSinceEpoch - period.lowerBound.daysSinceEpoch + 1
        let elapsedDays = today.daysSinceEpoch - period.lowerBound.daysSinceEpoch + 1
        var projected: Int64?
        if canProject(elapsed: elapsedDays, of: totalDays) {
            // Fixed bills are paid once: only the rest of the spending goes on at its pace.
            let fixed = try category.map { Category.fixedBills.contains($0) ? spent : 0 }
                ?? Totals.spent(from: period.lowerBound, to: period.upperBound, category: nil, among: Category.fixedBills, in: db)
            let (sum, overflow) = fixed.addingReportingOverflow(projection(spent - fixed, elapsed: elapsedDays, of: totalDays))
            projected = overflow ? Int64.max : sum
        }
        return BudgetStatus(
            budget: budget, periodStart: period.lowerBound, periodEnd: period.upperBound,
            carry: Money(minorUnits: carry, currency: currency), limit: Money(minorUnits: limit, currency: currency),
            spent: Money(minorUnits: spent, currency: currency),
            level: level(spent: spent, limit: limit, threshold: budget.threshold),
            daysLeft: totalDays - elapsedDays + 1,
            projected: projected.map { Money(minorUnits: $0, currency: currency) })
    }

    /// A pace says something once a quarter of the period, and at least three
    /// days, have passed: from the 8th of a month, the 3rd day of a week, April
    /// of a year; never for a daily budget.
    static func canProject(elapsed: Int, of total: Int) -> Bool {
        elapsed >= 3 && elapsed * 4 >= total
    }

    /// Spending at the period's end at the pace so far: spent × total ÷ elapsed, in 128 bits.
    static func projection(_ spent: Int64, elapsed: Int, of total: Int) -> Int64 {
        guard elapsed > 0, total > 0, spent >= 0 else { return spent }
        let product = UInt64(spent).multipliedFullWidth(by: UInt64(total))
        guard product.high < UInt64(elapsed) else { return .max }
        return Int64(clamping: UInt64(elapsed).dividingFullWidth(product).quotient)
    }

    /// Exceeded at 100 % of the limit; warning at the threshold. A limit that
    /// overspending has used up (zero or less) is exceeded by any spending.
    static func level(spent: Int64, limit: Int64, threshold: Int) -> BudgetLevel {
        guard limit > 0 else { return spent > 0 || limit < 0 ? .exceeded : .under }
        if spent >= limit { return .exceeded }
        // spent / limit >= threshold / 100, compared exactly as 128-bit products.
        let lhs = spent.multipliedFullWidth(by: 100)
        let rhs = limit.multipliedFullWidth(by: Int64(threshold))
        return (lhs.high, lhs.low) >= (rhs.high, rhs.low) ? .warning : .under
    }
}
