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

    /// An item of the account's register: a transaction or one leg of a transfer, signed as it moves the account.
    public struct Item: Sendable, Hashable {
        public var id: String
        public var date: LocalDate
        public var description: String
        public var amount: Money
        public var isTransfer: Bool
    }

    public struct Status: Sendable, Hashable {
        public var account: String
        public var date: LocalDate
        public var statement: Money
        /// The opening balance and everything cleared through `date`.
        public var cleared: Money
        public var difference: Money { Money(minorUnits: statement.minorUnits - cleared.minorUnits, currency: statement.currency) }
        /// Not yet cleared, through `date`, oldest first.
        public var uncleared: [Item]
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
                try db.execute(sql: "UPDATE transactions SET cleared = 1 WHERE id = ?", arguments: [adjustment.id])
                try UndoEntry.added(id: adjustment.id).push(db, at: now)
                status = try Self.status(account, statement: statement, on: date, currency: currency, in: db)
                status.adjustment = adjustment
            }
            if status.difference.minorUnits == 0 {
                status.reconciled = try Self.reconcileCleared(account.name, through: date, in: db)
            }
            return status
        }
    }

    /// Whether a transaction is reconciled (its edits and delete then ask for `force`).
    static func isReconciled(_ id: String, in db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT cleared FROM transactions WHERE id = ?", arguments: [id]) == 2
    }

    private static func status(_ account: Account, statement: Money, on date: LocalDate, currency: Currency, in db: Database) throws -> Status {
        let balance = try AccountService.balances(on: date, currency: currency, in: db).first { $0.account.id == account.id }
        let transactions = try Row.fetchAll(db, sql: """
            SELECT id, date, description, CASE kind WHEN 'income' THEN amount ELSE -amount END FROM transactions
            WHERE account = ? COLLATE NOCASE AND deleted_at IS NULL AND cleared = 0 AND date <= ?
            """, arguments: [account.name, date.description])
        let legs = try Row.fetchAll(db, sql: """
            SELECT id, date, description, -amount FROM transfers
                WHERE from_account = ?1 COLLATE NOCASE AND deleted_at IS NULL AND from_cleared = 0 AND date <= ?2
            UNION ALL SELECT id, date, description, amount FROM transfers
                WHERE to_account = ?1 COLLATE NOCASE AND deleted_at IS NULL AND to_cleared = 0 AND date <= ?2
            """, arguments: [account.name, date.description])
        func item(_ row: Row, transfer: Bool) throws -> Item {
            Item(id: try row.value(0), date: try LocalDate(parsing: try row.value(1)), description: try row.value(2),
                 amount: Money(minorUnits: try row.value(3), currency: currency), isTransfer: transfer)
        }
        let uncleared = (try transactions.map { try item($0, transfer: false) } + legs.map { try item($0, transfer: true) })
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        return Status(account: account.name, date: date, statement: statement,
                      cleared: balance?.cleared ?? Money(minorUnits: 0, currency: currency), uncleared: uncleared, reconciled: 0)
    }

    /// Clears a transaction of this account, or this account's leg of a transfer.
    private static func markCleared(_ id: String, account: String, in db: Database) throws {
        let canonical = RecordID.canonical(id) ?? id
        try db.execute(sql: "UPDATE transactions SET cleared = 1 WHERE id = ? AND account = ? COLLATE NOCASE AND cleared = 0",
                       arguments: [canonical, account])
        if db.changesCount > 0 { return }
        try db.execute(sql: "UPDATE transfers SET from_cleared = 1 WHERE id = ? AND from_account = ? COLLATE NOCASE AND from_cleared = 0",
                       arguments: [canonical, account])
        let from = db.changesCount
        try db.execute(sql: "UPDATE transfers SET to_cleared = 1 WHERE id = ? AND to_account = ? COLLATE NOCASE AND to_cleared = 0",
                       arguments: [canonical, account])
        if from + db.changesCount > 0 { return }
        let known = try Bool.fetchOne(db, sql: """
            SELECT EXISTS(SELECT 1 FROM transactions WHERE id = ?1 AND account = ?2 COLLATE NOCASE)
                OR EXISTS(SELECT 1 FROM transfers WHERE id = ?1 AND (from_account = ?2 COLLATE NOCASE OR to_account = ?2 COLLATE NOCASE))
            """, arguments: [canonical, account]) ?? false
        guard known else { throw OutlayError.unknownTransaction("\(id) (in account \(account))") }
    }

    /// Everything cleared through `date` becomes reconciled; returns how many items.
    private static func reconcileCleared(_ account: String, through date: LocalDate, in db: Database) throws -> Int {
        try db.execute(sql: "UPDATE transactions SET cleared = 2 WHERE account = ? COLLATE NOCASE AND cleared = 1 AND date <= ? AND deleted_at IS NULL",
                       arguments: [account, date.description])
        var count = db.changesCount
        try db.execute(sql: "UPDATE transfers SET from_cleared = 2 WHERE from_account = ? COLLATE NOCASE AND from_cleared = 1 AND date <= ?",
                       arguments: [account, date.description])
        count += db.changesCount
        try db.execute(sql: "UPDATE transfers SET to_cleared = 2 WHERE to_account = ? COLLATE NOCASE AND to_cleared = 1 AND date <= ?",
                       arguments: [account, date.description])
        return count + db.changesCount
    }
}
