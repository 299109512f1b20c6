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
    /// Its own currency: every amount in it, transactions, transfers and schedules, is in this one.
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

import Foundation

/// An account with what it holds: everything recorded, the part cleared against statements, on a day.
public struct AccountBalance: Sendable, Hashable {
    public var account: Account
    public var balance: Money
    public var cleared: Money
    /// Transactions and transfer legs in it.
    public var count: Int
    /// `balance` in the book's base currency at the latest rate; the balance itself when the account keeps the base
    /// currency, nil when no rate converts it.
    public var inBase: Money?
    /// `inBase` before rounding, in minor units of the base: totals of several round once.
    var inBaseExact: Decimal?

    public init(account: Account, balance: Money, cleared: Money, count: Int) {
        self.account = account
        self.balance = balance
        self.cleared = cleared
        self.count = count
        self.inBase = balance
    }
}

/// What the accounts hold, what cards and loans owe, and the difference.
public struct NetWorth: Sendable, Hashable {
    public var assets: Money
    /// Owed, as a positive amount.
    public var liabilities: Money
    public var netWorth: Money { Money(minorUnits: net ?? assets.minorUnits - liabilities.minorUnits, currency: assets.currency) }
    /// Of converted balances: their exact sum, rounded once (`CurrencyConversion`), which may differ by a cent from the
    /// rounded assets less the rounded liabilities.
    private var net: Int64?

    public init(assets: Money, liabilities: Money) {
        self.assets = assets
        self.liabilities = liabilities
    }

    /// Of these balances, in the base currency `currency`: a liability's balance is negative while something is owed.
    /// A balance no rate converts is left out and named in `unconverted`.
    public init(_ balances: [AccountBalance], currency: Currency) {
        let converted = balances.compactMap { balance in
            (balance.inBaseExact ?? balance.inBase.map { Decimal($0.minorUnits) }).map { (balance.account.type.isLiability, $0) }
        }
        let assets = converted.filter { !$0.0 }.reduce(Decimal(0)) { $0 + $1.1 }
        let owed = converted.filter { $0.0 }.reduce(Decimal(0)) { $0 - $1.1 }
        self.init(assets: Money(minorUnits: CurrencyConversion.rounded(assets), currency: currency),
                  liabilities: Money(minorUnits: CurrencyConversion.rounded(owed), currency: currency))
        net = CurrencyConversion.rounded(assets - owed)
        unconverted = Array(Set(balances.filter { $0.inBase == nil }.map(\.account.currency.code))).sorted()
        isConverted = balances.contains { $0.account.currency != currency && $0.balance.minorUnits != 0 }
    }

    /// Currencies of accounts no rate converts (their balances are not in the totals).
    public var unconverted: [String] = []
    /// Some balance in it was converted from another currency: a total to show with `≈`.
    public var isConverted = false
}

/// Net worth at the end of a month.
public struct NetWorthMonth: Sendable, Hashable {
    public var month: YearMonth
    public var worth: NetWorth
    public var assets: Money { worth.assets }
    public var liabilities: Money { worth.liabilities }
    public var netWorth: Money { worth.netWorth }
}
