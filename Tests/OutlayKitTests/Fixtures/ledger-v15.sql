PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1: transactions, categories, search, roll-ups, undo');
INSERT INTO grdb_migrations VALUES('v2: budgets, alerts, notifications, periodic reports');
INSERT INTO grdb_migrations VALUES('v3: import keys');
INSERT INTO grdb_migrations VALUES('v4: roll-up generation');
INSERT INTO grdb_migrations VALUES('v5: sync change log');
INSERT INTO grdb_migrations VALUES('v6: categories, budgets and notifications sync; basic gateway links');
INSERT INTO grdb_migrations VALUES('v7: ledger total within the largest amount');
INSERT INTO grdb_migrations VALUES('v8: merged marks per device');
INSERT INTO grdb_migrations VALUES('v9: accounts, transfers, cleared, account roll-ups');
INSERT INTO grdb_migrations VALUES('v10: schedules');
INSERT INTO grdb_migrations VALUES('v11: bank records of matched entries');
INSERT INTO grdb_migrations VALUES('v12: refunds');
INSERT INTO grdb_migrations VALUES('v13: payees');
INSERT INTO grdb_migrations VALUES('v14: splits');
INSERT INTO grdb_migrations VALUES('v15: stale summary days');
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('currency_chosen','1');
INSERT INTO settings VALUES('device_id','ce7b45fb-f8ef-4655-85b3-6ae805824790');
INSERT INTO settings VALUES('sync_clock','000001796593357412.000000');
CREATE TABLE categories(
    kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
    name TEXT NOT NULL,
    parent TEXT,
    color TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
INSERT INTO categories VALUES('expense','entertainment',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','food',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','health',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','other',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','rent',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','shopping',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','subscriptions',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','transport',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('expense','utilities',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('income','bonus',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('income','freelance',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('income','investment',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('income','other',NULL,NULL,1796593352101);
INSERT INTO categories VALUES('income','salary',NULL,NULL,1796593352101);
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
, import_key INTEGER, cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1, 2)), bank_date TEXT CHECK (bank_date IS NULL OR length(bank_date) = 10), bank_text TEXT, refund INTEGER NOT NULL DEFAULT 0 CHECK (refund IN (0, 1)), splits TEXT CHECK (splits IS NULL OR json_array_length(splits) >= 2));
INSERT INTO transactions VALUES(1,'01a24d4e-fff3-728c-abae-3233ebf53243','expense',1500,'shopping','Returned shirt','2026-10-07',NULL,'[]','card',1796593352691,1796593352691,NULL,NULL,0,NULL,NULL,1,NULL);
INSERT INTO transactions VALUES(2,'01a24d4f-08d2-732d-87e8-760655d7813e','expense',4250,'food','Groceries at Aldi','2026-10-03',NULL,'[]','checking',1796593354962,1796593354962,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(3,'01a24d4f-0922-7a7b-915a-b8c75fbd61c7','income',250000,'salary','Salary October','2026-10-01',NULL,'[]','checking',1796593355042,1796593355042,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(4,'01a24d4f-11f1-7e36-b451-3480b288820d','expense',12000,'shopping','Hardware store','2026-10-05',NULL,'[]','card',1796593357297,1796593357297,NULL,NULL,0,NULL,NULL,0,'[{"category":"shopping","amount":8000},{"category":"food","amount":4000}]');
CREATE TABLE transaction_tags(
    tag TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
CREATE TABLE daily_totals(
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL, extra_parts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (date, kind, category)
) WITHOUT ROWID;
INSERT INTO daily_totals VALUES('2026-10-01','income','salary',250000,1,0);
INSERT INTO daily_totals VALUES('2026-10-03','expense','food',4250,1,0);
INSERT INTO daily_totals VALUES('2026-10-05','expense','food',4000,1,1);
INSERT INTO daily_totals VALUES('2026-10-05','expense','shopping',8000,1,0);
INSERT INTO daily_totals VALUES('2026-10-07','expense','shopping',-1500,1,0);
CREATE TABLE monthly_totals(
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL, extra_parts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, kind, category)
) WITHOUT ROWID;
INSERT INTO monthly_totals VALUES('2026-10','expense','food',8250,2,1);
INSERT INTO monthly_totals VALUES('2026-10','expense','shopping',6500,2,0);
INSERT INTO monthly_totals VALUES('2026-10','income','salary',250000,1,0);
CREATE TABLE undo_log(
    seq INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO undo_log VALUES(1,'add','{"added":{"id":"01a24d4e-fff3-728c-abae-3233ebf53243"}}',1796593352691);
INSERT INTO undo_log VALUES(2,'budget set','{"budgetSaved":{"id":"01a24d4f-00a7-73e1-94c2-3a5cddd2c309","before":null}}',1796593352871);
INSERT INTO undo_log VALUES(3,'add','{"added":{"id":"01a24d4f-08d2-732d-87e8-760655d7813e"}}',1796593354962);
INSERT INTO undo_log VALUES(4,'add','{"added":{"id":"01a24d4f-0922-7a7b-915a-b8c75fbd61c7"}}',1796593355042);
INSERT INTO undo_log VALUES(5,'transfer add','{"transferAdded":{"id":"01a24d4f-09c2-74e0-ad2e-c2fdba466829"}}',1796593355202);
INSERT INTO undo_log VALUES(6,'add','{"added":{"id":"01a24d4f-11f1-7e36-b451-3480b288820d"}}',1796593357297);
INSERT INTO undo_log VALUES(7,'recurring','{"scheduleSaved":{"id":"01a24d4f-1260-70c2-9b15-853546a0d5ab","before":null}}',1796593357408);
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
INSERT INTO budgets VALUES(1,'01a24d4f-00a7-73e1-94c2-3a5cddd2c309','food',40000,'monthly',80,0,'2026-12-06',1796593352871,1796593352871,NULL);
CREATE TABLE budget_alert_states(
    budget_id TEXT NOT NULL,
    period_start TEXT NOT NULL,
    level TEXT NOT NULL,
    crossed INTEGER NOT NULL, crossings INTEGER NOT NULL DEFAULT 0,
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
CREATE TABLE periodic_reports(
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    notification_id TEXT NOT NULL,
    PRIMARY KEY (kind, period_start)
) WITHOUT ROWID;
CREATE TABLE rollup_generation(value INTEGER NOT NULL);
INSERT INTO rollup_generation VALUES(5);
CREATE TABLE sync_changes(
    seq INTEGER PRIMARY KEY,        -- this replica's order: the server's sync cursor
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,           -- JSON object: column -> value
    hlc TEXT,                       -- NULL until stamped, in the same transaction
    origin TEXT,                    -- the device that made the change
    origin_seq INTEGER              -- its seq there
);
INSERT INTO sync_changes VALUES(1,'category','expense/entertainment','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',1);
INSERT INTO sync_changes VALUES(2,'category','expense/food','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',2);
INSERT INTO sync_changes VALUES(3,'category','expense/health','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',3);
INSERT INTO sync_changes VALUES(4,'category','expense/other','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',4);
INSERT INTO sync_changes VALUES(5,'category','expense/rent','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',5);
INSERT INTO sync_changes VALUES(6,'category','expense/shopping','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',6);
INSERT INTO sync_changes VALUES(7,'category','expense/subscriptions','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',7);
INSERT INTO sync_changes VALUES(8,'category','expense/transport','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',8);
INSERT INTO sync_changes VALUES(9,'category','expense/utilities','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',9);
INSERT INTO sync_changes VALUES(10,'category','income/bonus','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',10);
INSERT INTO sync_changes VALUES(11,'category','income/freelance','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',11);
INSERT INTO sync_changes VALUES(12,'category','income/investment','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',12);
INSERT INTO sync_changes VALUES(13,'category','income/other','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',13);
INSERT INTO sync_changes VALUES(14,'category','income/salary','{"parent":null,"color":null,"created_at":1796593352101,"deleted_at":null}','000001796593352112.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',14);
INSERT INTO sync_changes VALUES(15,'account','cash','{"type":"cash","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796593352119,"updated_at":1796593352119,"deleted_at":null}','000001796593352121.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',15);
INSERT INTO sync_changes VALUES(16,'account','card','{"type":"credit","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796593352256,"updated_at":1796593352256,"deleted_at":null}','000001796593352257.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',16);
INSERT INTO sync_changes VALUES(17,'account','savings','{"type":"savings","currency":"USD","opening_balance":100000,"opened_on":null,"closed":0,"note":null,"created_at":1796593352353,"updated_at":1796593352353,"deleted_at":null}','000001796593352355.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',17);
INSERT INTO sync_changes VALUES(18,'transaction','01a24d4e-fff3-728c-abae-3233ebf53243','{"kind":"expense","amount":1500,"category":"shopping","description":"Returned shirt","date":"2026-10-07","note":null,"tags":"[]","account":"card","cleared":0,"refund":1,"splits":null,"created_at":1796593352691,"updated_at":1796593352691,"deleted_at":null}','000001796593352700.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',18);
INSERT INTO sync_changes VALUES(19,'budget','01a24d4f-00a7-73e1-94c2-3a5cddd2c309','{"category":"food","amount":40000,"period":"monthly","threshold":80,"rollover":0,"start_date":"2026-12-06","created_at":1796593352871,"updated_at":1796593352871,"deleted_at":null}','000001796593352874.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',19);
INSERT INTO sync_changes VALUES(20,'account','checking','{"type":"checking","currency":"USD","opening_balance":200000,"opened_on":null,"closed":0,"note":null,"created_at":1796593354883,"updated_at":1796593354883,"deleted_at":null}','000001796593354885.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',20);
INSERT INTO sync_changes VALUES(21,'transaction','01a24d4f-08d2-732d-87e8-760655d7813e','{"kind":"expense","amount":4250,"category":"food","description":"Groceries at Aldi","date":"2026-10-03","note":null,"tags":"[]","account":"checking","cleared":0,"refund":0,"splits":null,"created_at":1796593354962,"updated_at":1796593354962,"deleted_at":null}','000001796593354967.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',21);
INSERT INTO sync_changes VALUES(22,'transaction','01a24d4f-0922-7a7b-915a-b8c75fbd61c7','{"kind":"income","amount":250000,"category":"salary","description":"Salary October","date":"2026-10-01","note":null,"tags":"[]","account":"checking","cleared":0,"refund":0,"splits":null,"created_at":1796593355042,"updated_at":1796593355042,"deleted_at":null}','000001796593355046.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',22);
INSERT INTO sync_changes VALUES(23,'transfer','01a24d4f-09c2-74e0-ad2e-c2fdba466829','{"from_account":"checking","to_account":"savings","amount":30000,"date":"2026-10-10","description":"Transfer from checking to savings","note":null,"from_cleared":0,"to_cleared":0,"created_at":1796593355202,"updated_at":1796593355202,"deleted_at":null}','000001796593355208.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',23);
INSERT INTO sync_changes VALUES(24,'transaction','01a24d4f-11f1-7e36-b451-3480b288820d','{"kind":"expense","amount":12000,"category":"shopping","description":"Hardware store","date":"2026-10-05","note":null,"tags":"[]","account":"card","cleared":0,"refund":0,"splits":"[{\"category\":\"shopping\",\"amount\":8000},{\"category\":\"food\",\"amount\":4000}]","created_at":1796593357297,"updated_at":1796593357297,"deleted_at":null}','000001796593357305.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',24);
INSERT INTO sync_changes VALUES(25,'schedule','01a24d4f-1260-70c2-9b15-853546a0d5ab','{"kind":"expense","amount":999,"description":"Streaming","category":"entertainment","account":"card","to_account":null,"every":1,"unit":"month","day":null,"weekday":null,"start_date":"2027-01-01","end_date":null,"count":null,"confirm":0,"note":null,"created_at":1796593357408,"updated_at":1796593357408,"deleted_at":null}','000001796593357412.000000','ce7b45fb-f8ef-4655-85b3-6ae805824790',25);
CREATE TABLE basic_gateway_links(
    local_id TEXT PRIMARY KEY,
    remote_id TEXT NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE TABLE ledger_total(total INTEGER NOT NULL);
INSERT INTO ledger_total VALUES(267750);
CREATE TABLE sync_origins(
    origin TEXT PRIMARY KEY,
    through INTEGER NOT NULL
) WITHOUT ROWID;
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
INSERT INTO accounts VALUES('01a24d4e-fe40-7e49-b47e-adc035b3f3e9','card','credit','USD',0,NULL,0,NULL,1796593352256,1796593352256);
INSERT INTO accounts VALUES('01a24d4e-fea1-7169-bfbc-bc22ff97d135','savings','savings','USD',100000,NULL,0,NULL,1796593352353,1796593352353);
INSERT INTO accounts VALUES('01a24d4f-0883-7fd2-9609-183fa5ed6cf4','checking','checking','USD',200000,NULL,0,NULL,1796593354883,1796593354883);
INSERT INTO accounts VALUES('7cc3a97c-976f-4bc8-b6c5-58c093696c3a','cash','cash','USD',0,NULL,0,NULL,1796593352119,1796593352119);
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
, from_import_key INTEGER, to_import_key INTEGER);
INSERT INTO transfers VALUES(1,'01a24d4f-09c2-74e0-ad2e-c2fdba466829','checking','savings',30000,'2026-10-10','Transfer from checking to savings',NULL,0,0,1796593355202,1796593355202,NULL,NULL,NULL);
CREATE TABLE account_daily(
    account TEXT NOT NULL COLLATE NOCASE,
    date TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, date)
) WITHOUT ROWID;
INSERT INTO account_daily VALUES('card','2026-10-05',-12000,0,1);
INSERT INTO account_daily VALUES('card','2026-10-07',1500,0,1);
INSERT INTO account_daily VALUES('checking','2026-10-01',250000,0,1);
INSERT INTO account_daily VALUES('checking','2026-10-03',-4250,0,1);
INSERT INTO account_daily VALUES('checking','2026-10-10',-30000,0,1);
INSERT INTO account_daily VALUES('savings','2026-10-10',30000,0,1);
CREATE TABLE account_monthly(
    account TEXT NOT NULL COLLATE NOCASE,
    month TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, month)
) WITHOUT ROWID;
INSERT INTO account_monthly VALUES('card','2026-10',-10500,0,2);
INSERT INTO account_monthly VALUES('checking','2026-10',215750,0,3);
INSERT INTO account_monthly VALUES('savings','2026-10',30000,0,1);
CREATE TABLE schedules(
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('expense', 'income', 'transfer')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    description TEXT NOT NULL,
    category TEXT,
    account TEXT NOT NULL,
    to_account TEXT,
    every INTEGER NOT NULL CHECK (every BETWEEN 1 AND 1000),
    unit TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month', 'year')),
    day INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 31),
    weekday TEXT,
    start_date TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date TEXT CHECK (end_date IS NULL OR length(end_date) = 10),
    count INTEGER CHECK (count IS NULL OR count > 0),
    confirm INTEGER NOT NULL DEFAULT 0 CHECK (confirm IN (0, 1)),
    note TEXT,
    posted_through TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);
INSERT INTO schedules VALUES(1,'01a24d4f-1260-70c2-9b15-853546a0d5ab','expense',999,'Streaming','entertainment','card',NULL,1,'month',NULL,NULL,'2027-01-01',NULL,NULL,0,NULL,'2026-12-06',1796593357408,1796593357408,NULL);
CREATE TABLE payee_names(
    merchant TEXT PRIMARY KEY,
    payee TEXT NOT NULL CHECK (payee <> ''),
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','transactions_fts','transactions_fts',0,'CREATE VIRTUAL TABLE transactions_fts USING fts5(
    description, note, bank_text,
    content = ''transactions'', content_rowid = ''seq'',
    tokenize = ''unicode61 remove_diacritics 2'',
    columnsize = 0, detail = column
)');
CREATE TABLE IF NOT EXISTS 'transactions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO transactions_fts_data VALUES(1,X'04090000');
INSERT INTO transactions_fts_data VALUES(10,X'000000000104040004010101020101030101040101');
INSERT INTO transactions_fts_data VALUES(137438953473,X'0000001b093072657475726e656401020201057368697274010202040d');
INSERT INTO transactions_fts_data VALUES(274877906945,X'000000210530616c6469020202020174020202010967726f636572696573020202040906');
INSERT INTO transactions_fts_data VALUES(412316860417,X'0000001b08306f63746f626572030202010673616c617279030202040c');
INSERT INTO transactions_fts_data VALUES(549755813889,X'0000001b09306861726477617265040202010573746f7265040202040d');
CREATE TABLE IF NOT EXISTS 'transactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO transactions_fts_idx VALUES(1,X'',2);
INSERT INTO transactions_fts_idx VALUES(2,X'',2);
INSERT INTO transactions_fts_idx VALUES(3,X'',2);
INSERT INTO transactions_fts_idx VALUES(4,X'',2);
CREATE TABLE IF NOT EXISTS 'transactions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO transactions_fts_config VALUES('version',4);
CREATE TABLE split_categories(
    category TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (category, seq)
) WITHOUT ROWID;
INSERT INTO split_categories VALUES('food',4);
INSERT INTO split_categories VALUES('shopping',4);
CREATE TABLE stale_days(
    first TEXT NOT NULL,
    last TEXT NOT NULL
);
CREATE INDEX transactions_by_date ON transactions(date, id) WHERE deleted_at IS NULL;
CREATE INDEX transactions_by_category ON transactions(category, date, id) WHERE deleted_at IS NULL;
CREATE TRIGGER transactions_after_tags_update AFTER UPDATE OF tags ON transactions BEGIN
    DELETE FROM transaction_tags WHERE seq = old.seq;
    INSERT INTO transaction_tags(tag, seq) SELECT value, new.seq FROM json_each(new.tags);
END;
CREATE INDEX notifications_unread ON notifications(is_read, seq);
CREATE INDEX notification_deliveries_due ON notification_deliveries(status, next_attempt_at);
CREATE UNIQUE INDEX transactions_by_import_key ON transactions(import_key) WHERE import_key IS NOT NULL;
CREATE TRIGGER monthly_totals_after_insert AFTER INSERT ON monthly_totals BEGIN
    UPDATE rollup_generation SET value = value + 1;
END;
CREATE TRIGGER monthly_totals_after_update AFTER UPDATE ON monthly_totals BEGIN
    UPDATE rollup_generation SET value = value + 1;
END;
CREATE TRIGGER monthly_totals_after_delete AFTER DELETE ON monthly_totals BEGIN
    UPDATE rollup_generation SET value = value + 1;
END;
CREATE UNIQUE INDEX sync_changes_by_origin ON sync_changes(origin, origin_seq);
CREATE INDEX sync_changes_by_entity ON sync_changes(entity_id);
CREATE INDEX sync_changes_unstamped ON sync_changes(seq) WHERE hlc IS NULL;
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
CREATE TRIGGER ledger_total_limit BEFORE UPDATE ON ledger_total
WHEN new.total > 999999999999999 AND (typeof(new.total) <> 'integer' OR new.total > old.total) BEGIN
    SELECT RAISE(ABORT, 'outlay: ledger total over the largest amount');
END;
CREATE TRIGGER transactions_total_insert AFTER INSERT ON transactions WHEN new.deleted_at IS NULL BEGIN
    UPDATE ledger_total SET total = total + new.amount;
END;
CREATE TRIGGER transactions_total_update AFTER UPDATE OF amount, deleted_at ON transactions BEGIN
    UPDATE ledger_total SET total = total
        - CASE WHEN old.deleted_at IS NULL THEN old.amount ELSE 0 END
        + CASE WHEN new.deleted_at IS NULL THEN new.amount ELSE 0 END;
END;
CREATE TRIGGER transactions_total_delete AFTER DELETE ON transactions WHEN old.deleted_at IS NULL BEGIN
    UPDATE ledger_total SET total = total - old.amount;
END;
CREATE INDEX transfers_by_date ON transfers(date, id) WHERE deleted_at IS NULL;
CREATE INDEX transactions_by_account ON transactions(account, date, id) WHERE deleted_at IS NULL;
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
CREATE TRIGGER schedules_sync_insert AFTER INSERT ON schedules BEGIN
    INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('schedule', new.id, json_object('kind', new.kind, 'amount', new.amount, 'description', new.description, 'category', new.category, 'account', new.account, 'to_account', new.to_account, 'every', new.every, 'unit', new.unit, 'day', new.day, 'weekday', new.weekday, 'start_date', new.start_date, 'end_date', new.end_date, 'count', new.count, 'confirm', new.confirm, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
END;
CREATE TRIGGER schedules_sync_update AFTER UPDATE OF kind, amount, description, category, account, to_account, every, unit, day, weekday,
    start_date, end_date, count, confirm, note, created_at, updated_at, deleted_at ON schedules BEGIN
    INSERT INTO sync_changes(entity, entity_id, fields)
        SELECT 'schedule', new.id, json_group_object(name, value) FROM (
            SELECT 'kind' AS name, new.kind AS value WHERE old.kind IS NOT new.kind
                UNION ALL SELECT 'amount' AS name, new.amount AS value WHERE old.amount IS NOT new.amount
                UNION ALL SELECT 'description' AS name, new.description AS value WHERE old.description IS NOT new.description
                UNION ALL SELECT 'category' AS name, new.category AS value WHERE old.category IS NOT new.category
                UNION ALL SELECT 'account' AS name, new.account AS value WHERE old.account IS NOT new.account
                UNION ALL SELECT 'to_account' AS name, new.to_account AS value WHERE old.to_account IS NOT new.to_account
                UNION ALL SELECT 'every' AS name, new.every AS value WHERE old.every IS NOT new.every
                UNION ALL SELECT 'unit' AS name, new.unit AS value WHERE old.unit IS NOT new.unit
                UNION ALL SELECT 'day' AS name, new.day AS value WHERE old.day IS NOT new.day
                UNION ALL SELECT 'weekday' AS name, new.weekday AS value WHERE old.weekday IS NOT new.weekday
                UNION ALL SELECT 'start_date' AS name, new.start_date AS value WHERE old.start_date IS NOT new.start_date
                UNION ALL SELECT 'end_date' AS name, new.end_date AS value WHERE old.end_date IS NOT new.end_date
                UNION ALL SELECT 'count' AS name, new.count AS value WHERE old.count IS NOT new.count
                UNION ALL SELECT 'confirm' AS name, new.confirm AS value WHERE old.confirm IS NOT new.confirm
                UNION ALL SELECT 'note' AS name, new.note AS value WHERE old.note IS NOT new.note
                UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
        ) HAVING COUNT(*) > 0;
END;
CREATE INDEX transactions_unmatched ON transactions(account, amount) WHERE import_key IS NULL AND deleted_at IS NULL;
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
CREATE TRIGGER transactions_after_text_update AFTER UPDATE OF description, note, bank_text ON transactions BEGIN
    INSERT INTO transactions_fts(transactions_fts, rowid, description, note, bank_text)
        VALUES ('delete', old.seq, old.description, old.note, old.bank_text);
    INSERT INTO transactions_fts(rowid, description, note, bank_text) VALUES (new.seq, new.description, new.note, new.bank_text);
END;
CREATE INDEX split_categories_seq ON split_categories(seq);
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
CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'cleared', new.cleared, 'refund', new.refund, 'splits', new.splits, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
END;
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
CREATE TRIGGER transactions_stale_insert AFTER INSERT ON transactions
WHEN EXISTS (SELECT 1 FROM periodic_reports WHERE period_start BETWEEN date(new.date, '-37 days') AND date(new.date, '+7 days')) BEGIN
    INSERT INTO stale_days(first, last) VALUES (new.date, new.date);
END;
CREATE TRIGGER transactions_stale_update
AFTER UPDATE OF date, kind, category, amount, deleted_at, refund, splits ON transactions
WHEN EXISTS (SELECT 1 FROM periodic_reports
             WHERE period_start BETWEEN date(min(old.date, new.date), '-37 days') AND date(max(old.date, new.date), '+7 days')) BEGIN
    INSERT INTO stale_days(first, last) VALUES (min(old.date, new.date), max(old.date, new.date));
END;
CREATE TRIGGER transactions_stale_delete AFTER DELETE ON transactions
WHEN EXISTS (SELECT 1 FROM periodic_reports WHERE period_start BETWEEN date(old.date, '-37 days') AND date(old.date, '+7 days')) BEGIN
    INSERT INTO stale_days(first, last) VALUES (old.date, old.date);
END;
PRAGMA writable_schema=OFF;
COMMIT;
