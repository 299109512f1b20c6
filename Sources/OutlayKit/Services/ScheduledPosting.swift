import GRDB

/// Posts the occurrences of schedules that have come due, with no cron: every
/// command, the dashboard and the server call `postDue` when they open a book.
///
/// An occurrence is posted as a transaction (or transfer) with the id
/// `Schedule.occurrenceID(on:)`; one whose record exists (posted here, synced
/// from a device that posted it, skipped, or deleted after posting) is never
/// posted again. `posted_through` saves looking at the same days twice; it
/// is this replica's own and only ever a shortcut.
public struct ScheduledPosting: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// What a run posted, and what it could not (a schedule whose account or category is gone for good, a full ledger).
    public struct Outcome: Sendable, Hashable {
        public var posted: [String] = []
        public var failures: [String] = []
    }

    /// Posts every due occurrence in one write, with the budget evaluation of what it posted.
    /// Looks with a read first, so a command with nothing due takes no write lock.
    @discardableResult
    public func postDue() throws -> Outcome {
        let today = clock.today()
        let due = try database.read { db in
            try ScheduleRow.anyDue(on: today, in: db)
        }
        guard due else { return Outcome() }
        let now = clock.now()
        return try database.write { db in try postDue(only: nil, at: now, in: db) }
    }

    /// Posts the due occurrences of one schedule (nil: all) inside the caller's write.
    @discardableResult
    func postDue(only id: String?, at now: Timestamp, in db: Database) throws -> Outcome {
        let today = clock.today()
        var outcome = Outcome()
        var categories: Set<String> = []
        for (schedule, postedThrough) in try ScheduleRow.live(currency: database.currency, in: db) where id == nil || schedule.id == id {
            if let postedThrough, postedThrough >= today { continue }
            let window = (postedThrough?.adding(days: 1) ?? schedule.recurrence.start)...max(today, schedule.recurrence.start)
            let due = schedule.recurrence.occurrences(in: window).map(\.date).filter { $0 <= today }
            do {
                // One schedule's trouble never stops the others, nor the command that opened the book.
                // What this schedule posts counts only once its savepoint commits: a failure takes all of it back.
                var postedHere: [String] = []
                try db.inSavepoint {
                    var settledThrough = today
                    let settled = try Self.settled(schedule, on: due, in: db)
                    for date in due where !settled.contains(date) {
                        if schedule.confirm {
                            settledThrough = min(settledThrough, date.adding(days: -1))
                            continue
                        }
                        postedHere.append(try Self.post(schedule, on: date, skipped: false, at: now, in: db))
                    }
                    if !schedule.confirm, let category = schedule.category { categories.insert(category) }
                    try ScheduleRow.setPostedThrough(schedule.id, settledThrough, in: db)
                    try ScheduleProblems.clear(schedule.id, in: db)
                    return .commit
                }
                outcome.posted += postedHere
            } catch {
                // The sentence a user reads (the ledger's limit), not SQLite's own words.
                let error = AppDatabase.sentence(for: error, path: database.path, currency: database.currency)
                outcome.failures.append("'\(schedule.description)': \(error)")
                let unsettled = (try? Self.settled(schedule, on: due, in: db)).map { settled in due.filter { !settled.contains($0) } } ?? due
                try ScheduleProblems.record(schedule, dates: unsettled, reason: "\(error)", channels: database.settings.channels, at: now, in: db)
            }
        }
        if !outcome.posted.isEmpty, !categories.isEmpty {
            try BudgetEvaluator.evaluate(categories: categories, database: database, clock: clock, in: db)
        }
        return outcome
    }

    /// A `confirm` schedule's occurrences up to today that are neither posted nor skipped, oldest first.
    static func waiting(_ schedule: Schedule, postedThrough: LocalDate?, today: LocalDate, in db: Database) throws -> [LocalDate] {
        guard schedule.confirm else { return [] }
        let start = postedThrough?.adding(days: 1) ?? schedule.recurrence.start
        guard start <= today else { return [] }
        let dates = schedule.recurrence.occurrences(in: start...today).map(\.date)
        let settled = try settled(schedule, on: dates, in: db)
        return dates.filter { !settled.contains($0) }
    }

    /// Which of `dates` are settled, in one query per few hundred (a window of daily occurrences is many).
    static func settled(_ schedule: Schedule, on dates: [LocalDate], in db: Database) throws -> Set<LocalDate> {
        let ids = dates.map { schedule.occurrenceID(on: $0) }
        let byID = Dictionary(zip(ids, dates), uniquingKeysWith: { first, _ in first })
        var found: Set<LocalDate> = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            for id in try ScheduleRow.existingOccurrences(of: schedule, ids: chunk, in: db) {
                if let date = byID[id] { found.insert(date) }
            }
        }
        return found
    }

    /// Its record exists: posted (here or on a device this one synced with), skipped, or posted and deleted since.
    static func isSettled(_ schedule: Schedule, on date: LocalDate, in db: Database) throws -> Bool {
        try ScheduleRow.hasOccurrence(of: schedule, on: date, in: db)
    }

    /// Writes the occurrence's record (deleted from the start when `skipped`); returns its id.
    @discardableResult
    static func post(_ schedule: Schedule, on date: LocalDate, skipped: Bool, at now: Timestamp, in db: Database) throws -> String {
        let id = schedule.occurrenceID(on: date)
        let currency = schedule.amount.currency
        if let kind = schedule.kind.transactionKind {
            let category = try CategoryService.name(schedule.category ?? "other", kind: kind, creating: true, at: now, in: db)
            try TransactionRow.insert(Transaction(id: id, kind: kind, amount: schedule.amount, category: category, description: schedule.description,
                                                  date: date, note: schedule.note, tags: [], account: schedule.account, createdAt: now,
                                                  updatedAt: now, deletedAt: skipped ? now : nil), into: db)
        } else {
            try TransferRow.save(Transfer(id: id, from: schedule.account, to: schedule.toAccount ?? schedule.account,
                                          amount: Money(minorUnits: schedule.amount.minorUnits, currency: currency), date: date,
                                          description: schedule.description, note: schedule.note, createdAt: now, updatedAt: now,
                                          deletedAt: skipped ? now : nil), in: db)
        }
        return id
    }
}
