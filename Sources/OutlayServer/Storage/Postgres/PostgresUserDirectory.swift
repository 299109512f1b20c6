import PostgresNIO

/// The users every node shares, in PostgreSQL: the same rules as `SQLiteUserDirectory`
/// (emails and usernames unique by their normalised keys, token generations),
/// and each new user's ledger head made in the same transaction.
struct PostgresUserDirectory: UserDirectory {
    let store: PostgresStore

    private static let columns = """
        id, username, email, password_hash, first_name, last_name, currency, created_at, token_generation, monthly_income, timezone, last_login_at
        """

    func insert(_ account: User) async throws -> User {
        let usernameKey = Identity.key(account.username)
        return try await store.run { connection in
            do {
                return try await Self.insert(account, usernameKey: usernameKey, connection: connection)
            } catch let error as PostgresTransactionError {
                throw Self.failure(error.closureError ?? error.commitError ?? error)
            } catch {
                throw Self.failure(error)
            }
        }
    }

    /// A taken email or username, whether this node saw it first or another node's registration won the race (unique keys).
    private static func failure(_ error: any Error) -> any Error {
        if error is RegistrationConflict { return error }
        guard let sql = error as? PSQLError, sql.serverInfo?[.sqlState] == "23505" else { return error }
        return (sql.serverInfo?[.constraintName] ?? "").contains("email") ? RegistrationConflict.emailTaken : RegistrationConflict.usernameTaken
    }

    private static func insert(_ account: User, usernameKey: String, connection: PostgresConnection) async throws -> User {
        try await connection.withTransaction(logger: PostgresStore.logger) { connection in
                let taken = try await connection.query("""
                    SELECT email = \(account.email) FROM users WHERE email = \(account.email) OR username_key = \(usernameKey) LIMIT 1
                    """, logger: PostgresStore.logger).decode(Bool.self)
                for try await emailTaken in taken { throw emailTaken ? RegistrationConflict.emailTaken : RegistrationConflict.usernameTaken }
                try await connection.query("""
                    INSERT INTO users(id, username, username_key, email, password_hash, first_name, last_name, currency, created_at)
                    VALUES (\(account.id), \(account.username), \(usernameKey), \(account.email), \(account.passwordHash), \(account.firstName),
                            \(account.lastName), \(account.currency), \(account.createdAt))
                    """, logger: PostgresStore.logger)
                try await connection.query("INSERT INTO ledger_heads(user_id, currency) VALUES (\(account.id), \(account.currency))",
                                           logger: PostgresStore.logger)
                return account
        }
    }

    func delete(id: String) async throws { try await execute("DELETE FROM users WHERE id = \(id)") }

    func setPassword(id: String, hash: String) async throws {
        try await execute("UPDATE users SET password_hash = \(hash), token_generation = token_generation + 1 WHERE id = \(id)")
    }

    func revokeTokens(id: String) async throws { try await execute("UPDATE users SET token_generation = token_generation + 1 WHERE id = \(id)") }

    /// The ledger's head carries the currency too: every node's copy follows a change of it.
    func updateProfile(_ account: User) async throws {
        try await store.run { connection in
            try await connection.withTransaction(logger: PostgresStore.logger) { connection in
                try await connection.query("""
                    UPDATE users SET first_name = \(account.firstName), last_name = \(account.lastName), currency = \(account.currency),
                        monthly_income = \(account.monthlyIncome), timezone = \(account.timezone) WHERE id = \(account.id)
                    """, logger: PostgresStore.logger)
                try await connection.query("UPDATE ledger_heads SET currency = \(account.currency) WHERE user_id = \(account.id)",
                                           logger: PostgresStore.logger)
            }
        }
    }

    func recordLogin(id: String, at milliseconds: Int64) async throws { try await execute("UPDATE users SET last_login_at = \(milliseconds) WHERE id = \(id)") }

    func find(email: String) async throws -> User? { try await fetch("SELECT \(unescaped: Self.columns) FROM users WHERE email = \(email)").first }

    func find(id: String) async throws -> User? { try await fetch("SELECT \(unescaped: Self.columns) FROM users WHERE id = \(id)").first }

    func all() async throws -> [User] { try await fetch("SELECT \(unescaped: Self.columns) FROM users ORDER BY seq") }

    func first() async throws -> User? { try await fetch("SELECT \(unescaped: Self.columns) FROM users ORDER BY seq LIMIT 1").first }

    func count() async throws -> Int {
        try await store.run { connection in
            var count = 0
            for try await value in try await connection.query("SELECT COUNT(*) FROM users", logger: PostgresStore.logger).decode(Int.self) { count = value }
            return count
        }
    }

    func addInvite(codeHash: String, at milliseconds: Int64) async throws {
        try await execute("INSERT INTO invites(code_hash, created_at) VALUES (\(codeHash), \(milliseconds))")
    }

    func takeInvite(codeHash: String) async throws -> Bool {
        try await store.run { connection in
            var taken = false
            for try await _ in try await connection.query("DELETE FROM invites WHERE code_hash = \(codeHash) RETURNING 1",
                                                          logger: PostgresStore.logger).decode(Int.self) { taken = true }
            return taken
        }
    }

    private func execute(_ query: PostgresQuery) async throws {
        try await store.run { connection in _ = try await connection.query(query, logger: PostgresStore.logger) }
    }

    private func fetch(_ query: PostgresQuery) async throws -> [User] {
        try await store.run { connection in
            var accounts: [User] = []
            let rows = try await connection.query(query, logger: PostgresStore.logger)
                .decode((String, String, String, String, String?, String?, String, Int64, Int, Int64, String, Int64?).self)
            for try await (id, username, email, hash, first, last, currency, created, generation, income, timezone, login) in rows {
                accounts.append(User(id: id, username: username, email: email, passwordHash: hash, firstName: first, lastName: last,
                                        currency: currency, createdAt: created, tokenGeneration: generation, monthlyIncome: income,
                                        timezone: timezone, lastLoginAt: login))
            }
            return accounts
        }
    }
}
