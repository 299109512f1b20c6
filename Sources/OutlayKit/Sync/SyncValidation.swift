/// What a change from elsewhere must look like before it touches the ledger:
/// known fields, each with a value of the column's type and rules. The
/// error names the record and field, so a bad batch is refused whole.
enum SyncValidation {
    static func check(_ change: SyncChange) throws(OutlayError) {
        guard TransactionID.canonical(change.entityID) == change.entityID else {
            throw .invalidSyncChange("record id '\(change.entityID)' is not a UUID")
        }
        guard !change.origin.isEmpty, change.origin.count <= 64, change.originSeq > 0 else {
            throw .invalidSyncChange("change \(change.originSeq) from '\(change.origin)' needs a device id and a positive sequence number")
        }
        guard !change.fields.isEmpty else { throw .invalidSyncChange("change to \(change.entityID) sets no field") }
        for (field, value) in change.fields {
            guard valid(value, for: field) else {
                throw .invalidSyncChange("field '\(field)' of \(change.entityID): \(value) is not allowed there")
            }
        }
    }

    private static func valid(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("kind", .text(text)): TransactionKind(rawValue: text) != nil
        case let ("amount", .integer(amount)): amount > 0
        case let ("category", .text(text)): !text.isEmpty && text.count <= 100
        case let ("description", .text(text)): text.count <= 2000
        case let ("date", .text(text)): (try? LocalDate(parsing: text)) != nil
        case ("note", .null), ("account", .null), ("deleted_at", .null): true
        case let ("note", .text(text)), let ("account", .text(text)): text.count <= 2000
        case let ("tags", .text(text)): text == TransactionRow.encodeTags(TransactionRow.decodeTags(text))
        case ("created_at", .integer), ("updated_at", .integer), ("deleted_at", .integer): true
        default: false
        }
    }
}
