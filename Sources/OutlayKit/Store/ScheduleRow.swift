import GRDB

/// Reads and writes `schedules` rows.
enum ScheduleRow {
    static let columns = """
        id, kind, amount, description, category, account, to_account, every, unit, day, weekday, start_date, end_date, count, confirm, note, \
        created_at, updated_at, deleted_at
        """

    static func decode(_ row: Row, currency: Currency) throws -> Schedule {
        let id: String = try row.value(0)
        func invalid(_ what: String) -> OutlayError { .storedValueInvalid("schedule \(id) has \(what)") }
        func day(_ text: String?) throws -> LocalDate? {
            try text.map { text in guard let day = try? LocalDate(parsing: text) else { throw invalid("date '\(text)'") }; return day }
        }
        let kindText: String = try row.value(1), unitText: String = try row.value(8), weekdayText: String? = try row.value(10)
        guard let kind = Schedule.Kind(rawValue: kindText), let unit = Recurrence.Unit(rawValue: unitText) else {
            throw invalid("kind '\(kindText)' and unit '\(unitText)'")
        }
        let weekday = try weekdayText.map { text in guard let rule = try? WeekdayRule(parsing: text) else { throw invalid("weekday '\(text)'") }; return rule }
        guard let start = try day(try row.value(11)) else { throw invalid("no start") }
        let count: Int64? = try row.value(13), dayOfMonth: Int64? = try row.value(9), deleted: Int64? = try row.value(18)
        let recurrence = Recurrence(every: Int(try row.value(7) as Int64), unit: unit, dayOfMonth: dayOfMonth.map { Int($0) }, weekday: weekday,
                                    start: start, until: try day(try row.value(12)), count: count.map { Int(clamping: $0) })
        return Schedule(id: id, kind: kind, amount: Money(minorUnits: try row.value(2), currency: currency), description: try row.value(3),
                        category: try row.value(4), account: try row.value(5), toAccount: try row.value(6), recurrence: recurrence,
                        confirm: (try row.value(14) as Int64) != 0, note: try row.value(15), createdAt: Timestamp(milliseconds: try row.value(16)),
                        updatedAt: Timestamp(milliseconds: try row.value(17)), deletedAt: deleted.map(Timestamp.init(milliseconds:)))
    }

    /// The live schedules, with how far this replica has posted each.
    static func live(currency: Currency, in db: Database) throws -> [(schedule: Schedule, postedThrough: LocalDate?)] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(columns), posted_through FROM schedules WHERE deleted_at IS NULL ORDER BY seq"))
            .map { row in (try decode(row, currency: currency), (row[19] as String?).flatMap { try? LocalDate(parsing: $0) }) }
    }

    static func fetch(_ id: String, currency: Currency, in db: Database) throws -> Schedule? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM schedules WHERE id = ?", arguments: [id]).map { try decode($0, currency: currency) }
    }

    static func save(_ s: Schedule, in db: Database) throws {
        let r = s.recurrence
        try db.execute(sql: """
            INSERT INTO schedules(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, amount = excluded.amount, description = excluded.description,
                category = excluded.category, account = excluded.account, to_account = excluded.to_account, every = excluded.every,
                unit = excluded.unit, day = excluded.day, weekday = excluded.weekday, start_date = excluded.start_date,
                end_date = excluded.end_date, count = excluded.count, confirm = excluded.confirm, note = excluded.note,
                updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
            """, arguments: [s.id, s.kind.rawValue, s.amount.minorUnits, s.description, s.category, s.account, s.toAccount, r.every,
                             r.unit.rawValue, r.dayOfMonth, r.weekday?.description, r.start.description, r.until?.description, r.count,
                             s.confirm ? 1 : 0, s.note, s.createdAt.milliseconds, s.updatedAt.milliseconds, s.deletedAt?.milliseconds])
    }

    static func setPostedThrough(_ id: String, _ day: LocalDate, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE schedules SET posted_through = ? WHERE id = ?").execute(arguments: [day.description, id])
    }

    // MARK: - As undo keeps it

    /// The columns that say what a schedule is, as a JSON object's text.
    static func snapshot(_ id: String, in db: Database) throws -> String? {
        let fields = synced.map { "'\($0)', \($0)" }.joined(separator: ", ")
        return try String.fetchOne(db, sql: "SELECT json_object(\(fields)) FROM schedules WHERE id = ?", arguments: [id])
    }

    /// Puts those columns back as a snapshot had them.
    static func restore(_ id: String, from snapshot: String, at now: Timestamp, in db: Database) throws {
        let assignments = synced.filter { $0 != "updated_at" }.map { "\($0) = json_extract(?1, '$.\($0)')" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE schedules SET \(assignments), updated_at = ?2 WHERE id = ?3", arguments: [snapshot, now.milliseconds, id])
    }

    private static let synced = ["kind", "amount", "description", "category", "account", "to_account", "every", "unit", "day", "weekday",
                                 "start_date", "end_date", "count", "confirm", "note", "created_at", "updated_at", "deleted_at"]
}

extension ScheduleRow {
    /// Whether a live schedule that posts by itself has occurrences not yet posted through `today`.
    static func anyDue(on today: LocalDate, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT 1 FROM schedules WHERE deleted_at IS NULL AND confirm = 0 AND (posted_through IS NULL OR posted_through < ?)
                AND start_date <= ? LIMIT 1
            """, arguments: [today.description, today.description]) ?? false
    }

    /// Which of the occurrence ids of `schedule` have their record (posted, skipped, or posted and deleted since).
    static func existingOccurrences(of schedule: Schedule, ids: [String], in db: Database) throws -> [String] {
        let table = schedule.kind == .transfer ? "transfers" : "transactions"
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try String.fetchAll(db, sql: "SELECT id FROM \(table) WHERE id IN (\(marks))", arguments: StatementArguments(ids))
    }

    static func hasOccurrence(of schedule: Schedule, on date: LocalDate, in db: Database) throws -> Bool {
        let table = schedule.kind == .transfer ? "transfers" : "transactions"
        return try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM \(table) WHERE id = ?"), arguments: [schedule.occurrenceID(on: date)]) ?? false
    }
}
