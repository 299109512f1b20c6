import Foundation
import OutlayKit

/// What a ledger task does, which decides where it runs.
enum LedgerWork {
    /// Reads never wait in WAL mode.
    case read
    /// May wait for the ledger's write lock.
    case write
    /// A write that may take seconds (a sync push).
    case merge
}

/// A read on a node's ledger copy: its answer, or that the copy must catch up first.
private enum CopyAnswer<T: Sendable>: Sendable {
    case answered(T)
    case stale
}

/// Everything the routes share: users, ledgers, tokens, limits, statistics,
/// and the threads that do all SQLite work.
struct ServerServices: Sendable {
    let settings: ServerSettings
    let users: any UserDirectory
    /// With `--database`: this node's ledger copies kept in step with the shared log.
    let replication: LedgerReplication?
    let ledgers: UserLedgers
    let tokens: TokenAuthority
    let passwords: PasswordHasher
    let loginLimiter: AttemptLimiter
    /// New accounts per client address and hour.
    let signUpLimiter: AttemptLimiter
    let usage: UsageStatistics
    /// The shared PostgreSQL, when nodes use one (for `/health`).
    let store: PostgresStore?
    /// Where every read and write of a database runs (see `BlockingPool`).
    let pool: BlockingPool
    /// Writes to one ledger, one at a time.
    let gates = LedgerGates()
    /// Today and now, for the services; tests fix the day.
    let clock: ServiceClock

    init(configuration: ServerSettings, jwtSecret: [UInt8], clock: ServiceClock = .system, store: PostgresStore? = nil) async throws {
        self.settings = configuration
        // Only the server's own user can read the accounts, the ledgers and the secret.
        try PrivateFile.folder(configuration.dataDirectory)
        let pool = BlockingPool.shared
        let users: any UserDirectory = try store.map { PostgresUserDirectory(store: $0) }
            ?? SQLiteUserDirectory(path: configuration.dataDirectory.appendingPathComponent("accounts.sqlite").path, pool: pool)
        self.users = users
        self.pool = pool
        replication = store.map { LedgerReplication(log: SharedLedgerLog(store: $0), pool: .long) }
        ledgers = try UserLedgers(folder: configuration.dataDirectory.appendingPathComponent("users"),
                                  limit: configuration.openLedgerLimit, clock: clock)
        if store != nil {
            // Copies of users deleted since this node last ran go; the rest catch up when used.
            let ledgers = self.ledgers, keeping = Set(try await users.all().map(\.id))
            try await pool.run { try ledgers.removeCopies(keeping: keeping) }
        }
        tokens = await TokenAuthority(secret: jwtSecret, lifetime: configuration.tokenLifetime,
                                      recheckInterval: configuration.tokenRecheckInterval) { userID, generation in
            try await users.find(id: userID)?.tokenGeneration == generation
        }
        passwords = try await PasswordHasher(cost: configuration.bcryptCost)
        loginLimiter = AttemptLimiter(limit: configuration.maximumFailedLogins, window: configuration.loginWindow)
        signUpLimiter = AttemptLimiter(limit: max(1, configuration.signUpsPerHour), window: 3600)
        usage = UsageStatistics()
        self.store = store
        self.clock = clock
    }

    /// Runs `work` on the caller's own ledger, on the database threads; 401 when the request carries no valid token.
    /// Writes to one ledger take turns before they take a thread; a merge runs on the pool for long work.
    func withLedger<T: Sendable>(_ context: OutlayRequestContext, _ kind: LedgerWork = .read,
                                 _ work: @escaping @Sendable (AppDatabase) throws -> T) async throws -> T {
        let userID = try context.requireUser()
        let ledgers = self.ledgers
        guard let replication else {
            let run: @Sendable () throws -> T = { try work(try ledgers.ledger(of: userID)) }
            switch kind {
            case .read: return try await pool.run(run)
            case .write: return try await gates.serialize(userID) { try await pool.run(run) }
            case .merge: return try await gates.serialize(userID) { try await BlockingPool.long.run(run) }
            }
        }
        // Nodes on one PostgreSQL: this copy takes in the shared log first (nothing to do when nothing is new), and
        // a write's changes reach the shared log before the answer, so the next request, on any node, sees them.
        let head = try await replication.heads.head(userID)
        if !ledgers.hasLedger(of: userID) { try await makeCopy(userID) }
        if kind == .read {
            // Usually the copy is open and current: one trip to the database threads answers.
            let answer = try await pool.run { () -> CopyAnswer<T> in
                let database = try ledgers.ledger(of: userID)
                guard replication.isCurrent(userID, currency: database.currency.code, head: head) else { return .stale }
                return .answered(try work(database))
            }
            if case .answered(let result) = answer { return result }
        }
        var opened = try await pool.run { try ledgers.ledger(of: userID) }
        if !head.allows(currency: opened.currency.code) {
            // Another node changed the empty book's currency: this copy starts again, in the new one, from the log.
            try await gates.serialize(userID) { try await pool.run { try ledgers.remove(userID: userID) } }
            replication.forget(userID)
            try await makeCopy(userID)
            opened = try await pool.run { try ledgers.ledger(of: userID) }
        }
        let database = opened
        if replication.isBehind(userID, head: head.seq) {
            try await gates.serialize(userID) { try await replication.exchange(userID, database) }
        }
        switch kind {
        case .read: return try await pool.run { try work(database) }
        case .write, .merge:
            return try await gates.serialize(userID) {
                let result = try await (kind == .merge ? BlockingPool.long : pool).run { try work(database) }
                try await replication.exchange(userID, database)
                return result
            }
        }
    }

    /// A node's copy of a ledger (for a user registered on another node, or whose empty book another node gave a
    /// new currency) begins empty in the user's currency and takes in the shared log.
    private func makeCopy(_ userID: String) async throws {
        guard let user = try await users.find(id: userID), let currency = try? Currency(code: user.currency) else { throw APIError.unauthorized }
        let ledgers = self.ledgers, pool = self.pool
        try await gates.serialize(userID) { try await pool.run { try ledgers.createCopy(userID: userID, currency: currency) } }
    }

    /// Whether this user may read the usage statistics.
    func isAdmin(_ userID: String) async throws -> Bool {
        let adminKey = settings.adminEmail.map(Identity.key)
        if let adminKey { return try await users.find(id: userID)?.email == adminKey }
        return try await users.first()?.id == userID
    }
}
