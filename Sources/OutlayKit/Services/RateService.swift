import GRDB

/// Exchange rates by day, for totals in the book's base currency. Each
/// change marks the converted amounts it moves (`BaseAmounts.markStale`) and
/// the write converts them again before it commits.
public struct RateService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// One unit of `currency` is `rate` units of `quote` (nil: the base currency) on `date` (nil: today).
    @discardableResult
    public func set(_ currency: Currency, rate: RateValue, on date: LocalDate? = nil, in quote: Currency? = nil) throws -> ExchangeRate {
        let quote = quote ?? database.currency
        guard quote != currency else { throw OutlayError.invalidCurrency("\(currency.code) priced in itself") }
        let entry = ExchangeRate(currency: currency, quote: quote, date: date ?? clock.today(), rate: rate)
        let now = clock.now()
        try database.write { db in
            if try RateRow.upsert(entry, at: now, in: db) {
                try BaseAmounts.markStale(from: entry.date, base: database.currency, in: db)
            }
        }
        return entry
    }

    /// What an import of a rates file did.
    public struct ImportOutcome: Sendable, Hashable {
        public var kind: String
        public var stored: Int
        /// Already there with the same rate.
        public var unchanged: Int
        public var currencies: [String]
        /// Currencies of the file the book has no use for (no account keeps them), left out unless all were asked for.
        public var leftOut: [String]
        public var first: LocalDate?
        public var last: LocalDate?
    }

    /// Reads `path` (the ECB's reference rates or a price file) and stores its rates in one write. Of the ECB's thirty
    /// currencies only those the book's accounts keep (and the base) are stored unless `everyCurrency`.
    public func importFile(_ path: String, everyCurrency: Bool = false) throws -> ImportOutcome {
        let (kind, rates) = try RateFile.read(path: path)
        let now = clock.now()
        let base = database.currency
        return try database.write { db in
            let used = Set(try AccountRow.currencies(in: db) + [base.code])
            let keep: (ExchangeRate) -> Bool = { rate in
                everyCurrency || kind == .prices || used.contains(rate.quote.code) || used.contains(rate.currency.code) && rate.quote.code == base.code
            }
            var outcome = ImportOutcome(kind: kind.rawValue, stored: 0, unchanged: 0, currencies: [], leftOut: [])
            var currencies = Set<String>(), leftOut = Set<String>()
            var earliestChange: LocalDate?
            for rate in rates {
                guard keep(rate) else { leftOut.insert(rate.quote.code); continue }
                currencies.formUnion([rate.currency.code, rate.quote.code])
                if try RateRow.upsert(rate, at: now, in: db) {
                    outcome.stored += 1
                    earliestChange = min(earliestChange ?? rate.date, rate.date)
                } else {
                    outcome.unchanged += 1
                }
                outcome.first = min(outcome.first ?? rate.date, rate.date)
                outcome.last = max(outcome.last ?? rate.date, rate.date)
            }
            if let earliestChange { try BaseAmounts.markStale(from: earliestChange, base: base, in: db) }
            outcome.currencies = currencies.sorted()
            outcome.leftOut = leftOut.subtracting(currencies).sorted()
            return outcome
        }
    }

    /// The stored rates: each pair's latest, or every day's.
    public func list(everyDay: Bool = false) throws -> [ExchangeRate] {
        try database.read { db in try RateRow.all(latestOnly: !everyDay, in: db) }
    }
}
