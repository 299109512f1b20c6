import GRDB

/// A category with how much it is used, for listings.
public struct CategoryUsage: Sendable, Hashable {
    public var category: Category
    public var transactionCount: Int
    public var total: Money
}

/// Lists, adds, renames and merges categories.
///
/// Rename and merge re-point every transaction (deleted ones too, so a
/// restore lands in the right place) in the same database transaction.
public struct CategoryService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    public func list(kind: TransactionKind? = nil) throws -> [CategoryUsage] {
        let currency = database.currency
        return try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.kind, c.name, c.parent, c.color, COALESCE(SUM(d.count), 0), COALESCE(SUM(d.total), 0)
                FROM categories c LEFT JOIN daily_totals d ON d.kind = c.kind AND d.category = c.name
                WHERE (?1 IS NULL OR c.kind = ?1) GROUP BY c.kind, c.name ORDER BY c.kind, c.name
                """, arguments: [kind?.rawValue])
            return try rows.map { row in
                CategoryUsage(
                    category: Category(name: try row.value(1), kind: try TransactionKind(parsing: try row.value(0)), parent: try row.value(2), color: try row.value(3)),
                    transactionCount: try row.value(4), total: Money(minorUnits: try row.value(5), currency: currency))
            }
        }
    }

    @discardableResult
    public func add(_ rawName: String, kind: TransactionKind, parent: String? = nil, color: String? = nil) throws -> Category {
        let name = try Category.normalizedName(rawName)
        let now = clock.now()
        return try database.write { db in
            guard !Self.exists(name, kind: kind, in: db) else { throw OutlayError.categoryExists(name, kind: kind) }
            let parentName = try parent.map { try Self.existingName($0, kind: kind, in: db) }
            try db.execute(sql: "INSERT INTO categories(kind, name, parent, color, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [kind.rawValue, name, parentName, color, now.milliseconds])
            try UndoEntry.categoryAdded(kind: kind.rawValue, name: name).push(db, at: now)
            return Category(name: name, kind: kind, parent: parentName, color: color)
        }
    }

    /// Renames a category; `to` must not exist yet (merge into an existing one instead).
    @discardableResult
    public func rename(_ from: String, to: String, kind: TransactionKind) throws -> Int {
        let newName = try Category.normalizedName(to)
        return try move(from, into: newName, kind: kind, creatingTarget: true)
    }

    /// Moves every transaction of `from` into `into` and removes `from`.
    @discardableResult
    public func merge(_ from: String, into: String, kind: TransactionKind) throws -> Int {
        try move(from, into: into, kind: kind, creatingTarget: false)
    }

    /// The kind a bare category name refers to: the only kind that has it, else expense.
    public func kind(of rawName: String) throws -> TransactionKind {
        let name = (try? Category.normalizedName(rawName)) ?? rawName
        let kinds = try database.read { db in
            try String.fetchAll(db, sql: "SELECT kind FROM categories WHERE name = ?", arguments: [name])
        }
        return kinds.count == 1 ? try TransactionKind(parsing: kinds[0]) : .expense
    }

    private func move(_ rawFrom: String, into rawInto: String, kind: TransactionKind, creatingTarget: Bool) throws -> Int {
        let now = clock.now()
        return try database.write { db in
            let from = try Self.existingName(rawFrom, kind: kind, in: db)
            let into: String
            if creatingTarget {
                into = try Category.normalizedName(rawInto)
                guard !Self.exists(into, kind: kind, in: db) else { throw OutlayError.categoryExists(into, kind: kind) }
            } else {
                into = try Self.existingName(rawInto, kind: kind, in: db)
            }
            guard from != into else { return 0 }
            guard let source = try Row.fetchOne(db, sql: "SELECT parent, color, created_at FROM categories WHERE kind = ? AND name = ?",
                                                arguments: [kind.rawValue, from]) else { throw OutlayError.unknownCategory(from, kind: kind, known: []) }
            if creatingTarget {
                try db.execute(sql: "INSERT INTO categories(kind, name, parent, color, created_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [kind.rawValue, into, (try source.value(0) as String?), (try source.value(1) as String?), now.milliseconds])
            }
            let ids = try String.fetchAll(db, sql: "SELECT id FROM transactions WHERE kind = ? AND category = ?",
                                          arguments: [kind.rawValue, from])
            try repoint(kind: kind, from: from, into: into, at: now, in: db)
            // Budgets follow an expense category to its new name.
            let budgetIds = kind == .expense
                ? try String.fetchAll(db, sql: "SELECT id FROM budgets WHERE category = ? AND deleted_at IS NULL", arguments: [from])
                : []
            if kind == .expense {
                try db.execute(sql: "UPDATE budgets SET category = ?, updated_at = ? WHERE category = ? AND deleted_at IS NULL",
                               arguments: [into, now.milliseconds, from])
            }
            try db.execute(sql: "UPDATE categories SET parent = ? WHERE kind = ? AND parent = ?", arguments: [into, kind.rawValue, from])
            try db.execute(sql: "DELETE FROM categories WHERE kind = ? AND name = ?", arguments: [kind.rawValue, from])
            let snapshot = CategorySnapshot(name: from, parent: try source.value(0), color: try source.value(1), createdAt: try source.value(2))
            try UndoEntry.categoryMoved(kind: kind.rawValue, from: snapshot, into: into, createdInto: creatingTarget, ids: ids,
                                        budgetIds: budgetIds).push(db, at: now)
            if kind == .expense {
                try BudgetEvaluator.evaluate(categories: [from, into], database: database, clock: clock, in: db)
            }
            return ids.count
        }
    }

    func repoint(kind: TransactionKind, from: String, into: String, ids: [String]? = nil, at now: Timestamp, in db: Database) throws {
        if let ids {
            for id in ids {
                try db.execute(sql: "UPDATE transactions SET category = ?, updated_at = ? WHERE id = ? AND kind = ? AND category = ?",
                               arguments: [into, now.milliseconds, id, kind.rawValue, from])
            }
        } else {
            try db.execute(sql: "UPDATE transactions SET category = ?, updated_at = ? WHERE kind = ? AND category = ?",
                           arguments: [into, now.milliseconds, kind.rawValue, from])
        }
    }

    /// The stored name of an existing category (of `kind`, or of either kind),
    /// or an error that lists the known ones.
    public func validatedName(_ raw: String, kind: TransactionKind? = nil) throws -> String {
        try database.read { db in
            if let kind { return try Self.existingName(raw, kind: kind, in: db) }
            for name in Self.candidates(raw) where Self.exists(name, kind: .expense, in: db) || Self.exists(name, kind: .income, in: db) {
                return name
            }
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT name FROM categories ORDER BY name")
            throw OutlayError.unknownCategory(raw, kind: nil, known: known)
        }
    }

    // MARK: - Lookups shared with the expense service

    /// The stored names `raw` may mean, in order: itself normalized (any case
    /// finds it), then what `Category.aliases` maps it to.
    static func candidates(_ raw: String) -> [String] {
        let name = (try? Category.normalizedName(raw)) ?? raw
        return [name] + (Category.aliases[name].map { [$0] } ?? [])
    }

    static func exists(_ name: String, kind: TransactionKind, in db: Database) -> Bool {
        ((try? Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM categories WHERE kind = ? AND name = ?"),
                             arguments: [kind.rawValue, name])) ?? nil) ?? false
    }

    /// The stored name for `raw`: an existing category of `kind`, or with
    /// `creating`, a new one (the API stores any category text, as the
    /// original gateway did); otherwise an error listing the known ones.
    static func name(_ raw: String, kind: TransactionKind, creating: Bool, at now: Timestamp, in db: Database) throws -> String {
        guard creating else { return try existingName(raw, kind: kind, in: db) }
        let name = try Category.normalizedName(raw)
        if let known = candidates(raw).first(where: { exists($0, kind: kind, in: db) }) { return known }
        try db.execute(sql: "INSERT INTO categories(kind, name, created_at) VALUES (?, ?, ?)",
                       arguments: [kind.rawValue, name, now.milliseconds])
        return name
    }

    /// The stored name for `raw`, or an error that lists the known categories of `kind`.
    static func existingName(_ raw: String, kind: TransactionKind, in db: Database) throws -> String {
        if let name = candidates(raw).first(where: { exists($0, kind: kind, in: db) }) { return name }
        let known = try String.fetchAll(db, sql: "SELECT name FROM categories WHERE kind = ? ORDER BY name", arguments: [kind.rawValue])
        throw OutlayError.unknownCategory(raw, kind: kind, known: known)
    }
}
