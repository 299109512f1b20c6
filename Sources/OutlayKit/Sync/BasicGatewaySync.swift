import GRDB

/// A gateway with only the original design's basic routes: `GET` and `POST /api/expenses`.
public protocol BasicGateway: Sendable {
    /// A page of its expenses, each with the gateway's id as `id`, and where the next page starts (nil: that was the last).
    func expenses(after cursor: String?) async throws -> (expenses: [TransactionDraft], next: String?)
    /// Stores `transaction`; returns the id the gateway gave it.
    func create(_ transaction: Transaction) async throws -> String
}

/// Sync in compatibility mode. Without a change log on the other side only
/// records travel, not edits: each local transaction is linked to its copy on
/// the gateway (`basic_gateway_links`), so it is sent once, and each remote
/// expense is brought in once. The pull comes first and links a remote
/// expense to an unlinked local one with the same id, or the same day, kind,
/// amount and description: so a push whose answer was lost (an interrupted
/// sync) is recognised instead of sent again.
public struct BasicGatewaySync: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    public func run(with gateway: any BasicGateway) async throws -> SyncRunner.Report {
        let service = SyncService(database: database)
        do {
            var report = SyncRunner.Report(basicGateway: true)
            var cursor: String?
            repeat {
                let page = try await gateway.expenses(after: cursor)
                report.pulled += try take(page.expenses)
                // A gateway that ignores the cursor would hand out its first page forever.
                guard page.next != cursor, !page.expenses.isEmpty else { break }
                cursor = page.next
            } while cursor != nil
            while case let batch = try unlinked(limit: 100), !batch.isEmpty {
                for transaction in batch {
                    let remoteID = try await gateway.create(transaction)
                    try database.write { db in try link(transaction.id, remoteID, db) }
                    report.pushed += 1
                }
            }
            try service.recordOutcome(error: nil)
            return report
        } catch {
            try? service.recordOutcome(error: "\(error)")
            throw error
        }
    }

    /// Links or brings in one page of remote expenses, in one transaction; returns how many are new here.
    func take(_ expenses: [TransactionDraft]) throws -> Int {
        let now = clock.now()
        return try database.write { db in
            var imported = 0
            var categories = Set<String>()
            for remote in expenses {
                guard let remoteID = remote.id else { throw OutlayError.invalidSyncChange("an expense from the gateway has no id") }
                guard remote.amount.currency == database.currency else {
                    throw OutlayError.invalidSyncChange("expense \(remoteID) is in \(remote.amount.currency.code), this ledger in \(database.currency.code)")
                }
                if try isLinked(remote: remoteID, db) { continue }
                if let local = try sameRecord(as: remote, remoteID, db) {
                    try link(local, remoteID, db)
                    continue
                }
                let transaction = Transaction(
                    id: try freeID(for: remoteID, db), kind: remote.kind, amount: remote.amount,
                    category: try category(remote.category ?? "other", kind: remote.kind, db), description: remote.description,
                    date: remote.date, note: remote.note, tags: remote.tags, createdAt: now, updatedAt: now)
                try TransactionRow.insert(transaction, into: db)
                try link(transaction.id, remoteID, db)
                imported += 1
                categories.insert(transaction.category)
            }
            if imported > 0 { try BudgetEvaluator.evaluate(categories: categories, database: database, clock: clock, in: db) }
            return imported
        }
    }

    /// Live local transactions not on the gateway yet, oldest first.
    func unlinked(limit: Int) throws -> [Transaction] {
        try database.read { db in try BasicGatewayLinks.unlinked(limit: limit, currency: database.currency, in: db) }
    }

    private func isLinked(remote id: String, _ db: Database) throws -> Bool {
        try BasicGatewayLinks.isLinked(remote: id, in: db)
    }

    private func link(_ localID: String, _ remoteID: String, _ db: Database) throws {
        try BasicGatewayLinks.link(localID, remoteID, in: db)
    }

    /// An unlinked local transaction that is this remote expense: the same id, or the same day, kind, amount and description.
    private func sameRecord(as remote: TransactionDraft, _ remoteID: String, _ db: Database) throws -> String? {
        try BasicGatewayLinks.unlinkedMatch(of: remote, remoteID: remoteID, in: db)
    }

    /// The remote id when it is a UUID not used here, else a new one.
    private func freeID(for remoteID: String, _ db: Database) throws -> String {
        if let id = RecordID.canonical(remoteID),
           try !TransactionRow.exists(id, in: db) {
            return id
        }
        return RecordID.make(at: clock.now())
    }

    /// The remote category, made here when it is new; "other" when its name is not one Outlay allows.
    private func category(_ raw: String, kind: TransactionKind, _ db: Database) throws -> String {
        guard let name = try? Category.normalizedName(raw) else { return "other" }
        try CategoryRow.insertIfAbsent(kind: kind, name: name, at: clock.now(), in: db)
        return name
    }
}
