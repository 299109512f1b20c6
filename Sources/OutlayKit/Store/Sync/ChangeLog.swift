import GRDB
import OutlayBasics

/// The sync change log, `sync_changes`: every write to a synced table leaves
/// a row naming the record and the fields it set, made by triggers (created
/// by the migrations) so that no code path (nor the sqlite3 shell) can forget. A row is stamped with
/// this device's id and hybrid clock at the end of the write transaction
/// that made it (`stamp`), so local use never waits for anything.
enum ChangeLog {
    /// The entity id of the row `alias` names.
    static func entityID(_ entity: SyncEntity, _ alias: String) -> String {
        entity.keyColumns.map { "\(alias).\($0)" }.joined(separator: " || '/' || ")
    }

    /// A JSON object of every synced column of the row `alias` names (a live
    /// row of a table that removes rows says so with a null `deleted_at`).
    static func allFields(_ entity: SyncEntity, _ alias: String) -> String {
        let columns = entity.columns.map { "'\($0)', \(alias).\($0)" } + (entity.removesRows ? ["'deleted_at', NULL"] : [])
        return "json_object(" + columns.joined(separator: ", ") + ")"
    }

    /// Logs the records of `entity` the condition picks as created whole: for
    /// bulk loads, which run without the triggers.
    static func logRecords(of entity: SyncEntity, where condition: String = "1", arguments: StatementArguments = [],
                           in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT '\(entity.rawValue)', \(entityID(entity, "t")), \(allFields(entity, "t")) FROM \(entity.table) t
                WHERE \(condition)\(entity == .category ? "" : " ORDER BY seq")
            """, arguments: arguments)
    }

    /// Gives the write's unstamped changes this device's id and the next clock reading.
    static func stamp(_ db: Database, now: Timestamp) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM sync_changes WHERE hlc IS NULL LIMIT 1")) == true else { return }
        let clock = try advanceClock(db) { $0.tick(now: now.milliseconds) }
        try db.cachedStatement(sql: "UPDATE sync_changes SET hlc = ?, origin = ?, origin_seq = seq WHERE hlc IS NULL")
            .execute(arguments: [clock.description, try deviceID(db)])
    }

    /// This database's device id, made on first use.
    static func deviceID(_ db: Database) throws -> String {
        if let id = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = 'device_id'")) { return id }
        let id = RecordID.make().lowercased()
        try db.execute(sql: "INSERT INTO settings(key, value) VALUES ('device_id', ?)", arguments: [id])
        return id
    }

    /// Moves the stored clock with `step` and returns where it lands.
    @discardableResult
    static func advanceClock(_ db: Database, _ step: (HybridTimestamp) -> HybridTimestamp) throws -> HybridTimestamp {
        let stored = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = 'sync_clock'"))
        let next = step(stored.flatMap(HybridTimestamp.init(parsing:)) ?? .zero)
        try db.cachedStatement(sql: "INSERT INTO settings(key, value) VALUES ('sync_clock', ?) ON CONFLICT DO UPDATE SET value = excluded.value")
            .execute(arguments: [next.description])
        return next
    }

    // MARK: - Compaction

    /// Lets go of logged changes that can decide nothing any more: every field
    /// each one set was set again by a later change to the same record (the
    /// latest change to every field always stays, so a replica that joins
    /// later still builds every record). Only changes the server has are
    /// dropped: another device's, and this device's own up to `ownAcknowledged`.
    /// Looks only at records touched since the last compaction.
    static func compact(_ db: Database, ownAcknowledged: Int64) throws {
        let since = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = 'sync_compacted_seq'"))
            .flatMap { Int64($0) } ?? 0
        guard let newest = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(seq) FROM sync_changes WHERE hlc IS NOT NULL")),
              newest > since else { return }
        let device = try deviceID(db)
        // This device's changes the server does not have yet wait, with everything after them, for the next time.
        let firstPending = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT MIN(seq) FROM sync_changes WHERE origin = ? AND origin_seq > ? AND hlc IS NOT NULL
            """), arguments: [device, ownAcknowledged])
        let through = min(newest, (firstPending ?? newest + 1) - 1)
        guard through > since else { return }
        // Only records that have more than one logged change can have one to let go.
        let records = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT entity_id, entity FROM sync_changes WHERE hlc IS NOT NULL AND entity_id IN (
                SELECT entity_id FROM sync_changes WHERE seq > ? AND seq <= ? AND hlc IS NOT NULL)
            GROUP BY entity_id, entity HAVING COUNT(*) > 1
            """), arguments: [since, through])
        for record in records {
            let logged = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT seq, hlc, origin, origin_seq, fields FROM sync_changes WHERE entity_id = ? AND entity = ? AND hlc IS NOT NULL
                """), arguments: [try record.value(0) as String, try record.value(1) as String])
            let changes = try logged.map { row in
                (seq: try row.value(0) as Int64, clock: try row.value(1) as String, origin: try row.value(2) as String,
                 originSeq: try row.value(3) as Int64, fields: Set((fields(try row.value(4)) ?? [:]).keys))
            }.sorted { ($0.clock, $0.origin, $0.originSeq) > ($1.clock, $1.origin, $1.originSeq) }  // one write's changes share a clock
            var setLater = Set<String>()
            for change in changes {
                if change.fields.isSubset(of: setLater), change.origin != device || change.originSeq <= ownAcknowledged {
                    try db.cachedStatement(sql: "DELETE FROM sync_changes WHERE seq = ?").execute(arguments: [change.seq])
                }
                setLater.formUnion(change.fields)
            }
        }
        try db.cachedStatement(sql: "INSERT INTO settings(key, value) VALUES ('sync_compacted_seq', ?) ON CONFLICT DO UPDATE SET value = excluded.value")
            .execute(arguments: [String(through)])
    }

    // MARK: - Reading

    static let selectColumns = "seq, origin, origin_seq, hlc, entity, entity_id, fields"

    /// Stamped changes after `seq`, in log order, with their seq here: those
    /// `origin` made, or when nil, all but those `excludingOrigin` made.
    static func changes(after seq: Int64, limit: Int, origin: String? = nil, excludingOrigin: String? = nil,
                        in db: Database) throws -> [(seq: Int64, change: SyncChange)] {
        let originFilter = origin != nil ? " AND origin = ?" : excludingOrigin != nil ? " AND origin <> ?" : ""
        var arguments: StatementArguments = [seq]
        if let origin = origin ?? excludingOrigin { arguments += [origin] }
        arguments += [limit]
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(selectColumns) FROM sync_changes WHERE seq > ? AND hlc IS NOT NULL\(originFilter) ORDER BY seq LIMIT ?
            """), arguments: arguments).map { row in (try row.value(0), try change(row)) }
    }

    static func change(_ row: Row) throws -> SyncChange {
        let entityName: String = try row.value(4)
        guard let clock = HybridTimestamp(parsing: try row.value(3)), let entity = SyncEntity(rawValue: entityName),
              let fields = fields(try row.value(6)) else {
            throw OutlayError.storedValueInvalid("sync change \(try row.value(0) as Int64) is malformed")
        }
        return SyncChange(origin: try row.value(1), originSeq: try row.value(2), clock: clock, entity: entity, entityID: try row.value(5), fields: fields)
    }

    /// A logged `fields` column; nil when it is not a JSON object of allowed values.
    static func fields(_ text: String) -> [String: SyncChange.Value]? {
        guard case let .object(object)? = try? JSONParser.parse(Array(text.utf8)) else { return nil }
        var fields: [String: SyncChange.Value] = [:]
        for member in object.members {
            guard let value = try? SyncChange.Value(json: member.value) else { return nil }
            fields[member.key] = value
        }
        return fields
    }

    /// Fields as a JSON object, keys sorted: the log's column and the wire's `fields`.
    static func fieldsObject(_ fields: [String: SyncChange.Value]) -> JSONValue {
        .object(JSONObject(fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }))
    }

    /// How many of `origin`'s changes come after its `originSeq`.
    static func count(origin: String, after originSeq: Int64, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sync_changes WHERE origin = ? AND origin_seq > ?", arguments: [origin, originSeq]) ?? 0
    }

    /// The newest stamped change's number, nil while none is.
    static func lastStampedSeq(in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM sync_changes WHERE hlc IS NOT NULL")
    }

    static func lastSeq(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM sync_changes") ?? 0
    }
}

extension SyncChange.Value {
    public var json: JSONValue {
        switch self {
        case let .text(text): .string(text)
        case let .integer(number): .integer(number)
        case .null: .null
        }
    }

    public init(json: JSONValue) throws(OutlayError) {
        switch json {
        case let .string(text): self = .text(text)
        case let .number(literal):
            guard let number = Int64(literal) else { throw OutlayError.invalidSyncChange("a field value \(literal) is not a whole number") }
            self = .integer(number)
        case .null: self = .null
        default: throw OutlayError.invalidSyncChange("a field value is \(json.kindName); expected text, a whole number or null")
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case let .text(text): text.databaseValue
        case let .integer(number): number.databaseValue
        case .null: .null
        }
    }
}

/// `basic_gateway_links`: which local transaction is which expense on a gateway that has only the basic routes.
enum BasicGatewayLinks {
    static func isLinked(remote id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM basic_gateway_links WHERE remote_id = ?"), arguments: [id]) == true
    }

    static func link(_ localID: String, _ remoteID: String, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO basic_gateway_links(local_id, remote_id) VALUES (?, ?)").execute(arguments: [localID, remoteID])
    }

    static func removeAll(in db: Database) throws { try db.execute(sql: "DELETE FROM basic_gateway_links") }

    /// Live local transactions not on the gateway yet, oldest first.
    static func unlinked(limit: Int, currency: Currency, in db: Database) throws -> [Transaction] {
        try TransactionRow.fetchAll(db, sql: """
            SELECT \(TransactionRow.columnsOfT) FROM transactions t
            WHERE deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM basic_gateway_links WHERE local_id = t.id)
            ORDER BY seq LIMIT ?
            """, arguments: [limit], currency: currency)
    }

    /// An unlinked local transaction that is this remote one: the same id, or the same day, kind, amount and description.
    static func unlinkedMatch(of remote: TransactionDraft, remoteID: String, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM transactions t
            WHERE (id = ? OR (date = ? AND kind = ? AND amount = ? AND description = ? AND deleted_at IS NULL))
              AND NOT EXISTS (SELECT 1 FROM basic_gateway_links WHERE local_id = t.id)
            ORDER BY id <> ?1, seq LIMIT 1
            """), arguments: [remoteID, remote.date.description, remote.kind.rawValue, remote.amount.minorUnits, remote.description])
    }
}
