import GRDB

/// Totals by kind from the roll-up tables, for filters of dates, kind and
/// category: whole calendar months come from `monthly_totals`, the days of
/// a partial month at either end of the range from `daily_totals`. Twenty
/// years of data is then a few thousand rows, whatever the transaction count.
enum RollupQuery {
    static func totalsByKind(_ filter: TransactionFilter) -> (sql: String, arguments: StatementArguments) {
        totals(filter, groupedBy: "kind")
    }

    /// Sum and count per value of `column` (`kind`, `category`, or `kind, category`). A split transaction
    /// counts once in each of its parts' categories, and once in all (see migration v14's `extra_parts`).
    static func totals(_ filter: TransactionFilter, groupedBy column: String) -> (sql: String, arguments: StatementArguments) {
        let perCategory = column.contains("category") || filter.category != nil || filter.categories != nil
        let count = perCategory ? "count" : "count - extra_parts"
        var parts: [String] = []
        var arguments = StatementArguments()
        var scope = ""
        var scopeArguments = StatementArguments()
        if let kind = filter.kind { scope += " AND kind = ?"; scopeArguments += [kind.rawValue] }
        if let category = filter.category { scope += " AND category = ?"; scopeArguments += [category] }
        if let categories = filter.categories?.sorted() {
            scope += " AND category IN (\(categories.map { _ in "?" }.joined(separator: ", ")))"
            scopeArguments += StatementArguments(categories)
        }

        func daily(from: LocalDate?, to: LocalDate?) {
            parts.append("SELECT \(column), total, \(count) AS count FROM daily_totals WHERE date >= ? AND date <= ?" + scope)
            arguments += [from?.description ?? "0000-00-00", to?.description ?? "9999-99-99"]
            arguments += scopeArguments
        }

        let firstWholeMonth = filter.from.map { $0.day == 1 ? $0 : $0.firstOfNextMonth }
        let lastWholeMonth = filter.to.map { $0.isLastDayOfMonth ? $0.firstOfMonth : $0.firstOfMonth.firstOfPreviousMonth }
        if let first = firstWholeMonth, let last = lastWholeMonth, first > last {
            daily(from: filter.from, to: filter.to)  // no whole month inside the range
        } else {
            parts.append("SELECT \(column), total, \(count) AS count FROM monthly_totals WHERE month >= ? AND month <= ?" + scope)
            arguments += [firstWholeMonth.map(\.monthKey) ?? "0000-00", lastWholeMonth.map(\.monthKey) ?? "9999-99"]
            arguments += scopeArguments
            if let from = filter.from, let first = firstWholeMonth, from != first {
                daily(from: from, to: first.adding(days: -1))
            }
            if let to = filter.to, let last = lastWholeMonth, !to.isLastDayOfMonth {
                daily(from: last.firstOfNextMonth, to: to)
            }
        }
        let sql = "SELECT \(column), SUM(total), SUM(count) FROM (\(parts.joined(separator: " UNION ALL "))) GROUP BY \(column)"
        return (sql, arguments)
    }

    /// Per month and kind of `first` through `last`: the total and the count.
    static func monthlyByKind(from first: YearMonth, through last: YearMonth,
                              in db: Database) throws -> [(month: String, kind: String, total: Int64, count: Int)] {
        try BaseAmounts.requireConverted(in: db)
        return try Row.fetchAll(db, sql: """
            SELECT month, kind, SUM(total), SUM(count - extra_parts) FROM monthly_totals
            WHERE month >= ? AND month <= ? GROUP BY month, kind
            """, arguments: [first.description, last.description]).map { (try $0.value(0), try $0.value(1), try $0.value(2), try $0.value(3)) }
    }

    /// Per kind, category and month of `first` through `last`, income first, then by category.
    static func monthlyByCategory(from first: YearMonth, through last: YearMonth,
                                  in db: Database) throws -> [(kind: String, category: String, month: String, total: Int64)] {
        try BaseAmounts.requireConverted(in: db)
        return try Row.fetchAll(db, sql: """
            SELECT kind, category, month, total FROM monthly_totals WHERE month >= ? AND month <= ?
            ORDER BY kind DESC, category
            """, arguments: [first.description, last.description]).map { (try $0.value(0), try $0.value(1), try $0.value(2), try $0.value(3)) }
    }

    /// Per category of `filter`: the total and the count.
    static func byCategory(_ filter: TransactionFilter, in db: Database) throws -> [(category: String, total: Int64, count: Int)] {
        try BaseAmounts.requireConverted(in: db)
        let (sql, arguments) = totals(filter, groupedBy: "category")
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { (try $0.value(0), try $0.value(1), try $0.value(2)) }
    }

    /// Spending per day (`YYYY-MM-DD`) of the range, leaving out `excluded` categories: the total and the count.
    static func dailySpending(_ range: ClosedRange<LocalDate>, excluding excluded: [String],
                              in db: Database) throws -> [String: (total: Int64, count: Int)] {
        try BaseAmounts.requireConverted(in: db)
        let leftOut = excluded.isEmpty ? "" : " AND category NOT IN (\(excluded.map { _ in "?" }.joined(separator: ", ")))"
        var byDate: [String: (total: Int64, count: Int)] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT date, SUM(total), SUM(count - extra_parts) FROM daily_totals
            WHERE kind = 'expense' AND date >= ? AND date <= ?\(leftOut) GROUP BY date
            """), arguments: [range.lowerBound.description, range.upperBound.description] + StatementArguments(excluded)) {
            byDate[try row.value(0)] = (try row.value(1), try row.value(2))
        }
        return byDate
    }

    /// The first and last day with a live transaction; nil when there is none.
    static func recordedDays(in db: Database) throws -> ClosedRange<LocalDate>? {
        try span(db, sql: "SELECT MIN(date), MAX(date) FROM daily_totals WHERE count > 0")
    }

    /// The days from the first to the second column of the row `sql` reads; nil when either is missing.
    static func span(_ db: Database, sql: String) throws -> ClosedRange<LocalDate>? {
        guard let row = try Row.fetchOne(db, sql: sql),
              let first = (row[0] as String?).flatMap({ try? LocalDate(parsing: $0) }),
              let last = (row[1] as String?).flatMap({ try? LocalDate(parsing: $0) }), first <= last else { return nil }
        return first...last
    }
}
