import GRDB
import OutlayBasics

/// Bills, income and transfers that repeat: made, changed, skipped and removed
/// here; their due occurrences posted by `ScheduledPosting`.
///
/// An occurrence becomes a transaction (or transfer) whose id derives from
/// the schedule and its day, so it is posted once however many commands or
/// devices see it due; skipping one writes that record already deleted, which
/// syncs like any delete. A change applies from the next occurrence after
/// today: what is due is posted first, under the schedule as it was.
public struct ScheduleService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// A schedule to make; the service validates it.
    public struct Draft: Sendable, Hashable {
        public var kind: Schedule.Kind
        public var amount: Money
        public var description: String
        public var category: String?
        public var account: String?
        public var toAccount: String?
        public var recurrence: Recurrence
        public var confirm: Bool
        public var note: String?

        public init(kind: Schedule.Kind, amount: Money, description: String, category: String? = nil, account: String? = nil,
                    toAccount: String? = nil, recurrence: Recurrence, confirm: Bool = false, note: String? = nil) {
            self.kind = kind
            self.amount = amount
            self.description = description
            self.category = category
            self.account = account
            self.toAccount = toAccount
            self.recurrence = recurrence
            self.confirm = confirm
            self.note = note
        }
    }

    /// Makes a schedule and posts what of it is due already (a start in the past); returns it and how many were posted.
    @discardableResult
    public func add(_ draft: Draft, creatingCategory: Bool = false, creatingAccount: Bool = false) throws -> (schedule: Schedule, posted: Int) {
        let now = clock.now()
        return try database.write { db in
            var schedule = Schedule(id: RecordID.make(at: now), kind: draft.kind, amount: draft.amount, description: draft.description,
                                    category: draft.category, account: draft.account ?? "", toAccount: draft.toAccount,
                                    recurrence: draft.recurrence, confirm: draft.confirm, note: draft.note, createdAt: now, updatedAt: now)
            schedule = try valid(schedule, accountGiven: draft.account != nil, creatingCategory: creatingCategory,
                                 creatingAccount: creatingAccount, at: now, in: db)
            try Self.checkBacklog(schedule, today: clock.today())
            try ScheduleRow.save(schedule, in: db)
            try UndoEntry.scheduleSaved(id: schedule.id, before: nil).push(db, at: now)
            let posted = try ScheduledPosting(database: database).postDue(only: schedule.id, at: now, in: db)
            return (schedule, posted.posted.count)
        }
    }

    /// What to change; nil leaves a field as it is (`.some(nil)` clears an optional one).
    public struct Patch: Sendable, Hashable {
        public var amount: Money?
        public var description: String?
        public var category: String?
        public var account: String?
        public var toAccount: String?
        public var every: Int?
        public var unit: Recurrence.Unit?
        public var dayOfMonth: Int??
        public var weekday: WeekdayRule??
        public var from: LocalDate?
        public var until: LocalDate??
        public var count: Int??
        public var confirm: Bool?
        public var note: String??

        public init(amount: Money? = nil, description: String? = nil, category: String? = nil, account: String? = nil, toAccount: String? = nil,
                    every: Int? = nil, unit: Recurrence.Unit? = nil, dayOfMonth: Int?? = nil, weekday: WeekdayRule?? = nil,
                    from: LocalDate? = nil, until: LocalDate?? = nil, count: Int?? = nil, confirm: Bool? = nil, note: String?? = nil) {
            self.amount = amount
            self.description = description
            self.category = category
            self.account = account
            self.toAccount = toAccount
            self.every = every
            self.unit = unit
            self.dayOfMonth = dayOfMonth
            self.weekday = weekday
            self.from = from
            self.until = until
            self.count = count
            self.confirm = confirm
            self.note = note
        }

        var changesRhythm: Bool { every != nil || unit != nil || dayOfMonth != nil || weekday != nil || from != nil }
    }

    /// Changes a schedule from its next occurrence after today on: what is due is posted first as it was.
    /// A new rhythm keeps the old one's phase (its next date after today is the new start) unless `from` is given,
    /// and a count becomes what is left of it, so every device agrees on the dates without knowing what was posted where.
    @discardableResult
    public func edit(id: String, _ patch: Patch, creatingCategory: Bool = false, creatingAccount: Bool = false) throws -> Schedule {
        let now = clock.now()
        let today = clock.today()
        return try database.write { db in
            let before = try fetch(id, in: db)
            try ScheduledPosting(database: database).postDue(only: before.id, at: now, in: db)
            var after = before
            if let amount = patch.amount { after.amount = amount }
            if let description = patch.description { after.description = description }
            if let category = patch.category { after.category = category }
            if let account = patch.account { after.account = account }
            if let toAccount = patch.toAccount { after.toAccount = toAccount }
            if let confirm = patch.confirm { after.confirm = confirm }
            if let note = patch.note { after.note = note }
            if let until = patch.until { after.recurrence.until = until }
            if patch.changesRhythm {
                let waiting = try ScheduledPosting.waiting(before, postedThrough: nil, today: today, in: db)
                guard waiting.isEmpty else {
                    throw OutlayError.invalidSchedule("\(waiting.count) occurrence\(waiting.count == 1 ? "" : "s") of '\(before.description)' wait\(waiting.count == 1 ? "s" : "") for confirmation; confirm or skip \(waiting.count == 1 ? "it" : "them") before changing when it repeats")
                }
                var rhythm = before.recurrence
                if let every = patch.every { rhythm.every = every }
                if let unit = patch.unit { rhythm.unit = unit }
                if let day = patch.dayOfMonth { rhythm.dayOfMonth = day; if day != nil { rhythm.weekday = nil } }
                if let weekday = patch.weekday { rhythm.weekday = weekday; if weekday != nil { rhythm.dayOfMonth = nil } }
                rhythm.count = nil
                rhythm.until = nil
                let passed = before.recurrence.count(through: today)
                if let from = patch.from {
                    rhythm.start = from
                } else if before.recurrence.start <= today {
                    rhythm.start = rhythm.next(onOrAfter: today.adding(days: 1)) ?? today.adding(days: 1)
                }
                rhythm.until = after.recurrence.until
                rhythm.count = before.recurrence.count
                if let count = before.recurrence.count, rhythm.start > today, patch.count == nil {
                    guard count > passed else {
                        throw OutlayError.invalidSchedule("'\(before.description)' has come round all \(count) times; give --count to go on")
                    }
                    rhythm.count = count - passed
                }
                after.recurrence = rhythm
            }
            if let count = patch.count { after.recurrence.count = count; if count != nil { after.recurrence.until = nil } }
            after = try valid(after, accountGiven: true, creatingCategory: creatingCategory, creatingAccount: creatingAccount, at: now, in: db)
            guard after != before else { return before }
            if patch.from != nil { try Self.checkBacklog(after, today: today) }
            after.updatedAt = now
            try UndoEntry.scheduleSaved(id: before.id, before: try ScheduleRow.snapshot(before.id, in: db)).push(db, at: now)
            try ScheduleRow.save(after, in: db)
            // A new rhythm is looked at afresh from its start, as every other device will.
            if patch.changesRhythm { try ScheduleRow.setPostedThrough(after.id, after.recurrence.start.adding(days: -1), in: db) }
            return after
        }
    }

    /// Stops a schedule; what it posted stays.
    @discardableResult
    public func remove(id: String) throws -> Schedule {
        let now = clock.now()
        return try database.write { db in
            var schedule = try fetch(id, in: db)
            try UndoEntry.scheduleSaved(id: schedule.id, before: try ScheduleRow.snapshot(schedule.id, in: db)).push(db, at: now)
            schedule.deletedAt = now
            schedule.updatedAt = now
            try ScheduleRow.save(schedule, in: db)
            return schedule
        }
    }

    public func list() throws -> [Schedule] {
        try database.read { db in try ScheduleRow.live(currency: database.currency, in: db).map(\.schedule) }
    }

    /// The schedules, each with its next occurrence from today on that is neither posted nor skipped (nil: it has ended).
    public func listWithNext() throws -> [(schedule: Schedule, next: LocalDate?)] {
        let today = clock.today()
        return try database.read { db in
            try ScheduleRow.live(currency: database.currency, in: db).map { schedule, _ in
                var next = schedule.recurrence.next(onOrAfter: today)
                while let date = next, try ScheduledPosting.isSettled(schedule, on: date, in: db) {
                    next = schedule.recurrence.next(onOrAfter: date.adding(days: 1))
                }
                return (schedule, next)
            }
        }
    }

    /// Why schedules could not post what came due, by schedule id (none when all is well).
    public func problems() throws -> [String: String] {
        try database.read { db in try ScheduleProblems.all(in: db) }
    }

    public func get(_ id: String) throws -> Schedule {
        try database.read { db in try fetch(id, in: db) }
    }

    /// Leaves out one occurrence (the given day, else the first waiting or coming one): it is never posted.
    @discardableResult
    public func skip(id: String, on day: LocalDate? = nil) throws -> LocalDate {
        let now = clock.now()
        let today = clock.today()
        return try database.write { db in
            let schedule = try fetch(id, in: db)
            let date = try occurrence(of: schedule, on: day, today: today, in: db)
            try ScheduledPosting.post(schedule, on: date, skipped: true, at: now, in: db)
            return date
        }
    }

    /// Posts a waiting occurrence of a `confirm` schedule (the given day, else the oldest waiting), as one step of undo.
    @discardableResult
    public func confirm(id: String, on day: LocalDate? = nil) throws -> String {
        let now = clock.now()
        let today = clock.today()
        return try database.write { db in
            let schedule = try fetch(id, in: db)
            let waiting = try ScheduledPosting.waiting(schedule, postedThrough: nil, today: today, in: db)
            guard let date = day ?? waiting.first else {
                throw OutlayError.invalidSchedule("'\(schedule.description)' has no occurrence waiting for confirmation")
            }
            guard waiting.contains(date) else {
                throw OutlayError.invalidSchedule("'\(schedule.description)' has no occurrence waiting on \(date)")
            }
            let id = try ScheduledPosting.post(schedule, on: date, skipped: false, at: now, in: db)
            try (schedule.kind == .transfer ? UndoEntry.transferAdded(id: id) : UndoEntry.added(id: id)).push(db, at: now)
            if let category = schedule.category { try BudgetEvaluator.evaluate(categories: [category], database: database, clock: clock, in: db) }
            return id
        }
    }

    // MARK: - Reading

    func fetch(_ idOrTail: String, in db: Database) throws -> Schedule {
        let matches = try IDLookup.matches(idOrTail, in: .schedules, liveOnly: true, db: db)
        guard matches.count == 1, let schedule = try ScheduleRow.fetch(matches[0], currency: database.currency, in: db) else {
            throw OutlayError.unknownSchedule(idOrTail)
        }
        return schedule
    }

    /// The occurrence `day` names (it must be one, not yet posted or skipped), else the first waiting or coming one.
    private func occurrence(of schedule: Schedule, on day: LocalDate?, today: LocalDate, in db: Database) throws -> LocalDate {
        if let day {
            guard schedule.recurrence.occurrences(in: day...day).first != nil else {
                throw OutlayError.invalidSchedule("'\(schedule.description)' does not come round on \(day) (\(schedule.rhythm))")
            }
            guard !(try ScheduledPosting.isSettled(schedule, on: day, in: db)) else {
                throw OutlayError.invalidSchedule("the \(day) occurrence of '\(schedule.description)' is posted or skipped already")
            }
            return day
        }
        if let waiting = try ScheduledPosting.waiting(schedule, postedThrough: nil, today: today, in: db).first { return waiting }
        var from = today
        while let next = schedule.recurrence.next(onOrAfter: from) {
            if !(try ScheduledPosting.isSettled(schedule, on: next, in: db)) { return next }
            from = next.adding(days: 1)
        }
        throw OutlayError.invalidSchedule("'\(schedule.description)' has no occurrence left to skip")
    }

    // MARK: - Validation

    /// How many occurrences a new start may post at once: a year of daily ones is fine, a typo's thousands of years are not.
    static let largestBacklog = 1000

    private static func checkBacklog(_ schedule: Schedule, today: LocalDate) throws {
        let due = schedule.recurrence.count(through: today)
        guard due <= largestBacklog else {
            throw OutlayError.invalidSchedule("from \(schedule.recurrence.start) it would post \(due) occurrences at once (at most \(largestBacklog)); start it later")
        }
    }

    /// Names as the book spells them, an amount a transaction could have, a transfer between two accounts, a sound rhythm.
    private func valid(_ schedule: Schedule, accountGiven: Bool, creatingCategory: Bool, creatingAccount: Bool, at now: Timestamp,
                       in db: Database) throws -> Schedule {
        var s = schedule
        s.amount = try FieldRules.amount(Money(minorUnits: s.amount.minorUnits, currency: database.currency))
        guard s.amount.minorUnits > 0 else { throw OutlayError.invalidAmount(s.amount.description, reason: "a schedule moves more than zero") }
        s.description = try FieldRules.description(s.description)
        s.note = try FieldRules.note(s.note)
        s.recurrence = try s.recurrence.validated()
        if let kind = s.kind.transactionKind {
            s.toAccount = nil
            s.account = try AccountService.resolve(accountGiven ? s.account : nil, settings: database.settings, currency: database.currency,
                                                   creating: creatingAccount, at: now, in: db)
            s.category = try CategoryService.name(s.category ?? CategoryHistory.guess(s.description, kind: kind, in: db)?.category ?? "other",
                                                  kind: kind, creating: creatingCategory, at: now, in: db)
        } else {
            s.category = nil
            guard let to = s.toAccount else { throw OutlayError.invalidSchedule("a transfer needs the account it goes to (--transfer-to)") }
            s.account = try AccountService.existing(accountGiven ? s.account : try AccountService.resolve(nil, settings: database.settings,
                currency: database.currency, at: now, in: db), in: db).name
            s.toAccount = try AccountService.existing(to, in: db).name
            guard s.account.lowercased() != s.toAccount?.lowercased() else {
                throw OutlayError.invalidAccount(to, reason: "a transfer goes between two different accounts")
            }
        }
        return s
    }
}
