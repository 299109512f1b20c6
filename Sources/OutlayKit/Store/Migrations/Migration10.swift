/// Schedules: bills, income and transfers that repeat. Each occurrence is
/// posted as a transaction (or transfer) whose id derives from the schedule
/// and the day, so devices that post it on their own post one record, and a
/// skipped one is that record already deleted. `posted_through` is this
/// replica's own note of how far it has looked; it never syncs.
///
/// Frozen: this text is what every database ran as version 10. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v10 = FrozenMigration(identifier: "v10: schedules", sql: """
        CREATE TABLE schedules(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('expense', 'income', 'transfer')),
            amount INTEGER NOT NULL CHECK (amount > 0),
            description TEXT NOT NULL,
            category TEXT,
            account TEXT NOT NULL,
            to_account TEXT,
            every INTEGER NOT NULL CHECK (every BETWEEN 1 AND 1000),
            unit TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month', 'year')),
            day INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 31),
            weekday TEXT,
            start_date TEXT NOT NULL CHECK (length(start_date) = 10),
            end_date TEXT CHECK (end_date IS NULL OR length(end_date) = 10),
            count INTEGER CHECK (count IS NULL OR count > 0),
            confirm INTEGER NOT NULL DEFAULT 0 CHECK (confirm IN (0, 1)),
            note TEXT,
            posted_through TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            deleted_at INTEGER
        );

        CREATE TRIGGER schedules_sync_insert AFTER INSERT ON schedules BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('schedule', new.id, json_object('kind', new.kind, 'amount', new.amount, 'description', new.description, 'category', new.category, 'account', new.account, 'to_account', new.to_account, 'every', new.every, 'unit', new.unit, 'day', new.day, 'weekday', new.weekday, 'start_date', new.start_date, 'end_date', new.end_date, 'count', new.count, 'confirm', new.confirm, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
        END;
        CREATE TRIGGER schedules_sync_update AFTER UPDATE OF kind, amount, description, category, account, to_account, every, unit, day, weekday,
            start_date, end_date, count, confirm, note, created_at, updated_at, deleted_at ON schedules BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'schedule', new.id, json_group_object(name, value) FROM (
                    SELECT 'kind' AS name, new.kind AS value WHERE old.kind IS NOT new.kind
                        UNION ALL SELECT 'amount' AS name, new.amount AS value WHERE old.amount IS NOT new.amount
                        UNION ALL SELECT 'description' AS name, new.description AS value WHERE old.description IS NOT new.description
                        UNION ALL SELECT 'category' AS name, new.category AS value WHERE old.category IS NOT new.category
                        UNION ALL SELECT 'account' AS name, new.account AS value WHERE old.account IS NOT new.account
                        UNION ALL SELECT 'to_account' AS name, new.to_account AS value WHERE old.to_account IS NOT new.to_account
                        UNION ALL SELECT 'every' AS name, new.every AS value WHERE old.every IS NOT new.every
                        UNION ALL SELECT 'unit' AS name, new.unit AS value WHERE old.unit IS NOT new.unit
                        UNION ALL SELECT 'day' AS name, new.day AS value WHERE old.day IS NOT new.day
                        UNION ALL SELECT 'weekday' AS name, new.weekday AS value WHERE old.weekday IS NOT new.weekday
                        UNION ALL SELECT 'start_date' AS name, new.start_date AS value WHERE old.start_date IS NOT new.start_date
                        UNION ALL SELECT 'end_date' AS name, new.end_date AS value WHERE old.end_date IS NOT new.end_date
                        UNION ALL SELECT 'count' AS name, new.count AS value WHERE old.count IS NOT new.count
                        UNION ALL SELECT 'confirm' AS name, new.confirm AS value WHERE old.confirm IS NOT new.confirm
                        UNION ALL SELECT 'note' AS name, new.note AS value WHERE old.note IS NOT new.note
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;
        """)
}
