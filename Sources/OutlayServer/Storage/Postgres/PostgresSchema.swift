import Logging
import PostgresNIO

/// The shared database's schema, versioned like the ledgers' SQLite migrations:
/// each version frozen text, recorded in `outlay_schema` once it has run. Nodes
/// that start together take turns on a session advisory lock, so each version
/// runs once.
enum PostgresSchema {
    /// Any number that no other program on the database uses for an advisory lock: "outlay" in ASCII.
    static let lockKey: Int64 = 0x6F75_746C_6179

    static let versions: [(version: Int, name: String, sql: [String])] = [
        (1, "users, ledger change logs, shared settings", [
            """
            CREATE TABLE users(
                id TEXT PRIMARY KEY,
                username TEXT NOT NULL,
                username_key TEXT NOT NULL UNIQUE,
                email TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                first_name TEXT,
                last_name TEXT,
                currency TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                seq BIGSERIAL NOT NULL UNIQUE,
                token_generation INTEGER NOT NULL DEFAULT 0,
                monthly_income BIGINT NOT NULL DEFAULT 0,
                timezone TEXT NOT NULL DEFAULT 'UTC',
                last_login_at BIGINT
            )
            """,
            // Each ledger's change log: what every node's cache and every device catches up from.
            // `seq` is given out under the ledger's head row lock, so a reader never passes a change still committing.
            """
            CREATE TABLE ledger_heads(
                user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
                seq BIGINT NOT NULL DEFAULT 0,
                currency TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE ledger_changes(
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                seq BIGINT NOT NULL,
                origin TEXT NOT NULL,
                origin_seq BIGINT NOT NULL,
                hlc TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                fields TEXT NOT NULL,
                PRIMARY KEY (user_id, seq),
                UNIQUE (user_id, origin, origin_seq)
            )
            """,
            "CREATE TABLE server_settings(name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ]),
        (2, "invitations", [
            "CREATE TABLE invites(code_hash TEXT PRIMARY KEY, created_at BIGINT NOT NULL)",
        ]),
    ]

    static func migrate(_ client: PostgresClient) async throws {
        let logger = PostgresStore.logger
        try await client.withConnection { connection in
            // A session lock on this connection: released below, or by PostgreSQL when the connection goes.
            try await connection.query("SELECT pg_advisory_lock(\(lockKey))", logger: logger)
            do {
                try await connection.query("""
                    CREATE TABLE IF NOT EXISTS outlay_schema(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                    """, logger: logger)
                var applied: Set<Int> = []
                for try await version in try await connection.query("SELECT version FROM outlay_schema", logger: logger).decode(Int.self) {
                    applied.insert(version)
                }
                for version in versions where !applied.contains(version.version) {
                    try await connection.withTransaction(logger: logger) { transaction in
                        for statement in version.sql { try await transaction.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
                        try await transaction.query("INSERT INTO outlay_schema(version, name) VALUES (\(version.version), \(version.name))", logger: logger)
                    }
                }
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
                throw error
            }
            try await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
        }
    }
}
