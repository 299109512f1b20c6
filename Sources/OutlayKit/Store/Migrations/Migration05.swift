/// The sync change log and the triggers that log every write to transactions; the transactions already here become this device's first changes.
///
/// Frozen: this text is what every database ran as version 5. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v5 = FrozenMigration(identifier: "v5: sync change log", sql: """
        CREATE TABLE sync_changes(
            seq INTEGER PRIMARY KEY,        -- this replica's order: the server's sync cursor
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            fields TEXT NOT NULL,           -- JSON object: column -> value
            hlc TEXT,                       -- NULL until stamped, in the same transaction
            origin TEXT,                    -- the device that made the change
            origin_seq INTEGER              -- its seq there
        );
        CREATE UNIQUE INDEX sync_changes_by_origin ON sync_changes(origin, origin_seq);
        CREATE INDEX sync_changes_by_entity ON sync_changes(entity_id);
        CREATE INDEX sync_changes_unstamped ON sync_changes(seq) WHERE hlc IS NULL;

        CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
        END;

        CREATE TRIGGER transactions_sync_update AFTER UPDATE ON transactions BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'transaction', new.id, json_group_object(name, value) FROM (
                    SELECT 'kind' AS name, new.kind AS value WHERE old.kind IS NOT new.kind
                        UNION ALL SELECT 'amount' AS name, new.amount AS value WHERE old.amount IS NOT new.amount
                        UNION ALL SELECT 'category' AS name, new.category AS value WHERE old.category IS NOT new.category
                        UNION ALL SELECT 'description' AS name, new.description AS value WHERE old.description IS NOT new.description
                        UNION ALL SELECT 'date' AS name, new.date AS value WHERE old.date IS NOT new.date
                        UNION ALL SELECT 'note' AS name, new.note AS value WHERE old.note IS NOT new.note
                        UNION ALL SELECT 'tags' AS name, new.tags AS value WHERE old.tags IS NOT new.tags
                        UNION ALL SELECT 'account' AS name, new.account AS value WHERE old.account IS NOT new.account
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;

        -- What is already here is this device's first changes, so a ledger's history syncs too.
        INSERT INTO sync_changes(entity, entity_id, fields)
            SELECT 'transaction', t.id, json_object('kind', t.kind, 'amount', t.amount, 'category', t.category, 'description', t.description, 'date', t.date, 'note', t.note, 'tags', t.tags, 'account', t.account, 'created_at', t.created_at, 'updated_at', t.updated_at, 'deleted_at', t.deleted_at) FROM transactions t
            WHERE 1 ORDER BY seq;
        -- This device's id (a random UUID) and the next hybrid clock reading stamp the rows just logged.
        INSERT OR IGNORE INTO settings(key, value) VALUES ('device_id',
            lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
            || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))));
        INSERT INTO settings(key, value)
            SELECT 'sync_clock', CASE
                WHEN stored.ms IS NULL OR wall.ms > stored.ms THEN printf('%018d.%06d', wall.ms, 0)
                WHEN stored.counter >= 999999 THEN printf('%018d.%06d', stored.ms + 1, 0)
                ELSE printf('%018d.%06d', stored.ms, stored.counter + 1) END
            FROM (SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS ms) wall
            LEFT JOIN (SELECT CAST(substr(value, 1, 18) AS INTEGER) AS ms, CAST(substr(value, 20) AS INTEGER) AS counter
                       FROM settings WHERE key = 'sync_clock') stored
            WHERE EXISTS (SELECT 1 FROM sync_changes WHERE hlc IS NULL)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value;
        UPDATE sync_changes SET hlc = (SELECT value FROM settings WHERE key = 'sync_clock'),
            origin = (SELECT value FROM settings WHERE key = 'device_id'), origin_seq = seq
            WHERE hlc IS NULL;
        """)
}
