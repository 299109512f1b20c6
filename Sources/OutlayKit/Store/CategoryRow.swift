import GRDB

/// The `categories` table, and the statements that move a category's
/// transactions and budgets along with it. The one place that knows its columns.
enum CategoryRow {
    /// Each category (of `kind`, or both) with how many transactions it has and their total, by kind and name.
    static func usage(kind: TransactionKind?, currency: Currency, in db: Database) throws -> [CategoryUsage] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.kind, c.name, c.parent, c.color, COALESCE(SUM(d.count), 0), COALESCE(SUM(d.total), 0)
            FROM categories c LEFT JOIN daily_totals d ON d.kind = c.kind AND d.category = c.name
            WHERE (?1 IS NULL OR c.kind = ?1) GROUP BY c.kind, c.name ORDER BY c.kind, c.name
            """, arguments: [kind?.rawValue])
        return try rows.map { row in
            CategoryUsage(
                category: Category(name: try row.value(1), kind: try TransactionKind(parsing: try row.value(0)), parent: try row.value(2),
                                   color: try row.value(3)),
                transactionCount: try row.value(4), total: Money(minorUnits: try row.value(5), currency: currency))
        }
    }

    static func exists(_ name: String, kind: TransactionKind, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM categories WHERE kind = ? AND name = ?"), arguments: [kind.rawValue, name]) ?? false
    }

    /// The names of `kind`, or of both kinds (each once), in order.
    static func names(kind: TransactionKind?, in db: Database) throws -> [String] {
        guard let kind else { return try String.fetchAll(db, sql: "SELECT DISTINCT name FROM categories ORDER BY name") }
        return try String.fetchAll(db, sql: "SELECT name FROM categories WHERE kind = ? ORDER BY name", arguments: [kind.rawValue])
    }

    /// The kinds that have a category of this name.
    static func kinds(named name: String, in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT kind FROM categories WHERE name = ?", arguments: [name])
    }

    static func insert(_ snapshot: CategorySnapshot, kind: String, in db: Database) throws {
        try db.execute(sql: "INSERT INTO categories(kind, name, parent, color, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [kind, snapshot.name, snapshot.parent, snapshot.color, snapshot.createdAt])
    }

    /// Puts a category back as it was, unless one of its name is there.
    static func restore(_ snapshot: CategorySnapshot, kind: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO categories(kind, name, parent, color, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [kind, snapshot.name, snapshot.parent, snapshot.color, snapshot.createdAt])
    }

    static func insertIfAbsent(kind: TransactionKind, name: String, at now: Timestamp, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO categories(kind, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .execute(arguments: [kind.rawValue, name, now.milliseconds])
    }

    /// The category as stored: its parent, colour and when it was made.
    static func snapshot(kind: TransactionKind, name: String, in db: Database) throws -> CategorySnapshot? {
        guard let row = try Row.fetchOne(db, sql: "SELECT parent, color, created_at FROM categories WHERE kind = ? AND name = ?",
                                         arguments: [kind.rawValue, name]) else { return nil }
        return CategorySnapshot(name: name, parent: try row.value(0), color: try row.value(1), createdAt: try row.value(2))
    }

    static func delete(kind: String, name: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM categories WHERE kind = ? AND name = ?", arguments: [kind, name])
    }

    /// Children of `from` become children of `into`.
    static func reparent(kind: String, from: String, into: String, in db: Database) throws {
        try db.execute(sql: "UPDATE categories SET parent = ? WHERE kind = ? AND parent = ?", arguments: [into, kind, from])
    }

    /// A transaction of `kind` in the category, or with a part in it.
    private static let inCategory = "kind = ? AND (category = ? OR seq IN (SELECT seq FROM split_categories WHERE category = ?))"

    /// Whether any transaction of `kind` is in the category (or has a part in it).
    static func isUsed(kind: String, name: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM transactions WHERE \(inCategory) LIMIT 1", arguments: [kind, name, name]) ?? false
    }

    /// The ids of the transactions of `kind` in the category, or with a part in it.
    static func transactionIDs(kind: TransactionKind, name: String, in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM transactions WHERE \(inCategory)", arguments: [kind.rawValue, name, name])
    }

    /// The parts, as stored, of each split transaction of `kind` with a part in the category, by id.
    static func splits(kind: TransactionKind, name: String, in db: Database) throws -> [String: String] {
        Dictionary(try Row.fetchAll(db, sql: """
            SELECT id, splits FROM transactions WHERE kind = ? AND splits IS NOT NULL AND seq IN (SELECT seq FROM split_categories WHERE category = ?)
            """, arguments: [kind.rawValue, name]).map { (try $0.value(0), try $0.value(1)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Moves transactions of `kind` (and their parts) from `from` to `into`: those of `ids` still there, or all of them.
    static func repoint(kind: TransactionKind, from: String, into: String, ids: [String]?, at now: Timestamp, in db: Database) throws {
        // Parts first: a split's own category is its first part's, which the second statement then follows.
        let parts = """
            UPDATE transactions SET updated_at = ?, splits = (
                SELECT json_group_array(json(CASE WHEN json_extract(value, '$.category') = ? THEN json_set(value, '$.category', ?) ELSE value END))
                FROM json_each(splits))
            WHERE kind = ? AND seq IN (SELECT seq FROM split_categories WHERE category = ?)
            """
        let whole = "UPDATE transactions SET category = ?, updated_at = ? WHERE kind = ? AND category = ?"
        guard let ids else {
            try db.execute(sql: parts, arguments: [now.milliseconds, from, into, kind.rawValue, from])
            try db.execute(sql: whole, arguments: [into, now.milliseconds, kind.rawValue, from])
            return
        }
        for id in ids {
            try db.execute(sql: parts + " AND id = ?", arguments: [now.milliseconds, from, into, kind.rawValue, from, id])
            try db.execute(sql: whole + " AND id = ?", arguments: [into, now.milliseconds, kind.rawValue, from, id])
        }
    }
}

extension CategoryRow {
    /// Every category as `kind:name`.
    static func keys(in db: Database) throws -> Set<String> {
        Set(try Row.fetchAll(db, sql: "SELECT kind, name FROM categories").map { "\(try $0.value(0) as String):\(try $0.value(1) as String)" })
    }
}
