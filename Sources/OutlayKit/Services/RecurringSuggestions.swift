import GRDB

/// A series found in the ledger that looks like a schedule: one merchant,
/// a steady interval, a steady amount.
public struct RecurringSuggestion: Sendable, Hashable {
    /// What the schedule would be: it starts at the series' next date, so nothing already recorded is posted twice.
    public var draft: ScheduleService.Draft
    /// How many times it was seen, and the last time.
    public var seen: Int
    public var last: LocalDate
}

/// Finds series already in the ledger (subscriptions, rent, salary): the same
/// normalised merchant (`MerchantKey`), at least three times in the last
/// fourteen months, at a regular interval (weekly, fortnightly, monthly,
/// yearly, allowing a bank's few days of drift) and an amount within 10 % of
/// the typical one. A merchant a live schedule already covers is left out.
public struct RecurringSuggestions: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The suggestions the first time any are found in this book, then never again: the dashboard offers them once.
    public func findOnce() throws -> [RecurringSuggestion] {
        let offered = try database.read { db in try SettingsRow.has("recurring_suggested", in: db) }
        guard !offered else { return [] }
        let found = try find()
        if !found.isEmpty {
            try database.write { db in try SettingsRow.set("recurring_suggested", "1", in: db) }
        }
        return found
    }

    public func find() throws -> [RecurringSuggestion] {
        let today = clock.today()
        let currency = database.currency
        return try database.read { db in
            let covered = Set(try ScheduleRow.live(currency: currency, in: db).compactMap { MerchantKey.of($0.schedule.description) })
            var series: [String: [(date: LocalDate, amount: Int64, description: String, category: String, account: String)]] = [:]
            for line in try TransactionRow.lines(from: today.adding(days: -425), through: today, in: db) {
                guard let merchant = MerchantKey.of(line.description), !covered.contains(merchant) else { continue }
                series["\(line.kind)/\(merchant)", default: []].append((line.date, line.amount, line.description, line.category, line.account))
            }
            return series.compactMap { key, seen -> RecurringSuggestion? in
                guard seen.count >= 3, let kind = TransactionKind(rawValue: String(key.prefix { $0 != "/" })),
                      let rhythm = Self.rhythm(of: seen.map(\.date)) else { return nil }
                let amounts = seen.map(\.amount).sorted()
                let typical = amounts[amounts.count / 2]
                guard seen.allSatisfy({ abs($0.amount - typical) * 10 <= typical }) else { return nil }
                guard let last = seen.last, let next = rhythm.next(onOrAfter: last.date.adding(days: 1)), next >= today.adding(days: -7) else {
                    return nil  // a series that stopped is not a bill any more
                }
                var recurrence = rhythm
                recurrence.start = next
                return RecurringSuggestion(
                    draft: ScheduleService.Draft(kind: kind == .income ? .income : .expense, amount: Money(minorUnits: typical, currency: currency),
                                                 description: last.description, category: last.category, account: last.account, recurrence: recurrence),
                    seen: seen.count, last: last.date)
            }.sorted { ($0.draft.amount.minorUnits, $0.draft.description) > ($1.draft.amount.minorUnits, $1.draft.description) }
        }
    }

    /// The rhythm the dates keep, if they keep one: every gap close to one interval.
    static func rhythm(of dates: [LocalDate]) -> Recurrence? {
        let gaps = zip(dates.dropFirst(), dates).map { $0.daysSinceEpoch - $1.daysSinceEpoch }
        guard let first = dates.first, let last = dates.last, !gaps.isEmpty else { return nil }
        let candidates: [(unit: Recurrence.Unit, every: Int, days: ClosedRange<Int>)] = [
            (.week, 1, 6...8), (.week, 2, 13...15), (.month, 1, 26...35), (.month, 3, 85...96), (.year, 1, 358...372),
        ]
        guard let match = candidates.first(where: { candidate in gaps.allSatisfy { candidate.days.contains($0) } }) else { return nil }
        if match.unit == .week { return Recurrence(every: match.every, unit: .week, start: last) }
        // Months: the day of the month it most often fell on (a salary on the 25th, moved to a Friday now and then).
        let days = dates.map(\.day)
        let day = Dictionary(grouping: days, by: { $0 }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key ?? first.day
        return Recurrence(every: match.every, unit: match.unit, dayOfMonth: match.unit == .month ? day : nil, start: last)
    }
}
