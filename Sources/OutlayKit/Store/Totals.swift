import GRDB

/// Sums over transactions, usable inside any open read or write.
enum Totals {
    /// `{totalIncome, totalExpenses, balance}` for a filter; from the roll-ups
    /// when the filter allows, so it does not grow with the row count.
    static func summary(_ filter: TransactionFilter, currency: Currency, in db: Database) throws -> TransactionSummary {
        let sums = try minorUnits(filter, in: db)
        return TransactionSummary(totalIncome: Money(minorUnits: sums.income, currency: currency),
                                  totalExpenses: Money(minorUnits: sums.expenses, currency: currency), count: sums.count)
    }

    /// Expenses from `from` to `to` inclusive, in one category or (nil) all of them; with `among`, only those categories.
    static func spent(from: LocalDate, to: LocalDate, category: String?, among categories: Set<String>? = nil,
                      in db: Database) throws -> Int64 {
        guard from <= to else { return 0 }
        var filter = TransactionFilter(from: from, to: to, kind: .expense, category: category)
        filter.categories = categories
        return try minorUnits(filter, in: db).expenses
    }

    private static func minorUnits(_ filter: TransactionFilter, in db: Database) throws -> (income: Int64, expenses: Int64, count: Int) {
        let (sql, arguments) = filter.isAnsweredByRollups
            ? RollupQuery.totalsByKind(filter)
            : TransactionQuery(filter).totalsByKind()
        var sums: (income: Int64, expenses: Int64, count: Int) = (0, 0, 0)
        // Cached: budget evaluation runs these few shapes of statement many times per write.
        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
            if (try row.value(0) as String) == TransactionKind.income.rawValue { sums.income = try row.value(1) } else { sums.expenses = try row.value(1) }
            sums.count += (try row.value(2) as Int)
        }
        return sums
    }

    /// Whether anything was recorded in the days `from` through `to`.
    static func hasActivity(from: LocalDate, to: LocalDate, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM daily_totals WHERE date >= ? AND date <= ? LIMIT 1",
                          arguments: [from.description, to.description]) ?? false
    }

    /// The category spent on most in the days `from` through `to`, with its total in minor units.
    static func topCategory(from: LocalDate, to: LocalDate, in db: Database) throws -> (name: String, total: Int64)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT category, SUM(total) FROM daily_totals WHERE kind = 'expense' AND date BETWEEN ? AND ?
            GROUP BY category ORDER BY 2 DESC, 1 LIMIT 1
            """, arguments: [from.description, to.description]) else { return nil }
        return (try row.value(0), try row.value(1))
    }
}

/// `periodic_reports`: which weekly and monthly reports were made, and their notifications.
enum PeriodicReportRow {
    static func isMade(kind: String, start: LocalDate, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM periodic_reports WHERE kind = ? AND period_start = ?", arguments: [kind, start.description]) ?? false
    }

    static func record(kind: String, start: LocalDate, notificationID: String, in db: Database) throws {
        try db.execute(sql: "INSERT INTO periodic_reports(kind, period_start, notification_id) VALUES (?, ?, ?)",
                       arguments: [kind, start.description, notificationID])
    }

    /// The reports made for periods starting from `first` through `last`, with their notifications.
    static func made(startingFrom first: LocalDate, through last: LocalDate,
                     in db: Database) throws -> [(kind: String, start: LocalDate, notificationID: String)] {
        try Row.fetchAll(db, sql: """
            SELECT kind, period_start, notification_id FROM periodic_reports WHERE period_start >= ? AND period_start <= ?
            """, arguments: [first.description, last.description]).compactMap { row in
            guard let start = try? LocalDate(parsing: row[1]) else { return nil }
            return (try row.value(0), start, try row.value(2))
        }
    }

    /// The days changed since the summaries were last brought up to date (migration v15); nil when none.
    static func staleDays(in db: Database) throws -> ClosedRange<LocalDate>? {
        try RollupQuery.span(db, sql: "SELECT MIN(first), MAX(last) FROM stale_days")
    }

    static func forgetStaleDays(in db: Database) throws {
        try db.execute(sql: "DELETE FROM stale_days")
    }
}

extension Totals {
    /// Live transactions in the book, from the roll-ups.
    static func liveCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(count - extra_parts), 0) FROM daily_totals") ?? 0
    }
}
