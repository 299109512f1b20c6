import GRDB

/// The inbox: list, count, mark read, delete.
public struct NotificationService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Newest first; only `types` when given.
    public func list(unreadOnly: Bool = false, types: [NotificationType] = [], limit: Int = 200) throws -> [OutlayNotification] {
        var conditions = unreadOnly ? ["is_read = 0"] : []
        if !types.isEmpty { conditions.append("type IN (\(types.map { _ in "?" }.joined(separator: ", ")))") }
        let condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        return try database.read { db in
            try NotificationRow.fetch(db, where: condition, arguments: StatementArguments(types.map(\.rawValue)), limit: limit)
        }
    }

    /// Notifications created after the one with sequence number `seq` (see `latestSequence`).
    public func created(after seq: Int64) throws -> [OutlayNotification] {
        try database.read { db in try NotificationRow.fetch(db, where: "seq > ?", arguments: [seq]).reversed() }
    }

    public func latestSequence() throws -> Int64 {
        try database.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM notifications") ?? 0 }
    }

    public func unreadCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notifications WHERE is_read = 0") ?? 0 }
    }

    public func markRead(id: String) throws {
        let now = clock.now()
        try database.write { db in
            let id = try resolve(id, in: db)
            try db.execute(sql: "UPDATE notifications SET is_read = 1, read_at = COALESCE(read_at, ?) WHERE id = ?",
                           arguments: [now.milliseconds, id])
        }
    }

    /// Records that the dashboard has shown every alert on the `terminal` channel.
    public func markTerminalDelivered() throws {
        let now = clock.now()
        try database.write { db in
            try db.execute(sql: """
                UPDATE notification_deliveries SET status = 'delivered', delivered_at = ?
                WHERE channel = 'terminal' AND status = 'pending'
                """, arguments: [now.milliseconds])
        }
    }

    /// Returns how many were unread.
    @discardableResult
    public func markAllRead() throws -> Int {
        let now = clock.now()
        return try database.write { db in
            try db.execute(sql: "UPDATE notifications SET is_read = 1, read_at = ? WHERE is_read = 0", arguments: [now.milliseconds])
            return db.changesCount
        }
    }

    /// Removes an alert; `undo` puts it back.
    public func delete(id: String) throws {
        let now = clock.now()
        try database.write { db in
            let id = try resolve(id, in: db)
            guard let alert = try NotificationRow.fetch(db, where: "id = ?", arguments: [id]).first else { return }
            try db.execute(sql: "DELETE FROM notifications WHERE id = ?", arguments: [id])
            try UndoEntry.alertDeleted(NotificationSnapshot(alert)).push(db, at: now)
        }
    }

    private func resolve(_ idOrTail: String, in db: Database) throws -> String {
        let ids = try IDLookup.matches(idOrTail, in: "notifications", limit: 2, db: db)
        guard ids.count == 1 else { throw OutlayError.unknownNotification(idOrTail) }
        return ids[0]
    }
}
