import GRDB
import OutlayBasics

/// Occurrences that came due but could not be posted (an amount the ledger
/// cannot hold, an account gone for good): never dropped in silence. The
/// reason is kept per schedule until a posting succeeds (`recurring list`
/// shows it), and the inbox hears of it once per first stuck day.
enum ScheduleProblems {
    private static func key(_ scheduleID: String) -> String { "schedule_problem/\(scheduleID)" }

    /// Notes that `dates` of `schedule` could not be posted, and raises its notification once.
    static func record(_ schedule: Schedule, dates: [LocalDate], reason: String, channels: [NotificationChannel], at now: Timestamp,
                       in db: Database) throws {
        guard let first = dates.first else { return }
        let more = dates.count > 1 ? " and \(dates.count - 1) more" : ""
        let words = "\(first)\(more) could not be posted: \(reason)"
        try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key(schedule.id), words])
        let id = RecordID.derived(from: "schedule_problem/\(schedule.id)/\(first)", on: first)
        let metadata: JSONObject = ["schedule": .string(schedule.id), "date": .string(first.description), "occurrences": .integer(dates.count)]
        try NotificationRow.insert(id: id, type: .system,
                                   message: "'\(schedule.description)' due \(words); change it with outlay recurring edit (or skip the day)",
                                   priority: .high, metadata: metadata, channels: channels, at: now, in: db)
    }

    /// The schedule posts again: its problem is over.
    static func clear(_ scheduleID: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key(scheduleID)])
    }

    /// Each stuck schedule's reason, by id.
    static func all(in db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM settings WHERE key LIKE 'schedule_problem/%'")
        return Dictionary(uniqueKeysWithValues: try rows.map { row in
            (String((try row.value(0) as String).dropFirst("schedule_problem/".count)), try row.value(1) as String)
        })
    }
}
