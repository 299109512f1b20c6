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
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('currency_chosen','1');
INSERT INTO settings VALUES('device_id','d285b827-de52-4aba-834a-4ba69d282d31');
INSERT INTO settings VALUES('sync_clock','000001796575462741.000000');
CREATE TABLE categories(
    kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
    name TEXT NOT NULL,
    parent TEXT,
    color TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
INSERT INTO categories VALUES('expense','entertainment',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','food',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','health',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','household',NULL,NULL,1796575462322);
INSERT INTO categories VALUES('expense','other',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','rent',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','shopping',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','subscriptions',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','transport',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('expense','utilities',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('income','bonus',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('income','freelance',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('income','investment',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('income','other',NULL,NULL,1796575461736);
INSERT INTO categories VALUES('income','salary',NULL,NULL,1796575461736);
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
INSERT INTO transactions VALUES(1,'01a1a147-d1e8-757c-8291-b7c136aa6791','expense',1127,'subscriptions','Music streaming','2026-11-03',NULL,'[]','cash',1793707201000,1793707201000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(2,'01a1a147-d5d0-7ca5-b7fd-c7a8429e48dd','expense',2352,'food','寿司 Sushi Bar','2026-11-03',NULL,'[]','cash',1793707202000,1793707202000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(3,'01a1a66e-2de8-7c53-8eaa-1487bfc896b9','expense',604,'food','Coffee','2026-11-04',NULL,'[]','cash',1793793601000,1793793601000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(4,'01a1ab94-89e8-7726-8f01-be259486e941','expense',1510,'food','Lunch','2026-11-05',NULL,'[]','cash',1793880001000,1793880001000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(5,'01a1b0ba-e5e8-7bde-aac4-b2f18eeba85c','expense',10064,'utilities','Electricity bill','2026-11-06',NULL,'[]','cash',1793966401000,1793966401000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(6,'01a1b0ba-e9d0-75a1-bd7c-ab64d3f2e416','expense',1558,'transport','Train ticket','2026-11-06',NULL,'[]','cash',1793966402000,1793966402000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(7,'01a1b5e1-41e8-731c-81b0-3d0b7bd9b105','expense',382,'other','Post office','2026-11-07',NULL,'[]','cash',1794052801000,1794052801000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(8,'01a1bb07-9de8-733b-81cc-30f758da8489','expense',1622,'entertainment','Bar','2026-11-08',NULL,'[]','cash',1794139201000,1794139201000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(9,'01a1bb07-a1d0-75ba-b3ee-358e17d44c47','expense',309,'food','Coffee','2026-11-08',NULL,'[]','cash',1794139202000,1794139202000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(10,'01a1c02d-f9e8-7659-9e45-4bebdf320510','expense',1975,'subscriptions','Video streaming','2026-11-09',NULL,'[]','cash',1794225601000,1794225601000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(11,'01a1c02d-fdd0-703d-ae6c-a3d161f76a31','expense',418,'food','Coffee','2026-11-09',NULL,'[]','cash',1794225602000,1794225602000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(12,'01a1c554-55e8-7160-97d4-a759a8df9914','expense',1690,'entertainment','Bowling','2026-11-10',NULL,'[]','cash',1794312001000,1794312001000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(13,'01a1ca7a-b1e8-7d70-a79e-764c6fc5228c','expense',2311,'food','寿司 Sushi Bar','2026-11-11',NULL,'[]','cash',1794398401000,1794398401000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(14,'01a1cfa1-0de8-7ff3-9615-0a63d800bbd7','expense',5301,'utilities','Water bill','2026-11-12',NULL,'[]','cash',1794484801000,1794484801000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(15,'01a1cfa1-11d0-773b-8c6b-308a9f6f343e','expense',332,'food','Coffee','2026-11-12',NULL,'[]','cash',1794484802000,1794484802000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(16,'01a1d4c7-69e8-7528-b7e0-85bab443e205','expense',2572,'transport','Train ticket','2026-11-13',NULL,'[]','cash',1794571201000,1794571201000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(17,'01a1d9ed-c5e8-7e28-bfb3-7b5adf89835f','expense',3978,'shopping','Clothing','2026-11-14',NULL,'[]','cash',1794657601000,1794657601000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(18,'01a1d9ed-c9d0-7534-92f7-dba4f298365d','expense',2775,'shopping','Clothing','2026-11-14',NULL,'[]','cash',1794657602000,1794657602000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(19,'01a1df14-21e8-7749-b23f-1211831de1b6','expense',5708,'shopping','Clothing','2026-11-15',NULL,'[]','cash',1794744001000,1794744001000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(20,'01a1e43a-7de8-772d-90b2-4440e0dcefde','expense',1571,'transport','Parking','2026-11-16',NULL,'[]','cash',1794830401000,1794830401000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(21,'01a1e960-d9e8-7693-904e-fe264a7fcca6','expense',2000,'transport','Metro card top-up','2026-11-17',NULL,'[]','cash',1794916801000,1794916801000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(22,'01a1ee87-35e8-7c5d-a948-150ce598c15e','expense',6317,'utilities','Internet','2026-11-18',NULL,'[]','cash',1795003201000,1795003201000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(23,'01a1ee87-39d0-732c-98ee-d04747a591f1','expense',5445,'shopping','Electronics','2026-11-18',NULL,'[]','cash',1795003202000,1795003202000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(24,'01a1f3ad-91e8-7aff-9558-1247bfc5f95b','expense',224,'other','Post office','2026-11-19',NULL,'[]','cash',1795089601000,1795089601000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(25,'01a1f8d3-ede8-7a7f-9dc6-82509467bb65','expense',3344,'food','Grocery store','2026-11-20',NULL,'[]','cash',1795176001000,1795176001000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(26,'01a1fdfa-49e8-7288-a9cb-3268c4bb62b0','expense',368,'subscriptions','Cloud storage','2026-11-21',NULL,'[]','cash',1795262401000,1795262401000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(27,'01a1fdfa-4dd0-7d90-b632-c6e06cc8637d','expense',1550,'food','Pizza delivery','2026-11-21',NULL,'[]','cash',1795262402000,1795262402000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(28,'01a1fdfa-51b8-77d9-8bc5-2e4a7e5c3db7','expense',2039,'transport','Train ticket','2026-11-21',NULL,'[]','cash',1795262403000,1795262403000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(29,'01a20320-a5e8-788e-a1d6-9549052ccde6','expense',970,'food','Lunch','2026-11-22',NULL,'[]','cash',1795348801000,1795348801000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(30,'01a20847-01e8-78dd-b1b7-6d004c3001de','expense',319,'food','Bakery','2026-11-23',NULL,'[]','cash',1795435201000,1795435201000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(31,'01a20d6d-5de8-79f7-8b97-182e66cbf6ed','expense',1110,'food','Lunch','2026-11-24',NULL,'[]','cash',1795521601000,1795521601000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(32,'01a21293-b9e8-7858-9dc3-71703a7ebbfa','income',482228,'salary','Salary','2026-11-25',NULL,'[]','cash',1795608001000,1795608001000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(33,'01a21293-bdd0-7827-8178-58c158219611','expense',438,'food','Coffee','2026-11-25',NULL,'[]','cash',1795608002000,1795608002000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(34,'01a217ba-15e8-7793-b9d2-b949f7e7335b','expense',1270,'food','Farmers market','2026-11-26',NULL,'[]','cash',1795694401000,1795694401000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(35,'01a21ce0-71e8-7435-86b4-40336fa9f3b6','expense',662,'transport','Parking','2026-11-27',NULL,'[]','cash',1795780801000,1795780801000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(36,'01a21ce0-75d0-7c31-a8d3-2c0217f08ded','expense',328,'food','Bakery','2026-11-27',NULL,'[]','cash',1795780802000,1795780802000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(37,'01a22206-cde8-78de-bdc1-a5a269ebfcfb','expense',3094,'food','Pizza delivery','2026-11-28',NULL,'[]','cash',1795867201000,1795867201000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(38,'01a2272d-29e8-7fe9-a0c5-2d619bdaf794','expense',3080,'entertainment','Bowling','2026-11-29',NULL,'[]','cash',1795953601000,1795953601000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(39,'01a22c53-85e8-7927-874b-3617a708007b','expense',4220,'health','Pharmacy','2026-11-30',NULL,'[]','cash',1796040001000,1796040001000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(40,'01a22c53-89d0-7b59-b2cc-d545ee8d8e2a','expense',337,'food','Coffee','2026-11-30',NULL,'[]','cash',1796040002000,1796040002000,NULL,NULL,0,NULL,NULL,0,NULL);
INSERT INTO transactions VALUES(41,'01a24c3e-0435-794d-b2d4-2c9df8329c6d','expense',18000,'food','Costco','2026-11-24',NULL,'[]','cash',1796575462453,1796575462453,NULL,NULL,0,NULL,NULL,0,'[{"category":"food","amount":12000},{"category":"household","amount":6000,"note":"paper towels"}]');
INSERT INTO transactions VALUES(42,'01a24c3e-04c0-766a-b948-b5632e89941f','expense',2000,'food','Costco return','2026-11-26',NULL,'[]','cash',1796575462592,1796575462592,NULL,NULL,0,NULL,NULL,1,'[{"category":"food","amount":1500},{"category":"household","amount":500}]');
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
INSERT INTO daily_totals VALUES('2026-11-03','expense','food',2352,1,0);
INSERT INTO daily_totals VALUES('2026-11-03','expense','subscriptions',1127,1,0);
INSERT INTO daily_totals VALUES('2026-11-04','expense','food',604,1,0);
INSERT INTO daily_totals VALUES('2026-11-05','expense','food',1510,1,0);
INSERT INTO daily_totals VALUES('2026-11-06','expense','transport',1558,1,0);
INSERT INTO daily_totals VALUES('2026-11-06','expense','utilities',10064,1,0);
INSERT INTO daily_totals VALUES('2026-11-07','expense','other',382,1,0);
INSERT INTO daily_totals VALUES('2026-11-08','expense','entertainment',1622,1,0);
INSERT INTO daily_totals VALUES('2026-11-08','expense','food',309,1,0);
INSERT INTO daily_totals VALUES('2026-11-09','expense','food',418,1,0);
INSERT INTO daily_totals VALUES('2026-11-09','expense','subscriptions',1975,1,0);
INSERT INTO daily_totals VALUES('2026-11-10','expense','entertainment',1690,1,0);
INSERT INTO daily_totals VALUES('2026-11-11','expense','food',2311,1,0);
INSERT INTO daily_totals VALUES('2026-11-12','expense','food',332,1,0);
INSERT INTO daily_totals VALUES('2026-11-12','expense','utilities',5301,1,0);
INSERT INTO daily_totals VALUES('2026-11-13','expense','transport',2572,1,0);
INSERT INTO daily_totals VALUES('2026-11-14','expense','shopping',6753,2,0);
INSERT INTO daily_totals VALUES('2026-11-15','expense','shopping',5708,1,0);
INSERT INTO daily_totals VALUES('2026-11-16','expense','transport',1571,1,0);
INSERT INTO daily_totals VALUES('2026-11-17','expense','transport',2000,1,0);
INSERT INTO daily_totals VALUES('2026-11-18','expense','shopping',5445,1,0);
INSERT INTO daily_totals VALUES('2026-11-18','expense','utilities',6317,1,0);
INSERT INTO daily_totals VALUES('2026-11-19','expense','other',224,1,0);
INSERT INTO daily_totals VALUES('2026-11-20','expense','food',3344,1,0);
INSERT INTO daily_totals VALUES('2026-11-21','expense','food',1550,1,0);
INSERT INTO daily_totals VALUES('2026-11-21','expense','subscriptions',368,1,0);
INSERT INTO daily_totals VALUES('2026-11-21','expense','transport',2039,1,0);
INSERT INTO daily_totals VALUES('2026-11-22','expense','food',970,1,0);
INSERT INTO daily_totals VALUES('2026-11-23','expense','food',319,1,0);
INSERT INTO daily_totals VALUES('2026-11-24','expense','food',13110,2,0);
INSERT INTO daily_totals VALUES('2026-11-24','expense','household',6000,1,1);
INSERT INTO daily_totals VALUES('2026-11-25','expense','food',438,1,0);
INSERT INTO daily_totals VALUES('2026-11-25','income','salary',482228,1,0);
INSERT INTO daily_totals VALUES('2026-11-26','expense','food',-230,2,0);
INSERT INTO daily_totals VALUES('2026-11-26','expense','household',-500,1,1);
INSERT INTO daily_totals VALUES('2026-11-27','expense','food',328,1,0);
INSERT INTO daily_totals VALUES('2026-11-27','expense','transport',662,1,0);
INSERT INTO daily_totals VALUES('2026-11-28','expense','food',3094,1,0);
INSERT INTO daily_totals VALUES('2026-11-29','expense','entertainment',3080,1,0);
INSERT INTO daily_totals VALUES('2026-11-30','expense','food',337,1,0);
INSERT INTO daily_totals VALUES('2026-11-30','expense','health',4220,1,0);
CREATE TABLE monthly_totals(
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL, extra_parts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, kind, category)
) WITHOUT ROWID;
INSERT INTO monthly_totals VALUES('2026-11','expense','entertainment',6392,3,0);
INSERT INTO monthly_totals VALUES('2026-11','expense','food',31096,19,0);
INSERT INTO monthly_totals VALUES('2026-11','expense','health',4220,1,0);
INSERT INTO monthly_totals VALUES('2026-11','expense','household',5500,2,2);
INSERT INTO monthly_totals VALUES('2026-11','expense','other',606,2,0);
INSERT INTO monthly_totals VALUES('2026-11','expense','shopping',17906,4,0);
INSERT INTO monthly_totals VALUES('2026-11','expense','subscriptions',3470,3,0);
INSERT INTO monthly_totals VALUES('2026-11','expense','transport',10402,6,0);
INSERT INTO monthly_totals VALUES('2026-11','expense','utilities',21682,3,0);
INSERT INTO monthly_totals VALUES('2026-11','income','salary',482228,1,0);
CREATE TABLE undo_log(
    seq INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO undo_log VALUES(1,'category add','{"categoryAdded":{"kind":"expense","name":"household"}}',1796575462322);
INSERT INTO undo_log VALUES(2,'add','{"added":{"id":"01a24c3e-0435-794d-b2d4-2c9df8329c6d"}}',1796575462453);
INSERT INTO undo_log VALUES(3,'add','{"added":{"id":"01a24c3e-04c0-766a-b948-b5632e89941f"}}',1796575462592);
INSERT INTO undo_log VALUES(4,'budget set','{"budgetSaved":{"id":"01a24c3e-054b-7309-b033-56351a454141","before":null}}',1796575462731);
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
INSERT INTO budgets VALUES(1,'01a24c3e-054b-7309-b033-56351a454141','household',10000,'monthly',80,0,'2026-12-06',1796575462731,1796575462731,NULL);
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
INSERT INTO notifications VALUES(1,'01a205b3-d000-74a6-a185-b4f6dcf1dabd','weekly_summary','You spent 103.01 in the week of 2026-11-23; top category food (65.59); 56% less than the week before.','low','{"periodEnd":"2026-11-29","periodStart":"2026-11-23","previousSpent":"238.28","spent":"103.01","topCategory":"food","topCategorySpent":"65.59"}',0,1796575462313,NULL);
INSERT INTO notifications VALUES(2,'01a19467-e800-7a56-b373-8a4a45ebc3d7','monthly_report','In November 2026 you spent 852.74; top category utilities (216.82, 25%); income 4,822.28, saved 3,969.54 (82%).','low','{"income":"4822.28","periodEnd":"2026-11-30","periodStart":"2026-11-01","spent":"852.74"}',0,1796575462315,NULL);
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
INSERT INTO notification_deliveries VALUES('01a19467-e800-7a56-b373-8a4a45ebc3d7','in-app','delivered',0,NULL,NULL,1796575462315);
INSERT INTO notification_deliveries VALUES('01a19467-e800-7a56-b373-8a4a45ebc3d7','terminal','pending',0,NULL,1796575462315,NULL);
INSERT INTO notification_deliveries VALUES('01a205b3-d000-74a6-a185-b4f6dcf1dabd','in-app','delivered',0,NULL,NULL,1796575462313);
INSERT INTO notification_deliveries VALUES('01a205b3-d000-74a6-a185-b4f6dcf1dabd','terminal','pending',0,NULL,1796575462313,NULL);
CREATE TABLE periodic_reports(
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    notification_id TEXT NOT NULL,
    PRIMARY KEY (kind, period_start)
) WITHOUT ROWID;
INSERT INTO periodic_reports VALUES('monthly','2026-11-01','01a19467-e800-7a56-b373-8a4a45ebc3d7');
INSERT INTO periodic_reports VALUES('weekly','2026-11-23','01a205b3-d000-74a6-a185-b4f6dcf1dabd');
CREATE TABLE rollup_generation(value INTEGER NOT NULL);
INSERT INTO rollup_generation VALUES(13);
CREATE TABLE sync_changes(
    seq INTEGER PRIMARY KEY,        -- this replica's order: the server's sync cursor
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,           -- JSON object: column -> value
    hlc TEXT,                       -- NULL until stamped, in the same transaction
    origin TEXT,                    -- the device that made the change
    origin_seq INTEGER              -- its seq there
);
INSERT INTO sync_changes VALUES(1,'category','expense/entertainment','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',1);
INSERT INTO sync_changes VALUES(2,'category','expense/food','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',2);
INSERT INTO sync_changes VALUES(3,'category','expense/health','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',3);
INSERT INTO sync_changes VALUES(4,'category','expense/other','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',4);
INSERT INTO sync_changes VALUES(5,'category','expense/rent','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',5);
INSERT INTO sync_changes VALUES(6,'category','expense/shopping','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',6);
INSERT INTO sync_changes VALUES(7,'category','expense/subscriptions','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',7);
INSERT INTO sync_changes VALUES(8,'category','expense/transport','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',8);
INSERT INTO sync_changes VALUES(9,'category','expense/utilities','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',9);
INSERT INTO sync_changes VALUES(10,'category','income/bonus','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',10);
INSERT INTO sync_changes VALUES(11,'category','income/freelance','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',11);
INSERT INTO sync_changes VALUES(12,'category','income/investment','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',12);
INSERT INTO sync_changes VALUES(13,'category','income/other','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',13);
INSERT INTO sync_changes VALUES(14,'category','income/salary','{"parent":null,"color":null,"created_at":1796575461736,"deleted_at":null}','000001796575461750.000000','d285b827-de52-4aba-834a-4ba69d282d31',14);
INSERT INTO sync_changes VALUES(15,'account','cash','{"type":"cash","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796575461771,"updated_at":1796575461771,"deleted_at":null}','000001796575461774.000000','d285b827-de52-4aba-834a-4ba69d282d31',15);
INSERT INTO sync_changes VALUES(16,'transaction','01a1a147-d1e8-757c-8291-b7c136aa6791','{"kind":"expense","amount":1127,"category":"subscriptions","description":"Music streaming","date":"2026-11-03","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1793707201000,"updated_at":1793707201000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',16);
INSERT INTO sync_changes VALUES(17,'transaction','01a1a147-d5d0-7ca5-b7fd-c7a8429e48dd','{"kind":"expense","amount":2352,"category":"food","description":"寿司 Sushi Bar","date":"2026-11-03","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1793707202000,"updated_at":1793707202000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',17);
INSERT INTO sync_changes VALUES(18,'transaction','01a1a66e-2de8-7c53-8eaa-1487bfc896b9','{"kind":"expense","amount":604,"category":"food","description":"Coffee","date":"2026-11-04","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1793793601000,"updated_at":1793793601000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',18);
INSERT INTO sync_changes VALUES(19,'transaction','01a1ab94-89e8-7726-8f01-be259486e941','{"kind":"expense","amount":1510,"category":"food","description":"Lunch","date":"2026-11-05","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1793880001000,"updated_at":1793880001000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',19);
INSERT INTO sync_changes VALUES(20,'transaction','01a1b0ba-e5e8-7bde-aac4-b2f18eeba85c','{"kind":"expense","amount":10064,"category":"utilities","description":"Electricity bill","date":"2026-11-06","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1793966401000,"updated_at":1793966401000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',20);
INSERT INTO sync_changes VALUES(21,'transaction','01a1b0ba-e9d0-75a1-bd7c-ab64d3f2e416','{"kind":"expense","amount":1558,"category":"transport","description":"Train ticket","date":"2026-11-06","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1793966402000,"updated_at":1793966402000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',21);
INSERT INTO sync_changes VALUES(22,'transaction','01a1b5e1-41e8-731c-81b0-3d0b7bd9b105','{"kind":"expense","amount":382,"category":"other","description":"Post office","date":"2026-11-07","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794052801000,"updated_at":1794052801000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',22);
INSERT INTO sync_changes VALUES(23,'transaction','01a1bb07-9de8-733b-81cc-30f758da8489','{"kind":"expense","amount":1622,"category":"entertainment","description":"Bar","date":"2026-11-08","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794139201000,"updated_at":1794139201000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',23);
INSERT INTO sync_changes VALUES(24,'transaction','01a1bb07-a1d0-75ba-b3ee-358e17d44c47','{"kind":"expense","amount":309,"category":"food","description":"Coffee","date":"2026-11-08","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794139202000,"updated_at":1794139202000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',24);
INSERT INTO sync_changes VALUES(25,'transaction','01a1c02d-f9e8-7659-9e45-4bebdf320510','{"kind":"expense","amount":1975,"category":"subscriptions","description":"Video streaming","date":"2026-11-09","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794225601000,"updated_at":1794225601000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',25);
INSERT INTO sync_changes VALUES(26,'transaction','01a1c02d-fdd0-703d-ae6c-a3d161f76a31','{"kind":"expense","amount":418,"category":"food","description":"Coffee","date":"2026-11-09","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794225602000,"updated_at":1794225602000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',26);
INSERT INTO sync_changes VALUES(27,'transaction','01a1c554-55e8-7160-97d4-a759a8df9914','{"kind":"expense","amount":1690,"category":"entertainment","description":"Bowling","date":"2026-11-10","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794312001000,"updated_at":1794312001000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',27);
INSERT INTO sync_changes VALUES(28,'transaction','01a1ca7a-b1e8-7d70-a79e-764c6fc5228c','{"kind":"expense","amount":2311,"category":"food","description":"寿司 Sushi Bar","date":"2026-11-11","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794398401000,"updated_at":1794398401000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',28);
INSERT INTO sync_changes VALUES(29,'transaction','01a1cfa1-0de8-7ff3-9615-0a63d800bbd7','{"kind":"expense","amount":5301,"category":"utilities","description":"Water bill","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794484801000,"updated_at":1794484801000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',29);
INSERT INTO sync_changes VALUES(30,'transaction','01a1cfa1-11d0-773b-8c6b-308a9f6f343e','{"kind":"expense","amount":332,"category":"food","description":"Coffee","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794484802000,"updated_at":1794484802000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',30);
INSERT INTO sync_changes VALUES(31,'transaction','01a1d4c7-69e8-7528-b7e0-85bab443e205','{"kind":"expense","amount":2572,"category":"transport","description":"Train ticket","date":"2026-11-13","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794571201000,"updated_at":1794571201000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',31);
INSERT INTO sync_changes VALUES(32,'transaction','01a1d9ed-c5e8-7e28-bfb3-7b5adf89835f','{"kind":"expense","amount":3978,"category":"shopping","description":"Clothing","date":"2026-11-14","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794657601000,"updated_at":1794657601000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',32);
INSERT INTO sync_changes VALUES(33,'transaction','01a1d9ed-c9d0-7534-92f7-dba4f298365d','{"kind":"expense","amount":2775,"category":"shopping","description":"Clothing","date":"2026-11-14","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794657602000,"updated_at":1794657602000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',33);
INSERT INTO sync_changes VALUES(34,'transaction','01a1df14-21e8-7749-b23f-1211831de1b6','{"kind":"expense","amount":5708,"category":"shopping","description":"Clothing","date":"2026-11-15","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794744001000,"updated_at":1794744001000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',34);
INSERT INTO sync_changes VALUES(35,'transaction','01a1e43a-7de8-772d-90b2-4440e0dcefde','{"kind":"expense","amount":1571,"category":"transport","description":"Parking","date":"2026-11-16","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794830401000,"updated_at":1794830401000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',35);
INSERT INTO sync_changes VALUES(36,'transaction','01a1e960-d9e8-7693-904e-fe264a7fcca6','{"kind":"expense","amount":2000,"category":"transport","description":"Metro card top-up","date":"2026-11-17","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1794916801000,"updated_at":1794916801000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',36);
INSERT INTO sync_changes VALUES(37,'transaction','01a1ee87-35e8-7c5d-a948-150ce598c15e','{"kind":"expense","amount":6317,"category":"utilities","description":"Internet","date":"2026-11-18","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795003201000,"updated_at":1795003201000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',37);
INSERT INTO sync_changes VALUES(38,'transaction','01a1ee87-39d0-732c-98ee-d04747a591f1','{"kind":"expense","amount":5445,"category":"shopping","description":"Electronics","date":"2026-11-18","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795003202000,"updated_at":1795003202000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',38);
INSERT INTO sync_changes VALUES(39,'transaction','01a1f3ad-91e8-7aff-9558-1247bfc5f95b','{"kind":"expense","amount":224,"category":"other","description":"Post office","date":"2026-11-19","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795089601000,"updated_at":1795089601000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',39);
INSERT INTO sync_changes VALUES(40,'transaction','01a1f8d3-ede8-7a7f-9dc6-82509467bb65','{"kind":"expense","amount":3344,"category":"food","description":"Grocery store","date":"2026-11-20","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795176001000,"updated_at":1795176001000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',40);
INSERT INTO sync_changes VALUES(41,'transaction','01a1fdfa-49e8-7288-a9cb-3268c4bb62b0','{"kind":"expense","amount":368,"category":"subscriptions","description":"Cloud storage","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795262401000,"updated_at":1795262401000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',41);
INSERT INTO sync_changes VALUES(42,'transaction','01a1fdfa-4dd0-7d90-b632-c6e06cc8637d','{"kind":"expense","amount":1550,"category":"food","description":"Pizza delivery","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795262402000,"updated_at":1795262402000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',42);
INSERT INTO sync_changes VALUES(43,'transaction','01a1fdfa-51b8-77d9-8bc5-2e4a7e5c3db7','{"kind":"expense","amount":2039,"category":"transport","description":"Train ticket","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795262403000,"updated_at":1795262403000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',43);
INSERT INTO sync_changes VALUES(44,'transaction','01a20320-a5e8-788e-a1d6-9549052ccde6','{"kind":"expense","amount":970,"category":"food","description":"Lunch","date":"2026-11-22","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795348801000,"updated_at":1795348801000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',44);
INSERT INTO sync_changes VALUES(45,'transaction','01a20847-01e8-78dd-b1b7-6d004c3001de','{"kind":"expense","amount":319,"category":"food","description":"Bakery","date":"2026-11-23","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795435201000,"updated_at":1795435201000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',45);
INSERT INTO sync_changes VALUES(46,'transaction','01a20d6d-5de8-79f7-8b97-182e66cbf6ed','{"kind":"expense","amount":1110,"category":"food","description":"Lunch","date":"2026-11-24","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795521601000,"updated_at":1795521601000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',46);
INSERT INTO sync_changes VALUES(47,'transaction','01a21293-b9e8-7858-9dc3-71703a7ebbfa','{"kind":"income","amount":482228,"category":"salary","description":"Salary","date":"2026-11-25","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795608001000,"updated_at":1795608001000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',47);
INSERT INTO sync_changes VALUES(48,'transaction','01a21293-bdd0-7827-8178-58c158219611','{"kind":"expense","amount":438,"category":"food","description":"Coffee","date":"2026-11-25","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795608002000,"updated_at":1795608002000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',48);
INSERT INTO sync_changes VALUES(49,'transaction','01a217ba-15e8-7793-b9d2-b949f7e7335b','{"kind":"expense","amount":1270,"category":"food","description":"Farmers market","date":"2026-11-26","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795694401000,"updated_at":1795694401000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',49);
INSERT INTO sync_changes VALUES(50,'transaction','01a21ce0-71e8-7435-86b4-40336fa9f3b6','{"kind":"expense","amount":662,"category":"transport","description":"Parking","date":"2026-11-27","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795780801000,"updated_at":1795780801000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',50);
INSERT INTO sync_changes VALUES(51,'transaction','01a21ce0-75d0-7c31-a8d3-2c0217f08ded','{"kind":"expense","amount":328,"category":"food","description":"Bakery","date":"2026-11-27","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795780802000,"updated_at":1795780802000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',51);
INSERT INTO sync_changes VALUES(52,'transaction','01a22206-cde8-78de-bdc1-a5a269ebfcfb','{"kind":"expense","amount":3094,"category":"food","description":"Pizza delivery","date":"2026-11-28","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795867201000,"updated_at":1795867201000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',52);
INSERT INTO sync_changes VALUES(53,'transaction','01a2272d-29e8-7fe9-a0c5-2d619bdaf794','{"kind":"expense","amount":3080,"category":"entertainment","description":"Bowling","date":"2026-11-29","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1795953601000,"updated_at":1795953601000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',53);
INSERT INTO sync_changes VALUES(54,'transaction','01a22c53-85e8-7927-874b-3617a708007b','{"kind":"expense","amount":4220,"category":"health","description":"Pharmacy","date":"2026-11-30","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1796040001000,"updated_at":1796040001000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',54);
INSERT INTO sync_changes VALUES(55,'transaction','01a22c53-89d0-7b59-b2cc-d545ee8d8e2a','{"kind":"expense","amount":337,"category":"food","description":"Coffee","date":"2026-11-30","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":null,"created_at":1796040002000,"updated_at":1796040002000,"deleted_at":null}','000001796575462066.000000','d285b827-de52-4aba-834a-4ba69d282d31',55);
INSERT INTO sync_changes VALUES(56,'notification','01a205b3-d000-74a6-a185-b4f6dcf1dabd','{"type":"weekly_summary","message":"You spent 103.01 in the week of 2026-11-23; top category food (65.59); 56% less than the week before.","priority":"low","metadata":"{\"periodEnd\":\"2026-11-29\",\"periodStart\":\"2026-11-23\",\"previousSpent\":\"238.28\",\"spent\":\"103.01\",\"topCategory\":\"food\",\"topCategorySpent\":\"65.59\"}","is_read":0,"created_at":1796575462313,"read_at":null,"deleted_at":null}','000001796575462316.000000','d285b827-de52-4aba-834a-4ba69d282d31',56);
INSERT INTO sync_changes VALUES(57,'notification','01a19467-e800-7a56-b373-8a4a45ebc3d7','{"type":"monthly_report","message":"In November 2026 you spent 852.74; top category utilities (216.82, 25%); income 4,822.28, saved 3,969.54 (82%).","priority":"low","metadata":"{\"income\":\"4822.28\",\"periodEnd\":\"2026-11-30\",\"periodStart\":\"2026-11-01\",\"spent\":\"852.74\"}","is_read":0,"created_at":1796575462315,"read_at":null,"deleted_at":null}','000001796575462316.000000','d285b827-de52-4aba-834a-4ba69d282d31',57);
INSERT INTO sync_changes VALUES(58,'category','expense/household','{"parent":null,"color":null,"created_at":1796575462322,"deleted_at":null}','000001796575462322.000000','d285b827-de52-4aba-834a-4ba69d282d31',58);
INSERT INTO sync_changes VALUES(59,'transaction','01a24c3e-0435-794d-b2d4-2c9df8329c6d','{"kind":"expense","amount":18000,"category":"food","description":"Costco","date":"2026-11-24","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"splits":"[{\"category\":\"food\",\"amount\":12000},{\"category\":\"household\",\"amount\":6000,\"note\":\"paper towels\"}]","created_at":1796575462453,"updated_at":1796575462453,"deleted_at":null}','000001796575462462.000000','d285b827-de52-4aba-834a-4ba69d282d31',59);
INSERT INTO sync_changes VALUES(60,'transaction','01a24c3e-04c0-766a-b948-b5632e89941f','{"kind":"expense","amount":2000,"category":"food","description":"Costco return","date":"2026-11-26","note":null,"tags":"[]","account":"cash","cleared":0,"refund":1,"splits":"[{\"category\":\"food\",\"amount\":1500},{\"category\":\"household\",\"amount\":500}]","created_at":1796575462592,"updated_at":1796575462592,"deleted_at":null}','000001796575462600.000000','d285b827-de52-4aba-834a-4ba69d282d31',60);
INSERT INTO sync_changes VALUES(61,'budget','01a24c3e-054b-7309-b033-56351a454141','{"category":"household","amount":10000,"period":"monthly","threshold":80,"rollover":0,"start_date":"2026-12-06","created_at":1796575462731,"updated_at":1796575462731,"deleted_at":null}','000001796575462741.000000','d285b827-de52-4aba-834a-4ba69d282d31',61);
CREATE TABLE basic_gateway_links(
    local_id TEXT PRIMARY KEY,
    remote_id TEXT NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE TABLE ledger_total(total INTEGER NOT NULL);
INSERT INTO ledger_total VALUES(587502);
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
INSERT INTO accounts VALUES('c9e13ba9-8a50-4741-81c7-d877bfd8dfbb','cash','cash','USD',0,NULL,0,NULL,1796575461771,1796575461771);
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
CREATE TABLE account_daily(
    account TEXT NOT NULL COLLATE NOCASE,
    date TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, date)
) WITHOUT ROWID;
INSERT INTO account_daily VALUES('cash','2026-11-03',-3479,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-04',-604,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-05',-1510,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-06',-11622,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-07',-382,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-08',-1931,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-09',-2393,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-10',-1690,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-11',-2311,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-12',-5633,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-13',-2572,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-14',-6753,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-15',-5708,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-16',-1571,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-17',-2000,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-18',-11762,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-19',-224,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-20',-3344,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-21',-3957,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-22',-970,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-23',-319,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-24',-19110,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-25',481790,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-26',730,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-27',-990,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-28',-3094,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-29',-3080,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-30',-4557,0,2);
CREATE TABLE account_monthly(
    account TEXT NOT NULL COLLATE NOCASE,
    month TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, month)
) WITHOUT ROWID;
INSERT INTO account_monthly VALUES('cash','2026-11',380954,0,42);
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
INSERT INTO transactions_fts_data VALUES(1,X'2a400000');
INSERT INTO transactions_fts_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO transactions_fts_data VALUES(137438953473,X'000001b5073062616b6572791e02020602020301720202020602020502020203696c6c05020209020202066f776c696e670c02021a020201046361726415020202076c6f7468696e67110202010202010202040275641a020202056f66666565030202060202020202040202120202070202010864656c69766572791b02020a0202010b656c65637472696369747905020207056f6e69637317020201076661726d657273220202010767726f636572791902020108696e7465726e657416020201056c756e636804020219020202020201066d61726b657422020202046574726f15020202047573696301020201066f666669636507020211020201077061726b696e671402020f020202076861726d6163792702020204697a7a611b02020a020202036f7374070202110202010673616c6172792002020206746f726167651a020205016519020203077265616d696e670102020902020204757368690202020b020201067469636b65740602020a02020c020202026f7015020202047261696e0602020a02020c0202010275701502020105766964656f0a0202010577617465720e02020106e5afbfe58fb80202020b0202040e0c0b0e0912071910100a0c0c0d100b09090e0f0c0c0b0b0b060f0c11070f070a0a');
INSERT INTO transactions_fts_data VALUES(274877906945,X'0000000f0730636f7374636f29020204');
INSERT INTO transactions_fts_data VALUES(412316860417,X'0000001a0730636f7374636f2a0202010672657475726e2a0202040b');
CREATE TABLE IF NOT EXISTS 'transactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO transactions_fts_idx VALUES(1,X'',2);
INSERT INTO transactions_fts_idx VALUES(2,X'',2);
INSERT INTO transactions_fts_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'transactions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO transactions_fts_config VALUES('version',4);
CREATE TABLE split_categories(
    category TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (category, seq)
) WITHOUT ROWID;
INSERT INTO split_categories VALUES('food',41);
INSERT INTO split_categories VALUES('household',41);
INSERT INTO split_categories VALUES('food',42);
INSERT INTO split_categories VALUES('household',42);
CREATE INDEX transactions_by_date ON transactions(date, id) WHERE deleted_at IS NULL;
CREATE INDEX transactions_by_category ON transactions(category, date, id) WHERE deleted_at IS NULL;
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
CREATE INDEX split_categories_seq ON split_categories(seq);
CREATE TRIGGER transactions_after_tags_update AFTER UPDATE OF tags ON transactions BEGIN
    DELETE FROM transaction_tags WHERE seq = old.seq;
    INSERT INTO transaction_tags(tag, seq) SELECT value, new.seq FROM json_each(new.tags);
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
PRAGMA writable_schema=OFF;
COMMIT;
