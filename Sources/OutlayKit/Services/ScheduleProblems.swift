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
        try SettingsRow.set(key(schedule.id), words, in: db)
        let id = RecordID.derived(from: "schedule_problem/\(schedule.id)/\(first)", on: first)
        let metadata: JSONObject = ["schedule": .string(schedule.id), "date": .string(first.description), "occurrences": .integer(dates.count)]
        try NotificationRow.insert(id: id, type: .system,
                                   message: "'\(schedule.description)' due \(words); change it with outlay recurring edit (or skip the day)",
                                   priority: .high, metadata: metadata, channels: channels, at: now, in: db)
    }

    /// The schedule posts again: its problem is over.
    static func clear(_ scheduleID: String, in db: Database) throws {
        try SettingsRow.remove([key(scheduleID)], in: db)
    }

    /// Each stuck schedule's reason, by id.
    static func all(in db: Database) throws -> [String: String] {
        let values = try SettingsRow.values(prefixed: "schedule_problem/", in: db)
        return Dictionary(uniqueKeysWithValues: values.map { (String($0.key.dropFirst("schedule_problem/".count)), $0.value) })
    }
}
