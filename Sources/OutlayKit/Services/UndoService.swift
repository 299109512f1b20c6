import OutlayBasics
import GRDB

/// Takes back the newest change, whatever it was: a transaction added,
/// edited, deleted or restored, a category added, renamed or merged, a
/// budget set, changed or removed, an alert removed. One stack for the CLI
/// and the dashboard, kept in the database so `outlay undo` works across
/// processes; `preview` says what the next undo would do before it is done.
public struct UndoService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }
    private var expenses: TransactionService { TransactionService(database: database) }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Takes back the newest change not yet undone; repeat to go further back.
    @discardableResult
    public func undo() throws -> UndoOutcome {
        let now = clock.now()
        return try database.write { db in
            guard let entry = try UndoEntry.pop(db) else { throw OutlayError.nothingToUndo }
            let outcome = try apply(entry, at: now, in: db)
            try expenses.evaluateBudgets(nil, in: db)
            return outcome
        }
    }

    /// What `undo` would do now, as a phrase ("restore 'Coffee'"); nil when there is nothing to undo.
    public func preview() throws -> String? {
        try database.read { db in
            guard let entry = try UndoEntry.peek(db) else { return nil }
            return try describe(entry, in: db)
        }
    }

    /// How many transactions the next undo takes back: an import's (or demo data's) rows, else at most one.
    /// The dashboard runs a large one off its event loop.
    public func rowsTaken() throws -> Int {
        try database.read { db in
            guard let entry = try UndoEntry.peek(db) else { return 0 }
            if case let .imported(_, _, _, count, _, _, _) = entry { return count }
            return 1
        }
    }

    // MARK: - Taking back

    private func apply(_ entry: UndoEntry, at now: Timestamp, in db: Database) throws -> UndoOutcome {
        switch entry {
        case let .added(id):
            let transaction = try expenses.setDeleted(id, to: now, at: now, in: db)
            return UndoOutcome(summary: "removed the added transaction '\(transaction.description)'", transaction: transaction)
        case let .deleted(id):
            let transaction = try expenses.setDeleted(id, to: nil, at: now, in: db)
            return UndoOutcome(summary: "restored '\(transaction.description)'", transaction: transaction)
        case let .restored(id):
            let transaction = try expenses.setDeleted(id, to: now, at: now, in: db)
            return UndoOutcome(summary: "deleted '\(transaction.description)' again", transaction: transaction)
        case let .edited(before):
            var transaction = try before.transaction(currency: database.currency)
            transaction.updatedAt = now
            try TransactionRow.update(transaction, in: db)
            return UndoOutcome(summary: "reverted the edit of '\(transaction.description)'", transaction: transaction)
        case let .categoryAdded(kind, name):
            if try CategoryRow.isUsed(kind: kind, name: name, in: db) {
                return UndoOutcome(summary: "kept category '\(name)': transactions use it now", transaction: nil)
            }
            try CategoryRow.delete(kind: kind, name: name, in: db)
            return UndoOutcome(summary: "removed the added category '\(name)'", transaction: nil)
        case let .categoryMoved(kind, from, into, createdInto, ids, budgetIds, splitsBefore):
            try undoMove(kind: try TransactionKind(parsing: kind), from: from, into: into, createdInto: createdInto,
                         ids: ids, budgetIds: budgetIds ?? [], at: now, in: db)
            // A split with parts in both categories gets back exactly the parts it had.
            for (id, splits) in splitsBefore.sorted(by: { $0.key < $1.key }) { try TransactionRow.setSplits(id, to: splits, at: now, in: db) }
            let verb = createdInto ? "renamed '\(into)' back to '\(from.name)'" : "split '\(from.name)' out of '\(into)' again"
            return UndoOutcome(summary: verb, transaction: nil)
        case let .budgetSaved(id, before):
            let name = try budgetName(id, in: db)
            guard let before else {
                try BudgetRow.markDeleted(id, at: now, in: db)
                return UndoOutcome(summary: "removed the new \(name) budget", transaction: nil)
            }
            try BudgetRow.restoreSettings(id, before, at: now, in: db)
            return UndoOutcome(summary: "put the \(name) budget back to \(Money(minorUnits: before.amount, currency: database.currency)) \(before.period)",
                               transaction: nil)
        case let .budgetDeleted(id):
            let name = try budgetName(id, in: db)
            if try BudgetRow.isReplaced(id, in: db) { return UndoOutcome(summary: "kept the \(name) budget set since; the removed one stays removed", transaction: nil) }
            try BudgetRow.undelete(id, at: now, in: db)
            return UndoOutcome(summary: "restored the \(name) budget", transaction: nil)
        case let .alertDeleted(alert):
            try NotificationRow.restore(alert, in: db)
            return UndoOutcome(summary: "put back the alert '\(alert.message)'", transaction: nil)
        case let .imported(file, firstSeq, lastSeq, count, transfers, matches, opening):
            if let transfers { try TransferRow.removeImported(seqs: transfers, at: now, in: db) }
            try TransactionRow.removeImported(seqs: firstSeq...lastSeq, at: now, in: db)
            try ImportMatcher.unmatch(matches, at: now, in: db)
            if let opening { try ImportBookkeeping.restore(opening, at: now, in: db) }
            let unmatched = matches.isEmpty ? "" : "; \(counted(matches.count, "matched record")) unmatched"
            return UndoOutcome(summary: "removed the \(Self.loaded(count, from: file))\(unmatched)", transaction: nil)
        case let .transferAdded(id):
            let transfer = try TransferService.setDeleted(id, to: now, at: now, currency: database.currency, in: db)
            return UndoOutcome(summary: "removed the transfer '\(transfer.description)'", transaction: nil)
        case let .transferDeleted(id):
            let transfer = try TransferService.setDeleted(id, to: nil, at: now, currency: database.currency, in: db)
            return UndoOutcome(summary: "restored the transfer '\(transfer.description)'", transaction: nil)
        case let .scheduleSaved(id, before):
            return UndoOutcome(summary: try undoSchedule(id, before: before, at: now, in: db), transaction: nil)
        case let .transferEdited(before):
            guard var transfer = try TransferRow.fetch(before.id, currency: database.currency, in: db),
                  let date = try? LocalDate(parsing: before.date) else { throw OutlayError.unknownTransfer(before.id) }
            (transfer.from, transfer.to, transfer.date) = (before.from, before.to, date)
            transfer.amount = Money(minorUnits: before.amount, currency: transfer.amount.currency)
            transfer.received = before.received.map { Money(minorUnits: $0, currency: transfer.amountReceived.currency) }
            (transfer.description, transfer.note, transfer.updatedAt) = (before.description, before.note, now)
            try TransferRow.save(transfer, in: db)
            return UndoOutcome(summary: "reverted the edit of the transfer '\(transfer.description)'", transaction: nil)
        }
    }

    private func undoMove(kind: TransactionKind, from: CategorySnapshot, into: String, createdInto: Bool,
                          ids: [String], budgetIds: [String], at now: Timestamp, in db: Database) throws {
        for id in budgetIds { try BudgetRow.setCategory(id, to: from.name, at: now, in: db) }
        try CategoryRow.restore(from, kind: kind.rawValue, in: db)
        try CategoryRow.repoint(kind: kind, from: into, into: from.name, ids: ids, at: now, in: db)
        if createdInto {
            try CategoryRow.repoint(kind: kind, from: into, into: from.name, ids: nil, at: now, in: db)
            try CategoryRow.reparent(kind: kind.rawValue, from: into, into: from.name, in: db)
            try CategoryRow.delete(kind: kind.rawValue, name: into, in: db)
        }
    }

    /// A new schedule goes, with what it posted when it was made; a changed or removed one is put back as it was.
    private func undoSchedule(_ id: String, before: String?, at now: Timestamp, in db: Database) throws -> String {
        guard let schedule = try ScheduleRow.fetch(id, currency: database.currency, in: db) else { throw OutlayError.unknownSchedule(id) }
        guard let before else {
            for (_, date) in schedule.recurrence.occurrences(in: schedule.recurrence.start...clock.today()) {
                try ScheduleRow.removeOccurrence(of: schedule, on: date, at: now, in: db)
            }
            try ScheduleRow.markDeleted(id, at: now, in: db)
            return "removed the new recurring '\(schedule.description)'"
        }
        try ScheduleRow.restore(id, from: before, at: now, in: db)
        try ScheduleRow.forgetPostings(id, in: db)
        return schedule.deletedAt != nil ? "restored the recurring '\(schedule.description)'" : "reverted the change to the recurring '\(schedule.description)'"
    }

    // MARK: - Saying what it would do

    private func describe(_ entry: UndoEntry, in db: Database) throws -> String {
        func transfer(_ id: String) -> String {
            let description = (try? TransferRow.description(of: id, in: db)) ?? nil
            return "'\(description ?? id)'"
        }
        func transaction(_ id: String) -> String {
            let description = (try? TransactionRow.description(of: id, in: db)) ?? nil
            return "'\(description ?? id)'"
        }
        switch entry {
        case let .added(id): return "remove the added \(transaction(id))"
        case let .deleted(id): return "restore \(transaction(id))"
        case let .restored(id): return "delete \(transaction(id)) again"
        case let .edited(before): return "revert the edit of '\(before.description)'"
        case let .categoryAdded(_, name): return "remove the added category '\(name)'"
        case let .categoryMoved(_, from, into, createdInto, _, _, _):
            return createdInto ? "rename '\(into)' back to '\(from.name)'" : "split '\(from.name)' out of '\(into)' again"
        case let .budgetSaved(id, before):
            let name = try budgetName(id, in: db)
            guard let before else { return "remove the new \(name) budget" }
            return "put the \(name) budget back to \(Money(minorUnits: before.amount, currency: database.currency)) \(before.period)"
        case let .budgetDeleted(id): return "restore the \(try budgetName(id, in: db)) budget"
        case let .alertDeleted(alert): return "put back the alert '\(alert.message)'"
        case let .imported(file, _, _, count, _, _, _): return "remove the \(Self.loaded(count, from: file))"
        case let .transferAdded(id): return "remove the transfer \(transfer(id))"
        case let .transferEdited(before): return "revert the edit of the transfer '\(before.description)'"
        case let .transferDeleted(id): return "restore the transfer \(transfer(id))"
        case let .scheduleSaved(id, before):
            let description = try ScheduleRow.description(of: id, in: db) ?? id
            guard before != nil else { return "remove the new recurring '\(description)'" }
            return try ScheduleRow.isDeleted(id, in: db) ? "restore the recurring '\(description)'" : "revert the change to the recurring '\(description)'"
        }
    }

    /// "food" or "overall", with deleted budgets too.
    private func budgetName(_ id: String, in db: Database) throws -> String {
        guard let category = try BudgetRow.category(of: id, in: db) else { return "removed" }
        return category.map { "'\($0)'" } ?? "overall"
    }
}

extension UndoService {
    /// "1000 transactions imported from statement.csv", or "1000 demo transactions".
    static func loaded(_ count: Int, from file: String) -> String {
        file == DemoService.undoName ? counted(count, "demo transaction") : "\(counted(count, "transaction")) imported from \(file)"
    }
}
