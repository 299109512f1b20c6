/// Deterministic, realistic sample data: `count` transactions ending on `end`.
///
/// One household, as a person would keep their own book: a salary on the
/// 25th (plus occasional freelance, investment and bonus income), one rent
/// on the 1st, utilities and subscriptions on fixed days, steady amounts that
/// rise at most once a year, and everyday spending with weekend habits; a
/// larger count means more purchases a day. The span grows with the count, up to 20 years.
/// Rows come out in date order, so they can be streamed into the database
/// without holding them all in memory.
public struct DemoGenerator: Sequence, IteratorProtocol, Sendable {
    public let count: Int
    public let start: LocalDate
    public let end: LocalDate

    private let currency: Currency
    private var random: SeededRandom
    private var scheduled: [Scheduled] = []   // income and bills, by day
    private var scheduledIndex = 0
    private let spendingCount: Int
    private let totalWeight: Int
    private var weightSoFar = 0
    private var emitted = 0
    private var spentSoFar = 0
    private var day: LocalDate
    private var spendingLeftToday = 0
    private var sequenceInDay = 0

    private struct Scheduled: Sendable {
        let day: Int
        let kind: TransactionKind
        let category: String
        let name: String
        let amount: Int64
    }

    public init(count: Int, seed: UInt64, end: LocalDate, currency: Currency = .usd) {
        self.count = Swift.max(0, count)
        self.end = end
        self.currency = currency
        random = SeededRandom(seed: seed)
        let days = Self.days(for: self.count)
        start = end.adding(days: 1 - days)
        day = start
        var planned = Self.schedule(from: start, to: end, random: &random)
        // Scheduled rows never take more than a third of the total.
        let keep = self.count / 3
        if planned.count > keep {
            planned = (0..<keep).map { [planned] in planned[$0 * planned.count / Swift.max(keep, 1)] }
        }
        scheduled = planned
        spendingCount = self.count - planned.count
        let first = start
        totalWeight = (0..<days).reduce(0) { $0 + Self.weight(of: first.adding(days: $1)) }
        spendingLeftToday = todaysSpendingCount()
    }

    /// The first day of `count` rows ending on `end`, without making them.
    public static func startDate(count: Int, end: LocalDate) -> LocalDate { end.adding(days: 1 - days(for: Swift.max(0, count))) }

    /// The span grows with the count: about five rows a day, four weeks to twenty years.
    private static func days(for count: Int) -> Int { Swift.min(7_305, Swift.max(28, count / 5)) }

    public mutating func next() -> Transaction? {
        while emitted < count {
            if scheduledIndex < scheduled.count, scheduled[scheduledIndex].day == day.daysSinceEpoch {
                let item = scheduled[scheduledIndex]
                scheduledIndex += 1
                return make(kind: item.kind, category: item.category, description: item.name, amount: item.amount)
            }
            if spendingLeftToday > 0 {
                spendingLeftToday -= 1
                return makeSpending()
            }
            guard day < end else { break }
            day = day.adding(days: 1)
            sequenceInDay = 0
            spendingLeftToday = todaysSpendingCount()
        }
        return nil
    }

    // MARK: - Building rows

    private mutating func makeSpending() -> Transaction {
        let weights = day.isWeekend ? DemoCatalog.weekendWeights : DemoCatalog.weekdayWeights
        var pick = random.below(day.isWeekend ? DemoCatalog.weekendTotal : DemoCatalog.weekdayTotal)
        var chosen = DemoCatalog.spending[0]
        for (index, weight) in weights.enumerated() {
            if pick < weight { chosen = DemoCatalog.spending[index]; break }
            pick -= weight
        }
        let merchant = chosen.merchants[random.below(chosen.merchants.count)]
        var amount = skewedAmount(merchant.minimum, merchant.maximum)
        if merchant.wholeUnits { amount = Swift.max(100, amount / 100 * 100) }
        return make(kind: .expense, category: chosen.category, description: merchant.name, amount: amount)
    }

    private mutating func make(kind: TransactionKind, category: String, description: String, amount: Int64) -> Transaction {
        emitted += 1
        sequenceInDay += 1
        // Noon UTC of the day plus a second per row keeps ids in date order.
        let created = Int64(day.daysSinceEpoch) * 86_400_000 + 43_200_000 + Int64(sequenceInDay) * 1_000
        let note = random.chance(1, in: 4_000) ? DemoCatalog.notes[random.below(DemoCatalog.notes.count)] : nil
        let tags = random.chance(1, in: 50) ? [DemoCatalog.tags[random.below(DemoCatalog.tags.count)]] : []
        let stamp = Timestamp(milliseconds: created)
        return Transaction(
            id: RecordID.make(milliseconds: created, random: random.next(), random2: random.next()),
            kind: kind, amount: Money(minorUnits: amount, currency: currency), category: category,
            description: description, date: day, note: note, tags: tags, createdAt: stamp, updatedAt: stamp)
    }

    private mutating func skewedAmount(_ minimum: Int64, _ maximum: Int64) -> Int64 {
        // The product of two uniforms leans towards small values, as receipts do.
        let a = Int64(random.below(1_000)), b = Int64(random.below(1_000))
        return minimum + (maximum - minimum) * a * b / 1_000_000
    }

    /// Spread the unscheduled rows over the days by weight, hitting `count` exactly.
    private mutating func todaysSpendingCount() -> Int {
        weightSoFar += Self.weight(of: day)
        let target = totalWeight == 0 ? 0 : Int(Int64(spendingCount) * Int64(weightSoFar) / Int64(totalWeight))
        defer { spentSoFar = target }
        return target - spentSoFar
    }

    private static func weight(of day: LocalDate) -> Int {
        switch day.isoWeekday {
        case 6, 7: 14
        case 5: 12
        default: 10
        }
    }

    // MARK: - Income and bills

    /// One household's income and bills: one salary on the 25th and one rent on the 1st, steady amounts
    /// that rise each January, bills on fixed days, some freelance work, dividends and a year-end bonus.
    private static func schedule(from start: LocalDate, to end: LocalDate, random: inout SeededRandom) -> [Scheduled] {
        var items: [Scheduled] = []
        var month = (year: start.year, month: start.month)
        var salary = Int64(450_000 + random.below(400_000))
        var steady = DemoCatalog.bills.map { $0.minimum + Int64(random.below(Int($0.maximum - $0.minimum) + 1)) }
        while (month.year, month.month) <= (end.year, end.month) {
            func add(_ dayOfMonth: Int, _ kind: TransactionKind, _ category: String, _ name: String, _ amount: Int64) {
                let days = LocalDate.daysIn(month: month.month, year: month.year)
                guard let date = LocalDate(year: month.year, month: month.month, day: Swift.min(dayOfMonth, days)),
                      date >= start, date <= end else { return }
                items.append(Scheduled(day: date.daysSinceEpoch, kind: kind, category: category, name: name, amount: amount))
            }
            if month.month == 1, (month.year, month.month) != (start.year, start.month) {
                salary += salary * Int64(random.below(5)) / 100
                for index in steady.indices { steady[index] += steady[index] * Int64(random.below(4)) / 100 }
            }
            add(25, .income, "salary", "Salary", salary)
            if random.chance(1, in: 3) {
                add(1 + random.below(28), .income, "freelance", "Freelance invoice", Int64(20_000 + random.below(180_000)))
            }
            if month.month % 3 == 0 {
                add(15, .income, "investment", "Dividend payout", Int64(2_000 + random.below(30_000)))
            }
            if month.month == 12 { add(20, .income, "bonus", "Year-end bonus", salary / 2) }
            for (index, bill) in DemoCatalog.bills.enumerated() {
                let amount = bill.steady ? steady[index] : bill.minimum + Int64(random.below(Int(bill.maximum - bill.minimum) + 1))
                add(bill.day, .expense, bill.category, bill.name, amount)
            }
            month = month.month == 12 ? (month.year + 1, 1) : (month.year, month.month + 1)
        }
        return items.sorted { $0.day < $1.day }
    }
}
