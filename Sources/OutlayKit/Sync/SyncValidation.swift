/// What a change from elsewhere must look like before it touches the ledger:
/// a record id of its entity's form, known fields, each with a value of the
/// column's type and rules. The error names the record and field, so a bad
/// batch is refused whole.
enum SyncValidation {
    static func check(_ change: SyncChange) throws(OutlayError) {
        guard validID(change.entityID, of: change.entity) else {
            throw .invalidSyncChange("\(change.entity.rawValue) id '\(change.entityID)' is not of the form that entity uses")
        }
        guard !change.origin.isEmpty, change.origin.count <= 64, change.originSeq > 0 else {
            throw .invalidSyncChange("change \(change.originSeq) from '\(change.origin)' needs a device id and a positive sequence number")
        }
        guard !change.fields.isEmpty else { throw .invalidSyncChange("change to \(change.entityID) sets no field") }
        for (field, value) in change.fields {
            guard valid(value, for: field, of: change.entity) else {
                throw .invalidSyncChange("field '\(field)' of \(change.entity.rawValue) \(change.entityID): \(value) is not allowed there")
            }
        }
    }

    private static func validID(_ id: String, of entity: SyncEntity) -> Bool {
        guard entity == .category else { return TransactionID.canonical(id) == id }
        guard let parts = entity.keyValues(id), TransactionKind(rawValue: parts[0]) != nil else { return false }
        return (try? Category.normalizedName(parts[1])) == parts[1]
    }

    private static func valid(_ value: SyncChange.Value, for field: String, of entity: SyncEntity) -> Bool {
        switch (field, value) {
        case ("created_at", .integer), ("deleted_at", .integer), ("deleted_at", .null): return true
        case ("updated_at", .integer): return entity.columns.contains("updated_at")
        default: break
        }
        switch entity {
        case .transaction: return validTransaction(value, for: field)
        case .category: return validCategory(value, for: field)
        case .budget: return validBudget(value, for: field)
        case .notification: return validNotification(value, for: field)
        }
    }

    private static func validTransaction(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("kind", .text(text)): TransactionKind(rawValue: text) != nil
        case let ("amount", .integer(amount)): amount > 0
        case let ("category", .text(text)): !text.isEmpty && text.count <= 100
        case let ("description", .text(text)): !text.isEmpty && text.count <= 2000
        case let ("date", .text(text)): (try? LocalDate(parsing: text)) != nil
        case ("note", .null), ("account", .null): true
        case let ("note", .text(text)), let ("account", .text(text)): text.count <= 2000
        case let ("tags", .text(text)): text == TransactionRow.encodeTags(TransactionRow.decodeTags(text))
        default: false
        }
    }

    private static func validCategory(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case ("parent", .null), ("color", .null): true
        case let ("parent", .text(text)): (try? Category.normalizedName(text)) == text
        case let ("color", .text(text)): text.count <= 32
        default: false
        }
    }

    private static func validBudget(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case ("category", .null): true
        case let ("category", .text(text)): !text.isEmpty && text.count <= 100
        case let ("amount", .integer(amount)): amount > 0
        case let ("period", .text(text)): BudgetPeriod(rawValue: text) != nil
        case let ("threshold", .integer(percent)): (1...100).contains(percent)
        case let ("rollover", .integer(flag)): flag == 0 || flag == 1
        case let ("start_date", .text(text)): (try? LocalDate(parsing: text)) != nil
        default: false
        }
    }

    private static func validNotification(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("type", .text(text)): NotificationType(rawValue: text) != nil
        case let ("message", .text(text)): text.count <= 4000
        case let ("priority", .text(text)): NotificationPriority(rawValue: text) != nil
        case let ("metadata", .text(text)): text.count <= 16_000
        case let ("is_read", .integer(flag)): flag == 0 || flag == 1
        case ("read_at", .integer), ("read_at", .null): true
        default: false
        }
    }
}
