import GRDB

/// Finds rows by a full id or by the tail of one, as listings show ids.
enum IDLookup {
    /// The tables whose rows are found by id.
    enum Table: String {
        case transactions, transfers, budgets, notifications, schedules
    }

    /// The ids in `table` that equal `text` or end with it (four or more hex
    /// characters), live ones only when `liveOnly`; at most `limit`.
    static func matches(_ text: String, in table: Table, liveOnly: Bool = false, limit: Int = 6, db: Database) throws -> [String] {
        let condition = liveOnly ? "deleted_at IS NULL" : "1"
        if let id = RecordID.canonical(text) {
            return try String.fetchAll(db, sql: "SELECT id FROM \(table.rawValue) WHERE id = ? AND \(condition)", arguments: [id])
        }
        let tail = text.lowercased()
        guard tail.count >= 4, tail.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return [] }
        return try String.fetchAll(db, sql: "SELECT id FROM \(table.rawValue) WHERE id LIKE ? AND \(condition) LIMIT \(limit)",
                                   arguments: ["%" + tail])
    }
}
