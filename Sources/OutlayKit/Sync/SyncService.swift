import GRDB
import OutlayBasics

/// A replica's side of sync: the changes it has to give, applying what it
/// receives, and where it stands with its server (kept in `settings`).
///
/// The client pushes its own changes after the last acknowledged one, then
/// pulls the server's changes after its cursor; the server serves its whole
/// log by seq. Both apply with `ChangeMerger`, so they reach the same data.
public struct SyncService: Sendable {
    /// Whose log this is: a device's, whose own changes the server may not
    /// have yet, or the server's, which every device reads.
    public enum Role: Sendable {
        case device, server
    }

    public let database: AppDatabase
    var clock: ServiceClock { database.clock }
    let role: Role

    public init(database: AppDatabase, role: Role = .device) {
        self.database = database
        self.role = role
    }

    // MARK: - Giving

    /// This device's changes not yet acknowledged by the server, oldest first.
    public func pendingChanges(limit: Int) throws -> [SyncChange] {
        try database.write { db in
            let device = try ChangeLog.deviceID(db)
            return try ChangeLog.changes(after: try pushedSeq(db), limit: limit, origin: device, in: db).map(\.change)
        }
    }

    public func pendingCount() throws -> Int {
        try database.write { db in
            try ChangeLog.count(origin: try ChangeLog.deviceID(db), after: try pushedSeq(db), in: db)
        }
    }

    /// The server has this device's changes up to `originSeq`: the log may let go of those superseded since.
    public func acknowledge(through originSeq: Int64) throws {
        try database.write { db in
            try setState("sync_pushed_seq", String(originSeq), db)
            try ChangeLog.compact(db, ownAcknowledged: originSeq)
        }
    }

    /// The changes in this replica's log after `seq` (the server's pull),
    /// but for those `excludingOrigin` made; `last` is where the next page starts.
    public func changes(after seq: Int64, limit: Int, excludingOrigin: String? = nil) throws -> (changes: [SyncChange], last: Int64, hasMore: Bool) {
        try database.read { db in
            let rows = try ChangeLog.changes(after: seq, limit: limit + 1, excludingOrigin: excludingOrigin, in: db)
            let hasMore = rows.count > limit
            let page = rows.prefix(limit)
            let last = hasMore ? page.last!.seq : try ChangeLog.lastStampedSeq(in: db) ?? seq
            return (page.map(\.change), max(last, seq), hasMore)
        }
    }

    /// The whole log after `seq` with each change's number here, oldest first (a server's log, copied elsewhere whole).
    public func numberedChanges(after seq: Int64, limit: Int) throws -> [(seq: Int64, change: SyncChange)] {
        try database.read { db in try ChangeLog.changes(after: seq, limit: limit, excludingOrigin: nil, in: db).map { ($0.seq, $0.change) } }
    }

    /// This replica's device id.
    public func deviceID() throws -> String {
        try database.write { db in try ChangeLog.deviceID(db) }
    }

    /// The newest seq in this replica's log.
    public func lastSeq() throws -> Int64 {
        try database.read { db in try ChangeLog.lastSeq(in: db) }
    }

    // MARK: - Receiving

    /// Merges `changes` in one transaction, all or nothing. `maximumAhead`
    /// (milliseconds) refuses a batch stamped further ahead of this clock.
    @discardableResult
    public func apply(_ changes: [SyncChange], maximumAhead: Int64? = nil) throws -> Int {
        try merge(changes, maximumAhead: maximumAhead, newRecordsWhole: false).accepted
    }

    /// What a device's batch did on the server: merged changes, and those already here, each with why.
    public struct PushOutcome: Sendable {
        public var accepted: Int
        /// Changes whose device's changes up to `through` were merged before: a resent batch, or one out of order.
        public var alreadyHere: [(origin: String, originSeq: Int64, through: Int64)]

        /// A push's answer: what was accepted, where the log stands, and what was skipped (the first hundred) and why.
        public func answer(accepted: Int, cursor: Int64) -> JSONValue {
            .object(["accepted": .integer(accepted), "cursor": .integer(Int(cursor)), "skippedCount": .integer(alreadyHere.count),
             "skipped": .array(alreadyHere.prefix(100).map { skipped in
                 .object(["origin": .string(skipped.origin), "originSeq": .integer(Int(skipped.originSeq)),
                          "reason": .string("already here: this device's changes through \(skipped.through) were merged before")])
             })])
        }
    }

    /// A device's batch, checked as a server checks it (clocks, every field, new records whole); refused whole
    /// with an error naming the change, or merged with an account of what was already here.
    public func applyFromDevice(_ changes: [SyncChange], maximumAhead: Int64) throws -> PushOutcome {
        try merge(changes, maximumAhead: maximumAhead, newRecordsWhole: true)
    }

    private func merge(_ changes: [SyncChange], maximumAhead: Int64?, newRecordsWhole: Bool) throws -> PushOutcome {
        let now = clock.now().milliseconds
        if let maximumAhead, let early = changes.first(where: { $0.clock.milliseconds > now + maximumAhead }) {
            throw OutlayError.clockTooFarAhead(change: "\(early.origin)/\(early.originSeq)", aheadBy: early.clock.milliseconds - now)
        }
        for change in changes { try SyncValidation.check(change) }
        return try database.write { db in
            let merger = ChangeMerger(db: db)
            if newRecordsWhole { try merger.checkNewRecordsWhole(changes) }
            let outcome = try merger.apply(changes)
            if outcome.applied > 0 {
                _ = try BudgetEvaluator.evaluate(categories: nil, database: database, clock: clock, in: db)
                try ChangeLog.compact(db, ownAcknowledged: role == .server ? .max : try pushedSeq(db))
            }
            return PushOutcome(accepted: outcome.applied, alreadyHere: outcome.alreadyHere)
        }
    }

    // MARK: - Where this device stands

    public struct State: Sendable, Equatable {
        public var pullCursor: Int64
        public var lastSync: Timestamp?
        public var lastError: String?
    }

    public func state() throws -> State {
        try database.read { db in
            let values = try SettingsRow.values(["sync_pull_cursor", "sync_last_success", "sync_last_error"], in: db)
            return State(pullCursor: values["sync_pull_cursor"].flatMap { Int64($0) } ?? 0,
                         lastSync: values["sync_last_success"].flatMap { Int64($0) }.map(Timestamp.init(milliseconds:)),
                         lastError: values["sync_last_error"])
        }
    }

    public func setPullCursor(_ cursor: Int64) throws {
        try database.write { db in try setState("sync_pull_cursor", String(cursor), db) }
    }

    /// Records how a sync ended: success clears the last error.
    public func recordOutcome(error: String?) throws {
        try database.write { db in
            if let error {
                try setState("sync_last_error", error, db)
            } else {
                try SettingsRow.remove(["sync_last_error"], in: db)
                try setState("sync_last_success", String(clock.now().milliseconds), db)
            }
        }
    }

    /// Forgets the server's cursor, acknowledgements and links (a new server).
    public func resetServerState() throws {
        try database.write { db in
            try SettingsRow.remove(["sync_pull_cursor", "sync_pushed_seq", "sync_last_success", "sync_last_error"], in: db)
            try BasicGatewayLinks.removeAll(in: db)
        }
    }

    private func pushedSeq(_ db: Database) throws -> Int64 {
        try SettingsRow.value("sync_pushed_seq", in: db).flatMap { Int64($0) } ?? 0
    }

    private func setState(_ key: String, _ value: String, _ db: Database) throws {
        try SettingsRow.set(key, value, in: db)
    }
}
