import GRDB

/// Keeps `transactions.base_amount` (migration v16): each transaction's
/// amount in the book's base currency at the rate of its day, NULL while no
/// rate reaches it. Whatever writes a row (a service, an import, a sync
/// merge, undo) leaves a new or changed row's base amount NULL (the
/// `transactions_base_stale` trigger, or simply not writing it), and every
/// write ends with `convertPending`, which finds those rows through a
/// partial index: a write that leaves none costs one index probe.
enum BaseAmounts {
    /// Converts every pending row a rate reaches; rows of accounts in the base currency are their amount.
    static func convertPending(in db: Database) throws {
        try convertPending(base: Currency(code: base(in: db)), in: db)
    }

    static func convertPending(base: Currency, in db: Database) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM transactions WHERE base_amount IS NULL)")) == true else {
            return
        }
        try db.cachedStatement(sql: """
            UPDATE transactions SET base_amount = amount
            WHERE base_amount IS NULL AND COALESCE((SELECT currency FROM accounts WHERE name = COALESCE(transactions.account, 'cash')), ?1) = ?1
            """).execute(arguments: [base.code])
        let pending = try Row.fetchAll(db, sql: """
            SELECT t.seq, t.amount, t.date, a.currency FROM transactions t JOIN accounts a ON a.name = COALESCE(t.account, 'cash')
            WHERE t.base_amount IS NULL
            """)
        guard !pending.isEmpty else { return }
        var book = RateBook(db)
        let update = try db.cachedStatement(sql: "UPDATE transactions SET base_amount = ? WHERE seq = ?")
        // A currency no rate reaches on any day is passed over at once: a book waiting for its first rate pays
        // one look per currency a write, not one per row.
        var reachable: [String: Bool] = [:]
        for row in pending {
            guard let currency = try? Currency(code: row[3]), let date = try? LocalDate(parsing: row[2]) else { continue }
            if reachable[currency.code] == nil {
                reachable[currency.code] = try book.factor(from: currency, to: base, on: Self.lastDay) != nil
            }
            guard reachable[currency.code] == true, let factor = try book.factor(from: currency, to: base, on: date) else { continue }
            let amount: Int64 = row[1]
            try update.execute(arguments: [CurrencyConversion.convert(amount, from: currency, to: base, by: factor), row[0] as Int64])
        }
    }

    /// Later than any rate: "on or before" it is any rate at all.
    private static let lastDay = LocalDate(year: 9999, month: 12, day: 31)!

    /// Marks every row in a currency other than the base from `date` on for conversion again: a rate changed
    /// there, and through a third currency a rate can reach any currency.
    static func markStale(from date: LocalDate, base: Currency, in db: Database) throws {
        try db.execute(sql: """
            UPDATE transactions SET base_amount = NULL
            WHERE date >= ? AND base_amount IS NOT NULL
                AND COALESCE(account, 'cash') IN (SELECT name FROM accounts WHERE currency <> ?)
            """, arguments: [date.description, base.code])
    }

    /// Throws `noRate` for the first live row no rate reaches: a total in the base currency leaves nothing out and never
    /// counts it 1:1. Reads call this; writes (budget alerts, summaries) count what is converted and never fail for it.
    static func requireConverted(in db: Database) throws {
        guard let (currency, date) = try firstUnconverted(in: db) else { return }
        let base = try base(in: db)
        throw OutlayError.noRate(currency: currency, base: base, date: date)
    }

    /// The base amount of each live row in another currency than the base, by id (a journal's costs).
    static func ofForeignRows(in db: Database) throws -> [String: Int64] {
        var amounts: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, base_amount FROM transactions WHERE deleted_at IS NULL AND base_amount IS NOT NULL
                AND COALESCE(account, 'cash') IN (SELECT name FROM accounts WHERE currency <> ?)
            """, arguments: [try base(in: db)]) {
            amounts[row[0]] = row[1]
        }
        return amounts
    }

    /// How a split's base amount divides among its parts, as the roll-ups count them (migration v16): each part after the
    /// first in proportion, truncated, and the first what is left, so the parts sum to the whole.
    static func parts(_ amounts: [Int64], total: Int64, base: Int64) -> [Int64] {
        guard total != 0, amounts.count > 1 else { return [base] }
        let rest = amounts.dropFirst().map { $0 * base / total }
        return [base - rest.reduce(0, +)] + rest
    }

    /// The book's base currency's code, as `AppDatabase` reads it (USD in a book that never stored one).
    static func base(in db: Database) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = 'currency'")) ?? Currency.usd.code
    }

    /// The first row no rate reaches, live: its currency and day; nil when every total can be converted.
    static func firstUnconverted(in db: Database) throws -> (currency: String, date: String)? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT COALESCE((SELECT currency FROM accounts WHERE name = COALESCE(t.account, 'cash')), '?'), t.date
            FROM transactions t WHERE t.base_amount IS NULL AND t.deleted_at IS NULL ORDER BY t.date LIMIT 1
            """)).map { (try $0.value(0), try $0.value(1)) }
    }
}

extension Transaction {
    /// This transaction with its amount (and parts, divided as the roll-ups divide them) in the base currency; itself when
    /// it is in the base already or no rate reaches it yet.
    public var inBaseCurrency: Transaction {
        guard let base = baseAmount, base.currency != amount.currency else { return self }
        var copy = self
        let parts = BaseAmounts.parts(splits.map(\.amount.minorUnits), total: amount.minorUnits, base: base.minorUnits)
        copy.splits = zip(splits, parts).map { SplitPart(category: $0.category, amount: Money(minorUnits: $1, currency: base.currency), note: $0.note) }
        copy.amount = base
        return copy
    }
}
