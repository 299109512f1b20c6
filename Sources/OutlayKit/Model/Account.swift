/// What an account is: where money is kept (an asset) or owed (a liability).
public enum AccountType: String, Sendable, Hashable, CaseIterable {
    case checking, savings, credit, cash, investment, loan

    public init(parsing text: String) throws(OutlayError) {
        guard let type = AccountType(rawValue: text.lowercased()) else {
            throw .invalidAccount(text, reason: "not an account type; use \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = type
    }

    /// A card or a loan is money owed: its balance is negative while something is owed, and it counts
    /// against net worth.
    public var isLiability: Bool { self == .credit || self == .loan }
}

/// One of the person's accounts. Balances are signed as the money is: a
/// checking account in credit is positive, a card with 120.00 owed is -120.00.
public struct Account: Sendable, Hashable {
    /// The side of a transfer not known yet (a top-up's source before that account's export is in): not an account
    /// anyone makes; `transfer assign` or the other account's import names it.
    public static let unassigned = "unassigned"

    public var id: String
    public var name: String
    public var type: AccountType
    /// The book's currency, for now (a book holds one).
    public var currency: Currency
    /// What it held (or, negative, owed) on `openedOn`, before any transaction here.
    public var openingBalance: Money
    public var openedOn: LocalDate?
    public var closed: Bool
    public var note: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp

    public init(id: String, name: String, type: AccountType, currency: Currency, openingBalance: Money, openedOn: LocalDate? = nil,
                closed: Bool = false, note: String? = nil, createdAt: Timestamp, updatedAt: Timestamp) {
        self.id = id
        self.name = name
        self.type = type
        self.currency = currency
        self.openingBalance = openingBalance
        self.openedOn = openedOn
        self.closed = closed
        self.note = note
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// An account with what it holds: everything recorded, the part cleared against statements, on a day.
public struct AccountBalance: Sendable, Hashable {
    public var account: Account
    public var balance: Money
    public var cleared: Money
    /// Transactions and transfer legs in it.
    public var count: Int

    public init(account: Account, balance: Money, cleared: Money, count: Int) {
        self.account = account
        self.balance = balance
        self.cleared = cleared
        self.count = count
    }
}

/// What the accounts hold, what cards and loans owe, and the difference.
public struct NetWorth: Sendable, Hashable {
    public var assets: Money
    /// Owed, as a positive amount.
    public var liabilities: Money
    public var netWorth: Money { Money(minorUnits: assets.minorUnits - liabilities.minorUnits, currency: assets.currency) }

    public init(assets: Money, liabilities: Money) {
        self.assets = assets
        self.liabilities = liabilities
    }

    /// Of these balances: a liability's balance is negative while something is owed.
    public init(_ balances: [AccountBalance], currency: Currency) {
        let assets = balances.filter { !$0.account.type.isLiability }.reduce(Int64(0)) { $0 + $1.balance.minorUnits }
        let owed = balances.filter { $0.account.type.isLiability }.reduce(Int64(0)) { $0 - $1.balance.minorUnits }
        self.init(assets: Money(minorUnits: assets, currency: currency), liabilities: Money(minorUnits: owed, currency: currency))
    }
}

/// Net worth at the end of a month.
public struct NetWorthMonth: Sendable, Hashable {
    public var month: YearMonth
    public var worth: NetWorth
    public var assets: Money { worth.assets }
    public var liabilities: Money { worth.liabilities }
    public var netWorth: Money { worth.netWorth }
}
