import GRDB

/// `notification_deliveries`: each notification's way out per channel, and
/// when the desktop and webhook ones are next due. The deliverer's statements.
enum DeliveryRow {
    /// A delivery due now, with its notification.
    struct Due {
        var channel: String
        var attempts: Int
        var payload: DeliveryPayload
    }

    private static let dueCondition = """
        d.status IN ('pending', 'failed') AND d.channel IN ('desktop', 'webhook')
          AND d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= ?
        """

    static func hasDue(at now: Timestamp, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM notification_deliveries d WHERE \(dueCondition) LIMIT 1", arguments: [now.milliseconds]) == true
    }

    /// The deliveries due at `now`, in the order their notifications were raised.
    static func due(at now: Timestamp, in db: Database) throws -> [Due] {
        try Row.fetchAll(db, sql: """
            SELECT d.notification_id, d.channel, d.attempts, n.type, n.message, n.priority, n.metadata, n.created_at
            FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
            WHERE \(dueCondition) ORDER BY n.seq
            """, arguments: [now.milliseconds]).map { row in
            Due(channel: try row.value(1), attempts: try row.value(2),
                payload: DeliveryPayload(id: try row.value(0), type: try row.value(3), message: try row.value(4), priority: try row.value(5),
                                         metadata: try row.value(6), createdAt: Timestamp(milliseconds: try row.value(7))))
        }
    }

    /// Takes the delivery until `until` if it is still due at `now`; false when another deliverer has it.
    static func claim(_ id: String, channel: String, at now: Timestamp, until: Int64, in db: Database) throws -> Bool {
        try db.execute(sql: """
            UPDATE notification_deliveries SET next_attempt_at = ?
            WHERE notification_id = ? AND channel = ? AND status IN ('pending', 'failed') AND next_attempt_at <= ?
            """, arguments: [until, id, channel, now.milliseconds])
        return db.changesCount == 1
    }

    static func record(_ id: String, channel: String, status: DeliveryStatus, attempts: Int, error: String?, nextAttempt: Int64?,
                       deliveredAt: Int64?, in db: Database) throws {
        try db.execute(sql: """
            UPDATE notification_deliveries SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?,
                delivered_at = ? WHERE notification_id = ? AND channel = ?
            """, arguments: [status.rawValue, attempts, error, nextAttempt, deliveredAt, id, channel])
    }
}
