import GRDB

/// One line of an account: a transaction, or this account's leg of a transfer.
public struct AccountLine: Sendable, Hashable {
    public var id: String
    public var date: LocalDate
    public var description: String
    /// Signed as it moves the account.
    public var amount: Money
    /// 0 not cleared, 1 cleared, 2 reconciled.
    public var cleared: Int
    /// The other account, for a transfer leg.
    public var transferWith: String?

    public var isTransfer: Bool { transferWith != nil }

    /// An account's live lines that meet `condition` (over `date` and `cleared`; `?1` is the account, the rest
    /// `arguments`), in `order`.
    static func fetch(_ account: String, where condition: String = "1", arguments: [any DatabaseValueConvertible] = [],
                      order: String, limit: Int = -1, currency: Currency, in db: Database) throws -> [AccountLine] {
        try Row.fetchAll(db, sql: """
            SELECT id, date, description, amount, cleared, other FROM (
                SELECT id, date, description, CASE kind WHEN 'income' THEN amount ELSE -amount END AS amount, cleared, NULL AS other
                    FROM transactions WHERE account = ?1 COLLATE NOCASE AND deleted_at IS NULL
                UNION ALL SELECT id, date, description, -amount, from_cleared, to_account FROM transfers
                    WHERE from_account = ?1 COLLATE NOCASE AND deleted_at IS NULL
                UNION ALL SELECT id, date, description, amount, to_cleared, from_account FROM transfers
                    WHERE to_account = ?1 COLLATE NOCASE AND deleted_at IS NULL)
            WHERE \(condition) ORDER BY \(order) LIMIT \(limit)
            """, arguments: StatementArguments([account] + arguments)).map { row in
            AccountLine(id: try row.value(0), date: try LocalDate(parsing: try row.value(1)), description: try row.value(2),
                        amount: Money(minorUnits: try row.value(3), currency: currency), cleared: Int(try row.value(4) as Int64),
                        transferWith: try row.value(5))
        }
    }

    /// Sets the cleared state of a transaction of this account, or of this account's leg of a transfer, to what
    /// `state` makes of the current one (an SQL expression of the column); returns the new state.
    @discardableResult
    static func setCleared(_ id: String, account: String, to state: (String) -> String, in db: Database) throws -> Int {
        let id = RecordID.canonical(id) ?? id
        for (table, column, accountColumn) in [("transactions", "cleared", "account"), ("transfers", "from_cleared", "from_account"),
                                               ("transfers", "to_cleared", "to_account")] {
            try db.execute(sql: "UPDATE \(table) SET \(column) = \(state(column)) WHERE id = ? AND \(accountColumn) = ? COLLATE NOCASE",
                           arguments: [id, account])
            if db.changesCount > 0 { return try Int.fetchOne(db, sql: "SELECT \(column) FROM \(table) WHERE id = ?", arguments: [id]) ?? 0 }
        }
        throw OutlayError.unknownTransaction("\(id) (in account \(account))")
    }
}

/// A line of an account's register, with the account's balance after it.
public struct RegisterLine: Sendable, Hashable {
    public var line: AccountLine
    public var balance: Money

    public var id: String { line.id }
    public var date: LocalDate { line.date }
    public var description: String { line.description }
    public var amount: Money { line.amount }
    public var cleared: Int { line.cleared }
    public var transferWith: String? { line.transferWith }

    public init(id: String, date: LocalDate, description: String, amount: Money, balance: Money, cleared: Int, transferWith: String? = nil) {
        line = AccountLine(id: id, date: date, description: description, amount: amount, cleared: cleared, transferWith: transferWith)
        self.balance = balance
    }

    init(_ line: AccountLine, balance: Money) {
        self.line = line
        self.balance = balance
    }
}

extension AccountService {
    /// The newest `limit` lines of the account, newest first, each with the balance after it (opening included).
    public func register(of name: String, limit: Int = 500) throws -> [RegisterLine] {
        let currency = database.currency
        return try database.read { db in
            let account = try Self.existing(name, in: db)
            var balance = try Self.balances(on: nil, currency: currency, in: db).first { $0.account.id == account.id }?.balance.minorUnits ?? 0
            return try AccountLine.fetch(account.name, order: "date DESC, id DESC", limit: limit, currency: currency, in: db).map { line in
                defer { balance -= line.amount.minorUnits }
                return RegisterLine(line, balance: Money(minorUnits: balance, currency: currency))
            }
        }
    }
}

extension ReconcileService {
    /// Clears an uncleared line of the account, or takes a cleared one back; a reconciled one stays (its statement agreed).
    /// Returns its new state.
    @discardableResult
    public func toggleCleared(_ id: String, account name: String) throws -> Int {
        try database.write { db in
            let account = try AccountService.existing(name, in: db)
            return try AccountLine.setCleared(id, account: account.name, to: { "CASE \($0) WHEN 0 THEN 1 WHEN 1 THEN 0 ELSE 2 END" }, in: db)
        }
    }
}
