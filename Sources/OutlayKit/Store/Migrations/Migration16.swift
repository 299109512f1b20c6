/// Money in several currencies. Each account keeps its own currency (the
/// column was there since v9; every account was the book's); the book's
/// currency is the base for totals. A transaction's `amount` is in its
/// account's currency and `base_amount` is that amount in the base currency
/// at the rate of the transaction's day, NULL while no rate is known (the
/// partial index finds those at once, so a total refuses instead of counting
/// them 1:1). The category roll-ups now count base amounts; a split's parts
/// are converted in proportion, the first part taking what rounding leaves,
/// so the parts still sum to the whole. `original_amount`/`original_currency`
/// keep what a card was charged abroad (12.00 EUR on a USD card). A transfer
/// between currencies keeps what arrived in `received` (NULL: the amount).
/// `rates` holds prices by day as the user or a file gave them: one unit of
/// `currency` is `rate` units of `quote` (decimal text, kept exactly).
///
/// Frozen: this text is what every database ran as version 16. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v16 = FrozenMigration(identifier: "v16: currencies", sql: """
        CREATE TABLE rates(
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            quote TEXT NOT NULL CHECK (length(quote) = 3 AND quote <> currency),
            date TEXT NOT NULL CHECK (length(date) = 10),
            rate TEXT NOT NULL CHECK (rate <> ''),
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (currency, quote, date)
        ) WITHOUT ROWID;
        CREATE INDEX rates_by_quote ON rates(quote, currency, date);
        CREATE TRIGGER rates_sync_insert AFTER INSERT ON rates BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                VALUES ('rate', new.currency || '/' || new.quote || '/' || new.date, json_object('rate', new.rate, 'updated_at', new.updated_at));
        END;
        CREATE TRIGGER rates_sync_update AFTER UPDATE ON rates WHEN old.rate IS NOT new.rate BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                VALUES ('rate', new.currency || '/' || new.quote || '/' || new.date, json_object('rate', new.rate, 'updated_at', new.updated_at));
        END;

        ALTER TABLE transactions ADD COLUMN original_amount INTEGER CHECK (original_amount IS NULL OR original_amount > 0);
        ALTER TABLE transactions ADD COLUMN original_currency TEXT CHECK (original_currency IS NULL OR length(original_currency) = 3);
        ALTER TABLE transactions ADD COLUMN base_amount INTEGER;
        -- Before the triggers below watch base_amount: every account was in the book's currency.
        UPDATE transactions SET base_amount = amount;
        CREATE INDEX transactions_unconverted ON transactions(date) WHERE base_amount IS NULL;
        -- Whatever writer changes a row's amount, day or account (to one in another currency) without a new base amount
        -- leaves it to be worked out again (BaseAmounts.convertPending, at the end of every write).
        CREATE TRIGGER transactions_base_stale AFTER UPDATE OF amount, account, date ON transactions
        WHEN new.base_amount IS NOT NULL AND new.base_amount IS old.base_amount
            AND (new.amount IS NOT old.amount OR new.date IS NOT old.date
                 OR (SELECT currency FROM accounts WHERE name = COALESCE(new.account, 'cash'))
                    IS NOT (SELECT currency FROM accounts WHERE name = COALESCE(old.account, 'cash'))) BEGIN
            UPDATE transactions SET base_amount = NULL WHERE seq = new.seq;
        END;
        ALTER TABLE transfers ADD COLUMN received INTEGER CHECK (received IS NULL OR received > 0);

        DROP TRIGGER transactions_after_insert;
        CREATE TRIGGER transactions_after_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO transactions_fts(rowid, description, note, bank_text) VALUES (new.seq, new.description, new.note, new.bank_text);
            INSERT INTO transaction_tags(tag, seq) SELECT value, new.seq FROM json_each(new.tags);
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -COALESCE(new.base_amount, 0) ELSE COALESCE(new.base_amount, 0) END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -COALESCE(new.base_amount, 0) ELSE COALESCE(new.base_amount, 0) END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        END;
        DROP TRIGGER transactions_after_money_update;
        CREATE TRIGGER transactions_after_money_update
        AFTER UPDATE OF date, kind, category, amount, base_amount, deleted_at, refund, splits ON transactions BEGIN
            UPDATE daily_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -COALESCE(old.base_amount, 0) ELSE COALESCE(old.base_amount, 0) END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -COALESCE(old.base_amount, 0) ELSE COALESCE(old.base_amount, 0) END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -COALESCE(new.base_amount, 0) ELSE COALESCE(new.base_amount, 0) END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -COALESCE(new.base_amount, 0) ELSE COALESCE(new.base_amount, 0) END, 1
                WHERE new.deleted_at IS NULL AND new.splits IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        END;
        DROP TRIGGER transactions_after_delete;
        CREATE TRIGGER transactions_after_delete AFTER DELETE ON transactions BEGIN
            INSERT INTO transactions_fts(transactions_fts, rowid, description, note, bank_text)
                VALUES ('delete', old.seq, old.description, old.note, old.bank_text);
            DELETE FROM transaction_tags WHERE seq = old.seq;
            UPDATE daily_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -COALESCE(old.base_amount, 0) ELSE COALESCE(old.base_amount, 0) END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -COALESCE(old.base_amount, 0) ELSE COALESCE(old.base_amount, 0) END, count = count - 1
                WHERE old.deleted_at IS NULL AND old.splits IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
        END;
        DROP TRIGGER transactions_split_insert;
        CREATE TRIGGER transactions_split_insert AFTER INSERT ON transactions WHEN new.splits IS NOT NULL BEGIN
            INSERT OR IGNORE INTO split_categories(category, seq)
                SELECT json_extract(value, '$.category'), new.seq FROM json_each(new.splits);
            INSERT INTO daily_totals(date, kind, category, total, count, extra_parts)
                SELECT new.date, new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -(CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) ELSE (CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
            INSERT INTO monthly_totals(month, kind, category, total, count, extra_parts)
                SELECT substr(new.date, 1, 7), new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -(CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) ELSE (CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
        END;
        DROP TRIGGER transactions_split_update;
        CREATE TRIGGER transactions_split_update
        AFTER UPDATE OF date, kind, category, amount, base_amount, deleted_at, refund, splits ON transactions
        WHEN old.splits IS NOT NULL OR new.splits IS NOT NULL BEGIN
            UPDATE daily_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -(CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) ELSE (CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = daily_totals.category)
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM daily_totals WHERE date = old.date AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            UPDATE monthly_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -(CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) ELSE (CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = monthly_totals.category)
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM monthly_totals WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            INSERT INTO daily_totals(date, kind, category, total, count, extra_parts)
                SELECT new.date, new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -(CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) ELSE (CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
            INSERT INTO monthly_totals(month, kind, category, total, count, extra_parts)
                SELECT substr(new.date, 1, 7), new.kind, json_extract(value, '$.category'),
                       CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -(CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) ELSE (CASE WHEN new.base_amount IS new.amount THEN json_extract(value, '$.amount') WHEN new.base_amount IS NULL THEN 0 WHEN key = 0 THEN new.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * new.base_amount / new.amount), 0) FROM json_each(new.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * new.base_amount / new.amount END) END,
                       1, key > 0
                FROM json_each(new.splits) WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1, extra_parts = extra_parts + excluded.extra_parts;
            DELETE FROM split_categories WHERE seq = old.seq;
            INSERT OR IGNORE INTO split_categories(category, seq)
                SELECT json_extract(value, '$.category'), new.seq FROM json_each(new.splits);
        END;
        DROP TRIGGER transactions_split_delete;
        CREATE TRIGGER transactions_split_delete AFTER DELETE ON transactions WHEN old.splits IS NOT NULL BEGIN
            UPDATE daily_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -(CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) ELSE (CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = daily_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = daily_totals.category)
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM daily_totals WHERE date = old.date AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            UPDATE monthly_totals SET
                    total = total - (SELECT SUM(CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -(CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) ELSE (CASE WHEN old.base_amount IS old.amount THEN json_extract(value, '$.amount') WHEN old.base_amount IS NULL THEN 0 WHEN key = 0 THEN old.base_amount - (SELECT COALESCE(SUM(json_extract(p.value, '$.amount') * old.base_amount / old.amount), 0) FROM json_each(old.splits) p WHERE p.key > 0) ELSE json_extract(value, '$.amount') * old.base_amount / old.amount END) END)
                                     FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    count = count - (SELECT COUNT(*) FROM json_each(old.splits) WHERE json_extract(value, '$.category') = monthly_totals.category),
                    extra_parts = extra_parts - (SELECT COUNT(*) FROM json_each(old.splits) WHERE key > 0 AND json_extract(value, '$.category') = monthly_totals.category)
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind
                    AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM monthly_totals WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND count = 0
                AND category IN (SELECT json_extract(value, '$.category') FROM json_each(old.splits));
            DELETE FROM split_categories WHERE seq = old.seq;
        END;
        DROP TRIGGER transactions_stale_update;
        CREATE TRIGGER transactions_stale_update
        AFTER UPDATE OF date, kind, category, amount, base_amount, deleted_at, refund, splits ON transactions
        WHEN EXISTS (SELECT 1 FROM periodic_reports
                     WHERE period_start BETWEEN date(min(old.date, new.date), '-37 days') AND date(max(old.date, new.date), '+7 days')) BEGIN
            INSERT INTO stale_days(first, last) VALUES (min(old.date, new.date), max(old.date, new.date));
        END;
        DROP TRIGGER transfers_account_insert;
        CREATE TRIGGER transfers_account_insert AFTER INSERT ON transfers WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO account_daily(account, date, delta, cleared, count)
                VALUES (new.from_account, new.date, -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1),
                       (new.to_account, new.date, COALESCE(new.received, new.amount), CASE WHEN new.to_cleared > 0 THEN COALESCE(new.received, new.amount) ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                VALUES (new.from_account, substr(new.date, 1, 7), -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1),
                       (new.to_account, substr(new.date, 1, 7), COALESCE(new.received, new.amount), CASE WHEN new.to_cleared > 0 THEN COALESCE(new.received, new.amount) ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        DROP TRIGGER transfers_account_update;
        CREATE TRIGGER transfers_account_update AFTER UPDATE ON transfers BEGIN
            UPDATE account_daily SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.from_account AND date = old.date;
            UPDATE account_daily SET delta = delta - COALESCE(old.received, old.amount), cleared = cleared - CASE WHEN old.to_cleared > 0 THEN COALESCE(old.received, old.amount) ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.to_account AND date = old.date;
            UPDATE account_monthly SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.from_account AND month = substr(old.date, 1, 7);
            UPDATE account_monthly SET delta = delta - COALESCE(old.received, old.amount), cleared = cleared - CASE WHEN old.to_cleared > 0 THEN COALESCE(old.received, old.amount) ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = old.to_account AND month = substr(old.date, 1, 7);
            INSERT INTO account_daily(account, date, delta, cleared, count)
                SELECT new.from_account, new.date, -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                UNION ALL SELECT new.to_account, new.date, COALESCE(new.received, new.amount), CASE WHEN new.to_cleared > 0 THEN COALESCE(new.received, new.amount) ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                SELECT new.from_account, substr(new.date, 1, 7), -new.amount, CASE WHEN new.from_cleared > 0 THEN -new.amount ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                UNION ALL SELECT new.to_account, substr(new.date, 1, 7), COALESCE(new.received, new.amount), CASE WHEN new.to_cleared > 0 THEN COALESCE(new.received, new.amount) ELSE 0 END, 1
                    WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        DROP TRIGGER transfers_account_delete;
        CREATE TRIGGER transfers_account_delete AFTER DELETE ON transfers WHEN old.deleted_at IS NULL BEGIN
            UPDATE account_daily SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1 WHERE account = old.from_account AND date = old.date;
            UPDATE account_daily SET delta = delta - COALESCE(old.received, old.amount), cleared = cleared - CASE WHEN old.to_cleared > 0 THEN COALESCE(old.received, old.amount) ELSE 0 END,
                    count = count - 1 WHERE account = old.to_account AND date = old.date;
            UPDATE account_monthly SET delta = delta + old.amount, cleared = cleared + CASE WHEN old.from_cleared > 0 THEN old.amount ELSE 0 END,
                    count = count - 1 WHERE account = old.from_account AND month = substr(old.date, 1, 7);
            UPDATE account_monthly SET delta = delta - COALESCE(old.received, old.amount), cleared = cleared - CASE WHEN old.to_cleared > 0 THEN COALESCE(old.received, old.amount) ELSE 0 END,
                    count = count - 1 WHERE account = old.to_account AND month = substr(old.date, 1, 7);
        END;
        DROP TRIGGER transfers_sync_insert;
        CREATE TRIGGER transfers_sync_insert AFTER INSERT ON transfers BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transfer', new.id, json_object('from_account', new.from_account, 'to_account', new.to_account, 'amount', new.amount, 'received', new.received, 'date', new.date, 'description', new.description, 'note', new.note, 'from_cleared', new.from_cleared, 'to_cleared', new.to_cleared, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
        END;
        DROP TRIGGER transfers_sync_update;
        CREATE TRIGGER transfers_sync_update AFTER UPDATE ON transfers BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields)
                SELECT 'transfer', new.id, json_group_object(name, value) FROM (
                    SELECT 'from_account' AS name, new.from_account AS value WHERE old.from_account IS NOT new.from_account
                        UNION ALL SELECT 'to_account' AS name, new.to_account AS value WHERE old.to_account IS NOT new.to_account
                        UNION ALL SELECT 'amount' AS name, new.amount AS value WHERE old.amount IS NOT new.amount
                        UNION ALL SELECT 'received' AS name, new.received AS value WHERE old.received IS NOT new.received
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
        DROP TRIGGER transactions_sync_insert;
        CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'cleared', new.cleared, 'refund', new.refund, 'splits', new.splits, 'original_amount', new.original_amount, 'original_currency', new.original_currency, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
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
                        UNION ALL SELECT 'original_amount' AS name, new.original_amount AS value WHERE old.original_amount IS NOT new.original_amount OR old.original_currency IS NOT new.original_currency
                                UNION ALL SELECT 'original_currency' AS name, new.original_currency AS value WHERE old.original_currency IS NOT new.original_currency OR old.original_amount IS NOT new.original_amount
                                UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;
        """)
}
