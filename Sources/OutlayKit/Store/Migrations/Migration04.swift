/// A counter that moves whenever a monthly roll-up does, so summaries cached under one value stay exact until it moves.
///
/// Frozen: this text is what every database ran as version 4. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v4 = FrozenMigration(identifier: "v4: roll-up generation", sql: """
        CREATE TABLE rollup_generation(value INTEGER NOT NULL);
        INSERT INTO rollup_generation(value) VALUES (0);
        CREATE TRIGGER monthly_totals_after_insert AFTER INSERT ON monthly_totals BEGIN
            UPDATE rollup_generation SET value = value + 1;
        END;
        CREATE TRIGGER monthly_totals_after_update AFTER UPDATE ON monthly_totals BEGIN
            UPDATE rollup_generation SET value = value + 1;
        END;
        CREATE TRIGGER monthly_totals_after_delete AFTER DELETE ON monthly_totals BEGIN
            UPDATE rollup_generation SET value = value + 1;
        END;
        """)
}
