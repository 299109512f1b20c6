/// Transactions, categories, the search index, the tag index, the daily and monthly roll-ups kept by triggers, and the undo log; the default categories.
///
/// Frozen: this text is what every database ran as version 1. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v1 = FrozenMigration(identifier: "v1: transactions, categories, search, roll-ups, undo", sql: """
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
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, new.amount, 1 WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, new.amount, 1 WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
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
            UPDATE daily_totals SET total = total - old.amount, count = count - 1
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - old.amount, count = count - 1
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, new.amount, 1 WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, new.amount, 1 WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        END;

        CREATE TRIGGER transactions_after_delete AFTER DELETE ON transactions BEGIN
            INSERT INTO transactions_fts(transactions_fts, rowid, description, note)
                VALUES ('delete', old.seq, old.description, old.note);
            DELETE FROM transaction_tags WHERE seq = old.seq;
            UPDATE daily_totals SET total = total - old.amount, count = count - 1
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - old.amount, count = count - 1
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
        END;

        -- The default categories.
        INSERT INTO categories(kind, name, created_at)
            SELECT column1, column2, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM (
                VALUES ('expense', 'food'), ('expense', 'transport'), ('expense', 'entertainment'), ('expense', 'utilities'),
                       ('expense', 'rent'), ('expense', 'shopping'), ('expense', 'health'), ('expense', 'subscriptions'),
                       ('expense', 'other'), ('income', 'salary'), ('income', 'freelance'), ('income', 'investment'),
                       ('income', 'bonus'), ('income', 'other')
            );
        """)
}
