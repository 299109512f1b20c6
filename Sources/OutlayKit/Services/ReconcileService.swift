import GRDB

/// Reconciling an account with a statement: what is cleared (seen on a
/// statement), what is not, and the difference; marking items cleared; and,
/// once the balances agree, everything through the statement's day
/// reconciled, so that it is not changed by accident (edits then ask for
/// `force`). A difference that remains can be settled with an adjustment.
public struct ReconcileService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    public struct Status: Sendable, Hashable {
        public var account: String
        public var date: LocalDate
        public var statement: Money
        /// The opening balance and everything cleared through `date`.
        public var cleared: Money
        public var difference: Money { Money(minorUnits: statement.minorUnits - cleared.minorUnits, currency: statement.currency) }
        /// Not yet cleared, through `date`, oldest first.
        public var uncleared: [AccountLine]
        /// Reconciled by this call (the balances agreed).
        public var reconciled: Int
        /// The adjustment this call made, if asked for.
        public var adjustment: Transaction?
    }

    /// Marks `ids` cleared, then compares: when the statement equals the cleared balance, or the whole balance through
    /// `date`, everything through `date` is reconciled; `adjust` first settles a remaining difference with a transaction.
    public func reconcile(account name: String, statement: Money, on date: LocalDate, mark ids: [String] = [], adjust: Bool = false) throws -> Status {
        let now = clock.now()
        let currency = database.currency
        return try database.write { db in
            let account = try AccountService.existing(name, in: db)
            for id in ids { try Self.markCleared(id, account: account.name, in: db) }
            var status = try Self.status(account, statement: statement, on: date, currency: currency, in: db)
            let whole = status.cleared.minorUnits + status.uncleared.reduce(0) { $0 + $1.amount.minorUnits }
            if status.difference.minorUnits != 0, whole == statement.minorUnits {
                // The statement shows everything recorded through its day: all of it is cleared.
                for item in status.uncleared { try Self.markCleared(item.id, account: account.name, in: db) }
                status = try Self.status(account, statement: statement, on: date, currency: currency, in: db)
            }
            if status.difference.minorUnits != 0, adjust {
                let difference = status.difference.minorUnits
                let adjustment = Transaction(
                    id: RecordID.make(at: now), kind: difference > 0 ? .income : .expense,
                    amount: try FieldRules.amount(Money(minorUnits: abs(difference), currency: currency)), category: "other",
                    description: "Reconciliation adjustment", date: date, note: "statement \(statement) on \(date)", account: account.name,
                    createdAt: now, updatedAt: now)
                try TransactionRow.insert(adjustment, into: db)
                try AccountLine.markTransactionCleared(adjustment.id, in: db)
                try UndoEntry.added(id: adjustment.id).push(db, at: now)
                status = try Self.status(account, statement: statement, on: date, currency: currency, in: db)
                status.adjustment = adjustment
            }
            if status.difference.minorUnits == 0 {
                status.reconciled = try AccountLine.reconcileCleared(account.name, through: date, in: db)
            }
            return status
        }
    }

    /// Whether a transaction is reconciled (its edits and delete then ask for `force`).
    static func isReconciled(_ id: String, in db: Database) throws -> Bool { try AccountLine.isReconciled(id, in: db) }

    private static func status(_ account: Account, statement: Money, on date: LocalDate, currency: Currency, in db: Database) throws -> Status {
        let balance = try AccountService.balances(on: date, currency: currency, in: db).first { $0.account.id == account.id }
        let uncleared = try AccountLine.fetch(account.name, unclearedThrough: date, currency: currency, in: db)
        return Status(account: account.name, date: date, statement: statement,
                      cleared: balance?.cleared ?? Money(minorUnits: 0, currency: currency), uncleared: uncleared, reconciled: 0)
    }

    /// Clears a transaction of this account, or this account's leg of a transfer (a reconciled one stays so).
    private static func markCleared(_ id: String, account: String, in db: Database) throws {
        try AccountLine.setCleared(id, account: account, .clear, in: db)
    }
}
