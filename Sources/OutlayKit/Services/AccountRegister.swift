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
            return try AccountLine.fetch(account.name, newestFirst: true, limit: limit, currency: currency, in: db).map { line in
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
            return try AccountLine.setCleared(id, account: account.name, .toggle, in: db)
        }
    }
}
