import GRDB

/// What is coming, and where each account's money is going: the schedules'
/// occurrences, transactions already recorded for days still to come, and
/// (when asked) the rest of the budgets, laid over today's balances.
public struct ForecastService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The furthest ahead a forecast or the upcoming list looks: two years.
    public static let longestHorizon = 730

    /// Occurrences from today through `days` ahead that are neither posted nor skipped, and those waiting for
    /// confirmation (dated when they fell due), by date.
    public func upcoming(days: Int = 30) throws -> [Occurrence] {
        let today = clock.today()
        return try database.read { db in
            try Self.upcoming(from: today, through: today.adding(days: min(max(0, days), Self.longestHorizon)), currency: database.currency, in: db)
        }
    }

    /// Each open account's balance at the end of every day from today through `days` ahead (one account when named).
    public func forecast(account: String? = nil, days: Int = 90, withBudgets: Bool = false) throws -> Forecast {
        let today = clock.today()
        return try database.read { db in
            try forecast(account: account, from: today, through: today.adding(days: min(max(0, days), Self.longestHorizon)), withBudgets: withBudgets, in: db)
        }
    }

    // MARK: - Inside a read

    static func upcoming(from today: LocalDate, through end: LocalDate, currency: Currency, in db: Database) throws -> [Occurrence] {
        var occurrences: [Occurrence] = []
        for (schedule, postedThrough) in try ScheduleRow.live(currency: currency, in: db) {
            for date in try ScheduledPosting.waiting(schedule, postedThrough: postedThrough, today: today.adding(days: -1), in: db) {
                occurrences.append(Occurrence(schedule: schedule, date: date, waiting: true))
            }
            let dates = schedule.recurrence.occurrences(in: today...end).map(\.date)
            let settled = try ScheduledPosting.settled(schedule, on: dates, in: db)
            for date in dates where !settled.contains(date) {
                occurrences.append(Occurrence(schedule: schedule, date: date, waiting: schedule.confirm && date <= today))
            }
        }
        return occurrences.sorted { ($0.date, $0.schedule.description) < ($1.date, $1.schedule.description) }
    }

    func forecast(account name: String?, from today: LocalDate, through end: LocalDate, withBudgets: Bool, in db: Database) throws -> Forecast {
        let currency = database.currency
        let floor = database.settings.balanceFloor(in: currency)
        var balances = try AccountService.balances(on: today, currency: currency, in: db).filter { !$0.account.closed }
        if let name {
            let account = try AccountService.existing(name, in: db)
            balances = balances.filter { $0.account.id == account.id }
        }
        var items: [String: [ForecastItem]] = [:]
        func add(_ account: String, _ item: ForecastItem) { items[account.lowercased(), default: []].append(item) }
        let occurrences = try Self.upcoming(from: today, through: end, currency: currency, in: db)
        for occurrence in occurrences {
            let schedule = occurrence.schedule
            let date = max(occurrence.date, today)
            for account in [schedule.account, schedule.toAccount].compactMap({ $0 }) {
                add(account, ForecastItem(date: date, description: schedule.description,
                                          amount: Money(minorUnits: schedule.delta(for: account), currency: currency), source: .scheduled))
            }
        }
        for item in try Self.recorded(after: today, through: end, currency: currency, in: db) { add(item.account, item.item) }
        if withBudgets, let spending = try budgetedSpending(from: today, through: end, scheduled: occurrences, in: db) {
            for item in spending.items { add(spending.account, item) }
        }
        return Forecast(from: today, through: end, floor: floor, accounts: balances.map { balance in
            Self.project(balance, items: items[balance.account.name.lowercased()] ?? [], from: today, through: end, floor: floor)
        })
    }

    /// Transactions and transfer legs already recorded for the days after today.
    private static func recorded(after today: LocalDate, through end: LocalDate, currency: Currency,
                                 in db: Database) throws -> [(account: String, item: ForecastItem)] {
        try AccountMovement.all(after: today, through: end, in: db).map { movement in
            (movement.account, ForecastItem(date: movement.date, description: movement.description,
                                            amount: Money(minorUnits: movement.amount, currency: currency), source: .recorded))
        }
    }

    /// Lays `items` over the account's balance day by day; finds its lowest point and where it first goes below `floor`.
    static func project(_ balance: AccountBalance, items: [ForecastItem], from today: LocalDate, through end: LocalDate,
                        floor: Money) -> AccountForecast {
        let currency = balance.balance.currency
        // Within a day money in comes first, then what was recorded, then the schedules, then budgets.
        let order: [ForecastItem.Source: Int] = [.recorded: 0, .scheduled: 1, .budget: 2]
        let sorted = items.sorted {
            ($0.date, $0.amount.minorUnits < 0 ? 1 : 0, order[$0.source] ?? 0, $0.description)
                < ($1.date, $1.amount.minorUnits < 0 ? 1 : 0, order[$1.source] ?? 0, $1.description)
        }
        var running = balance.balance.minorUnits
        var lowest = (running, today)
        var crossing: ForecastCrossing?
        var balances: [Money] = []
        var next = sorted.startIndex
        let watched = !balance.account.type.isLiability
        for offset in 0...(end.daysSinceEpoch - today.daysSinceEpoch) {
            let day = today.adding(days: offset)
            while next < sorted.endIndex, sorted[next].date <= day {
                let before = running
                running += sorted[next].amount.minorUnits
                if watched, crossing == nil, before >= floor.minorUnits, running < floor.minorUnits {
                    crossing = ForecastCrossing(date: day, balance: .zero(currency), floor: floor, after: sorted[next].description)
                }
                next += 1
            }
            if crossing?.date == day { crossing?.balance = Money(minorUnits: running, currency: currency) }
            if running < lowest.0 { lowest = (running, day) }
            balances.append(Money(minorUnits: running, currency: currency))
        }
        return AccountForecast(account: balance.account, start: balance.balance, balances: balances, items: sorted,
                               lowest: Money(minorUnits: lowest.0, currency: currency), lowestOn: lowest.1, crossing: crossing)
    }

    /// What the budgets leave to spend, spread evenly over each period's days from today, less the schedules' expenses
    /// they cover; from the account spending comes out of (the default, else the one most spent from).
    /// An overall budget stands for the whole; without one, the category budgets add up.
    private func budgetedSpending(from today: LocalDate, through end: LocalDate, scheduled: [Occurrence],
                                  in db: Database) throws -> (account: String, items: [ForecastItem])? {
        let currency = database.currency
        let calendar = database.settings.calendar
        let budgets = try BudgetRow.fetchLive(db, currency: currency)
        let chosen = budgets.contains { $0.scope == .overall } ? budgets.filter { $0.scope == .overall } : budgets
        guard !chosen.isEmpty, let account = try spendingAccount(in: db) else { return nil }
        // The schedules' expenses per day and category, summed once: a period adds up its days.
        var scheduledByDay: [LocalDate: [String: Int64]] = [:]
        for occurrence in scheduled where occurrence.schedule.kind == .expense {
            scheduledByDay[max(occurrence.date, today), default: [:]][occurrence.schedule.category ?? "", default: 0] += occurrence.schedule.amount.minorUnits
        }
        var perDay: [LocalDate: Int64] = [:]
        for budget in chosen {
            var period = calendar.range(of: budget.period, containing: today)
            while period.lowerBound <= end {
                let current = period.contains(today)
                let status = current ? try BudgetMath.status(budget, today: today, calendar: calendar, in: db) : nil
                var covered: Int64 = 0
                var day = max(period.lowerBound, today)
                while day <= min(period.upperBound, end) {
                    let spent = scheduledByDay[day] ?? [:]
                    covered += budget.scope == .overall ? spent.values.reduce(0, +) : spent[budget.scope.categoryName ?? ""] ?? 0
                    day = day.adding(days: 1)
                }
                let limit = status?.limit.minorUnits ?? budget.amount.minorUnits
                let remaining = max(0, limit - (status?.spent.minorUnits ?? 0) - covered)
                let first = max(period.lowerBound, today)
                let days = Int64(period.upperBound.daysSinceEpoch - first.daysSinceEpoch + 1)
                for offset in 0..<Int(days) {
                    let day = first.adding(days: offset)
                    guard day <= end else { break }
                    // The remainder of an uneven split goes to the first days, so the period's total is exact.
                    perDay[day, default: 0] += remaining / days + (Int64(offset) < remaining % days ? 1 : 0)
                }
                period = calendar.range(of: budget.period, containing: period.upperBound.adding(days: 1))
            }
        }
        let items = perDay.filter { $0.value > 0 }.map {
            ForecastItem(date: $0.key, description: "budgeted spending", amount: Money(minorUnits: -$0.value, currency: currency), source: .budget)
        }
        return (account, items)
    }

    private func spendingAccount(in db: Database) throws -> String? {
        if let configured = database.settings.defaultAccount, let account = try AccountRow.named(configured, in: db) { return account.name }
        return try AccountRollupQuery.busiestAccount(in: db) ?? AccountRow.all(db).first { !$0.closed }?.name
    }
}
