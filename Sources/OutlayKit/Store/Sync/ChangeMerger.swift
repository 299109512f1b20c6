import GRDB
import OutlayBasics

/// Applies changes from other replicas: last writer wins per field.
///
/// For each field a change sets, the change wins when its (clock, device)
/// is later than that of every change already logged here that set the same
/// field of the same record. Winning fields are written to the record (or
/// create it); the change itself joins the log, so it decides later merges
/// and, on the server, is served to the other devices. A change at or below
/// its device's mark (`sync_origins`) is known already and skipped, so
/// applying a batch twice changes nothing. Changes arrive here already
/// checked (`SyncValidation`, in `SyncService.apply`).
///
/// One pass: each record's logged fields are read once per batch and kept up
/// to date in memory as its changes apply, so a batch of n changes to one
/// record costs n steps, not n reads of a growing log.
struct ChangeMerger {
    let db: Database

    /// What is known here of one record: the latest change to each field, and whether its row exists.
    private struct RecordState {
        var latest: [String: (clock: HybridTimestamp, origin: String, originSeq: Int64, value: SyncChange.Value)] = [:]
        var exists: Bool
    }

    private struct RecordKey: Hashable {
        let entity: SyncEntity
        let id: String
    }

    /// Applies `changes` in order; returns how many were new here.
    /// What a batch did: how many changes were merged, and which were here already (their device's
    /// changes up to `through` had been merged: a batch sent again, or sent out of order).
    struct Outcome: Sendable {
        var applied = 0
        var alreadyHere: [(origin: String, originSeq: Int64, through: Int64)] = []
    }

    func apply(_ changes: [SyncChange]) throws -> Outcome {
        // Hearing of the latest clock moves this one past all of them.
        if let latest = changes.map(\.clock).max() { try ChangeLog.advanceClock(db) { $0.receiving(latest) } }
        // The sync triggers would log the writes below as made here; they are the remote changes, logged
        // as they come. A big batch goes without them; the copies they make of a small one are dropped after.
        let outcome = changes.count >= 500
            ? try db.withTriggersSuspended(where: "name GLOB '*_sync_*'") { try merge(changes) } ?? Outcome()
            : try merge(changes)
        try keepSplitsWhole(changes)
        // A rate from elsewhere moves the base amounts from its day on; the write converts them again before it commits.
        if let first = changes.filter({ $0.entity == .rate }).compactMap({ SyncEntity.rate.keyValues($0.entityID)?.last }).min(),
           let day = try? LocalDate(parsing: first) {
            try BaseAmounts.markStale(from: day, base: try Currency(code: BaseAmounts.base(in: db)), in: db)
        }
        // Rows merged here are in the base, or converted now, before anything weighs them.
        try BaseAmounts.convertPending(in: db)
        try db.execute(sql: "DELETE FROM sync_changes WHERE hlc IS NULL")
        return outcome
    }

    /// A split's parts and its amount always travel together (migration v14), so they merge as a pair; a
    /// change from elsewhere that set only one of them (an older release) could leave parts that no longer
    /// sum to the amount. Such a transaction becomes whole in its first part's category: every device that
    /// merges the same changes decides the same, so the repair itself needs no sending.
    private func keepSplitsWhole(_ changes: [SyncChange]) throws {
        let touched = Set(changes.filter { $0.entity == .transaction && ($0.fields["amount"] != nil || $0.fields["splits"] != nil) }.map(\.entityID))
        guard !touched.isEmpty else { return }
        // One statement for the batch (a first sync brings every transaction's amount), each id an index lookup.
        try db.execute(sql: """
            UPDATE transactions SET splits = NULL
            WHERE id IN (SELECT value FROM json_each(?)) AND splits IS NOT NULL
                AND (SELECT SUM(json_extract(value, '$.amount')) FROM json_each(splits)) IS NOT amount
            """, arguments: [JSONValue.array(touched.sorted().map(JSONValue.string)).text])
    }

    /// Refuses a change to a record this ledger has never heard of that, with the batch's other changes to it,
    /// does not carry every field the record needs: it could never appear, and its device would think it sent.
    /// (A device only edits what it made, whole, or what it heard of from here.)
    func checkNewRecordsWhole(_ changes: [SyncChange]) throws {
        var fields: [RecordKey: Set<String>] = [:]
        var deleted: Set<RecordKey> = []
        for change in changes {
            let key = RecordKey(entity: change.entity, id: change.entityID)
            fields[key, default: []].formUnion(change.fields.keys)
            if let removal = change.fields["deleted_at"], removal != .null { deleted.insert(key) }
        }
        for (key, named) in fields.sorted(by: { $0.key.id < $1.key.id }) where !deleted.contains(key) {
            let missing = key.entity.requiredColumns.filter { !named.contains($0) }
            guard !missing.isEmpty, try !rowExists(key), try !isLogged(key) else { continue }
            throw OutlayError.invalidSyncChange("\(key.entity.rawValue) \(key.id) is new here, but its changes lack \(missing.joined(separator: ", ")): a new record comes with every field")
        }
    }

    private func isLogged(_ key: RecordKey) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM sync_changes WHERE entity_id = ? AND entity = ? LIMIT 1"),
                          arguments: [key.id, key.entity.rawValue]) == true
    }

    private func merge(_ changes: [SyncChange]) throws -> Outcome {
        var records: [RecordKey: RecordState] = [:]
        var marks: [String: Int64] = [:]
        var outcome = Outcome()
        for change in changes {
            let mark = try marks[change.origin] ?? mergedMark(of: change.origin)
            guard change.originSeq > mark else {
                outcome.alreadyHere.append((change.origin, change.originSeq, mark))
                continue
            }
            marks[change.origin] = change.originSeq
            let key = RecordKey(entity: change.entity, id: change.entityID)
            var state = try records[key] ?? loadState(key)
            try write(change, over: &state)
            records[key] = state
            try db.cachedStatement(sql: """
                INSERT INTO sync_changes(entity, entity_id, fields, hlc, origin, origin_seq) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [change.entity.rawValue, change.entityID, ChangeLog.fieldsObject(change.fields).text,
                                         change.clock.description, change.origin, change.originSeq])
            outcome.applied += 1
        }
        for (origin, through) in marks {
            try db.cachedStatement(sql: """
                INSERT INTO sync_origins(origin, through) VALUES (?, ?) ON CONFLICT DO UPDATE SET through = MAX(through, excluded.through)
                """).execute(arguments: [origin, through])
        }
        return outcome
    }

    /// The highest sequence number of `origin`'s changes merged here.
    private func mergedMark(of origin: String) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT through FROM sync_origins WHERE origin = ?"), arguments: [origin]) ?? 0
    }

    /// The record's logged fields, latest per field, and whether its row is here.
    private func loadState(_ key: RecordKey) throws -> RecordState {
        var state = RecordState(exists: try rowExists(key))
        let logged = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT hlc, origin, fields, origin_seq FROM sync_changes WHERE entity_id = ? AND entity = ? AND hlc IS NOT NULL
            """), arguments: [key.id, key.entity.rawValue])
        for row in logged {
            guard let clock = HybridTimestamp(parsing: try row.value(0)), let fields = ChangeLog.fields(try row.value(2)) else { continue }
            let origin: String = try row.value(1), originSeq: Int64 = try row.value(3) ?? 0
            for (field, value) in fields {
                if let known = state.latest[field], (known.clock, known.origin, known.originSeq) > (clock, origin, originSeq) { continue }
                state.latest[field] = (clock, origin, originSeq, value)
            }
        }
        return state
    }

    private func rowExists(_ key: RecordKey) throws -> Bool {
        guard let keyValues = key.entity.keyValues(key.id) else { return false }
        let match = key.entity.keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
        return try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM \(key.entity.table) WHERE \(match)"),
                                 arguments: StatementArguments(keyValues.map(\.databaseValue))) == true
    }

    /// Writes the fields `change` wins to its record (or creates the record
    /// when every column it needs is known) and notes them in `state`.
    /// Statements are cached by their text (one per set of columns): compiling one, triggers and all, costs more than running it.
    private func write(_ change: SyncChange, over state: inout RecordState) throws {
        var winners: [String: SyncChange.Value] = [:]
        for (field, value) in change.fields {
            if let known = state.latest[field], !change.beats(known.clock, known.origin, known.originSeq) { continue }
            winners[field] = value
            state.latest[field] = (change.clock, change.origin, change.originSeq, value)
        }
        let entity = change.entity
        guard let keyValues = entity.keyValues(change.entityID) else { return }
        let keys = entity.keyColumns
        let match = keys.map { "\($0) = ?" }.joined(separator: " AND ")
        let keyArguments = keyValues.map(\.databaseValue)
        // Every field's latest known value: what a record made now starts with.
        var creation = state.latest.mapValues(\.value)
        if entity.removesRows {
            // `deleted_at` is no column here: a winning delete removes the row, and a removed one stays away.
            let removed = (state.exists ? winners["deleted_at"] : creation["deleted_at"]).map { $0 != .null } ?? false
            winners["deleted_at"] = nil
            creation["deleted_at"] = nil
            if removed {
                if state.exists {
                    try db.cachedStatement(sql: "DELETE FROM \(entity.table) WHERE \(match)").execute(arguments: StatementArguments(keyArguments))
                    state.exists = false
                }
                return
            }
        }
        if state.exists {
            guard !winners.isEmpty else { return }
            let columns = winners.keys.sorted()
            try db.cachedStatement(sql: "UPDATE \(entity.table) SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(match)")
                .execute(arguments: StatementArguments(columns.compactMap { winners[$0]?.databaseValue } + keyArguments))
        } else if entity.requiredColumns.allSatisfy({ creation[$0] != nil }) {
            let columns = creation.keys.filter(entity.columns.contains).sorted()
            let placeholders = Array(repeating: "?", count: keys.count + columns.count).joined(separator: ", ")
            try db.cachedStatement(sql: "INSERT INTO \(entity.table)(\((keys + columns).joined(separator: ", "))) VALUES (\(placeholders))")
                .execute(arguments: StatementArguments(keyArguments + columns.compactMap { creation[$0]?.databaseValue }))
            state.exists = true
        }
        // Otherwise its creation has not arrived: logged now, this change's fields join the record when it does.
    }
}
