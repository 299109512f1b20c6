import GRDB

/// One line of an account's register: a transaction or this account's leg of a transfer,
/// with the account's balance after it.
public struct RegisterLine: Sendable, Hashable {
    public var id: String
    public var date: LocalDate
    public var description: String
    /// Signed as it moves the account.
    public var amount: Money
    public var balance: Money
    /// 0 not cleared, 1 cleared, 2 reconciled.
    public var cleared: Int
    /// The other account, for a transfer leg.
    public var transferWith: String?

    public init(id: String, date: LocalDate, description: String, amount: Money, balance: Money, cleared: Int, transferWith: String? = nil) {
        self.id = id
        self.date = date
        self.description = description
        self.amount = amount
        self.balance = balance
        self.cleared = cleared
        self.transferWith = transferWith
    }
}

extension AccountService {
    /// The newest `limit` lines of the account, newest first, each with the balance after it (opening included).
    public func register(of name: String, limit: Int = 500) throws -> [RegisterLine] {
        let currency = database.currency
        return try database.read { db in
            let account = try Self.existing(name, in: db)
            let total = try Self.balances(on: nil, currency: currency, in: db).first { $0.account.id == account.id }?.balance.minorUnits ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, date, description, CASE kind WHEN 'income' THEN amount ELSE -amount END, cleared, NULL FROM transactions
                    WHERE account = ?1 COLLATE NOCASE AND deleted_at IS NULL
                UNION ALL SELECT id, date, description, -amount, from_cleared, to_account FROM transfers
                    WHERE from_account = ?1 COLLATE NOCASE AND deleted_at IS NULL
                UNION ALL SELECT id, date, description, amount, to_cleared, from_account FROM transfers
                    WHERE to_account = ?1 COLLATE NOCASE AND deleted_at IS NULL
                ORDER BY 2 DESC, 1 DESC LIMIT ?2
                """, arguments: [account.name, limit])
            var balance = total
            return try rows.map { row in
                let amount: Int64 = try row.value(3)
                defer { balance -= amount }
                return RegisterLine(id: try row.value(0), date: try LocalDate(parsing: try row.value(1)), description: try row.value(2),
                                    amount: Money(minorUnits: amount, currency: currency), balance: Money(minorUnits: balance, currency: currency),
                                    cleared: Int(try row.value(4) as Int64), transferWith: try row.value(5))
            }
        }
    }
}

extension ReconcileService {
    /// Clears an uncleared item of the account, or takes a cleared one back; a reconciled one stays (its statement agreed).
    /// Returns its new state.
    @discardableResult
    public func toggleCleared(_ id: String, account name: String) throws -> Int {
        try database.write { db in
            let account = try AccountService.existing(name, in: db)
            func flip(_ column: String) -> String { "CASE \(column) WHEN 0 THEN 1 WHEN 1 THEN 0 ELSE 2 END" }
            try db.execute(sql: "UPDATE transactions SET cleared = \(flip("cleared")) WHERE id = ? AND account = ? COLLATE NOCASE",
                           arguments: [id, account.name])
            if db.changesCount > 0 {
                return try Int.fetchOne(db, sql: "SELECT cleared FROM transactions WHERE id = ?", arguments: [id]) ?? 0
            }
            for leg in ["from", "to"] {
                try db.execute(sql: "UPDATE transfers SET \(leg)_cleared = \(flip("\(leg)_cleared")) WHERE id = ? AND \(leg)_account = ? COLLATE NOCASE",
                               arguments: [id, account.name])
                if db.changesCount > 0 {
                    return try Int.fetchOne(db, sql: "SELECT \(leg)_cleared FROM transfers WHERE id = ?", arguments: [id]) ?? 0
                }
            }
            throw OutlayError.unknownTransaction("\(id) (in account \(account.name))")
        }
    }
}
