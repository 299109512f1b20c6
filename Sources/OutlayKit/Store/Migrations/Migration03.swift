/// What an import brought in, so a re-import skips it: one integer per imported row, the day in its high bits, so date-ordered bank files append to the index. Kept on soft-deleted rows too: a row the user deleted is not brought back by a re-import.
///
/// Frozen: this text is what every database ran as version 3. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v3 = FrozenMigration(identifier: "v3: import keys", sql: """
        ALTER TABLE transactions ADD COLUMN import_key INTEGER;
        CREATE UNIQUE INDEX transactions_by_import_key ON transactions(import_key) WHERE import_key IS NOT NULL;
        """)
}
