/// Categories, budgets and notifications join the change log; alerts count their crossings (their ids come from them); links to a basic gateway's expenses.
///
/// Frozen: this text is what every database ran as version 6. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v6 = FrozenMigration(identifier: "v6: categories, budgets and notifications sync; basic gateway links", sql: """
        -- Alerts get ids from what they are about, down to the how-many-th crossing in the period.
        ALTER TABLE budget_alert_states ADD COLUMN crossings INTEGER NOT NULL DEFAULT 0;
        UPDATE budget_alert_states SET crossings = crossed;
        -- Which local transaction is which expense on a gateway that has only the basic routes.
        CREATE TABLE basic_gateway_links(
            local_id TEXT PRIMARY KEY,
            remote_id TEXT NOT NULL UNIQUE
        ) WITHOUT ROWID;
        CREATE TRIGGER categories_sync_insert AFTER INSERT ON categories BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('category', new.kind || '/' || new.name, json_object('parent', new.parent, 'color', new.color, 'created_at', new.created_at, 'deleted_at', NULL));
        END;

        CREATE TRIGGER categories_sync_update AFTER UPDATE ON categories WHEN old.kind IS new.kind AND old.name IS new.name BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'category', new.kind || '/' || new.name, json_group_object(name, value) FROM (
                    SELECT 'parent' AS name, new.parent AS value WHERE old.parent IS NOT new.parent
                        UNION ALL SELECT 'color' AS name, new.color AS value WHERE old.color IS NOT new.color
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                ) HAVING COUNT(*) > 0;
        END;
        CREATE TRIGGER categories_sync_delete AFTER DELETE ON categories BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('category', old.kind || '/' || old.name, json_object('deleted_at', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)));
        END;

        CREATE TRIGGER categories_sync_rekey AFTER UPDATE ON categories WHEN NOT (old.kind IS new.kind AND old.name IS new.name) BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('category', old.kind || '/' || old.name, json_object('deleted_at', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)));
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('category', new.kind || '/' || new.name, json_object('parent', new.parent, 'color', new.color, 'created_at', new.created_at, 'deleted_at', NULL));
        END;
        CREATE TRIGGER budgets_sync_insert AFTER INSERT ON budgets BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('budget', new.id, json_object('category', new.category, 'amount', new.amount, 'period', new.period, 'threshold', new.threshold, 'rollover', new.rollover, 'start_date', new.start_date, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
        END;

        CREATE TRIGGER budgets_sync_update AFTER UPDATE ON budgets BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'budget', new.id, json_group_object(name, value) FROM (
                    SELECT 'category' AS name, new.category AS value WHERE old.category IS NOT new.category
                        UNION ALL SELECT 'amount' AS name, new.amount AS value WHERE old.amount IS NOT new.amount
                        UNION ALL SELECT 'period' AS name, new.period AS value WHERE old.period IS NOT new.period
                        UNION ALL SELECT 'threshold' AS name, new.threshold AS value WHERE old.threshold IS NOT new.threshold
                        UNION ALL SELECT 'rollover' AS name, new.rollover AS value WHERE old.rollover IS NOT new.rollover
                        UNION ALL SELECT 'start_date' AS name, new.start_date AS value WHERE old.start_date IS NOT new.start_date
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;
        CREATE TRIGGER notifications_sync_insert AFTER INSERT ON notifications BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('notification', new.id, json_object('type', new.type, 'message', new.message, 'priority', new.priority, 'metadata', new.metadata, 'is_read', new.is_read, 'created_at', new.created_at, 'read_at', new.read_at, 'deleted_at', NULL));
        END;

        CREATE TRIGGER notifications_sync_update AFTER UPDATE ON notifications WHEN old.id IS new.id BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'notification', new.id, json_group_object(name, value) FROM (
                    SELECT 'type' AS name, new.type AS value WHERE old.type IS NOT new.type
                        UNION ALL SELECT 'message' AS name, new.message AS value WHERE old.message IS NOT new.message
                        UNION ALL SELECT 'priority' AS name, new.priority AS value WHERE old.priority IS NOT new.priority
                        UNION ALL SELECT 'metadata' AS name, new.metadata AS value WHERE old.metadata IS NOT new.metadata
                        UNION ALL SELECT 'is_read' AS name, new.is_read AS value WHERE old.is_read IS NOT new.is_read
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'read_at' AS name, new.read_at AS value WHERE old.read_at IS NOT new.read_at
                ) HAVING COUNT(*) > 0;
        END;
        CREATE TRIGGER notifications_sync_delete AFTER DELETE ON notifications BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('notification', old.id, json_object('deleted_at', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)));
        END;

        CREATE TRIGGER notifications_sync_rekey AFTER UPDATE ON notifications WHEN NOT (old.id IS new.id) BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('notification', old.id, json_object('deleted_at', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)));
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('notification', new.id, json_object('type', new.type, 'message', new.message, 'priority', new.priority, 'metadata', new.metadata, 'is_read', new.is_read, 'created_at', new.created_at, 'read_at', new.read_at, 'deleted_at', NULL));
        END;

        INSERT INTO sync_changes(entity, entity_id, fields)
            SELECT 'category', t.kind || '/' || t.name, json_object('parent', t.parent, 'color', t.color, 'created_at', t.created_at, 'deleted_at', NULL) FROM categories t
            WHERE 1;
        INSERT INTO sync_changes(entity, entity_id, fields)
            SELECT 'budget', t.id, json_object('category', t.category, 'amount', t.amount, 'period', t.period, 'threshold', t.threshold, 'rollover', t.rollover, 'start_date', t.start_date, 'created_at', t.created_at, 'updated_at', t.updated_at, 'deleted_at', t.deleted_at) FROM budgets t
            WHERE 1 ORDER BY seq;
        INSERT INTO sync_changes(entity, entity_id, fields)
            SELECT 'notification', t.id, json_object('type', t.type, 'message', t.message, 'priority', t.priority, 'metadata', t.metadata, 'is_read', t.is_read, 'created_at', t.created_at, 'read_at', t.read_at, 'deleted_at', NULL) FROM notifications t
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
