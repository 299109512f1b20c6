import GRDB

// The statements `undo` takes changes back with, each on its table's store type.

extension TransactionRow {
    static func description(of id: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT description FROM transactions WHERE id = ?", arguments: [id])
    }

    static func exists(_ id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM transactions WHERE id = ?"), arguments: [id]) == true
    }

    /// An import taken back: its live transactions go, and their import keys with them, so the same file can come in again.
    static func removeImported(seqs: ClosedRange<Int64>, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: """
            UPDATE transactions SET deleted_at = ?1, updated_at = ?1, import_key = NULL
            WHERE seq BETWEEN ?2 AND ?3 AND deleted_at IS NULL
            """, arguments: [now.milliseconds, seqs.lowerBound, seqs.upperBound])
    }
}

extension TransferRow {
    static func description(of id: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT description FROM transfers WHERE id = ?", arguments: [id])
    }

    /// The live transfers an import made go.
    static func removeImported(seqs: ClosedRange<Int64>, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE transfers SET deleted_at = ?1, updated_at = ?1 WHERE seq BETWEEN ?2 AND ?3 AND deleted_at IS NULL",
                       arguments: [now.milliseconds, seqs.lowerBound, seqs.upperBound])
    }
}

extension ScheduleRow {
    static func description(of id: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT description FROM schedules WHERE id = ?", arguments: [id])
    }

    static func isDeleted(_ id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT deleted_at IS NOT NULL FROM schedules WHERE id = ?", arguments: [id]) == true
    }

    static func markDeleted(_ id: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE schedules SET deleted_at = ?1, updated_at = ?1 WHERE id = ?2", arguments: [now.milliseconds, id])
    }

    /// The next posting starts from the schedule's beginning again (what is there stays: its ids are fixed).
    static func forgetPostings(_ id: String, in db: Database) throws {
        try db.execute(sql: "UPDATE schedules SET posted_through = NULL WHERE id = ?", arguments: [id])
    }

    /// Removes what `schedule` posted on `date` when it was made (made then, so not a later hand entry of that id).
    static func removeOccurrence(of schedule: Schedule, on date: LocalDate, at now: Timestamp, in db: Database) throws {
        let table = schedule.kind == .transfer ? "transfers" : "transactions"
        try db.execute(sql: "UPDATE \(table) SET deleted_at = ?1, updated_at = ?1 WHERE id = ?2 AND created_at = ?3 AND deleted_at IS NULL",
                       arguments: [now.milliseconds, schedule.occurrenceID(on: date), schedule.createdAt.milliseconds])
    }
}

extension BudgetRow {
    /// The category of a budget, deleted or not: `.some(nil)` for the overall budget, nil when there is none.
    static func category(of id: String, in db: Database) throws -> String?? {
        guard let row = try Row.fetchOne(db, sql: "SELECT category FROM budgets WHERE id = ?", arguments: [id]) else { return nil }
        return .some(try row.value(0))
    }

    static func restoreSettings(_ id: String, _ before: BudgetSnapshot, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE budgets SET amount = ?, period = ?, threshold = ?, rollover = ?, updated_at = ? WHERE id = ?",
                       arguments: [before.amount, before.period, before.threshold, before.rollover, now.milliseconds, id])
    }

    /// Whether a live budget for the same category and period took the deleted one's place.
    static func isReplaced(_ id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT 1 FROM budgets b JOIN budgets gone ON gone.id = ?
            WHERE b.deleted_at IS NULL AND b.period = gone.period AND b.category IS gone.category
            """, arguments: [id]) ?? false
    }

    static func undelete(_ id: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE budgets SET deleted_at = NULL, updated_at = ? WHERE id = ?", arguments: [now.milliseconds, id])
    }
}

extension NotificationRow {
    /// A deleted alert back in the inbox, as it was.
    static func restore(_ alert: NotificationSnapshot, in db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO notifications(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [alert.id, alert.type, alert.message, alert.priority, alert.metadata, alert.isRead, alert.createdAt, alert.readAt])
        try db.execute(sql: """
            INSERT OR IGNORE INTO notification_deliveries(notification_id, channel, status, attempts, delivered_at)
            VALUES (?, 'in-app', 'delivered', 0, ?)
            """, arguments: [alert.id, alert.createdAt])
    }
}
