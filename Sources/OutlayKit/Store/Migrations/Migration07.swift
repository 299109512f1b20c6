/// The ledger's total: the sum of every live transaction's amount, kept by
/// triggers, refusing any write that would take it past the largest amount
/// (10¹⁵ − 1 minor units, `Money.largestMinorUnits`). Every sum of amounts is
/// at most the total, so no sum can leave the integers. A database that
/// already holds more (written before this limit) may shrink, never grow.
///
/// Frozen: this text is what every database ran as version 7. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v7 = FrozenMigration(identifier: "v7: ledger total within the largest amount", sql: """
        CREATE TABLE ledger_total(total INTEGER NOT NULL);
        -- TOTAL() first: SUM() of a ledger already past the integers would fail the migration.
        INSERT INTO ledger_total(total)
            SELECT CASE WHEN (SELECT TOTAL(amount) FROM transactions WHERE deleted_at IS NULL) >= 9.0e18
                        THEN 9223372036854775807
                        ELSE (SELECT COALESCE(SUM(amount), 0) FROM transactions WHERE deleted_at IS NULL) END;

        CREATE TRIGGER ledger_total_limit BEFORE UPDATE ON ledger_total
        WHEN new.total > 999999999999999 AND (typeof(new.total) <> 'integer' OR new.total > old.total) BEGIN
            SELECT RAISE(ABORT, 'outlay: ledger total over the largest amount');
        END;

        CREATE TRIGGER transactions_total_insert AFTER INSERT ON transactions WHEN new.deleted_at IS NULL BEGIN
            UPDATE ledger_total SET total = total + new.amount;
        END;

        CREATE TRIGGER transactions_total_update AFTER UPDATE OF amount, deleted_at ON transactions BEGIN
            UPDATE ledger_total SET total = total
                - CASE WHEN old.deleted_at IS NULL THEN old.amount ELSE 0 END
                + CASE WHEN new.deleted_at IS NULL THEN new.amount ELSE 0 END;
        END;

        CREATE TRIGGER transactions_total_delete AFTER DELETE ON transactions WHEN old.deleted_at IS NULL BEGIN
            UPDATE ledger_total SET total = total - old.amount;
        END;
        """)
}
