import GRDB

/// How budgets are read from and written to the `budgets` table.
enum BudgetRow {
    static let columns = "id, category, amount, period, threshold, rollover, start_date, created_at, updated_at"

    static func decode(_ row: Row, currency: Currency) throws -> Budget {
        let category: String? = try row.value(1)
        let periodText: String = try row.value(3)
        let startText: String = try row.value(6)
        guard let period = BudgetPeriod(rawValue: periodText), let start = try? LocalDate(parsing: startText) else {
            throw OutlayError.storedValueInvalid("budget \(try row.value(0) as String) has a bad period or start date")
        }
        return Budget(id: try row.value(0), scope: category.map(BudgetScope.category) ?? .overall,
                      amount: Money(minorUnits: try row.value(2), currency: currency), period: period, threshold: try row.value(4),
                      rollover: try row.value(5), createdAt: Timestamp(milliseconds: try row.value(7)),
                      updatedAt: Timestamp(milliseconds: try row.value(8)), startDate: start)
    }

    static func fetchLive(_ db: Database, currency: Currency, covering categories: Set<String>? = nil) throws -> [Budget] {
        var sql = "SELECT \(columns) FROM budgets WHERE deleted_at IS NULL"
        var arguments = StatementArguments()
        if let categories {
            sql += " AND (category IS NULL OR category IN (\(categories.map { _ in "?" }.joined(separator: ", "))))"
            arguments = StatementArguments(Array(categories))
        }
        return try Row.fetchAll(db.cachedStatement(sql: sql + " ORDER BY category IS NOT NULL, category, seq"), arguments: arguments)
            .map { try decode($0, currency: currency) }
    }

    static func save(_ budget: Budget, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO budgets(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET category = excluded.category, amount = excluded.amount,
                period = excluded.period, threshold = excluded.threshold, rollover = excluded.rollover,
                start_date = excluded.start_date, updated_at = excluded.updated_at
            """, arguments: [budget.id, budget.scope.categoryName, budget.amount.minorUnits, budget.period.rawValue,
                             budget.threshold, budget.rollover, budget.startDate.description,
                             budget.createdAt.milliseconds, budget.updatedAt.milliseconds])
    }

    /// The ids of the live budgets of a category.
    static func liveIDs(category: String, in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM budgets WHERE category = ? AND deleted_at IS NULL", arguments: [category])
    }

    /// The live budgets of `from` follow their category to `into`.
    static func moveCategory(from: String, into: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE budgets SET category = ?, updated_at = ? WHERE category = ? AND deleted_at IS NULL",
                       arguments: [into, now.milliseconds, from])
    }

    /// One budget back in a category.
    static func setCategory(_ id: String, to category: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE budgets SET category = ?, updated_at = ? WHERE id = ?", arguments: [category, now.milliseconds, id])
    }

    static func markDeleted(_ id: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE budgets SET deleted_at = ?, updated_at = ? WHERE id = ?", arguments: [now.milliseconds, now.milliseconds, id])
    }
}

/// `budget_alert_states`: per budget, period and level, whether spending is past the level and how often it crossed it.
enum BudgetAlertStateRow {
    static func states(budgetID: String, periodStart: String, in db: Database) throws -> [String: (now: Bool, times: Int)] {
        var crossed: [String: (now: Bool, times: Int)] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT level, crossed, crossings FROM budget_alert_states WHERE budget_id = ? AND period_start = ?
            """), arguments: [budgetID, periodStart]) {
            crossed[try row.value(0)] = (try row.value(1), try row.value(2))
        }
        return crossed
    }

    /// Spending is past the level now, or not; a crossing counts when it is.
    static func mark(budgetID: String, periodStart: String, level: String, crossed: Bool, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO budget_alert_states(budget_id, period_start, level, crossed, crossings) VALUES (?1, ?2, ?3, ?4, ?4)
            ON CONFLICT DO UPDATE SET crossed = excluded.crossed, crossings = crossings + excluded.crossed
            """).execute(arguments: [budgetID, periodStart, level, crossed])
    }

    /// The budget's promise changed: its alerts may come again.
    static func reset(budgetID: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM budget_alert_states WHERE budget_id = ?", arguments: [budgetID])
    }
}
