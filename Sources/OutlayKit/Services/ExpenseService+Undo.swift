import GRDB

extension ExpenseService {
    /// Takes back the newest change not yet undone; repeat to go further back.
    @discardableResult
    public func undo() throws -> UndoOutcome {
        let now = clock.now()
        return try database.write { db in
            guard let entry = try UndoEntry.pop(db) else { throw OutlayError.nothingToUndo }
            let outcome = try apply(entry, at: now, in: db)
            try evaluateBudgets(nil, in: db)
            return outcome
        }
    }

    private func apply(_ entry: UndoEntry, at now: Timestamp, in db: Database) throws -> UndoOutcome {
        switch entry {
        case let .added(id):
            let transaction = try setDeleted(id, to: now, at: now, in: db)
            return UndoOutcome(summary: "removed the added transaction '\(transaction.description)'", transaction: transaction)
        case let .deleted(id):
            let transaction = try setDeleted(id, to: nil, at: now, in: db)
            return UndoOutcome(summary: "restored '\(transaction.description)'", transaction: transaction)
        case let .restored(id):
            let transaction = try setDeleted(id, to: now, at: now, in: db)
            return UndoOutcome(summary: "deleted '\(transaction.description)' again", transaction: transaction)
        case let .edited(before):
            var transaction = try before.transaction(currency: currency)
            transaction.updatedAt = now
            try TransactionRow.update(transaction, in: db)
            return UndoOutcome(summary: "reverted the edit of '\(transaction.description)'", transaction: transaction)
        case let .categoryAdded(kind, name):
            let used = try Bool.fetchOne(db, sql: "SELECT 1 FROM transactions WHERE kind = ? AND category = ? LIMIT 1",
                                         arguments: [kind, name]) ?? false
            if used {
                return UndoOutcome(summary: "kept category '\(name)': transactions use it now", transaction: nil)
            }
            try db.execute(sql: "DELETE FROM categories WHERE kind = ? AND name = ?", arguments: [kind, name])
            return UndoOutcome(summary: "removed the added category '\(name)'", transaction: nil)
        case let .categoryMoved(kind, from, into, createdInto, ids, budgetIds):
            try undoMove(kind: try TransactionKind(parsing: kind), from: from, into: into, createdInto: createdInto,
                         ids: ids, budgetIds: budgetIds ?? [], at: now, in: db)
            let verb = createdInto ? "renamed '\(into)' back to '\(from.name)'" : "split '\(from.name)' out of '\(into)' again"
            return UndoOutcome(summary: verb, transaction: nil)
        }
    }

    private func undoMove(kind: TransactionKind, from: CategorySnapshot, into: String, createdInto: Bool,
                          ids: [String], budgetIds: [String], at now: Timestamp, in db: Database) throws {
        for id in budgetIds {
            try db.execute(sql: "UPDATE budgets SET category = ?, updated_at = ? WHERE id = ?",
                           arguments: [from.name, now.milliseconds, id])
        }
        try db.execute(sql: "INSERT OR IGNORE INTO categories(kind, name, parent, color, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [kind.rawValue, from.name, from.parent, from.color, from.createdAt])
        let categories = CategoryService(database: database)
        try categories.repoint(kind: kind, from: into, into: from.name, ids: ids, at: now, in: db)
        if createdInto {
            try categories.repoint(kind: kind, from: into, into: from.name, at: now, in: db)
            try db.execute(sql: "UPDATE categories SET parent = ? WHERE kind = ? AND parent = ?",
                           arguments: [from.name, kind.rawValue, into])
            try db.execute(sql: "DELETE FROM categories WHERE kind = ? AND name = ?", arguments: [kind.rawValue, into])
        }
    }
}
