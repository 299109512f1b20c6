import GRDB

/// The versioned migrations. A migration, once shipped, never changes and
/// never drops user data; new needs get a new migration.
enum Schema {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: transactions, categories, search, roll-ups, undo") { db in
            try db.execute(sql: v1)
            try seedDefaultCategories(db)
        }
        migrator.registerMigration("v2: budgets, alerts, notifications, periodic reports") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3: import keys") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4: roll-up generation") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5: sync change log") { db in
            try db.execute(sql: ChangeLog.schema)
            // What is already here is this device's first changes, so a ledger's history syncs too.
            try ChangeLog.logRecords(of: .transaction, in: db)
            try ChangeLog.stamp(db, now: .now)
        }
        migrator.registerMigration("v6: categories, budgets and notifications sync; basic gateway links") { db in
            // Alerts get ids from what they are about, down to the how-many-th crossing in the period.
            try db.execute(sql: """
                ALTER TABLE budget_alert_states ADD COLUMN crossings INTEGER NOT NULL DEFAULT 0;
                UPDATE budget_alert_states SET crossings = crossed;
                -- Which local transaction is which expense on a gateway that has only the basic routes.
                CREATE TABLE basic_gateway_links(
                    local_id TEXT PRIMARY KEY,
                    remote_id TEXT NOT NULL UNIQUE
                ) WITHOUT ROWID;
                """)
            for entity in [SyncEntity.category, .budget, .notification] {
                try db.execute(sql: ChangeLog.triggers(for: entity))
                try ChangeLog.logRecords(of: entity, in: db)
            }
            try ChangeLog.stamp(db, now: .now)
        }
        return migrator
    }

    private static func seedDefaultCategories(_ db: Database) throws {
        let now = Timestamp.now.milliseconds
        let defaults = Category.defaultExpenseNames.map { ($0, TransactionKind.expense) }
            + Category.defaultIncomeNames.map { ($0, TransactionKind.income) }
        for (name, kind) in defaults {
            try db.execute(sql: "INSERT INTO categories(kind, name, created_at) VALUES (?, ?, ?)",
                           arguments: [kind.rawValue, name, now])
        }
    }

    private static let v2 = """
    CREATE TABLE budgets(
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        category TEXT,  -- NULL: all spending
        amount INTEGER NOT NULL CHECK (amount > 0),
        period TEXT NOT NULL CHECK (period IN ('daily', 'weekly', 'monthly', 'yearly')),
        threshold INTEGER NOT NULL CHECK (threshold BETWEEN 1 AND 100),
        rollover INTEGER NOT NULL DEFAULT 0,
        start_date TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );

    -- Whether spending is past a level in a period: an alert fires when it
    -- goes from not crossed to crossed, so once per crossing, never twice.
    CREATE TABLE budget_alert_states(
        budget_id TEXT NOT NULL,
        period_start TEXT NOT NULL,
        level TEXT NOT NULL,
        crossed INTEGER NOT NULL,
        PRIMARY KEY (budget_id, period_start, level)
    ) WITHOUT ROWID;

    CREATE TABLE notifications(
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        message TEXT NOT NULL,
        priority TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high')),
        metadata TEXT NOT NULL DEFAULT '{}',
        is_read INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        read_at INTEGER
    );
    CREATE INDEX notifications_unread ON notifications(is_read, seq);

    CREATE TABLE notification_deliveries(
        notification_id TEXT NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at INTEGER,
        delivered_at INTEGER,
        PRIMARY KEY (notification_id, channel)
    ) WITHOUT ROWID;
    CREATE INDEX notification_deliveries_due ON notification_deliveries(status, next_attempt_at);

    -- One weekly summary and one monthly report per ended period, ever.
    CREATE TABLE periodic_reports(
        kind TEXT NOT NULL,
        period_start TEXT NOT NULL,
        notification_id TEXT NOT NULL,
        PRIMARY KEY (kind, period_start)
    ) WITHOUT ROWID;
    """

    // What an import brought in, so a re-import skips it: one integer per
    // imported row, the day in its high bits (see `ImportFingerprint.key`),
    // so date-ordered bank files append to the index. Kept on soft-deleted
    // rows too: a row the user deleted is not brought back by a re-import.
    private static let v3 = """
    ALTER TABLE transactions ADD COLUMN import_key INTEGER;
    CREATE UNIQUE INDEX transactions_by_import_key ON transactions(import_key) WHERE import_key IS NOT NULL;
    """

    // Moves whenever a monthly roll-up does, which every change to a live
    // transaction's date, kind, category or amount makes (bulk loads too):
    // summaries cached under one value stay exact until it moves.
    private static let v4 = """
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
    """

    // Trigger bodies shared by insert, update and delete: a live row counts
    // once in its day and its month; tombstones count nowhere.
    private static let addNewToRollups = """
        INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, new.amount, 1 WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, new.amount, 1 WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        """

    private static let subtractOldFromRollups = """
        UPDATE daily_totals SET total = total - old.amount, count = count - 1
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - old.amount, count = count - 1
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
        """

    // `seq` is the internal row key (FTS and tags refer to it); `id` is the
    // public UUID. Indexes are partial on live rows: tombstones never show
    // up in lists, so they need not cost index space or insert time.
    private static let v1 = """
    CREATE TABLE settings(
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE categories(
        kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
        name TEXT NOT NULL,
        parent TEXT,
        color TEXT,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (kind, name)
    ) WITHOUT ROWID;

    CREATE TABLE transactions(
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
        amount INTEGER NOT NULL CHECK (amount > 0),
        category TEXT NOT NULL,
        description TEXT NOT NULL CHECK (description <> ''),
        date TEXT NOT NULL CHECK (length(date) = 10),
        note TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        account TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
    );
    CREATE INDEX transactions_by_date ON transactions(date, id) WHERE deleted_at IS NULL;
    CREATE INDEX transactions_by_category ON transactions(category, date, id) WHERE deleted_at IS NULL;

    CREATE TABLE transaction_tags(
        tag TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (tag, seq)
    ) WITHOUT ROWID;

    -- columnsize=0: no per-row size record (used only for BM25 ranking, and
    -- lists are ordered by date), which makes indexing about three times faster.
    CREATE VIRTUAL TABLE transactions_fts USING fts5(
        description, note,
        content = 'transactions', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        columnsize = 0, detail = column
    );

    -- Sums and counts of live transactions per day, kind and category.
    CREATE TABLE daily_totals(
        date TEXT NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL,
        total INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (date, kind, category)
    ) WITHOUT ROWID;

    -- The same per calendar month, so long ranges read a few hundred rows, not thousands.
    CREATE TABLE monthly_totals(
        month TEXT NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL,
        total INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (month, kind, category)
    ) WITHOUT ROWID;

    CREATE TABLE undo_log(
        seq INTEGER PRIMARY KEY,
        action TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );

    -- The search index, tag index and roll-ups follow every write, whatever
    -- code (or sqlite3 shell) makes it.
    CREATE TRIGGER transactions_after_insert AFTER INSERT ON transactions BEGIN
        INSERT INTO transactions_fts(rowid, description, note) VALUES (new.seq, new.description, new.note);
        INSERT INTO transaction_tags(tag, seq) SELECT value, new.seq FROM json_each(new.tags);
        \(addNewToRollups)
    END;

    CREATE TRIGGER transactions_after_text_update AFTER UPDATE OF description, note ON transactions BEGIN
        INSERT INTO transactions_fts(transactions_fts, rowid, description, note)
            VALUES ('delete', old.seq, old.description, old.note);
        INSERT INTO transactions_fts(rowid, description, note) VALUES (new.seq, new.description, new.note);
    END;

    CREATE TRIGGER transactions_after_tags_update AFTER UPDATE OF tags ON transactions BEGIN
        DELETE FROM transaction_tags WHERE seq = old.seq;
        INSERT INTO transaction_tags(tag, seq) SELECT value, new.seq FROM json_each(new.tags);
    END;

    CREATE TRIGGER transactions_after_money_update
    AFTER UPDATE OF date, kind, category, amount, deleted_at ON transactions BEGIN
        \(subtractOldFromRollups)
        \(addNewToRollups)
    END;

    CREATE TRIGGER transactions_after_delete AFTER DELETE ON transactions BEGIN
        INSERT INTO transactions_fts(transactions_fts, rowid, description, note)
            VALUES ('delete', old.seq, old.description, old.note);
        DELETE FROM transaction_tags WHERE seq = old.seq;
        \(subtractOldFromRollups)
    END;
    """
}
