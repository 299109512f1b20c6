import GRDB
import OutlayAPI

/// Applies changes from other replicas: last writer wins per field.
///
/// For each field a change sets, the change wins when its (clock, device)
/// is later than that of every change already logged here that set the same
/// field of the same record. Winning fields are written to the record (or
/// create it); the change itself joins the log, so it decides later merges
/// and, on the server, is served to the other devices. A change already in
/// the log is skipped, so applying a batch twice changes nothing. Changes
/// arrive here already checked (`SyncValidation`, in `SyncService.apply`).
struct ChangeMerger {
    let db: Database

    /// Applies `changes` in order; returns how many were new here.
    func apply(_ changes: [SyncChange]) throws -> Int {
        // Hearing of the latest clock moves this one past all of them.
        if let latest = changes.map(\.clock).max() { try ChangeLog.advanceClock(db) { $0.receiving(latest) } }
        // The sync triggers would log the writes below as made here; they are the remote changes, logged
        // as they come. A big batch goes without them; the copies they make of a small one are dropped after.
        let applied = changes.count >= 500
            ? try db.withTriggersSuspended(where: "name GLOB '*_sync_*'") { try merge(changes) } ?? 0
            : try merge(changes)
        try db.execute(sql: "DELETE FROM sync_changes WHERE hlc IS NULL")
        return applied
    }

    private func merge(_ changes: [SyncChange]) throws -> Int {
        var applied = 0
        for change in changes where try !isLogged(change) {
            try write(try winningFields(of: change), of: change)
            try db.cachedStatement(sql: """
                INSERT INTO sync_changes(entity, entity_id, fields, hlc, origin, origin_seq) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [change.entity.rawValue, change.entityID, ChangeLog.fieldsObject(change.fields).text,
                                         change.clock.description, change.origin, change.originSeq])
            applied += 1
        }
        return applied
    }

    private func isLogged(_ change: SyncChange) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM sync_changes WHERE origin = ? AND origin_seq = ?"),
                          arguments: [change.origin, change.originSeq]) == true
    }

    /// The change's fields that no logged change beats, and for a record
    /// not here yet, every field it will start with (later logged values win).
    private func winningFields(of change: SyncChange) throws -> (winners: [String: SyncChange.Value], creation: [String: SyncChange.Value]) {
        var winners = change.fields
        var latest: [String: (clock: HybridTimestamp, origin: String, value: SyncChange.Value)] = [:]
        let logged = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT hlc, origin, fields FROM sync_changes WHERE entity_id = ? AND entity = ? AND hlc IS NOT NULL
            """), arguments: [change.entityID, change.entity.rawValue])
        for row in logged {
            guard let clock = HybridTimestamp(parsing: row[0]), !change.beats(clock, row[1]), let fields = ChangeLog.fields(row[2]) else { continue }
            let origin: String = row[1]
            for (field, value) in fields {
                winners[field] = nil
                if let known = latest[field], (known.clock, known.origin) > (clock, origin) { continue }
                latest[field] = (clock, origin, value)
            }
        }
        return (winners, change.fields.merging(latest.mapValues(\.value)) { _, later in later })
    }

    /// Statements are cached by their text (one per set of columns): compiling one, triggers and all, costs more than running it.
    private func write(_ fields: (winners: [String: SyncChange.Value], creation: [String: SyncChange.Value]), of change: SyncChange) throws {
        let entity = change.entity
        guard let keyValues = entity.keyValues(change.entityID) else { return }
        let keys = entity.keyColumns
        let match = keys.map { "\($0) = ?" }.joined(separator: " AND ")
        let keyArguments = keyValues.map(\.databaseValue)
        let exists = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM \(entity.table) WHERE \(match)"),
                                       arguments: StatementArguments(keyArguments)) == true
        var (winners, creation) = fields
        if entity.removesRows {
            // `deleted_at` is no column here: a winning delete removes the row, and a removed one stays away.
            let removed = (exists ? winners["deleted_at"] : creation["deleted_at"]).map { $0 != .null } ?? false
            winners["deleted_at"] = nil
            creation["deleted_at"] = nil
            if removed {
                if exists {
                    try db.cachedStatement(sql: "DELETE FROM \(entity.table) WHERE \(match)").execute(arguments: StatementArguments(keyArguments))
                }
                return
            }
        }
        if exists {
            guard !winners.isEmpty else { return }
            let columns = winners.keys.sorted()
            try db.cachedStatement(sql: "UPDATE \(entity.table) SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(match)")
                .execute(arguments: StatementArguments(columns.map { winners[$0]!.databaseValue } + keyArguments))
        } else if entity.requiredColumns.allSatisfy({ creation[$0] != nil }) {
            let columns = creation.keys.sorted()
            let placeholders = Array(repeating: "?", count: keys.count + columns.count).joined(separator: ", ")
            try db.cachedStatement(sql: "INSERT INTO \(entity.table)(\((keys + columns).joined(separator: ", "))) VALUES (\(placeholders))")
                .execute(arguments: StatementArguments(keyArguments + columns.map { creation[$0]!.databaseValue }))
        }
        // Otherwise its creation has not arrived: logged now, this change's fields join the record when it does.
    }
}
