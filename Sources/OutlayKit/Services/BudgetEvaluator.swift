import GRDB
import OutlayBasics

/// Raises budget alerts inside the write that changed spending.
///
/// Each (budget, period, level) keeps a crossed flag: an alert fires only
/// when spending goes from under a level to at or past it, and only once per
/// limit and threshold (see `notify`). Jumping past both levels at once
/// raises only `budget_exceeded`.
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
            // Per level: whether spending is past it now, and how often it has crossed it this period.
            let crossed = try BudgetAlertStateRow.states(budgetID: budget.id, periodStart: periodStart, in: db)
            func mark(_ level: BudgetLevel, _ value: Bool) throws {
                try BudgetAlertStateRow.mark(budgetID: budget.id, periodStart: periodStart, level: level.rawValue, crossed: value, in: db)
            }
            let atWarning = status.level != .under
            let atExceeded = status.level == .exceeded
            let warning = crossed[BudgetLevel.warning.rawValue] ?? (false, 0)
            let exceeded = crossed[BudgetLevel.exceeded.rawValue] ?? (false, 0)
            let alert: NotificationType? = atExceeded && !exceeded.now ? .budgetExceeded : atWarning && !warning.now ? .budgetAlert : nil
            if let alert, let id = try notify(status, type: alert, database: database, clock: clock, in: db) {
                raised.append(id)
            }
            if atWarning != warning.now { try mark(.warning, atWarning) }
            if atExceeded != exceeded.now { try mark(.exceeded, atExceeded) }
        }
        return raised
    }

    /// The alert for this budget's level in this period, unless it was raised already.
    private static func notify(_ status: BudgetStatus, type: NotificationType, database: AppDatabase,
                               clock: ServiceClock, in db: Database) throws -> String? {
        let budget = status.budget
        let name = budget.scope == .overall ? "Overall" : "'\(budget.scope)'"
        let when = budget.period.name(of: status.periodStart...status.periodEnd)
        let message: String
        if type == .budgetExceeded {
            let over = Money(minorUnits: status.spent.minorUnits - status.limit.minorUnits, currency: status.spent.currency)
            message = "\(name) budget exceeded \(when): \(status.spent) spent of \(status.limit) (\(over) over)"
        } else {
            message = "\(name) budget at \(status.percentText ?? "100")% \(when): \(status.spent) spent of \(status.limit), \(status.remaining) left"
        }
        let metadata: JSONObject = [
            "budgetId": .string(budget.id), "scope": .string(budget.scope.description), "period": .string(budget.period.rawValue),
            "periodStart": .string(status.periodStart.description), "periodEnd": .string(status.periodEnd.description),
            "spent": status.spent.json(), "limit": status.limit.json(),
            "percent": .string(status.percentText ?? ""), "threshold": .integer(budget.threshold), "level": .string(status.level.rawValue),
        ]
        // One alert per level, budget, period and limit, whichever device sees it: going back under and
        // over again (a delete undone, the same budget set again) finds it raised already and says nothing;
        // a new limit or threshold is a new promise, and crossing it alerts again.
        let id = RecordID.derived(from: "\(type.rawValue)/\(budget.id)/\(status.periodStart)/\(status.limit.minorUnits)/\(budget.threshold)",
                                  on: status.periodStart)
        return try NotificationRow.insert(id: id, type: type, message: message, priority: type == .budgetExceeded ? .high : .medium,
                                          metadata: metadata, channels: database.settings.channels, at: clock.now(), in: db)
    }
}
