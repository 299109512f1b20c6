PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1: transactions, categories, search, roll-ups, undo');
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('currency','EUR');
CREATE TABLE categories(
    kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
    name TEXT NOT NULL,
    parent TEXT,
    color TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
INSERT INTO categories VALUES('expense','coffee','food',NULL,1700000000000);
INSERT INTO categories VALUES('expense','entertainment',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','food',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','health',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','other',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','rent',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','shopping',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','subscriptions',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','transport',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('expense','utilities',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('income','bonus',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('income','freelance',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('income','investment',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('income','other',NULL,NULL,1796157284951);
INSERT INTO categories VALUES('income','salary',NULL,NULL,1796157284951);
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
INSERT INTO transactions VALUES(1,'0190a000-0000-7000-8000-000000000001','expense',450,'coffee','Flat white','2024-03-01','oat milk','["work"]',NULL,1709300000000,1709300000000,NULL);
INSERT INTO transactions VALUES(2,'0190a000-0000-7000-8000-000000000002','expense',120000,'rent','March rent','2024-03-01',NULL,'[]',NULL,1709300000000,1709300000000,NULL);
INSERT INTO transactions VALUES(3,'0190a000-0000-7000-8000-000000000003','income',320000,'salary','Salary März','2024-02-29',NULL,'[]',NULL,1709300000000,1709300000000,NULL);
INSERT INTO transactions VALUES(4,'0190a000-0000-7000-8000-000000000004','expense',999,'food','Café crème ☕','2024-02-14',NULL,'["trip","paris"]',NULL,1709300000000,1709300000000,NULL);
INSERT INTO transactions VALUES(5,'0190a000-0000-7000-8000-000000000005','expense',5000,'transport','Deleted taxi','2024-03-02',NULL,'[]',NULL,1709300000000,1709300000000,1709400000000);
CREATE TABLE transaction_tags(
    tag TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
INSERT INTO transaction_tags VALUES('paris',4);
INSERT INTO transaction_tags VALUES('trip',4);
INSERT INTO transaction_tags VALUES('work',1);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','transactions_fts','transactions_fts',0,'CREATE VIRTUAL TABLE transactions_fts USING fts5(
    description, note,
    content = ''transactions'', content_rowid = ''seq'',
    tokenize = ''unicode61 remove_diacritics 2'',
    columnsize = 0, detail = column
)');
CREATE TABLE IF NOT EXISTS 'transactions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO transactions_fts_data VALUES(1,X'050a02');
INSERT INTO transactions_fts_data VALUES(10,X'000000000105050005010101020101030101040101050101');
INSERT INTO transactions_fts_data VALUES(137438953473,X'000000280530666c617401020201046d696c6b01020301036f61740102030105776869746501020204090908');
INSERT INTO transactions_fts_data VALUES(274877906945,X'0000001706306d61726368020202010472656e74020202040a');
INSERT INTO transactions_fts_data VALUES(412316860417,X'0000001805306d61727a030202010673616c6172790302020409');
INSERT INTO transactions_fts_data VALUES(549755813889,X'00000016053063616665040202020472656d650402020409');
INSERT INTO transactions_fts_data VALUES(687194767361,X'00000019083064656c65746564050202010474617869050202040c');
CREATE TABLE IF NOT EXISTS 'transactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO transactions_fts_idx VALUES(1,X'',2);
INSERT INTO transactions_fts_idx VALUES(2,X'',2);
INSERT INTO transactions_fts_idx VALUES(3,X'',2);
INSERT INTO transactions_fts_idx VALUES(4,X'',2);
INSERT INTO transactions_fts_idx VALUES(5,X'',2);
CREATE TABLE IF NOT EXISTS 'transactions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO transactions_fts_config VALUES('version',4);
CREATE TABLE daily_totals(
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (date, kind, category)
) WITHOUT ROWID;
INSERT INTO daily_totals VALUES('2024-02-14','expense','food',999,1);
INSERT INTO daily_totals VALUES('2024-02-29','income','salary',320000,1);
INSERT INTO daily_totals VALUES('2024-03-01','expense','coffee',450,1);
INSERT INTO daily_totals VALUES('2024-03-01','expense','rent',120000,1);
CREATE TABLE monthly_totals(
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (month, kind, category)
) WITHOUT ROWID;
INSERT INTO monthly_totals VALUES('2024-02','expense','food',999,1);
INSERT INTO monthly_totals VALUES('2024-02','income','salary',320000,1);
INSERT INTO monthly_totals VALUES('2024-03','expense','coffee',450,1);
INSERT INTO monthly_totals VALUES('2024-03','expense','rent',120000,1);
CREATE TABLE undo_log(
    seq INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO undo_log VALUES(1,'add','{"added":{"id":"0190a000-0000-7000-8000-000000000001"}}',1709300000000);
CREATE INDEX transactions_by_date ON transactions(date, id) WHERE deleted_at IS NULL;
CREATE INDEX transactions_by_category ON transactions(category, date, id) WHERE deleted_at IS NULL;
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
PRAGMA writable_schema=OFF;
COMMIT;
