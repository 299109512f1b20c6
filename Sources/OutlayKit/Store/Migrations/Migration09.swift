/// Accounts, transfers between them, a cleared state on transactions, and
/// per-account roll-ups kept by triggers (balances on any day in
/// milliseconds). Every transaction is put in an account: the one its
/// `account` text names, or `cash`. The rewrite is this replica's own (every
/// replica migrates alike), so it is not logged for sync. Accounts (by name,
/// which every replica derives alike) and transfers (by id) join the change
/// log, and so does a transaction's cleared state.
///
/// Frozen: this text is what every database ran as version 9. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v9 = FrozenMigration(identifier: "v9: accounts, transfers, cleared, account roll-ups", sql: """
        CREATE TABLE accounts(
            -- This replica's handle; replicas name an account by its name, which is how transactions name it too.
            id TEXT PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
                || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
            type TEXT NOT NULL CHECK (type IN ('checking', 'savings', 'credit', 'cash', 'investment', 'loan')),
            currency TEXT NOT NULL,
            opening_balance INTEGER NOT NULL DEFAULT 0,
            opened_on TEXT CHECK (opened_on IS NULL OR length(opened_on) = 10),
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
            note TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        -- Money moved between two of the person's accounts: one row, both legs, never income or spending.
        CREATE TABLE transfers(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            from_account TEXT NOT NULL,
            to_account TEXT NOT NULL CHECK (to_account <> from_account),
            amount INTEGER NOT NULL CHECK (amount > 0),
            date TEXT NOT NULL CHECK (length(date) = 10),
            description TEXT NOT NULL,
            note TEXT,
            from_cleared INTEGER NOT NULL DEFAULT 0 CHECK (from_cleared IN (0, 1, 2)),
            to_cleared INTEGER NOT NULL DEFAULT 0 CHECK (to_cleared IN (0, 1, 2)),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            deleted_at INTEGER
        );
        CREATE INDEX transfers_by_date ON transfers(date, id) WHERE deleted_at IS NULL;

        -- 0 not cleared, 1 cleared (seen on a statement), 2 reconciled (a statement's balance agreed).
        ALTER TABLE transactions ADD COLUMN cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1, 2));
        CREATE INDEX transactions_by_account ON transactions(account, date, id) WHERE deleted_at IS NULL;

        -- Each account's money in minus money out per day and per month, all of it and the cleared part.
        CREATE TABLE account_daily(
            account TEXT NOT NULL COLLATE NOCASE,
            date TEXT NOT NULL,
            delta INTEGER NOT NULL,
            cleared INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (account, date)
        ) WITHOUT ROWID;
        CREATE TABLE account_monthly(
            account TEXT NOT NULL COLLATE NOCASE,
            month TEXT NOT NULL,
            delta INTEGER NOT NULL,
            cleared INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (account, month)
        ) WITHOUT ROWID;

        -- The transaction's account: the one named, or cash; the rewrite is not a change to sync.
        DROP TRIGGER transactions_sync_insert;
        DROP TRIGGER transactions_sync_update;
        UPDATE transactions SET account = 'cash' WHERE account IS NULL OR trim(account) = '';
        CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'cleared', new.cleared, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
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
                        UNION ALL SELECT 'cleared' AS name, new.cleared AS value WHERE old.cleared IS NOT new.cleared
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;

        -- Accounts travel by name; a rename is the old one removed and the new one made, as categories do.
        CREATE TRIGGER accounts_sync_insert AFTER INSERT ON accounts BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('account', new.name, json_object('type', new.type, 'currency', new.currency, 'opening_balance', new.opening_balance, 'opened_on', new.opened_on, 'closed', new.closed, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', NULL));
        END;
        CREATE TRIGGER accounts_sync_update AFTER UPDATE ON accounts WHEN old.name = new.name COLLATE BINARY BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'account', new.name, json_group_object(name, value) FROM (
                    SELECT 'type' AS name, new.type AS value WHERE old.type IS NOT new.type
                        UNION ALL SELECT 'currency' AS name, new.currency AS value WHERE old.currency IS NOT new.currency
                        UNION ALL SELECT 'opening_balance' AS name, new.opening_balance AS value WHERE old.opening_balance IS NOT new.opening_balance
                        UNION ALL SELECT 'opened_on' AS name, new.opened_on AS value WHERE old.opened_on IS NOT new.opened_on
                        UNION ALL SELECT 'closed' AS name, new.closed AS value WHERE old.closed IS NOT new.closed
                        UNION ALL SELECT 'note' AS name, new.note AS value WHERE old.note IS NOT new.note
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                ) HAVING COUNT(*) > 0;
        END;
        CREATE TRIGGER accounts_sync_delete AFTER DELETE ON accounts BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                VALUES ('account', old.name, json_object('deleted_at', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)));
        END;
        CREATE TRIGGER accounts_sync_rekey AFTER UPDATE ON accounts WHEN NOT (old.name = new.name COLLATE BINARY) BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                VALUES ('account', old.name, json_object('deleted_at', new.updated_at));
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('account', new.name, json_object('type', new.type, 'currency', new.currency, 'opening_balance', new.opening_balance, 'opened_on', new.opened_on, 'closed', new.closed, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', NULL));
        END;
        CREATE TRIGGER transfers_sync_insert AFTER INSERT ON transfers BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transfer', new.id, json_object('from_account', new.from_account, 'to_account', new.to_account, 'amount', new.amount, 'date', new.date, 'description', new.description, 'note', new.note, 'from_cleared', new.from_cleared, 'to_cleared', new.to_cleared, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
        END;
        CREATE TRIGGER transfers_sync_update AFTER UPDATE ON transfers BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'transfer', new.id, json_group_object(name, value) FROM (
                    SELECT 'from_account' AS name, new.from_account AS value WHERE old.from_account IS NOT new.from_account
                        UNION ALL SELECT 'to_account' AS name, new.to_account AS value WHERE old.to_account IS NOT new.to_account
                        UNION ALL SELECT 'amount' AS name, new.amount AS value WHERE old.amount IS NOT new.amount
                        UNION ALL SELECT 'date' AS name, new.date AS value WHERE old.date IS NOT new.date
                        UNION ALL SELECT 'description' AS name, new.description AS value WHERE old.description IS NOT new.description
                        UNION ALL SELECT 'note' AS name, new.note AS value WHERE old.note IS NOT new.note
                        UNION ALL SELECT 'from_cleared' AS name, new.from_cleared AS value WHERE old.from_cleared IS NOT new.from_cleared
                        UNION ALL SELECT 'to_cleared' AS name, new.to_cleared AS value WHERE old.to_cleared IS NOT new.to_cleared
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;

        INSERT INTO accounts(name, type, currency, created_at, updated_at)
            SELECT name, CASE WHEN lower(name) = 'cash' THEN 'cash' WHEN lower(name) LIKE '%card%' OR lower(name) LIKE '%credit%' THEN 'credit'
                              WHEN lower(name) LIKE '%saving%' THEN 'savings' ELSE 'checking' END,
                   COALESCE((SELECT value FROM settings WHERE key = 'currency'), 'USD'),
                   CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
            FROM (SELECT 'cash' AS name UNION SELECT DISTINCT account FROM transactions WHERE account <> 'cash' COLLATE NOCASE)
            WHERE 1 ON CONFLICT DO NOTHING;

        INSERT INTO account_daily(account, date, delta, cleared, count)
            SELECT account, date, SUM(CASE kind WHEN 'income' THEN amount ELSE -amount END), 0, COUNT(*)
            FROM transactions WHERE deleted_at IS NULL GROUP BY account COLLATE NOCASE, date;
        INSERT INTO account_monthly(account, month, delta, cleared, count)
            SELECT account, substr(date, 1, 7), SUM(delta), SUM(cleared), SUM(count) FROM account_daily GROUP BY account, substr(date, 1, 7);

        CREATE TRIGGER transactions_account_insert AFTER INSERT ON transactions WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO account_daily(account, date, delta, cleared, count)
                VALUES (COALESCE(new.account, 'cash'), new.date, CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
                        CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                VALUES (COALESCE(new.account, 'cash'), substr(new.date, 1, 7), CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
                        CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        CREATE TRIGGER transactions_account_update
        AFTER UPDATE OF account, date, kind, amount, cleared, deleted_at ON transactions BEGIN
            UPDATE account_daily SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = COALESCE(old.account, 'cash') AND date = old.date;
            UPDATE account_monthly SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = COALESCE(old.account, 'cash') AND month = substr(old.date, 1, 7);
            INSERT INTO account_daily(account, date, delta, cleared, count)
                SELECT COALESCE(new.account, 'cash'), new.date, CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
                       CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                SELECT COALESCE(new.account, 'cash'), substr(new.date, 1, 7), CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
                       CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        CREATE TRIGGER transactions_account_delete AFTER DELETE ON transactions WHEN old.deleted_at IS NULL BEGIN
            UPDATE account_daily SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE account = COALESCE(old.account, 'cash') AND date = old.date;
            UPDATE account_monthly SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE account = COALESCE(old.account, 'cash') AND month = substr(old.date, 1, 7);
        END;

        -- Every transaction's account exists, whatever wrote it (a sync from a device, the sqlite3 shell).
        CREATE TRIGGER transactions_account_exists AFTER INSERT ON transactions
        WHEN new.account IS NOT NULL AND NOT EXISTS (SELECT 1 FROM accounts WHERE name = new.account) BEGIN
            INSERT INTO accounts(name, type, currency, created_at, updated_at)
                VALUES (new.account, 'checking', COALESCE((SELECT value FROM settings WHERE key = 'currency'), 'USD'),
                        new.created_at, new.created_at);
        END;
        CREATE TRIGGER transactions_account_renamed AFTER UPDATE OF account ON transactions
        WHEN new.account IS NOT NULL AND NOT EXISTS (SELECT 1 FROM accounts WHERE name = new.account) BEGIN
            INSERT INTO accounts(name, type, currency, created_at, updated_at)
                VALUES (new.account, 'checking', COALESCE((SELECT value FROM settings WHERE key = 'currency'), 'USD'),
                        new.updated_at, new.updated_at);
        END;

        CREATE TRIGGER transfers_accounts_exist AFTER INSERT ON transfers BEGIN
            INSERT INTO accounts(name, type, currency, created_at, updated_at)
                SELECT leg, 'checking', COALESCE((SELECT value FROM settings WHERE key = 'currency'), 'USD'), new.created_at, new.created_at
                FROM (SELECT new.from_account AS leg UNION ALL SELECT new.to_account)
                WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE name = leg);
        END;
        CREATE TRIGGER transfers_accounts_renamed AFTER UPDATE OF from_account, to_account ON transfers BEGIN
            INSERT INTO accounts(name, type, currency, created_at, updated_at)
                SELECT leg, 'checking', COALESCE((SELECT value FROM settings WHERE key = 'currency'), 'USD'), new.updated_at, new.updated_at
                FROM (SELECT new.from_account AS leg UNION ALL SELECT new.to_account)
                WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE name = leg);
        END;

        -- A transfer is two legs: out of one account, into the other.
        CREATE TRIGGER transfers_account_insert AFTER INSERT ON transfers WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO account_daily(account, date, delta, cleared, count)
                VALUES (new.from_account, new.date, -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1),
                       (new.to_account, new.date, new.amount, CASE WHEN new.to_cleared > 0 THEN new.amount ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                VALUES (new.from_account, substr(new.date, 1, 7), -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1),
                       (new.to_account, substr(new.date, 1, 7), new.amount, CASE WHEN new.to_cleared > 0 THEN new.amount ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        CREATE TRIGGER transfers_account_update AFTER UPDATE ON transfers BEGIN
            UPDATE account_daily SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.from_account AND date = old.date;
            UPDATE account_daily SET delta = delta - old.amount, cleared = cleared - CASE WHEN old.to_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.to_account AND date = old.date;
            UPDATE account_monthly SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.from_account AND month = substr(old.date, 1, 7);
            UPDATE account_monthly SET delta = delta - old.amount, cleared = cleared - CASE WHEN old.to_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.to_account AND month = substr(old.date, 1, 7);
            INSERT INTO account_daily(account, date, delta, cleared, count)
                SELECT new.from_account, new.date, -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                UNION ALL SELECT new.to_account, new.date, new.amount, CASE WHEN new.to_cleared > 0 THEN new.amount ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                SELECT new.from_account, substr(new.date, 1, 7), -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                UNION ALL SELECT new.to_account, substr(new.date, 1, 7), new.amount, CASE WHEN new.to_cleared > 0 THEN new.amount ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        CREATE TRIGGER transfers_account_delete AFTER DELETE ON transfers WHEN old.deleted_at IS NULL BEGIN
            UPDATE account_daily SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1 WHERE account = old.from_account AND date = old.date;
            UPDATE account_daily SET delta = delta - old.amount, cleared = cleared - CASE WHEN old.to_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1 WHERE account = old.to_account AND date = old.date;
            UPDATE account_monthly SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1 WHERE account = old.from_account AND month = substr(old.date, 1, 7);
            UPDATE account_monthly SET delta = delta - old.amount, cleared = cleared - CASE WHEN old.to_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1 WHERE account = old.to_account AND month = substr(old.date, 1, 7);
        END;
        
        -- The accounts just made are this device's changes: its id and the next hybrid clock reading stamp them.
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
