import CSQLiteTuning
import Foundation
import GRDB

/// Owns the SQLite connection(s) and runs the migrations on open.
///
/// Every write goes through `write`, one transaction each, so an operation
/// is either fully applied or not at all, even if the process is killed.
public struct AppDatabase: Sendable {
    /// Where the data lives, for messages; ":memory:" for a private database.
    public let path: String
    /// The book's currency; every amount in this database is in it.
    public private(set) var currency: Currency
    /// Week start, notification channels: what `config.toml` says.
    public private(set) var settings: OutlaySettings
    let writer: any DatabaseWriter
    /// Shared by every copy of this value, so a process keeps one per open database.
    let summaries = SummaryCache()
    /// The one clock of everything working on this database: services take
    /// "now" and "today" from it, and it stamps this device's changes for sync.
    /// Tests and the server set it once, and every service, nested ones too, follows.
    public var clock: ServiceClock = .system

    /// This database with `clock`.
    public func withClock(_ clock: ServiceClock) -> AppDatabase {
        var copy = self
        copy.clock = clock
        return copy
    }

    /// This database with `settings`: `config.toml` edited while it is open.
    public func withSettings(_ settings: OutlaySettings) -> AppDatabase {
        var copy = self
        copy.settings = settings
        return copy
    }

    /// This handle reading and writing amounts in `currency`: after the book's currency changed, or, for a dry
    /// run, as if it had.
    func assuming(currency: Currency) -> AppDatabase {
        var copy = self
        copy.currency = currency
        return copy
    }

    /// How long a write waits for another process's write to finish.
    static let busyTimeout: TimeInterval = 2

    /// GRDB already gives each connection to one thread at a time, so SQLite's
    /// own per-call mutexes (and its global malloc statistics lock) only cost
    /// time: about 8 % of a bulk load. Must run before SQLite initialises.
    private static let sqliteConfigured: Bool = outlay_sqlite_configure_multithread() == 0

    /// Opens (creating folders and file on first use) the database at `path`.
    ///
    /// `currency` (else the config's `[book] currency`) is the book's currency
    /// when the database has none yet (a new one); an existing book keeps its own.
    public static func open(path: String, settings: OutlaySettings = OutlaySettings(),
                            currency: Currency? = nil) throws -> AppDatabase {
        _ = sqliteConfigured
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try PrivateFile.folder(URL(fileURLWithPath: folder)) }
        } catch {
            throw OutlayError.databaseUnavailable(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
        }
        // 0600 before SQLite makes it (its -wal and -shm take the same mode); an older book loses others' access.
        if FileManager.default.fileExists(atPath: path) {
            PrivateFile.makePrivate(databaseAt: path)
        } else {
            try? PrivateFile.create(atPath: path)
        }
        return try mapErrors(path: path, currency: currency) {
            try AppDatabase(path: path, settings: settings, initialCurrency: currency ?? settings.bookCurrency,
                            writer: DatabasePool(path: path, configuration: configuration()))
        }
    }

    /// A private in-memory database, for tests and benchmarks.
    public static func inMemory(settings: OutlaySettings = OutlaySettings()) throws -> AppDatabase {
        _ = sqliteConfigured
        return try AppDatabase(path: ":memory:", settings: settings, initialCurrency: nil,
                               writer: DatabaseQueue(configuration: configuration()))
    }

    private init(path: String, settings: OutlaySettings, initialCurrency: Currency?, writer: any DatabaseWriter) throws {
        self.path = path
        self.settings = settings
        self.writer = writer
        // Migrating takes the write lock even when nothing is pending: look first, so that
        // opening for a read never waits on (or fails behind) another process's write.
        let migrator = Migrations.migrator()
        if try !writer.read(migrator.hasCompletedMigrations) { try migrator.migrate(writer) }
        var code = try writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'currency'")
        }
        if code == nil, let initialCurrency {
            try writer.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO settings(key, value) VALUES ('currency', ?)",
                               arguments: [initialCurrency.code])
                // Given (by the caller or [book] currency), so chosen: a first import does not replace it.
                try db.execute(sql: "INSERT OR IGNORE INTO settings(key, value) VALUES ('currency_chosen', '1')")
                try db.execute(sql: "UPDATE accounts SET currency = ?", arguments: [initialCurrency.code])
            }
            code = initialCurrency.code
        }
        self.currency = try code.map { code throws(OutlayError) in try Currency(code: code) } ?? .usd
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // Only takes effect when the file is new: fewer, fuller B-tree pages for large ledgers.
            try db.execute(sql: "PRAGMA page_size = 8192")
            // NORMAL is crash-safe in WAL mode: a killed process loses nothing committed.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return configuration
    }

    // MARK: - Access

    /// Runs `body` in one write transaction; SQLite errors become `OutlayError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(path: path, currency: currency) {
            try writer.write { db in
                let result = try body(db)
                try BaseAmounts.convertPending(base: currency, in: db)
                try ChangeLog.stamp(db, now: clock.now())
                return result
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(path: path, currency: currency) { try writer.read(body) }
    }

    /// Runs `body` outside any implicit transaction; it manages its own.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(path: path, currency: currency) { try writer.writeWithoutTransaction(body) }
    }

    /// The message `ledger_total_limit` (migration v7) raises.
    static let ledgerTotalRefusal = "outlay: ledger total over the largest amount"

    /// `error` as `mapErrors` words it, for an error caught inside a write (a savepoint's).
    static func sentence(for error: any Error, path: String, currency: Currency?) -> any Error {
        do {
            try mapErrors(path: path, currency: currency) { () throws -> Void in throw error }
            return error
        } catch {
            return error
        }
    }

    /// SQLite's and GRDB's errors as the sentences a user reads; `currency` words the ledger's limit.
    static func mapErrors<T>(path: String, currency: Currency?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RowDecodingError {
            throw OutlayError.storedValueInvalid("\(error)")
        } catch let error as DatabaseError {
            if error.message == ledgerTotalRefusal {
                throw OutlayError.ledgerTotalTooLarge(limit: Money(minorUnits: Money.largestMinorUnits, currency: currency ?? .usd).description)
            }
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                throw OutlayError.conflict("a record with that id or name already exists")
            default: break
            }
            if error.message == "integer overflow" {
                throw OutlayError.storedValueInvalid("a sum of stored amounts leaves the whole numbers")
            }
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                throw OutlayError.databaseLocked(path: path)
            case .SQLITE_NOTADB:
                throw OutlayError.databaseUnavailable(path: path, reason: "the file is not a SQLite database")
            case .SQLITE_CANTOPEN:
                throw OutlayError.databaseUnavailable(path: path, reason: "the file cannot be opened (check that it exists and its permissions)")
            case .SQLITE_READONLY:
                throw OutlayError.databaseUnavailable(path: path, reason: "the file is read-only")
            case .SQLITE_CORRUPT:
                throw OutlayError.databaseUnavailable(path: path, reason: "the file is damaged")
            case .SQLITE_PERM, .SQLITE_AUTH:
                throw OutlayError.databaseUnavailable(path: path, reason: "permission denied")
            case .SQLITE_FULL:
                throw OutlayError.diskFull(path: path)
            default:
                throw error
            }
        }
    }
}
