import GRDB

/// Finds rows by a full id or by the tail of one, as listings show ids.
enum IDLookup {
    /// The ids in `table` that equal `text` or end with it (four or more hex
    /// characters), among rows meeting `condition`; at most `limit`.
    static func matches(_ text: String, in table: String, where condition: String = "1", limit: Int = 6,
                        db: Database) throws -> [String] {
        if let id = RecordID.canonical(text) {
            return try String.fetchAll(db, sql: "SELECT id FROM \(table) WHERE id = ? AND \(condition)", arguments: [id])
        }
        let tail = text.lowercased()
        guard tail.count >= 4, tail.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return [] }
        return try String.fetchAll(db, sql: "SELECT id FROM \(table) WHERE id LIKE ? AND \(condition) LIMIT \(limit)",
                                   arguments: ["%" + tail])
    }
}
