import GRDB

/// Adds, edits, deletes, restores, lists and sums transactions.
///
/// Each method is one database transaction that also records what `undo`
/// needs; the search index and roll-ups follow through the schema's triggers.
public struct TransactionService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    var currency: Currency { database.currency }

    /// The category a new transaction with this description would get from history, and why.
    public func guessCategory(for description: String, kind: TransactionKind) throws -> CategoryGuess? {
        try database.read { db in try CategoryHistory.guess(description, kind: kind, in: db) }
    }

    // MARK: - Writes

    /// Adds a transaction. Its category must exist, unless `creatingCategory` (the API's way) makes it;
    /// without one, it takes the category earlier transactions of its merchant had most (else `other`).
    /// Its account too (`AccountService.resolve`): the one named, else the default or only open one;
    /// `creatingAccount` (the API's way) makes a named one that is missing and never asks which.
    @discardableResult
    public func add(_ draft: TransactionDraft, creatingCategory: Bool = false, creatingAccount: Bool = false) throws -> Transaction {
        let now = clock.now()
        let id: String
        if let given = draft.id {
            guard let canonical = RecordID.canonical(given) else { throw OutlayError.unknownTransaction(given) }
            id = canonical
        } else {
            id = RecordID.make(at: now)
        }
        return try database.write { db in
            let account = try AccountService.resolve(draft.account, settings: database.settings, currency: currency, creating: creatingAccount,
                                                     at: now, in: db)
            let accountCurrency = try AccountRow.currency(of: account, in: db) ?? currency
            let amount = try validAmount(draft.amount, in: accountCurrency)
            let split = try Self.validParts(draft.splits, total: amount, kind: draft.kind, creating: creatingCategory, at: now, in: db)
            let transaction = Transaction(
                id: id, kind: draft.kind, amount: amount,
                category: try split.category ?? CategoryService.name(
                    draft.category ?? CategoryHistory.guess(draft.description, kind: draft.kind, in: db)?.category ?? "other",
                    kind: draft.kind, creating: creatingCategory, at: now, in: db),
                description: try FieldRules.description(draft.description), date: draft.date,
                note: try FieldRules.note(draft.note), tags: try FieldRules.tags(draft.tags), account: account,
                createdAt: now, updatedAt: now, isRefund: try Self.refund(draft.isRefund, kind: draft.kind), splits: split.parts,
                original: try Self.validOriginal(draft.original, account: accountCurrency))
            try TransactionRow.insert(transaction, into: db)
            try UndoEntry.added(id: id).push(db, at: now)
            try evaluateBudgets(Self.categories(of: transaction), in: db)
            return transaction
        }
    }

    @discardableResult
    public func edit(id: String, _ patch: TransactionPatch, creatingCategory: Bool = false, creatingAccount: Bool = false,
                     force: Bool = false) throws -> Transaction {
        let now = clock.now()
        return try database.write { db in
            let before = try fetch(id, includeDeleted: false, in: db)
            if !force, try ReconcileService.isReconciled(before.id, in: db) { throw OutlayError.reconciled(before.description) }
            var after = before
            if let kind = patch.kind { after.kind = kind }
            if let refund = patch.isRefund { after.isRefund = try Self.refund(refund, kind: after.kind) }
            // Income is never a refund.
            if after.kind == .income { after.isRefund = false }
            if let amount = patch.amount { after.amount = amount }
            if let description = patch.description { after.description = try FieldRules.description(description) }
            if let date = patch.date { after.date = date }
            if let note = patch.note { after.note = try FieldRules.note(note) }
            if let tags = patch.tags { after.tags = try FieldRules.tags(tags) }
            if let account = patch.account {
                after.account = try AccountService.resolve(account, settings: database.settings, currency: currency,
                                                           creating: creatingAccount, at: now, in: db)
            }
            // In the account's currency: the one it is in now, or moves to.
            let accountCurrency = try after.account.flatMap { try AccountRow.currency(of: $0, in: db) } ?? currency
            after.amount = try validAmount(after.amount, in: accountCurrency)
            if let original = patch.original { after.original = original }
            after.original = try Self.validOriginal(after.original, account: accountCurrency)
            if let parts = patch.splits {
                let split = try Self.validParts(parts, total: after.amount, kind: after.kind, creating: creatingCategory, at: now, in: db)
                after.splits = split.parts
                if let first = split.category { after.category = first }
            } else if before.isSplit {
                // A category given makes it whole in that category; the parts cannot follow a new amount or kind by themselves.
                if patch.category != nil {
                    after.splits = []
                } else if after.amount != before.amount || after.kind != before.kind {
                    throw OutlayError.invalidSplit("'\(before.description)' is split in \(before.splits.count) parts that sum to \(before.amount): "
                                                   + "give its parts again for the new amount or type (--split), or make it whole (--unsplit)")
                }
            }
            if !after.isSplit {
                // A kind change without a category keeps the name when the new kind has it, else "other".
                let category = patch.category ?? (patch.kind != nil && patch.kind != before.kind
                    ? (CategoryService.exists(before.category, kind: after.kind, in: db) ? before.category : "other")
                    : before.category)
                after.category = try CategoryService.name(category, kind: after.kind, creating: creatingCategory && patch.category != nil,
                                                          at: now, in: db)
            }
            guard after != before else { return before }
            after.updatedAt = now
            try TransactionRow.update(after, in: db)
            // A bank's row renamed: its merchant keeps the name on later imports.
            if after.description != before.description, let bankText = try before.bankText ?? TransactionRow.importedText(before, in: db) {
                try PayeeNameRow.learn(bankText: bankText, payee: after.description, at: now, in: db)
            }
            try UndoEntry.edited(before: TransactionSnapshot(before)).push(db, at: now)
            try evaluateBudgets(Self.categories(of: before).union(Self.categories(of: after)), in: db)
            return after
        }
    }

    /// Only spending can be refunded: a refund is money back into a spending category.
    static func refund(_ isRefund: Bool, kind: TransactionKind) throws -> Bool {
        guard !isRefund || kind == .expense else { throw OutlayError.refundOfIncome }
        return isRefund
    }

    @discardableResult
    public func delete(id: String, force: Bool = false) throws -> Transaction {
        let now = clock.now()
        return try database.write { db in
            if !force, let found = try? fetch(id, includeDeleted: false, in: db), try ReconcileService.isReconciled(found.id, in: db) {
                throw OutlayError.reconciled(found.description)
            }
            let transaction = try setDeleted(id, to: now, at: now, mustBeLive: true, in: db)
            try UndoEntry.deleted(id: transaction.id).push(db, at: now)
            try evaluateBudgets(Self.categories(of: transaction), in: db)
            return transaction
        }
    }

    /// Brings back a deleted transaction.
    @discardableResult
    public func restore(id: String) throws -> Transaction {
        let now = clock.now()
        return try database.write { db in
            let current = try fetch(id, includeDeleted: true, in: db)
            guard current.deletedAt != nil else { return current }
            let transaction = try setDeleted(current.id, to: nil, at: now, in: db)
            try UndoEntry.restored(id: transaction.id).push(db, at: now)
            try evaluateBudgets(Self.categories(of: transaction), in: db)
            return transaction
        }
    }

    /// Sets or clears the tombstone. Only a user's delete insists on a live row;
    /// undo must not get stuck on a row that is already in the state it wants.
    func setDeleted(_ id: String, to deletedAt: Timestamp?, at now: Timestamp, mustBeLive: Bool = false,
                    in db: Database) throws -> Transaction {
        var transaction = try fetch(id, includeDeleted: !mustBeLive, in: db)
        transaction.deletedAt = deletedAt
        transaction.updatedAt = now
        try TransactionRow.update(transaction, in: db)
        return transaction
    }

    // MARK: - Reads

    /// A transaction by full id or by a unique tail of it (as `list` shows).
    public func get(id: String, includeDeleted: Bool = false) throws -> Transaction {
        try database.read { db in try fetch(id, includeDeleted: includeDeleted, in: db) }
    }

    public func list(_ request: TransactionPageRequest) throws -> TransactionPage {
        try database.read { db in try page(request, in: db) }
    }

    /// A page and the summary of its whole filter, read from one snapshot.
    public func listWithSummary(_ request: TransactionPageRequest) throws -> (page: TransactionPage, summary: TransactionSummary) {
        try database.read { db in (try page(request, in: db), try summary(request.filter, in: db)) }
    }

    private func page(_ request: TransactionPageRequest, in db: Database) throws -> TransactionPage {
        guard (1...TransactionPageRequest.maximumLimit).contains(request.limit) else {
            throw OutlayError.invalidLimit(request.limit)
        }
        var rows = try TransactionQuery(request.filter).fetchPage(request, currency: currency, in: db)
        let hasMore = rows.count > request.limit
        if hasMore { rows.removeLast() }
        let next = hasMore ? rows.last.map { TransactionCursor(date: $0.date, id: $0.id) } : nil
        return TransactionPage(transactions: rows, nextCursor: next)
    }

    /// `{totalIncome, totalExpenses, balance}` for any filter (see `Totals`).
    public func summary(_ filter: TransactionFilter = TransactionFilter()) throws -> TransactionSummary {
        try database.read { db in
            try BaseAmounts.requireConverted(in: db)
            return try summary(filter, in: db)
        }
    }

    private func summary(_ filter: TransactionFilter, in db: Database) throws -> TransactionSummary {
        try database.summaries.summary(filter, in: db) { try Totals.summary(filter, currency: currency, in: db) }
    }

    /// Live transactions in the database.
    public func count() throws -> Int {
        try database.read { db in try Totals.liveCount(in: db) }
    }

    // MARK: - Helpers

    /// Spending changed in these categories (nil: anywhere): budgets that cover them re-evaluate, in this write.
    func evaluateBudgets(_ categories: Set<String>?, in db: Database) throws {
        try BudgetEvaluator.evaluate(categories: categories, database: database, clock: clock, in: db)
    }

    func fetch(_ idOrTail: String, includeDeleted: Bool, in db: Database) throws -> Transaction {
        let ids = try IDLookup.matches(idOrTail, in: .transactions, liveOnly: !includeDeleted, db: db)
        guard let id = ids.first else { throw OutlayError.unknownTransaction(idOrTail) }
        guard ids.count == 1 else { throw OutlayError.ambiguousTransaction(idOrTail, matches: ids.map(RecordID.short)) }
        guard let transaction = try TransactionRow.fetch(id: id, currency: currency, in: db) else { throw OutlayError.unknownTransaction(idOrTail) }
        return transaction
    }

    /// A valid amount in the book's currency.
    /// `amount` as an amount of an account in `currency` (typed before the account was known, it may carry the base's).
    private func validAmount(_ amount: Money, in currency: Currency) throws(OutlayError) -> Money {
        try FieldRules.amount(amount.relabelled(as: currency))
    }

    /// What was charged abroad: a positive amount in another currency than the account's.
    static func validOriginal(_ original: Money?, account: Currency) throws(OutlayError) -> Money? {
        guard let original else { return nil }
        guard original.currency != account else {
            throw .invalidAmount("\(original.decimalString) \(original.currency.code)",
                                 reason: "an original amount is in another currency than the account's (\(account.code))")
        }
        return try FieldRules.amount(original)
    }
}
