import GRDB

/// How rates are read from and written to the `rates` table (migration v16).
enum RateRow {
    /// Stores `rate`, replacing the one of its pair and day; returns whether anything changed.
    @discardableResult
    static func upsert(_ rate: ExchangeRate, at now: Timestamp, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT INTO rates(currency, quote, date, rate, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET rate = excluded.rate, updated_at = excluded.updated_at WHERE rate IS NOT excluded.rate
            """).execute(arguments: [rate.currency.code, rate.quote.code, rate.date.description, rate.rate.text, now.milliseconds])
        return db.changesCount > 0
    }

    /// The latest rate of the pair on or before `date`.
    static func latest(_ currency: Currency, in quote: Currency, onOrBefore date: LocalDate, in db: Database) throws -> RateValue? {
        guard let text = try String.fetchOne(db.cachedStatement(sql: """
            SELECT rate FROM rates WHERE currency = ? AND quote = ? AND date <= ? ORDER BY date DESC LIMIT 1
            """), arguments: [currency.code, quote.code, date.description]) else { return nil }
        return try? RateValue(parsing: text)
    }

    /// The currencies priced in `quote`, and those `currency` is priced in.
    static func pricedIn(_ quote: Currency, in db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT currency FROM rates WHERE quote = ?"), arguments: [quote.code])
    }

    static func quotes(of currency: Currency, in db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT quote FROM rates WHERE currency = ?"), arguments: [currency.code])
    }

    /// Every stored rate, by pair then day; `latestOnly` keeps each pair's newest.
    static func all(latestOnly: Bool, in db: Database) throws -> [ExchangeRate] {
        let sql = latestOnly
            ? "SELECT currency, quote, MAX(date), rate FROM rates GROUP BY currency, quote ORDER BY currency, quote"
            : "SELECT currency, quote, date, rate FROM rates ORDER BY currency, quote, date"
        return try Row.fetchAll(db, sql: sql).compactMap { row in
            guard let currency = try? Currency(code: row[0]), let quote = try? Currency(code: row[1]),
                  let date = try? LocalDate(parsing: row[2]), let rate = try? RateValue(parsing: row[3]) else { return nil }
            return ExchangeRate(currency: currency, quote: quote, date: date, rate: rate)
        }
    }
}

/// Finds how to convert one currency into another on a day from the stored
/// rates: the pair as stored, its inverse, or through a third currency both
/// are priced against (the ECB's file prices every currency in euros).
/// Conversion takes the latest rate on or before the day. Remembers what it
/// found, so a batch of rows asks the database once per currency and day.
struct RateBook {
    let db: Database
    private var found: [String: CurrencyConversion.Factor?] = [:]
    private var bridges: [String: [String]] = [:]

    init(_ db: Database) { self.db = db }

    /// Units of `to` per unit of `from` on `date`; nil when no rate reaches it.
    mutating func factor(from: Currency, to: Currency, on date: LocalDate) throws -> CurrencyConversion.Factor? {
        if from == to { return .one }
        let key = "\(from.code)\(to.code)\(date)"
        if let known = found[key] { return known }
        let factor = try search(from: from, to: to, on: date)
        found[key] = factor
        return factor
    }

    private mutating func search(from: Currency, to: Currency, on date: LocalDate) throws -> CurrencyConversion.Factor? {
        if let direct = try oneStep(from: from, to: to, on: date) { return direct }
        for bridgeCode in try bridgeCurrencies(from, to) {
            guard let bridge = try? Currency(code: bridgeCode), bridge != from, bridge != to,
                  let first = try oneStep(from: from, to: bridge, on: date),
                  let second = try oneStep(from: bridge, to: to, on: date) else { continue }
            return first.then(second)
        }
        return nil
    }

    /// A stored pair, either way round.
    private func oneStep(from: Currency, to: Currency, on date: LocalDate) throws -> CurrencyConversion.Factor? {
        if let rate = try RateRow.latest(from, in: to, onOrBefore: date, in: db) { return CurrencyConversion.Factor(rate) }
        if let rate = try RateRow.latest(to, in: from, onOrBefore: date, in: db) { return CurrencyConversion.Factor(rate).inverse }
        return nil
    }

    /// Currencies that share a stored pair with both `a` and `b`, sorted so the choice never depends on the table's order.
    private mutating func bridgeCurrencies(_ a: Currency, _ b: Currency) throws -> [String] {
        func neighbours(_ currency: Currency) throws -> Set<String> {
            if let known = bridges[currency.code] { return Set(known) }
            let all = try RateRow.pricedIn(currency, in: db) + RateRow.quotes(of: currency, in: db)
            bridges[currency.code] = all
            return Set(all)
        }
        return try neighbours(a).intersection(neighbours(b)).sorted()
    }
}
