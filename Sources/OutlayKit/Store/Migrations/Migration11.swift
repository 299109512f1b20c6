/// A transaction's bank record: an imported row matched to an entry the user
/// made keeps the user's fields and gains the bank's date and text beside
/// them (and the row's import key, so the same file again skips it); a
/// transfer's leg matched to a row keeps that row's key too. The index finds
/// the entries an import may match: those with no bank record yet.
///
/// Frozen: this text is what every database ran as version 11. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v11 = FrozenMigration(identifier: "v11: bank records of matched entries", sql: """
        ALTER TABLE transactions ADD COLUMN bank_date TEXT CHECK (bank_date IS NULL OR length(bank_date) = 10);
        ALTER TABLE transactions ADD COLUMN bank_text TEXT;
        ALTER TABLE transfers ADD COLUMN from_import_key INTEGER;
        ALTER TABLE transfers ADD COLUMN to_import_key INTEGER;
        CREATE INDEX transactions_unmatched ON transactions(account, amount) WHERE import_key IS NULL AND deleted_at IS NULL;
        """)
}
