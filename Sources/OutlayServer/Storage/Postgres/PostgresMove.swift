import Foundation
import OutlayKit
import PostgresNIO

/// `outlay-server move-to-postgres`: copies a SQLite server's users (hashes,
/// token generations and profiles as they are, so tokens and passwords keep
/// working) and every ledger's change log into PostgreSQL. Each ledger's log
/// is what the server's devices sync from, so it holds the whole ledger; nodes
/// rebuild their copies from it, and devices' cursors on it stay good (each
/// entry keeps its number). Run again after an interruption: a user
/// already there is kept, and a log entry already there is not added twice.
public enum PostgresMove {
    public struct Report: Sendable, Equatable {
        public var users = 0
        public var changes = 0
    }

    /// `said` gets a line per user copied; `progress` the log entries copied of all users' (counted first).
    public static func run(dataDirectory: URL, store: PostgresStore, said: (String) -> Void = { _ in },
                           progress: ProgressReporter? = nil) async throws -> Report {
        let accountsPath = dataDirectory.appendingPathComponent("accounts.sqlite").path
        guard FileManager.default.fileExists(atPath: accountsPath) else {
            throw PostgresLocation.Invalid(description: "\(dataDirectory.path) holds no outlay-server data (no accounts.sqlite)")
        }
        let accounts = try SQLiteUserDirectory(path: accountsPath)
        let log = SharedLedgerLog(store: store)
        var report = Report()
        var ledgers: [(User, AppDatabase)] = []
        for account in try await accounts.all() {
            let ledgerPath = dataDirectory.appendingPathComponent("users/\(account.id).sqlite").path
            guard FileManager.default.fileExists(atPath: ledgerPath) else { continue }
            ledgers.append((account, try AppDatabase.open(path: ledgerPath)))
        }
        // Every log's newest number, an upper bound of what is copied: the bar's whole.
        let total = try ledgers.reduce(0) { $0 + Int(try SyncService(database: $1.1, role: .server).lastSeq()) }
        var read = 0
        for (account, ledger) in ledgers {
            try await copy(account, currency: ledger.currency.code, into: store)
            let service = SyncService(database: ledger, role: .server)
            var cursor: Int64 = 0
            // Numbered as on the SQLite server, so devices go on pulling from where they were.
            while case let page = try service.numberedChanges(after: cursor, limit: SyncRunner.batchSize), let last = page.last {
                report.changes += try await log.append(account.id, page.map(\.change), numbers: page.map(\.seq)).accepted
                cursor = last.seq
                read += page.count
                progress?(WorkProgress(done: read, total: total))
            }
            report.users += 1
            said("\(account.email): ledger copied (\(report.changes) log entries so far)")
        }
        return report
    }

    /// The user as the SQLite store has them, with their ledger's head; kept as it is when already there.
    private static func copy(_ account: User, currency: String, into store: PostgresStore) async throws {
        try await store.run { connection in try await connection.withTransaction(logger: PostgresStore.logger) { connection in
            try await connection.query("""
                INSERT INTO users(id, username, username_key, email, password_hash, first_name, last_name, currency, created_at,
                                  token_generation, monthly_income, timezone, last_login_at)
                VALUES (\(account.id), \(account.username), \(Identity.key(account.username)), \(account.email), \(account.passwordHash),
                        \(account.firstName), \(account.lastName), \(currency), \(account.createdAt), \(account.tokenGeneration),
                        \(account.monthlyIncome), \(account.timezone), \(account.lastLoginAt))
                ON CONFLICT (id) DO NOTHING
                """, logger: PostgresStore.logger)
            try await connection.query("INSERT INTO ledger_heads(user_id, currency) VALUES (\(account.id), \(currency)) ON CONFLICT DO NOTHING",
                                       logger: PostgresStore.logger)
        } }
    }
}
