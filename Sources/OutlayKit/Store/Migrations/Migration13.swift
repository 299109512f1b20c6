/// Payees: an imported row's description is the payee (the bank's text with
/// its noise taken out, a rule's, or a name the user gave that merchant),
/// and the bank's own text is kept in `bank_text` for every imported row.
/// The search index covers it too, so a search finds what the bank wrote.
/// `payee_names` remembers, per merchant, the name the user gave it: later
/// imports use it. It is this replica's own (it does not sync).
///
/// Frozen: this text is what every database ran as version 13. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v13 = FrozenMigration(identifier: "v13: payees", sql: """
        CREATE TABLE payee_names(
            merchant TEXT PRIMARY KEY,
            payee TEXT NOT NULL CHECK (payee <> ''),
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        DROP TRIGGER transactions_after_insert;
        DROP TRIGGER transactions_after_text_update;
        DROP TRIGGER transactions_after_delete;
        DROP TABLE transactions_fts;
        CREATE VIRTUAL TABLE transactions_fts USING fts5(
            description, note, bank_text,
            content = 'transactions', content_rowid = 'seq',
            tokenize = 'unicode61 remove_diacritics 2',
            columnsize = 0, detail = column
        );
        INSERT INTO transactions_fts(transactions_fts) VALUES ('rebuild');

        CREATE TRIGGER transactions_after_insert AFTER INSERT ON transactions BEGIN
            INSERT INTO transactions_fts(rowid, description, note, bank_text) VALUES (new.seq, new.description, new.note, new.bank_text);
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

        CREATE TRIGGER transactions_after_text_update AFTER UPDATE OF description, note, bank_text ON transactions BEGIN
            INSERT INTO transactions_fts(transactions_fts, rowid, description, note, bank_text)
                VALUES ('delete', old.seq, old.description, old.note, old.bank_text);
            INSERT INTO transactions_fts(rowid, description, note, bank_text) VALUES (new.seq, new.description, new.note, new.bank_text);
        END;

        CREATE TRIGGER transactions_after_delete AFTER DELETE ON transactions BEGIN
            INSERT INTO transactions_fts(transactions_fts, rowid, description, note, bank_text)
                VALUES ('delete', old.seq, old.description, old.note, old.bank_text);
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
        """)
}
