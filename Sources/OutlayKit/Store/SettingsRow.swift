import GRDB

/// The `settings` table: the book's own facts as keys and text values (its
/// currency, this device's id, where sync stands, what was offered once).
/// The one place that knows its columns.
enum SettingsRow {
    static func value(_ key: String, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = ?"), arguments: [key])
    }

    /// The values of those of `keys` that are set.
    static func values(_ keys: [String], in db: Database) throws -> [String: String] {
        var values: [String: String] = [:]
        for key in keys { values[key] = try value(key, in: db) }
        return values
    }

    static func has(_ key: String, in db: Database) throws -> Bool { try value(key, in: db) != nil }

    static func set(_ key: String, _ value: String, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value")
            .execute(arguments: [key, value])
    }

    static func remove(_ keys: [String], in db: Database) throws {
        for key in keys { try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key]) }
    }

    /// The keys that begin with `prefix`, with their values.
    static func values(prefixed prefix: String, in db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM settings WHERE key >= ? AND key < ?", arguments: [prefix, prefix + "\u{10FFFF}"])
        return try Dictionary(rows.map { (try $0.value(0) as String, try $0.value(1) as String) }, uniquingKeysWith: { first, _ in first })
    }
}
