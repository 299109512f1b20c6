import GRDB

/// One version of the schema: an identifier GRDB records once it has run,
/// and the SQL it runs, as fixed text.
struct FrozenMigration: Sendable {
    let identifier: String
    let sql: String
}

/// The versioned migrations, oldest first. Each one's SQL is frozen text in a
/// file of its own (`MigrationNN.swift`) that calls no code of the project, so
/// what a database ran as version N can never change under it: a new column,
/// trigger or table is a new migration. `MigrationTests` migrates committed
/// dumps of old databases with data and compares their schema with a fresh one.
enum Migrations {
    static let all: [FrozenMigration] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16]

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        return migrator
    }
}
