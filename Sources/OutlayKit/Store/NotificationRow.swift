import GRDB
import OutlayBasics

/// How notifications and their deliveries are stored.
enum NotificationRow {
    static let columns = "id, type, message, priority, metadata, is_read, created_at, read_at"

    /// Raised here already, or heard of from another replica (and perhaps deleted since): never raised again.
    static func isKnown(_ id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT 1 FROM notifications WHERE id = ?1 UNION ALL SELECT 1 FROM sync_changes WHERE entity_id = ?1 LIMIT 1
            """), arguments: [id]) == true
    }

    /// Stores a new notification with a delivery row per channel. The inbox
    /// (`in-app`) is delivered by being stored; the others wait for a deliverer.
    /// Its id comes from `id` (what it is about, the same on every device), so
    /// an alert another device already raised, or that was read or deleted
    /// there, is not raised again here: then this returns nil.
    @discardableResult
    static func insert(id: String, type: NotificationType, message: String, priority: NotificationPriority,
                       metadata: JSONObject, channels: [NotificationChannel], at now: Timestamp,
                       in db: Database) throws -> String? {
        guard try !isKnown(id, in: db) else { return nil }
        let json = JSONValue.object(JSONObject(metadata.members.sorted { $0.key < $1.key })).text
        try db.execute(sql: """
            INSERT INTO notifications(\(columns)) VALUES (?, ?, ?, ?, ?, 0, ?, NULL)
            """, arguments: [id, type.rawValue, message, priority.rawValue, json, now.milliseconds])
        for channel in [NotificationChannel.inApp] + channels.filter({ $0 != .inApp }) {
            let delivered = channel == .inApp
            try db.execute(sql: """
                INSERT INTO notification_deliveries(notification_id, channel, status, attempts, next_attempt_at, delivered_at)
                VALUES (?, ?, ?, 0, ?, ?)
                """, arguments: [id, channel.rawValue, (delivered ? DeliveryStatus.delivered : .pending).rawValue,
                                 delivered ? nil : now.milliseconds, delivered ? now.milliseconds : nil])
        }
        return id
    }

    /// Which notifications a read picks.
    enum Selection {
        /// The inbox, or its unread part, of some types (all when empty).
        case inbox(unreadOnly: Bool, types: [NotificationType])
        /// Those raised after the one numbered `seq`.
        case after(seq: Int64)
        case id(String)
        /// The periodic report of `kind` for the period starting on `start`.
        case report(kind: String, start: LocalDate)

        var sql: (condition: String, arguments: StatementArguments) {
            switch self {
            case let .inbox(unreadOnly, types):
                var conditions = unreadOnly ? ["is_read = 0"] : []
                if !types.isEmpty { conditions.append("type IN (\(types.map { _ in "?" }.joined(separator: ", ")))") }
                return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), StatementArguments(types.map(\.rawValue)))
            case let .after(seq): return ("seq > ?", [seq])
            case let .id(id): return ("id = ?", [id])
            case let .report(kind, start):
                return ("id = (SELECT notification_id FROM periodic_reports WHERE kind = ? AND period_start = ?)", [kind, start.description])
            }
        }
    }

    /// Puts new figures in a report's notification, marked revised; false when they are what it says already.
    /// Its read state stays, and no channel delivers it again: a revision is no new alert.
    @discardableResult
    static func revise(_ id: String, message: String, metadata: JSONObject, in db: Database) throws -> Bool {
        let revised = message + " (revised)"
        var marked = metadata
        marked["revised"] = .bool(true)
        let json = JSONValue.object(JSONObject(marked.members.sorted { $0.key < $1.key })).text
        try db.execute(sql: "UPDATE notifications SET message = ?, metadata = ? WHERE id = ? AND message NOT IN (?, ?)",
                       arguments: [revised, json, id, message, revised])
        return db.changesCount > 0
    }

    /// Newest first.
    static func fetch(_ selection: Selection, limit: Int? = nil, in db: Database) throws -> [OutlayNotification] {
        let (condition, arguments) = selection.sql
        let limitClause = limit.map { " LIMIT \($0)" } ?? ""
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM notifications WHERE \(condition) ORDER BY seq DESC\(limitClause)
            """, arguments: arguments)
        return try rows.map { row in
            let id: String = try row.value(0)
            var deliveries = try Row.fetchAll(db, sql: """
                SELECT channel, status, attempts, last_error, next_attempt_at, delivered_at
                FROM notification_deliveries WHERE notification_id = ? ORDER BY channel
                """, arguments: [id]).compactMap { d -> NotificationDelivery? in
                guard let channel = NotificationChannel(rawValue: try d.value(0)), let status = DeliveryStatus(rawValue: try d.value(1)) else { return nil }
                return NotificationDelivery(channel: channel, status: status, attempts: try d.value(2), lastError: try d.value(3),
                                            nextAttemptAt: (try d.value(4) as Int64?).map(Timestamp.init(milliseconds:)),
                                            deliveredAt: (try d.value(5) as Int64?).map(Timestamp.init(milliseconds:)))
            }
            let createdAt = Timestamp(milliseconds: try row.value(6))
            // The inbox is the in-app channel: a notification that reached this replica by sync is delivered there too.
            if !deliveries.contains(where: { $0.channel == .inApp }) {
                deliveries.append(NotificationDelivery(channel: .inApp, status: .delivered, attempts: 0, lastError: nil, nextAttemptAt: nil,
                                                       deliveredAt: createdAt))
                deliveries.sort { $0.channel.rawValue < $1.channel.rawValue }
            }
            return OutlayNotification(
                id: id, type: NotificationType(rawValue: try row.value(1)) ?? .system, message: try row.value(2),
                priority: NotificationPriority(rawValue: try row.value(3)) ?? .medium, metadata: try row.value(4), isRead: try row.value(5),
                createdAt: createdAt, readAt: (try row.value(7) as Int64?).map(Timestamp.init(milliseconds:)),
                deliveries: deliveries)
        }
    }

    static func latestSeq(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM notifications") ?? 0
    }

    static func unreadCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notifications WHERE is_read = 0") ?? 0
    }

    /// Marks one read, keeping when it was first read.
    static func markRead(_ id: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE notifications SET is_read = 1, read_at = COALESCE(read_at, ?) WHERE id = ?", arguments: [now.milliseconds, id])
    }

    /// Marks every unread one read; how many there were.
    static func markAllRead(at now: Timestamp, in db: Database) throws -> Int {
        try db.execute(sql: "UPDATE notifications SET is_read = 1, read_at = ? WHERE is_read = 0", arguments: [now.milliseconds])
        return db.changesCount
    }

    static func delete(_ id: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM notifications WHERE id = ?", arguments: [id])
    }

    /// The dashboard has shown every alert on the `terminal` channel.
    static func markTerminalDelivered(at now: Timestamp, in db: Database) throws {
        try db.execute(sql: """
            UPDATE notification_deliveries SET status = 'delivered', delivered_at = ?
            WHERE channel = 'terminal' AND status = 'pending'
            """, arguments: [now.milliseconds])
    }
}
