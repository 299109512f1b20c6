import OutlayBasics
import GRDB

/// Creates, changes, removes and reports on budgets.
///
/// Setting or changing a budget evaluates it at once, so a limit lowered
/// below what is already spent alerts straight away.
public struct BudgetService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Sets the budget for a scope and period: updates the existing one, or creates it.
    @discardableResult
    public func set(scope: BudgetScope, amount: Money, period: BudgetPeriod = .monthly, threshold: Int = 80,
                    rollover: Bool = false, creatingCategory: Bool = false) throws -> Budget {
        try Self.check(amount)
        guard FieldLimits.alertThreshold.contains(threshold) else { throw OutlayError.invalidThreshold(threshold) }
        let now = clock.now()
        return try database.write { db in
            var scope = scope
            if case let .category(name) = scope {
                scope = .category(try CategoryService.name(name, kind: .expense, creating: creatingCategory, at: now, in: db))
            }
            let existing = try BudgetRow.fetchLive(db, currency: database.currency)
                .first { $0.scope == scope && $0.period == period }
            let budget = Budget(
                id: existing?.id ?? RecordID.make(at: now), scope: scope,
                amount: Money(minorUnits: amount.minorUnits, currency: database.currency), period: period,
                threshold: threshold, rollover: rollover, createdAt: existing?.createdAt ?? now, updatedAt: now,
                startDate: existing?.startDate ?? clock.today())
            try BudgetRow.save(budget, in: db)
            try UndoEntry.budgetSaved(id: budget.id, before: existing.map(BudgetSnapshot.init)).push(db, at: now)
            if let existing { try Self.rearmIfPromiseChanged(from: existing, to: budget, in: db) }
            try BudgetEvaluator.evaluate(categories: scope.categoryName.map { [$0] }, database: database, clock: clock, in: db)
            return budget
        }
    }

    /// Changes a budget by id: nil leaves a field as it is. Its scope stays; a
    /// period that the scope already has in another budget is refused.
    @discardableResult
    public func update(id: String, amount: Money? = nil, period: BudgetPeriod? = nil, threshold: Int? = nil,
                       rollover: Bool? = nil) throws -> Budget {
        if let amount { try Self.check(amount) }
        if let threshold, !FieldLimits.alertThreshold.contains(threshold) { throw OutlayError.invalidThreshold(threshold) }
        let now = clock.now()
        return try database.write { db in
            let budgetID = try resolve(id, in: db)
            let live = try BudgetRow.fetchLive(db, currency: database.currency)
            guard var budget = live.first(where: { $0.id == budgetID }) else { throw OutlayError.unknownBudget(id) }
            let before = BudgetSnapshot(budget)
            if let period, live.contains(where: { $0.id != budgetID && $0.scope == budget.scope && $0.period == period }) {
                throw OutlayError.budgetExists(scope: budget.scope.description, period: period.rawValue)
            }
            if let amount { budget.amount = Money(minorUnits: amount.minorUnits, currency: database.currency) }
            if let period { budget.period = period }
            if let threshold { budget.threshold = threshold }
            if let rollover { budget.rollover = rollover }
            budget.updatedAt = now
            try BudgetRow.save(budget, in: db)
            try UndoEntry.budgetSaved(id: budget.id, before: before).push(db, at: now)
            try Self.rearmIfPromiseChanged(from: live.first { $0.id == budgetID } ?? budget, to: budget, in: db)
            try BudgetEvaluator.evaluate(categories: budget.scope.categoryName.map { [$0] }, database: database, clock: clock, in: db)
            return budget
        }
    }

    /// Removes a budget (softly: its history stays for sync).
    public func delete(id: String) throws {
        let now = clock.now()
        try database.write { db in
            let budgetID = try resolve(id, in: db)
            try BudgetRow.markDeleted(budgetID, at: now, in: db)
            try UndoEntry.budgetDeleted(id: budgetID).push(db, at: now)
        }
    }

    public func list() throws -> [Budget] {
        try database.read { db in try BudgetRow.fetchLive(db, currency: database.currency) }
    }

    /// Every live budget's period containing `day` (today when nil): spent, remaining, level, days left, projection.
    /// A past day's period is seen as at its end; a future one's as at its start.
    public func statuses(on day: LocalDate? = nil) throws -> [BudgetStatus] {
        let today = day ?? clock.today()
        return try database.read { db in
            try BaseAmounts.requireConverted(in: db)
            return try BudgetRow.fetchLive(db, currency: database.currency).map {
                try BudgetMath.status($0, today: today, calendar: database.settings.calendar, in: db)
            }
        }
    }

    /// A new amount, period or threshold is a new promise: spending already past it alerts
    /// again (the same budget set again, changing nothing, stays quiet).
    private static func rearmIfPromiseChanged(from old: Budget, to new: Budget, in db: Database) throws {
        guard old.amount != new.amount || old.threshold != new.threshold || old.period != new.period else { return }
        try BudgetAlertStateRow.reset(budgetID: new.id, in: db)
    }

    /// A budget's amount: positive, and no larger than any amount may be.
    static func check(_ amount: Money) throws(OutlayError) {
        guard amount.isPositive else { throw .invalidAmount(amount.decimalString, reason: "a budget must be greater than zero") }
        _ = try FieldRules.amount(amount)
    }

    /// A full id, or a unique tail of one, as `budget list` shows.
    private func resolve(_ idOrTail: String, in db: Database) throws -> String {
        let ids = try IDLookup.matches(idOrTail, in: .budgets, liveOnly: true, limit: 2, db: db)
        guard ids.count == 1 else { throw OutlayError.unknownBudget(idOrTail) }
        return ids[0]
    }
}
