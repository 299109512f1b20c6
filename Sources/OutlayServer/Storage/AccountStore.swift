import Foundation
import GRDB

/// One account: who may log in, and which ledger is theirs.
struct Account: Sendable, Hashable {
    var id: String
    var username: String
    var email: String
    var passwordHash: String
    var firstName: String?
    var lastName: String?
    var currency: String
    var createdAt: Int64
}

/// `accounts.sqlite`: users and their bcrypt hashes. Ledgers live apart, one
/// file per user, so no query can ever reach another user's data.
struct AccountStore: Sendable {
    enum Failure: Error, Equatable {
        case emailTaken, usernameTaken
    }

    private let writer: any DatabaseWriter

    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        writer = try DatabasePool(path: path, configuration: configuration)
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
        try migrator.migrate(writer)
    }

    /// Adds an account; a taken email or username (in any case) is refused.
    func insert(_ account: Account) throws -> Account {
        try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE email = ?", arguments: [account.email]) == true {
                throw Failure.emailTaken
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE username = ?", arguments: [account.username]) == true {
                throw Failure.usernameTaken
            }
            try db.execute(sql: """
                INSERT INTO accounts(id, username, email, password_hash, first_name, last_name, currency, created_at, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM accounts))
                """, arguments: [account.id, account.username, account.email, account.passwordHash, account.firstName,
                                 account.lastName, account.currency, account.createdAt])
            return account
        }
    }

    func delete(id: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM accounts WHERE id = ?", arguments: [id]) }
    }

    func find(email: String) throws -> Account? {
        try writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE email = ?", arguments: [email]).map(Self.account) }
    }

    func find(id: String) throws -> Account? {
        try writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [id]).map(Self.account) }
    }

    /// The first account registered: the admin unless one is named.
    func first() throws -> Account? {
        try writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM accounts ORDER BY seq LIMIT 1").map(Self.account) }
    }

    func count() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") ?? 0 }
    }

    private static func account(_ row: Row) -> Account {
        Account(id: row["id"], username: row["username"], email: row["email"], passwordHash: row["password_hash"],
                firstName: row["first_name"], lastName: row["last_name"], currency: row["currency"], createdAt: row["created_at"])
    }
}
