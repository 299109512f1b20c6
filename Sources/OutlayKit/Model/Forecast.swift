/// One thing the forecast expects to move an account's money.
public struct ForecastItem: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        /// A schedule's occurrence still to come (or waiting for confirmation, counted today).
        case scheduled
        /// A transaction or transfer already recorded with a date still to come.
        case recorded
        /// The rest of a budget, spread over its period's days (`--with-budgets`).
        case budget
    }

    public var date: LocalDate
    public var description: String
    /// Signed as it moves this account: negative out, positive in.
    public var amount: Money
    public var source: Source

    public init(date: LocalDate, description: String, amount: Money, source: Source) {
        self.date = date
        self.description = description
        self.amount = amount
        self.source = source
    }
}

/// Where an account is projected to go below its floor: the first such day, and what took it there.
public struct ForecastCrossing: Sendable, Hashable {
    public var date: LocalDate
    public var balance: Money
    public var floor: Money
    /// The item that took the balance below the floor.
    public var after: String
}

/// One account's projected balance at the end of each day, from today.
public struct AccountForecast: Sendable, Hashable {
    public var account: Account
    /// What it holds today, before anything the forecast expects.
    public var start: Money
    /// `balances[0]` is the end of today, `balances[n]` the end of today + n days.
    public var balances: [Money]
    public var items: [ForecastItem]
    public var lowest: Money
    public var lowestOn: LocalDate
    /// Only for asset accounts: a card or loan is below zero whenever something is owed.
    public var crossing: ForecastCrossing?
}

/// Every account's projected balance over the days from `from` to `through`.
public struct Forecast: Sendable, Hashable {
    public var from: LocalDate
    public var through: LocalDate
    public var floor: Money
    public var accounts: [AccountForecast]
}
