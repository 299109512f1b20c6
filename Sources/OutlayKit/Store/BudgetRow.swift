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
}
