/// `account_balances_ms` and `net_worth_ms` of `outlay bench`: four accounts
/// over the benchmark's million transactions (all in the default account)
/// and a thousand transfers between them over ten years.
public struct AccountBenchmark {
    public init() {}

    public func run(on database: AppDatabase, into figures: inout BenchmarkFigures) throws {
        let accounts = AccountService(database: database), transfers = TransferService(database: database)
        let home = try accounts.accountForNew(nil)
        for (name, type) in [("checking", AccountType.checking), ("savings", .savings), ("card", .credit)] {
            try accounts.add(name: name, type: type, opening: Money(minorUnits: 100_000, currency: database.currency))
        }
        let today = LocalDate.today()
        let names = [home, "checking", "savings", "card"]
        for index in 0..<1_000 {
            try transfers.add(.init(amount: Money(minorUnits: Int64(1_000 + index), currency: database.currency),
                                    from: names[index % 4], to: names[(index + 1) % 4], date: today.adding(days: -(index * 37 % 3_650))))
        }
        // Every account's balance and cleared balance, on a day mid-month (month roll-ups, then that month's days).
        figures.record("account_balances_ms", try BenchmarkFigures.medianMilliseconds { _ = try accounts.balances(on: today) })
        figures.record("net_worth_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try accounts.netWorth(months: 120, endingWith: YearMonth(today))
        })
    }
}
