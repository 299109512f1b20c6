import OutlayBasics

/// What a change from elsewhere must look like before it touches the ledger:
/// a record id of its entity's form, known fields, each with a value of the
/// column's type and rules. The error names the record and field, so a bad
/// batch is refused whole.
enum SyncValidation {
    static func check(_ change: SyncChange) throws(OutlayError) {
        guard validID(change.entityID, of: change.entity) else {
            throw .invalidSyncChange("\(change.entity.rawValue) id '\(change.entityID)' is not of the form that entity uses")
        }
        guard (1...64).contains(change.origin.utf8.count), change.origin.unicodeScalars.allSatisfy(isDeviceIDCharacter),
              change.originSeq > 0 else {
            throw .invalidSyncChange("change \(change.originSeq) from '\(change.origin)' needs a device id (letters, digits and '-') and a positive sequence number")
        }
        guard change.clock.isValid else { throw .invalidSyncChange("change \(change.origin)/\(change.originSeq) has clock \(change.clock), outside 1970–9999") }
        guard !change.fields.isEmpty else { throw .invalidSyncChange("change to \(change.entityID) sets no field") }
        if change.entity == .transfer, case let .text(from)? = change.fields["from_account"], case let .text(to)? = change.fields["to_account"],
           from.lowercased() == to.lowercased() {
            throw .invalidSyncChange("transfer \(change.entityID) goes from '\(from)' to itself")
        }
        for (field, value) in change.fields {
            guard valid(value, for: field, of: change.entity) else {
                throw .invalidSyncChange("field '\(field)' of \(change.entity.rawValue) \(change.entityID): \(value) is not allowed there")
            }
        }
    }

    private static func isDeviceIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
    }

    private static func validID(_ id: String, of entity: SyncEntity) -> Bool {
        if entity == .account { return (try? FieldRules.account(id)) == id }
        if entity == .rate {
            guard let parts = entity.keyValues(id) else { return false }
            return (try? Currency(code: parts[0]))?.code == parts[0] && (try? Currency(code: parts[1]))?.code == parts[1]
                && parts[0] != parts[1] && isDate(parts[2])
        }
        guard entity == .category else { return RecordID.canonical(id) == id }
        guard let parts = entity.keyValues(id), TransactionKind(rawValue: parts[0]) != nil else { return false }
        return isCategoryName(parts[1])
    }

    /// A value is allowed when it is exactly what the command line or the API would have stored.
    private static func valid(_ value: SyncChange.Value, for field: String, of entity: SyncEntity) -> Bool {
        switch (field, value) {
        case let ("created_at", .integer(time)), let ("deleted_at", .integer(time)): return isTime(time)
        case ("deleted_at", .null): return true
        case let ("updated_at", .integer(time)): return entity.columns.contains("updated_at") && isTime(time)
        default: break
        }
        switch entity {
        case .transaction: return validTransaction(value, for: field)
        case .category: return validCategory(value, for: field)
        case .budget: return validBudget(value, for: field)
        case .notification: return validNotification(value, for: field)
        case .account: return validAccount(value, for: field)
        case .transfer: return validTransfer(value, for: field)
        case .schedule: return validSchedule(value, for: field)
        case .rate:
            guard field == "rate", case let .text(text) = value else { return false }
            return (try? RateValue(parsing: text))?.text == text
        }
    }

    private static func isAccountName(_ text: String) -> Bool { (try? FieldRules.account(text)) == text }

    private static func isClearedState(_ state: Int64) -> Bool { (0...2).contains(state) }

    private static func validAccount(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("type", .text(text)): AccountType(rawValue: text) != nil
        case let ("currency", .text(text)): (try? Currency(code: text))?.code == text
        case let ("opening_balance", .integer(amount)): amount != .min && Money.isWithinLimit(abs(amount))
        case ("opened_on", .null), ("note", .null): true
        case let ("opened_on", .text(text)): isDate(text)
        case let ("closed", .integer(flag)): flag == 0 || flag == 1
        case let ("note", .text(text)): (try? FieldRules.note(text)) == text
        default: false
        }
    }

    private static func validTransfer(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("from_account", .text(text)), let ("to_account", .text(text)): isAccountName(text)
        case let ("amount", .integer(amount)): isAmount(amount)
        case let ("date", .text(text)): isDate(text)
        case let ("description", .text(text)): (try? FieldRules.description(text)) == text
        case ("note", .null): true
        case let ("note", .text(text)): (try? FieldRules.note(text)) == text
        case let ("from_cleared", .integer(state)), let ("to_cleared", .integer(state)): isClearedState(state)
        case ("received", .null): true
        case let ("received", .integer(amount)): isAmount(amount)
        default: false
        }
    }

    private static func validSchedule(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("kind", .text(text)): Schedule.Kind(rawValue: text) != nil
        case let ("amount", .integer(amount)): isAmount(amount)
        case let ("description", .text(text)): (try? FieldRules.description(text)) == text
        case ("category", .null), ("to_account", .null), ("day", .null), ("weekday", .null), ("end_date", .null), ("count", .null), ("note", .null): true
        case let ("category", .text(text)): isCategoryName(text)
        case let ("account", .text(text)), let ("to_account", .text(text)): isAccountName(text)
        case let ("every", .integer(every)): isIn(FieldLimits.scheduleInterval, every)
        case let ("unit", .text(text)): Recurrence.Unit(rawValue: text) != nil
        case let ("day", .integer(day)): isIn(FieldLimits.dayOfMonth, day)
        case let ("weekday", .text(text)): (try? WeekdayRule(parsing: text))?.description == text
        case let ("start_date", .text(text)), let ("end_date", .text(text)): isDate(text)
        case let ("count", .integer(count)): isIn(FieldLimits.occurrenceCount, count)
        case let ("confirm", .integer(flag)): flag == 0 || flag == 1
        case let ("note", .text(text)): (try? FieldRules.note(text)) == text
        default: false
        }
    }

    /// Stored integers are 64-bit, as `Int` is on every platform Outlay runs on.
    private static func isIn(_ range: ClosedRange<Int>, _ value: Int64) -> Bool { range.contains(Int(value)) }

    private static func isTime(_ milliseconds: Int64) -> Bool { Timestamp(milliseconds: milliseconds).isValid }

    private static func isAmount(_ minorUnits: Int64) -> Bool { minorUnits > 0 && Money.isWithinLimit(minorUnits) }

    private static func isCategoryName(_ text: String) -> Bool { (try? Category.normalizedName(text)) == text }

    private static func isDate(_ text: String) -> Bool { (try? LocalDate(parsing: text)) != nil }

    /// A JSON array of tags as the command line stores them (in any JSON spelling: earlier releases wrote `/` as `\\/`).
    private static func isTagList(_ text: String) -> Bool {
        guard let values = (try? JSONParser.parse(Array(text.utf8)))?.arrayValue else { return false }
        let tags = values.compactMap(\.stringValue)
        return tags.count == values.count && (try? FieldRules.tags(tags)) == tags
    }

    private static func validTransaction(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("kind", .text(text)): TransactionKind(rawValue: text) != nil
        case let ("amount", .integer(amount)): isAmount(amount)
        case let ("category", .text(text)): isCategoryName(text)
        case let ("description", .text(text)): (try? FieldRules.description(text)) == text
        case let ("date", .text(text)): isDate(text)
        case ("note", .null), ("account", .null): true
        case let ("note", .text(text)): (try? FieldRules.note(text)) == text
        case let ("account", .text(text)): (try? FieldRules.account(text)) == text
        case let ("tags", .text(text)): isTagList(text)
        case let ("cleared", .integer(state)): isClearedState(state)
        case let ("refund", .integer(flag)): flag == 0 || flag == 1
        case ("splits", .null): true
        case let ("splits", .text(text)): isSplitList(text)
        case ("original_amount", .null), ("original_currency", .null): true
        case let ("original_amount", .integer(amount)): isAmount(amount)
        case let ("original_currency", .text(text)): (try? Currency(code: text))?.code == text
        default: false
        }
    }

    /// A JSON array of two or more parts as `SplitParts` stores them, each a valid category, amount and note.
    private static func isSplitList(_ text: String) -> Bool {
        guard let parts = SplitParts.decode(text, currency: .usd), (2...FieldLimits.maximumSplitParts).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            isCategoryName(part.category) && isAmount(part.amount.minorUnits) && (part.note.map { (try? FieldRules.note($0)) == $0 } ?? true)
        }
    }

    private static func validCategory(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case ("parent", .null), ("color", .null): true
        case let ("parent", .text(text)): isCategoryName(text)
        case let ("color", .text(text)): text.count <= FieldLimits.colorLength && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
        default: false
        }
    }

    private static func validBudget(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case ("category", .null): true
        case let ("category", .text(text)): isCategoryName(text)
        case let ("amount", .integer(amount)): isAmount(amount)
        case let ("period", .text(text)): BudgetPeriod(rawValue: text) != nil
        case let ("threshold", .integer(percent)): isIn(FieldLimits.alertThreshold, percent)
        case let ("rollover", .integer(flag)): flag == 0 || flag == 1
        case let ("start_date", .text(text)): isDate(text)
        default: false
        }
    }

    private static func validNotification(_ value: SyncChange.Value, for field: String) -> Bool {
        switch (field, value) {
        case let ("type", .text(text)): NotificationType(rawValue: text) != nil
        case let ("message", .text(text)): !text.isEmpty && text.count <= FieldLimits.messageLength
        case let ("priority", .text(text)): NotificationPriority(rawValue: text) != nil
        case let ("metadata", .text(text)): text.utf8.count <= FieldLimits.metadataBytes && (try? JSONParser.parse(Array(text.utf8)))?.objectValue != nil
        case let ("is_read", .integer(flag)): flag == 0 || flag == 1
        case let ("read_at", .integer(time)): isTime(time)
        case ("read_at", .null): true
        default: false
        }
    }
}
