import OutlayBasics

/// The wire form of changes, shared by the sync client and the server:
/// `{origin, originSeq, clock, entity, id, fields}`; field values are text,
/// whole numbers (amounts in minor units, times in milliseconds) or null.
extension SyncChange {
    /// Sync's wire format version; a server or client speaking another is refused by name.
    public static let protocolVersion = 1

    public var json: JSONValue {
        .object(["origin": .string(origin), "originSeq": .integer(originSeq), "clock": .string(clock.description),
                 "entity": .string(entity.rawValue), "id": .string(entityID),
                 "fields": ChangeLog.fieldsObject(fields)])
    }

    public init(json: JSONValue) throws(OutlayError) {
        guard case let .object(object) = json else { throw .invalidSyncChange("a change must be an object, not \(json.kindName)") }
        func text(_ key: String) throws(OutlayError) -> String {
            guard case let .string(value)? = object[key] else { throw .invalidSyncChange("'\(key)' must be text") }
            return value
        }
        guard case let .number(literal)? = object["originSeq"], let originSeq = Int64(literal) else {
            throw .invalidSyncChange("'originSeq' must be a whole number")
        }
        let clockText = try text("clock")
        guard let clock = HybridTimestamp(parsing: clockText) else { throw .invalidSyncChange("'clock' \(clockText) is not a hybrid timestamp") }
        let entityName = try text("entity")
        guard let entity = SyncEntity(rawValue: entityName) else { throw .invalidSyncChange("unknown entity '\(entityName)'") }
        guard case let .object(fieldObject)? = object["fields"] else { throw .invalidSyncChange("'fields' must be an object") }
        var fields: [String: Value] = [:]
        for member in fieldObject.members { fields[member.key] = try Value(json: member.value) }
        self.init(origin: try text("origin"), originSeq: originSeq, clock: clock, entity: entity, entityID: try text("id"), fields: fields)
    }

    /// A `changes` array from a body.
    public static func list(json: JSONValue?) throws(OutlayError) -> [SyncChange] {
        guard case let .array(values)? = json else { throw .invalidSyncChange("'changes' must be an array") }
        var changes: [SyncChange] = []
        for (index, value) in values.enumerated() {
            do {
                changes.append(try SyncChange(json: value))
            } catch {
                throw .invalidSyncChange("changes[\(index)]: \(error.description.replacingOccurrences(of: "invalid sync change: ", with: ""))")
            }
        }
        return changes
    }
}

extension SyncChange {
    /// The fields as a log stores them: a JSON object's text.
    public static func fieldsText(_ fields: [String: Value]) -> String { ChangeLog.fieldsObject(fields).text }

    /// A change as a log stored it (another store's copy of this log), checked as any change from elsewhere is.
    public init(stored origin: String, originSeq: Int64, clock: String, entity: String, entityID: String, fields: String) throws {
        guard let stamp = HybridTimestamp(parsing: clock), let kind = SyncEntity(rawValue: entity), let values = ChangeLog.fields(fields) else {
            throw OutlayError.invalidSyncChange("a stored change \(origin)/\(originSeq) cannot be read")
        }
        self.init(origin: origin, originSeq: originSeq, clock: stamp, entity: kind, entityID: entityID, fields: values)
    }
}
