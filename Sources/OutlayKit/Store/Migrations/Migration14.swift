/// Splits: one transaction in several parts, each with its own category,
/// amount and note, stored as one JSON array in `splits` (NULL when whole) so
/// that sync merges a transaction's parts as one field. The category roll-ups
/// count each part in its category: the whole-amount statements skip split
/// rows and the `transactions_split_*` triggers add and remove the parts.
/// `count` in the roll-ups counts parts, and `extra_parts` the parts after a
/// transaction's first, so `count - extra_parts` is still transactions.
/// `split_categories` indexes the parts' categories for category filters.
/// A change of the amount or the parts logs both, so a merge never pairs one
/// device's amount with another's parts.
///
/// Frozen: this text is what every database ran as version 14. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v14 = FrozenMigration(identifier: "v14: splits", sql: """
        ALTER TABLE transactions ADD COLUMN splits TEXT CHECK (splits IS NULL OR json_array_length(splits) >= 2);
        ALTER TABLE daily_totals ADD COLUMN extra_parts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE monthly_totals ADD COLUMN extra_parts INTEGER NOT NULL DEFAULT 0;

        CREATE TABLE split_categories(
            category TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (category, seq)
        ) WITHOUT ROWID;
        CREATE INDEX split_categories_seq ON split_categories(seq);

        DROP TRIGGER transactions_after_insert;
        CREATE TRIGGER transactions_after_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO transactions_fts(rowid, description, note, bank_text) VALUES (new.seq, new.description, new.note, new.bank_text);
            INSERT INTO transaction_tags(tag, seq) SELECT value, new.seq FROM json_each(new.tags);
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        END;

        DROP TRIGGER transactions_after_money_update;
        CREATE TRIGGER transactions_after_money_update
        AFTER UPDATE OF date, kind, category, amount, deleted_at, refund, splits ON transactions BEGIN
            UPDATE daily_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        END;

        DROP TRIGGER transactions_after_delete;
        CREATE TRIGGER transactions_after_delete AFTER DELETE ON transactions BEGIN
            INSERT INTO transactions_fts(transactions_fts, rowid, description, note, bank_text)
                VALUES ('delete', old.seq, old.description, old.note, old.bank_text);
            DELETE FROM transaction_tags WHERE seq = old.seq;
            UPDATE daily_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
        END;

        -- The parts of a split row, as roll-up rows: (category, signed amount, whether after the first).
        CREATE TRIGGER transactions_split_insert AFTER INSERT ON transactions WHEN new.splits IS NOT NULL BEGIN
            INSERT OR IGNORE INTO split_categories(category, seq)
                SELECT json_extract(value, '$.category'), new.seq FROM json_each(new.splits);
            INSERT INTO daily_totals(date, kind, category, total, count, extra_parts)
                SELECT new.date, new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
            INSERT INTO monthly_totals(month, kind, category, total, count, extra_parts)
                SELECT substr(new.date, 1, 7), new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
        END;

        CREATE TRIGGER transactions_split_update
        AFTER UPDATE OF date, kind, category, amount, deleted_at, refund, splits ON transactions
        WHEN old.splits IS NOT NULL OR new.splits IS NOT NULL BEGIN
            UPDATE daily_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = daily_totals.category)
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM daily_totals WHERE date = old.date AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            UPDATE monthly_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = monthly_totals.category)
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM monthly_totals WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            INSERT INTO daily_totals(date, kind, category, total, count, extra_parts)
                SELECT new.date, new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
            INSERT INTO monthly_totals(month, kind, category, total, count, extra_parts)
                SELECT substr(new.date, 1, 7), new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
            DELETE FROM split_categories WHERE seq = old.seq;
            INSERT OR IGNORE INTO split_categories(category, seq)
                SELECT json_extract(value, '$.category'), new.seq FROM json_each(new.splits);
        END;

        CREATE TRIGGER transactions_split_delete AFTER DELETE ON transactions WHEN old.splits IS NOT NULL BEGIN
            UPDATE daily_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = daily_totals.category)
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM daily_totals WHERE date = old.date AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            UPDATE monthly_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -json_extract(value, '$.amount') ELSE json_extract(value, '$.amount') END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = monthly_totals.category)
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM monthly_totals WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM split_categories WHERE seq = old.seq;
        END;

        DROP TRIGGER transactions_sync_insert;
        CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'cleared', new.cleared, 'refund', new.refund, 'splits', new.splits, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
        END;
        DROP TRIGGER transactions_sync_update;
        CREATE TRIGGER transactions_sync_update AFTER UPDATE ON transactions BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'transaction', new.id, json_group_object(name, value) FROM (
                    SELECT 'kind' AS name, new.kind AS value WHERE old.kind IS NOT new.kind
                        UNION ALL SELECT 'amount' AS name, new.amount AS value WHERE old.amount IS NOT new.amount OR old.splits IS NOT new.splits
                        UNION ALL SELECT 'category' AS name, new.category AS value WHERE old.category IS NOT new.category
                        UNION ALL SELECT 'description' AS name, new.description AS value WHERE old.description IS NOT new.description
                        UNION ALL SELECT 'date' AS name, new.date AS value WHERE old.date IS NOT new.date
                        UNION ALL SELECT 'note' AS name, new.note AS value WHERE old.note IS NOT new.note
                        UNION ALL SELECT 'tags' AS name, new.tags AS value WHERE old.tags IS NOT new.tags
                        UNION ALL SELECT 'account' AS name, new.account AS value WHERE old.account IS NOT new.account
                        UNION ALL SELECT 'cleared' AS name, new.cleared AS value WHERE old.cleared IS NOT new.cleared
                        UNION ALL SELECT 'refund' AS name, new.refund AS value WHERE old.refund IS NOT new.refund
                        UNION ALL SELECT 'splits' AS name, new.splits AS value WHERE old.splits IS NOT new.splits OR old.amount IS NOT new.amount
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;
        """)
}
