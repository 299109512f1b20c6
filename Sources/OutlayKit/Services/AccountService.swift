import GRDB

/// The person's accounts: made, changed, closed, removed when empty, and
/// their balances on any day and net worth by month, read from the
/// per-account roll-ups the schema's triggers keep (a few hundred rows at
/// most, whatever the ledger's size).
public struct AccountService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    public func list() throws -> [Account] {
        try database.read { db in try AccountRow.all(db) }
    }

    /// The account of this name (any case); an unknown name is an error listing the accounts.
    public func named(_ name: String) throws -> Account {
        try database.read { db in try Self.existing(name, in: db) }
    }

    @discardableResult
    /// `currency`: the account's own (a Revolut account in EUR beside checking in USD); nil: the book's base currency.
    public func add(name: String, type: AccountType, opening: Money? = nil, openedOn: LocalDate? = nil, note: String? = nil,
                    currency: Currency? = nil) throws -> Account {
        let now = clock.now()
        let name = try Self.validName(name)
        let currency = currency ?? database.currency
        return try database.write { db in
            if let existing = try AccountRow.named(name, in: db) { throw OutlayError.accountExists(existing.name) }
            let account = Account(id: RecordID.make(at: now), name: name, type: type, currency: currency,
                                  openingBalance: try Self.validOpening(opening?.relabelled(as: currency), currency: currency), openedOn: openedOn,
                                  note: try FieldRules.note(note), createdAt: now, updatedAt: now)
            try AccountRow.save(account, in: db)
            return account
        }
    }

    /// What `edit` changes; nil leaves a field as it is.
    public struct Patch: Sendable {
        public var name: String?
        public var type: AccountType?
        public var opening: Money?
        public var openedOn: LocalDate??
        public var note: String??
        public var closed: Bool?

        public init(name: String? = nil, type: AccountType? = nil, opening: Money? = nil, openedOn: LocalDate?? = nil,
                    note: String?? = nil, closed: Bool? = nil) {
            self.name = name
            self.type = type
            self.opening = opening
            self.openedOn = openedOn
            self.note = note
            self.closed = closed
        }
    }

    /// Changes an account; a new name moves its transactions and transfers with it, in the same write.
    @discardableResult
    public func edit(_ name: String, _ patch: Patch) throws -> Account {
        let now = clock.now()
        return try database.write { db in
            var account = try Self.existing(name, in: db)
            let before = account
            if let newName = patch.name {
                let valid = try Self.validName(newName)
                if let other = try AccountRow.named(valid, in: db), other.id != account.id { throw OutlayError.accountExists(other.name) }
                account.name = valid
            }
            if let type = patch.type { account.type = type }
            if let opening = patch.opening {
                account.openingBalance = try Self.validOpening(opening.relabelled(as: account.currency), currency: account.currency)
            }
            if let openedOn = patch.openedOn { account.openedOn = openedOn }
            if let note = patch.note { account.note = try note.flatMap { text throws(OutlayError) in try FieldRules.note(text) } }
            if let closed = patch.closed { account.closed = closed }
            guard account != before else { return before }
            account.updatedAt = now
            try AccountRow.save(account, in: db)
            if account.name != before.name {
                try AccountRow.rename(before.name, to: account.name, in: db)
            }
            return account
        }
    }

    /// Removes an account that nothing was ever recorded in; one that was is closed instead.
    public func remove(_ name: String) throws {
        try database.write { db in
            let account = try Self.existing(name, in: db)
            let used = try AccountRow.useCount(account.name, in: db)
            guard used == 0 else { throw OutlayError.accountInUse(account.name, count: used) }
            try AccountRow.delete(id: account.id, in: db)
        }
    }

    // MARK: - Balances

    /// Every account's balance and cleared balance through `day` (nil: everything recorded).
    /// The open side of transfers (`Account.unassigned`) is listed only while some transfer has one.
    /// Each in its account's currency, and in the base currency at the latest rate on or before `day` (nil: today).
    public func balances(on day: LocalDate? = nil) throws -> [AccountBalance] {
        let today = clock.today()
        return try database.read { db in try Self.balances(on: day, currency: database.currency, valuedOn: day ?? today, in: db) }
            .filter { $0.account.name != Account.unassigned || $0.count > 0 }
    }

    /// `currency` is the base; `valuedOn` the day whose rates convert a foreign account's balance (nil: not converted).
    static func balances(on day: LocalDate?, currency: Currency, valuedOn: LocalDate? = nil, in db: Database) throws -> [AccountBalance] {
        var rates = RateBook(db)
        return try AccountRow.all(db).map { account in
            let sums = try AccountRollupQuery.sums(of: account.name, through: day, in: db)
            let opening = day.map { day in account.openedOn.map { $0 <= day } ?? true } ?? true ? account.openingBalance.minorUnits : 0
            let own = account.currency
            var balance = AccountBalance(account: account, balance: Money(minorUnits: opening + sums.delta, currency: own),
                                         cleared: Money(minorUnits: opening + sums.cleared, currency: own), count: Int(sums.count))
            if own != currency {
                balance.inBaseExact = try valuedOn.flatMap { day in try rates.factor(from: own, to: currency, on: day) }.map { factor in
                    CurrencyConversion.exact(balance.balance.minorUnits, from: own, to: currency, by: factor)
                }
                balance.inBase = balance.inBaseExact.map { Money(minorUnits: CurrencyConversion.rounded($0), currency: currency) }
            }
            return balance
        }
    }

    /// Assets, liabilities and net worth at the end of each of `months` months ending with `last`.
    public func netWorth(months: Int, endingWith last: YearMonth) throws -> [NetWorthMonth] {
        guard AnalyticsService.months.contains(months) else { throw OutlayError.outOfRange("months", months, AnalyticsService.months) }
        let currency = database.currency
        return try database.read { db in
            let accounts = try AccountRow.all(db)
            var rates = RateBook(db)
            let first = last.adding(months: -(months - 1))
            // Each account's total before the first month, then month by month.
            var running = try AccountRollupQuery.totals(before: first, in: db)
            let byMonth = try AccountRollupQuery.monthly(from: first, through: last, in: db)
            return try (0..<months).map { offset in
                let month = first.adding(months: offset)
                var assets: Int64 = 0, liabilities: Int64 = 0
                for account in accounts {
                    let key = account.name.lowercased()
                    running[key, default: 0] += byMonth[month.description]?[key] ?? 0
                    let opened = account.openedOn.map { $0 <= month.range.upperBound } ?? true
                    var balance = running[key, default: 0] + (opened ? account.openingBalance.minorUnits : 0)
                    if account.currency != currency, balance != 0 {
                        let day = month.range.upperBound
                        guard let factor = try rates.factor(from: account.currency, to: currency, on: day) else {
                            throw OutlayError.noRate(currency: account.currency.code, base: currency.code, date: day.description)
                        }
                        balance = CurrencyConversion.convert(balance, from: account.currency, to: currency, by: factor)
                    }
                    if account.type.isLiability { liabilities -= balance } else { assets += balance }
                }
                return NetWorthMonth(month: month, worth: NetWorth(assets: Money(minorUnits: assets, currency: currency),
                                                                   liabilities: Money(minorUnits: liabilities, currency: currency)))
            }
        }
    }

    // MARK: - Which account

    /// The account new rows that name none go in (see `resolve`); made (cash) when the book has no open account.
    public func accountForNew(_ name: String?) throws -> String {
        let now = clock.now()
        return try database.write { db in
            try Self.resolve(name, settings: database.settings, currency: database.currency, at: now, in: db)
        }
    }

    /// The account a new transaction goes in: the one named (as the book spells it), else the config's
    /// `default_account`, else the only open account. `creating` makes a named one that is missing
    /// (the API's `paymentMethod`, as the original stored any text).
    static func resolve(_ name: String?, settings: OutlaySettings, currency: Currency, creating: Bool = false, at now: Timestamp,
                        in db: Database) throws -> String {
        if let name = try FieldRules.account(name) {
            if let account = try AccountRow.named(name, in: db) { return account.name }
            guard creating else { throw OutlayError.unknownAccount(name, known: try AccountRow.all(db).map(\.name)) }
            let type: AccountType = name.lowercased().contains("card") || name.lowercased().contains("credit") ? .credit
                : name.lowercased() == "cash" ? .cash : .checking
            try AccountRow.save(Account(id: RecordID.make(at: now), name: name, type: type, currency: currency,
                                        openingBalance: Money(minorUnits: 0, currency: currency), createdAt: now, updatedAt: now), in: db)
            return name
        }
        if let configured = settings.defaultAccount { return try resolve(configured, settings: settings, currency: currency, at: now, in: db) }
        let open = try AccountRow.all(db).filter { !$0.closed && $0.name != Account.unassigned }
        if open.count == 1 { return open[0].name }
        if open.isEmpty || creating {
            // A book whose accounts were all removed or closed starts again with cash; the API's clients, which
            // never name an account, too.
            return try resolve("cash", settings: settings, currency: currency, creating: true, at: now, in: db)
        }
        throw OutlayError.accountNeeded(open: open.map(\.name))
    }

    static func existing(_ name: String, in db: Database) throws -> Account {
        guard let account = try AccountRow.named(name, in: db) else {
            throw OutlayError.unknownAccount(name, known: try AccountRow.all(db).map(\.name))
        }
        return account
    }

    static func validName(_ name: String) throws -> String {
        guard let valid = try FieldRules.account(name) else { throw OutlayError.invalidAccount(name, reason: "a name is needed") }
        guard valid.lowercased() != Account.unassigned else {
            throw OutlayError.invalidAccount(name, reason: "kept for the side of a transfer not known yet; choose another name")
        }
        return valid
    }

    static func validOpening(_ opening: Money?, currency: Currency) throws -> Money {
        guard let opening else { return Money(minorUnits: 0, currency: currency) }
        guard opening.minorUnits != .min, Money.isWithinLimit(abs(opening.minorUnits)) else {
            throw OutlayError.invalidAmount(opening.description, reason: "larger than the largest amount")
        }
        return Money(minorUnits: opening.minorUnits, currency: currency)
    }
}
