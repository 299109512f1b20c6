import Foundation
import GRDB
import OutlayKit

/// A user of the server: who may log in, and which ledger is theirs.
struct User: Sendable, Hashable {
    var id: String
    var username: String
    /// Normalised (`Identity.key`): the same text for every way of writing the same address.
    var email: String
    var passwordHash: String
    var firstName: String?
    var lastName: String?
    var currency: String
    var createdAt: Int64
    /// Tokens carry the generation they were issued in; a password change or
    /// a revocation moves it on, and older tokens stop working.
    var tokenGeneration: Int = 0
    /// The original user service's profile: a monthly income (minor units of `currency`) and a time zone.
    var monthlyIncome: Int64 = 0
    var timezone = "UTC"
    var lastLoginAt: Int64?
}

/// `accounts.sqlite`: the users of a server on one machine and their bcrypt
/// hashes. Ledgers live apart, one file per user, so no query can ever reach
/// another user's data. Every statement runs on the database threads.
struct SQLiteUserDirectory: UserDirectory {
    private let writer: any DatabaseWriter
    private let pool: BlockingPool

    init(path: String, pool: BlockingPool = .shared) throws {
        self.pool = pool
        try PrivateFile.create(atPath: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        writer = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(writer)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE accounts(
                    id TEXT PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    password_hash TEXT NOT NULL,
                    first_name TEXT,
                    last_name TEXT,
                    currency TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    seq INTEGER NOT NULL UNIQUE
                )
                """)
        }
        // Emails and usernames compared as Unicode text (NFC, case-folded), not byte for byte;
        // tokens tied to a generation an account can move on.
        migrator.registerMigration("v2: identity keys and token generations") { db in
            try db.execute(sql: """
                ALTER TABLE accounts ADD COLUMN username_key TEXT;
                ALTER TABLE accounts ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;
                """)
            for row in try Row.fetchAll(db, sql: "SELECT id, username, email FROM accounts ORDER BY seq") {
                let id: String = try row.decode(atIndex: 0)
                let username: String = try row.decode(atIndex: 1), email: String = try row.decode(atIndex: 2)
                let emailKey = email.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
                let taken = try Bool.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE email = ? AND id <> ?", arguments: [emailKey, id]) == true
                try db.execute(sql: "UPDATE accounts SET username_key = ?, email = ? WHERE id = ?", arguments: [
                    username.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil),
                    taken ? email : emailKey, id])
            }
            try db.execute(sql: "CREATE UNIQUE INDEX accounts_by_username_key ON accounts(username_key)")
        }
        // The rest of the original user service's profile.
        migrator.registerMigration("v3: profile") { db in
            try db.execute(sql: """
                ALTER TABLE accounts ADD COLUMN monthly_income INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE accounts ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
                ALTER TABLE accounts ADD COLUMN last_login_at INTEGER;
                """)
        }
        migrator.registerMigration("v4: invitations") { db in
            try db.execute(sql: "CREATE TABLE invites(code_hash TEXT PRIMARY KEY, created_at INTEGER NOT NULL)")
        }
        return migrator
    }

    func addInvite(codeHash: String, at milliseconds: Int64) async throws {
        try await write { db in
            try db.execute(sql: "INSERT INTO invites(code_hash, created_at) VALUES (?, ?)", arguments: [codeHash, milliseconds])
        }
    }

    func takeInvite(codeHash: String) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "DELETE FROM invites WHERE code_hash = ?", arguments: [codeHash])
            return db.changesCount == 1
        }
    }

    func insert(_ account: User) async throws -> User {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE email = ?", arguments: [account.email]) == true {
                throw RegistrationConflict.emailTaken
            }
            let usernameKey = Identity.key(account.username)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE username_key = ?", arguments: [usernameKey]) == true {
                throw RegistrationConflict.usernameTaken
            }
            try db.execute(sql: """
                INSERT INTO accounts(id, username, username_key, email, password_hash, first_name, last_name, currency, created_at, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM accounts))
                """, arguments: [account.id, account.username, usernameKey, account.email, account.passwordHash, account.firstName,
                                 account.lastName, account.currency, account.createdAt])
            return account
        }
    }

    func delete(id: String) async throws {
        try await write { db in try db.execute(sql: "DELETE FROM accounts WHERE id = ?", arguments: [id]) }
    }

    func setPassword(id: String, hash: String) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE accounts SET password_hash = ?, token_generation = token_generation + 1 WHERE id = ?",
                           arguments: [hash, id])
        }
    }

    func revokeTokens(id: String) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE accounts SET token_generation = token_generation + 1 WHERE id = ?", arguments: [id])
        }
    }

    func updateProfile(_ account: User) async throws {
        try await write { db in
            try db.execute(sql: """
                UPDATE accounts SET first_name = ?, last_name = ?, currency = ?, monthly_income = ?, timezone = ? WHERE id = ?
                """, arguments: [account.firstName, account.lastName, account.currency, account.monthlyIncome, account.timezone, account.id])
        }
    }

    func recordLogin(id: String, at milliseconds: Int64) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE accounts SET last_login_at = ? WHERE id = ?", arguments: [milliseconds, id])
        }
    }

    func find(email: String) async throws -> User? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE email = ?", arguments: [email]).map(Self.user) }
    }

    func find(id: String) async throws -> User? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [id]).map(Self.user) }
    }

    func all() async throws -> [User] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY seq").map(Self.user) }
    }

    func first() async throws -> User? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM accounts ORDER BY seq LIMIT 1").map(Self.user) }
    }

    func count() async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") ?? 0 }
    }

    private func write<T: Sendable>(_ statements: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let writer = self.writer
        return try await pool.run { try writer.write(statements) }
    }

    private func read<T: Sendable>(_ statements: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let writer = self.writer
        return try await pool.run { try writer.read(statements) }
    }

    private static func user(_ row: Row) throws -> User {
        User(id: try row.decode(forColumn: "id"), username: try row.decode(forColumn: "username"),
                email: try row.decode(forColumn: "email"), passwordHash: try row.decode(forColumn: "password_hash"),
                firstName: try row.decode(forColumn: "first_name"), lastName: try row.decode(forColumn: "last_name"),
                currency: try row.decode(forColumn: "currency"), createdAt: try row.decode(forColumn: "created_at"),
                tokenGeneration: try row.decode(forColumn: "token_generation"), monthlyIncome: try row.decode(forColumn: "monthly_income"),
                timezone: try row.decode(forColumn: "timezone"), lastLoginAt: try row.decode(forColumn: "last_login_at"))
    }
}
