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
            try CategoryRow.usage(kind: kind, currency: currency, in: db)
        }
    }

    @discardableResult
    public func add(_ rawName: String, kind: TransactionKind, parent: String? = nil, color: String? = nil) throws -> Category {
        let name = try Category.normalizedName(rawName)
        let now = clock.now()
        return try database.write { db in
            guard !Self.exists(name, kind: kind, in: db) else { throw OutlayError.categoryExists(name, kind: kind) }
            let parentName = try parent.map { try Self.existingName($0, kind: kind, in: db) }
            try CategoryRow.insert(CategorySnapshot(name: name, parent: parentName, color: color, createdAt: now.milliseconds),
                                   kind: kind.rawValue, in: db)
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
            try CategoryRow.kinds(named: name, in: db)
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
            guard let snapshot = try CategoryRow.snapshot(kind: kind, name: from, in: db) else {
                throw OutlayError.unknownCategory(from, kind: kind, known: [])
            }
            if creatingTarget {
                try CategoryRow.insert(CategorySnapshot(name: into, parent: snapshot.parent, color: snapshot.color, createdAt: now.milliseconds),
                                       kind: kind.rawValue, in: db)
            }
            let ids = try CategoryRow.transactionIDs(kind: kind, name: from, in: db)
            let splitsBefore = try CategoryRow.splits(kind: kind, name: from, in: db)
            try CategoryRow.repoint(kind: kind, from: from, into: into, ids: nil, at: now, in: db)
            // Budgets follow an expense category to its new name.
            let budgetIds = kind == .expense ? try BudgetRow.liveIDs(category: from, in: db) : []
            if kind == .expense { try BudgetRow.moveCategory(from: from, into: into, at: now, in: db) }
            try CategoryRow.reparent(kind: kind.rawValue, from: from, into: into, in: db)
            try CategoryRow.delete(kind: kind.rawValue, name: from, in: db)
            try UndoEntry.categoryMoved(kind: kind.rawValue, from: snapshot, into: into, createdInto: creatingTarget, ids: ids,
                                        budgetIds: budgetIds, splitsBefore: splitsBefore).push(db, at: now)
            if kind == .expense {
                try BudgetEvaluator.evaluate(categories: [from, into], database: database, clock: clock, in: db)
            }
            return ids.count
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
            throw OutlayError.unknownCategory(raw, kind: nil, known: try CategoryRow.names(kind: nil, in: db))
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
        (try? CategoryRow.exists(name, kind: kind, in: db)) ?? false
    }

    /// The stored name for `raw`: an existing category of `kind`, or with
    /// `creating`, a new one (the API stores any category text, as the
    /// original gateway did); otherwise an error listing the known ones.
    static func name(_ raw: String, kind: TransactionKind, creating: Bool, at now: Timestamp, in db: Database) throws -> String {
        guard creating else { return try existingName(raw, kind: kind, in: db) }
        let name = try Category.normalizedName(raw)
        if let known = candidates(raw).first(where: { exists($0, kind: kind, in: db) }) { return known }
        try CategoryRow.insert(CategorySnapshot(name: name, parent: nil, color: nil, createdAt: now.milliseconds), kind: kind.rawValue, in: db)
        return name
    }

    /// The stored name for `raw`, or an error that lists the known categories of `kind`.
    static func existingName(_ raw: String, kind: TransactionKind, in db: Database) throws -> String {
        if let name = candidates(raw).first(where: { exists($0, kind: kind, in: db) }) { return name }
        throw OutlayError.unknownCategory(raw, kind: kind, known: try CategoryRow.names(kind: kind, in: db))
    }
}
