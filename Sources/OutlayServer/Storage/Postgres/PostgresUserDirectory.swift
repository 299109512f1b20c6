import PostgresNIO

/// The users every node shares, in PostgreSQL: the same rules as `AccountStore`
/// (emails and usernames unique by their normalised keys, token generations),
/// and each new user's ledger head made in the same transaction.
struct PostgresUserDirectory: UserDirectory {
    let store: PostgresStore

    private static let columns = """
        id, username, email, password_hash, first_name, last_name, currency, created_at, token_generation, monthly_income, timezone, last_login_at
        """

    func insert(_ account: Account) throws -> Account {
        let usernameKey = Identity.key(account.username)
        return try store.blocking { connection in
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
        if error is AccountStore.Failure { return error }
        guard let sql = error as? PSQLError, sql.serverInfo?[.sqlState] == "23505" else { return error }
        return (sql.serverInfo?[.constraintName] ?? "").contains("email") ? AccountStore.Failure.emailTaken : AccountStore.Failure.usernameTaken
    }

    private static func insert(_ account: Account, usernameKey: String, connection: PostgresConnection) async throws -> Account {
        try await connection.withTransaction(logger: PostgresStore.logger) { connection in
                let taken = try await connection.query("""
                    SELECT email = \(account.email) FROM users WHERE email = \(account.email) OR username_key = \(usernameKey) LIMIT 1
                    """, logger: PostgresStore.logger).decode(Bool.self)
                for try await emailTaken in taken { throw emailTaken ? AccountStore.Failure.emailTaken : AccountStore.Failure.usernameTaken }
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

    func delete(id: String) throws { try execute("DELETE FROM users WHERE id = \(id)") }

    func setPassword(id: String, hash: String) throws {
        try execute("UPDATE users SET password_hash = \(hash), token_generation = token_generation + 1 WHERE id = \(id)")
    }

    func revokeTokens(id: String) throws { try execute("UPDATE users SET token_generation = token_generation + 1 WHERE id = \(id)") }

    /// The ledger's head carries the currency too: every node's copy follows a change of it.
    func updateProfile(_ account: Account) throws {
        try store.blocking { connection in
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

    func recordLogin(id: String, at milliseconds: Int64) throws { try execute("UPDATE users SET last_login_at = \(milliseconds) WHERE id = \(id)") }

    func find(email: String) throws -> Account? { try fetch("SELECT \(unescaped: Self.columns) FROM users WHERE email = \(email)").first }

    func find(id: String) throws -> Account? { try fetch("SELECT \(unescaped: Self.columns) FROM users WHERE id = \(id)").first }

    func all() throws -> [Account] { try fetch("SELECT \(unescaped: Self.columns) FROM users ORDER BY seq") }

    func first() throws -> Account? { try fetch("SELECT \(unescaped: Self.columns) FROM users ORDER BY seq LIMIT 1").first }

    func count() throws -> Int {
        try store.blocking { connection in
            var count = 0
            for try await value in try await connection.query("SELECT COUNT(*) FROM users", logger: PostgresStore.logger).decode(Int.self) { count = value }
            return count
        }
    }

    func addInvite(codeHash: String, at milliseconds: Int64) throws {
        try execute("INSERT INTO invites(code_hash, created_at) VALUES (\(codeHash), \(milliseconds))")
    }

    func takeInvite(codeHash: String) throws -> Bool {
        try store.blocking { connection in
            var taken = false
            for try await _ in try await connection.query("DELETE FROM invites WHERE code_hash = \(codeHash) RETURNING 1",
                                                          logger: PostgresStore.logger).decode(Int.self) { taken = true }
            return taken
        }
    }

    private func execute(_ query: PostgresQuery) throws {
        try store.blocking { connection in _ = try await connection.query(query, logger: PostgresStore.logger) }
    }

    private func fetch(_ query: PostgresQuery) throws -> [Account] {
        try store.blocking { connection in
            var accounts: [Account] = []
            let rows = try await connection.query(query, logger: PostgresStore.logger)
                .decode((String, String, String, String, String?, String?, String, Int64, Int, Int64, String, Int64?).self)
            for try await (id, username, email, hash, first, last, currency, created, generation, income, timezone, login) in rows {
                accounts.append(Account(id: id, username: username, email: email, passwordHash: hash, firstName: first, lastName: last,
                                        currency: currency, createdAt: created, tokenGeneration: generation, monthlyIncome: income,
                                        timezone: timezone, lastLoginAt: login))
            }
            return accounts
        }
    }
}
