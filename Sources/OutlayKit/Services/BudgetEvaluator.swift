import GRDB

/// Raises budget alerts inside the write that changed spending.
///
/// Each (budget, period, level) keeps a crossed flag: an alert fires only
/// when spending goes from under a level to at or past it. Going back under
/// (an edit, a delete, an undo) re-arms it, so a later crossing alerts again.
/// Jumping past both levels at once raises only `budget_exceeded`.
enum BudgetEvaluator {
    /// Evaluates the current period of every live budget covering one of
    /// `categories` (nil: every budget). Returns the ids of new notifications.
    @discardableResult
    static func evaluate(categories: Set<String>?, database: AppDatabase, clock: ServiceClock,
                         in db: Database) throws -> [String] {
        let budgets = try BudgetRow.fetchLive(db, currency: database.currency, covering: categories)
        guard !budgets.isEmpty else { return [] }
        let today = clock.today()
        var raised: [String] = []
        for budget in budgets {
            let status = try BudgetMath.status(budget, today: today, calendar: database.settings.calendar, in: db)
            let periodStart = status.periodStart.description
            var crossedLevels = Set<String>()
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT level FROM budget_alert_states WHERE budget_id = ? AND period_start = ? AND crossed
                """), arguments: [budget.id, periodStart]) {
                crossedLevels.insert(row[0])
            }
            func mark(_ level: BudgetLevel, _ value: Bool) throws {
                try db.cachedStatement(sql: """
                    INSERT INTO budget_alert_states(budget_id, period_start, level, crossed) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET crossed = excluded.crossed
                    """).execute(arguments: [budget.id, periodStart, level.rawValue, value])
            }
            let atWarning = status.level != .under
            let atExceeded = status.level == .exceeded
            let wasWarning = crossedLevels.contains(BudgetLevel.warning.rawValue)
            let wasExceeded = crossedLevels.contains(BudgetLevel.exceeded.rawValue)
            if atExceeded && !wasExceeded {
                raised.append(try notify(status, type: .budgetExceeded, database: database, clock: clock, in: db))
            } else if atWarning && !wasWarning {
                raised.append(try notify(status, type: .budgetAlert, database: database, clock: clock, in: db))
            }
            if atWarning != wasWarning { try mark(.warning, atWarning) }
            if atExceeded != wasExceeded { try mark(.exceeded, atExceeded) }
        }
        return raised
    }

    private static func notify(_ status: BudgetStatus, type: NotificationType, database: AppDatabase,
                               clock: ServiceClock, in db: Database) throws -> String {
        let budget = status.budget
        let name = budget.scope == .overall ? "Overall" : "'\(budget.scope)'"
        let when = budget.period.currentName
        let message: String
        if type == .budgetExceeded {
            let over = Money(minorUnits: status.spent.minorUnits - status.limit.minorUnits, currency: status.spent.currency)
            message = "\(name) budget exceeded \(when): \(status.spent) spent of \(status.limit) (\(over) over)"
        } else {
            message = "\(name) budget at \(status.percentText ?? "100")% \(when): \(status.spent) spent of \(status.limit), \(status.remaining) left"
        }
        let metadata: [String: Any] = [
            "budgetId": budget.id, "scope": budget.scope.description, "period": budget.period.rawValue,
            "periodStart": status.periodStart.description, "periodEnd": status.periodEnd.description,
            "spent": status.spent.decimalString, "limit": status.limit.decimalString,
            "percent": status.percentText ?? "", "threshold": budget.threshold, "level": status.level.rawValue,
        ]
        return try NotificationRow.insert(type: type, message: message, priority: type == .budgetExceeded ? .high : .medium,
                                          metadata: metadata, channels: database.settings.channels, at: clock.now(), in: db)
    }
}
