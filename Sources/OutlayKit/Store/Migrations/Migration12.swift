/// Refunds: money back into a spending category (a return, a merchant's
/// credit) is an expense marked `refund`, never income. The category roll-ups
/// count it negative, so every budget, report and summary nets it against
/// the purchase; the account's balance counts it as money in. It syncs as
/// a field of its own, so two devices' edits may leave it on an income:
/// there it means nothing (no check refuses the merge).
///
/// Frozen: this text is what every database ran as version 12. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v12 = FrozenMigration(identifier: "v12: refunds", sql: """
        ALTER TABLE transactions ADD COLUMN refund INTEGER NOT NULL DEFAULT 0 CHECK (refund IN (0, 1));

        DROP TRIGGER transactions_after_insert;
        CREATE TRIGGER transactions_after_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO transactions_fts(rowid, description, note) VALUES (new.seq, new.description, new.note);
            INSERT INTO transaction_tags(tag, seq) SELECT value, new.seq FROM json_each(new.tags);
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        END;

        DROP TRIGGER transactions_after_money_update;
        CREATE TRIGGER transactions_after_money_update
        AFTER UPDATE OF date, kind, category, amount, deleted_at, refund ON transactions BEGIN
            UPDATE daily_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
            INSERT INTO daily_totals(date, kind, category, total, count)
                SELECT new.date, new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
            INSERT INTO monthly_totals(month, kind, category, total, count)
                SELECT substr(new.date, 1, 7), new.kind, new.category, CASE WHEN new.refund = 1 AND new.kind = 'expense' THEN -new.amount ELSE new.amount END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + 1;
        END;

        DROP TRIGGER transactions_after_delete;
        CREATE TRIGGER transactions_after_delete AFTER DELETE ON transactions BEGIN
            INSERT INTO transactions_fts(transactions_fts, rowid, description, note)
                VALUES ('delete', old.seq, old.description, old.note);
            DELETE FROM transaction_tags WHERE seq = old.seq;
            UPDATE daily_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND date = old.date AND kind = old.kind AND category = old.category;
            DELETE FROM daily_totals
                WHERE date = old.date AND kind = old.kind AND category = old.category AND count = 0;
            UPDATE monthly_totals SET total = total - CASE WHEN old.refund = 1 AND old.kind = 'expense' THEN -old.amount ELSE old.amount END, count = count - 1
                WHERE old.deleted_at IS NULL AND month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category;
            DELETE FROM monthly_totals
                WHERE month = substr(old.date, 1, 7) AND kind = old.kind AND category = old.category AND count = 0;
        END;

        -- A refund is money into the account.
        DROP TRIGGER transactions_account_insert;
        CREATE TRIGGER transactions_account_insert AFTER INSERT ON transactions WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO account_daily(account, date, delta, cleared, count)
                VALUES (COALESCE(new.account, 'cash'), new.date, CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END,
                        CASE WHEN new.cleared > 0 THEN CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                VALUES (COALESCE(new.account, 'cash'), substr(new.date, 1, 7),
                        CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END,
                        CASE WHEN new.cleared > 0 THEN CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END ELSE 0 END, 1)
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        DROP TRIGGER transactions_account_update;
        CREATE TRIGGER transactions_account_update
        AFTER UPDATE OF account, date, kind, amount, cleared, deleted_at, refund ON transactions BEGIN
            UPDATE account_daily SET delta = delta - CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = COALESCE(old.account, 'cash') AND date = old.date;
            UPDATE account_monthly SET delta = delta - CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE old.deleted_at IS NULL AND account = COALESCE(old.account, 'cash') AND month = substr(old.date, 1, 7);
            INSERT INTO account_daily(account, date, delta, cleared, count)
                SELECT COALESCE(new.account, 'cash'), new.date, CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END,
                       CASE WHEN new.cleared > 0 THEN CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END ELSE 0 END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
            INSERT INTO account_monthly(account, month, delta, cleared, count)
                SELECT COALESCE(new.account, 'cash'), substr(new.date, 1, 7),
                       CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END,
                       CASE WHEN new.cleared > 0 THEN CASE WHEN new.kind = 'income' OR new.refund = 1 THEN new.amount ELSE -new.amount END ELSE 0 END, 1
                WHERE new.deleted_at IS NULL
                ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
        END;
        DROP TRIGGER transactions_account_delete;
        CREATE TRIGGER transactions_account_delete AFTER DELETE ON transactions WHEN old.deleted_at IS NULL BEGIN
            UPDATE account_daily SET delta = delta - CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE account = COALESCE(old.account, 'cash') AND date = old.date;
            UPDATE account_monthly SET delta = delta - CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END,
                    cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE WHEN old.kind = 'income' OR old.refund = 1 THEN old.amount ELSE -old.amount END ELSE 0 END,
                    count = count - 1
                WHERE account = COALESCE(old.account, 'cash') AND month = substr(old.date, 1, 7);
        END;

        DROP TRIGGER transactions_sync_insert;
        CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'cleared', new.cleared, 'refund', new.refund, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
        END;
        DROP TRIGGER transactions_sync_update;
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
                        UNION ALL SELECT 'refund' AS name, new.refund AS value WHERE old.refund IS NOT new.refund
                        UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                        UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                        UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
                ) HAVING COUNT(*) > 0;
        END;
        """)
}
