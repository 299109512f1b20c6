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
        try database.read { db in try NotificationRow.fetch(.inbox(unreadOnly: unreadOnly, types: types), limit: limit, in: db) }
    }

    /// Notifications created after the one with sequence number `seq` (see `latestSequence`).
    public func created(after seq: Int64) throws -> [OutlayNotification] {
        try database.read { db in try NotificationRow.fetch(.after(seq: seq), in: db).reversed() }
    }

    public func latestSequence() throws -> Int64 {
        try database.read { db in try NotificationRow.latestSeq(in: db) }
    }

    public func unreadCount() throws -> Int {
        try database.read { db in try NotificationRow.unreadCount(in: db) }
    }

    public func markRead(id: String) throws {
        let now = clock.now()
        try database.write { db in
            let id = try resolve(id, in: db)
            try NotificationRow.markRead(id, at: now, in: db)
        }
    }

    /// Records that the dashboard has shown every alert on the `terminal` channel.
    public func markTerminalDelivered() throws {
        let now = clock.now()
        try database.write { db in try NotificationRow.markTerminalDelivered(at: now, in: db) }
    }

    /// Returns how many were unread.
    @discardableResult
    public func markAllRead() throws -> Int {
        let now = clock.now()
        return try database.write { db in try NotificationRow.markAllRead(at: now, in: db) }
    }

    /// Removes an alert; `undo` puts it back.
    public func delete(id: String) throws {
        let now = clock.now()
        try database.write { db in
            let id = try resolve(id, in: db)
            guard let alert = try NotificationRow.fetch(.id(id), in: db).first else { return }
            try NotificationRow.delete(id, in: db)
            try UndoEntry.alertDeleted(NotificationSnapshot(alert)).push(db, at: now)
        }
    }

    private func resolve(_ idOrTail: String, in db: Database) throws -> String {
        let ids = try IDLookup.matches(idOrTail, in: .notifications, limit: 2, db: db)
        guard ids.count == 1 else { throw OutlayError.unknownNotification(idOrTail) }
        return ids[0]
    }
}
