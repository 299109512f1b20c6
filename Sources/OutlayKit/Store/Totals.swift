import GRDB

/// Sums over transactions, usable inside any open read or write.
enum Totals {
    /// `{totalIncome, totalExpenses, balance}` for a filter; from the roll-ups
    /// when the filter allows, so it does not grow with the row count.
    static func summary(_ filter: TransactionFilter, currency: Currency, in db: Database) throws -> TransactionSummary {
        let (sql, arguments) = filter.isAnsweredByRollups
            ? RollupQuery.totalsByKind(filter)
            : TransactionQuery(filter).totalsByKind()
        var summary = TransactionSummary(totalIncome: .zero(currency), totalExpenses: .zero(currency), count: 0)
        // Cached: budget evaluation runs these few shapes of statement many times per write.
        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
            let total = Money(minorUnits: row[1], currency: currency)
            if row[0] as String == TransactionKind.income.rawValue { summary.totalIncome = total } else { summary.totalExpenses = total }
            summary.count += row[2] as Int
        }
        return summary
    }

    /// Expenses from `from` to `to` inclusive, in one category or (nil) all of them.
    static func spent(from: LocalDate, to: LocalDate, category: String?, in db: Database) throws -> Int64 {
        guard from <= to else { return 0 }
        let filter = TransactionFilter(from: from, to: to, kind: .expense, category: category)
        return try summary(filter, currency: .usd, in: db).totalExpenses.minorUnits
    }
}
