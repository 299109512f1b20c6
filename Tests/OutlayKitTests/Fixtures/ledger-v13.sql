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
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('currency_chosen','1');
INSERT INTO settings VALUES('device_id','6afef001-9c96-478f-b4db-e8e66a7ea7d9');
INSERT INTO settings VALUES('sync_clock','000001796573210617.000000');
CREATE TABLE categories(
    kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
    name TEXT NOT NULL,
    parent TEXT,
    color TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
INSERT INTO categories VALUES('expense','entertainment',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','food',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','health',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','other',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','rent',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','shopping',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','subscriptions',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','transport',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('expense','utilities',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('income','bonus',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('income','freelance',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('income','investment',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('income','other',NULL,NULL,1796573209863);
INSERT INTO categories VALUES('income','salary',NULL,NULL,1796573209863);
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
, import_key INTEGER, cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1, 2)), bank_date TEXT CHECK (bank_date IS NULL OR length(bank_date) = 10), bank_text TEXT, refund INTEGER NOT NULL DEFAULT 0 CHECK (refund IN (0, 1)));
INSERT INTO transactions VALUES(1,'01a1c02d-f9e8-76c7-9e7e-b00e4c9c9e35','expense',1138,'subscriptions','Video streaming','2026-11-09',NULL,'[]','cash',1794225601000,1794225601000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(2,'01a1c02d-fdd0-79e9-93a1-6201310d9aba','expense',1281,'transport','Parking','2026-11-09',NULL,'[]','cash',1794225602000,1794225602000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(3,'01a1c554-55e8-74d2-8eb6-7bb2bf528e01','expense',2100,'transport','Metro card top-up','2026-11-10',NULL,'[]','cash',1794312001000,1794312001000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(4,'01a1c554-59d0-7fc9-a1cc-42d4094b9c40','expense',3643,'food','Grocery store','2026-11-10',NULL,'[]','cash',1794312002000,1794312002000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(5,'01a1ca7a-b1e8-72e8-abaa-b8919ec9278a','expense',1057,'food','Lunch','2026-11-11',NULL,'[]','cash',1794398401000,1794398401000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(6,'01a1cfa1-0de8-74e6-92d2-510fbb0ec12b','expense',5664,'utilities','Water bill','2026-11-12',NULL,'[]','cash',1794484801000,1794484801000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(7,'01a1cfa1-11d0-76da-9fcd-10ef51504e8a','expense',6000,'entertainment','Concert tickets','2026-11-12',NULL,'[]','cash',1794484802000,1794484802000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(8,'01a1cfa1-15b8-7fb6-9d39-af06bf6896ce','expense',946,'shopping','Bookshop','2026-11-12',NULL,'[]','cash',1794484803000,1794484803000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(9,'01a1d4c7-69e8-7b88-8747-d9fb9bc44a54','expense',461,'food','Café Crème','2026-11-13',NULL,'[]','cash',1794571201000,1794571201000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(10,'01a1d4c7-6dd0-752f-a3c6-91b8756b70f6','expense',424,'food','Bakery','2026-11-13',NULL,'[]','cash',1794571202000,1794571202000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(11,'01a1d9ed-c5e8-7092-b213-79fc7e3914c3','expense',3289,'food','Farmers market','2026-11-14',NULL,'[]','cash',1794657601000,1794657601000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(12,'01a1d9ed-c9d0-76df-a1db-3a26ceffef74','expense',1929,'transport','Parking','2026-11-14',NULL,'[]','cash',1794657602000,1794657602000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(13,'01a1df14-21e8-7ba0-a961-07cc0a7dfd66','expense',1761,'food','Lunch','2026-11-15',NULL,'[]','cash',1794744001000,1794744001000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(14,'01a1df14-25d0-7948-9d81-788a5c2ef67f','expense',3697,'transport','Taxi','2026-11-15',NULL,'[]','cash',1794744002000,1794744002000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(15,'01a1df14-29b8-7013-a92c-6f2f4924951e','expense',650,'food','Café Crème','2026-11-15',NULL,'[]','cash',1794744003000,1794744003000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(16,'01a1e43a-7de8-7490-bb32-0213529c7516','expense',2400,'transport','Metro card top-up','2026-11-16',NULL,'[]','cash',1794830401000,1794830401000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(17,'01a1e960-d9e8-72ff-84ac-cd72a0a342db','expense',1790,'entertainment','Bar','2026-11-17',NULL,'[]','cash',1794916801000,1794916801000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(18,'01a1e960-ddd0-7700-9593-d9d22e4b2edb','expense',2958,'transport','Taxi','2026-11-17',NULL,'[]','cash',1794916802000,1794916802000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(19,'01a1ee87-35e8-7fe7-aeea-51ee81bfc2fa','expense',6757,'utilities','Internet','2026-11-18',NULL,'[]','cash',1795003201000,1795003201000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(20,'01a1ee87-39d0-7dbb-855e-4036a0b75c52','expense',2474,'shopping','Electronics','2026-11-18',NULL,'[]','cash',1795003202000,1795003202000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(21,'01a1f3ad-91e8-71a9-bbbf-e25b01a47d6f','expense',1477,'other','Post office','2026-11-19',NULL,'[]','cash',1795089601000,1795089601000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(22,'01a1f3ad-95d0-7c76-a7f3-e72deb28273b','expense',1346,'health','Pharmacy','2026-11-19',NULL,'[]','cash',1795089602000,1795089602000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(23,'01a1f8d3-ede8-793c-a0f4-d5e813f436b0','expense',1970,'food','Grocery store','2026-11-20',NULL,'[]','cash',1795176001000,1795176001000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(24,'01a1f8d3-f1d0-7190-99dd-34c5bd4a2eed','expense',7229,'transport','Train ticket','2026-11-20',NULL,'[]','cash',1795176002000,1795176002000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(25,'01a1fdfa-49e8-70c0-8679-de4adc91b1f7','expense',511,'subscriptions','Cloud storage','2026-11-21',NULL,'[]','cash',1795262401000,1795262401000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(26,'01a1fdfa-4dd0-7bd4-b4f5-2a76510ccf33','expense',719,'transport','Parking','2026-11-21',NULL,'[]','cash',1795262402000,1795262402000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(27,'01a1fdfa-51b8-7ddc-99fc-4e4862e7b91b','expense',1501,'entertainment','Cinema','2026-11-21',NULL,'[]','cash',1795262403000,1795262403000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(28,'01a20320-a5e8-7fe3-8814-156af28f1fae','expense',468,'food','Café Crème','2026-11-22',NULL,'[]','cash',1795348801000,1795348801000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(29,'01a20320-a9d0-7297-9717-56f1ead9ddef','expense',2695,'food','寿司 Sushi Bar','2026-11-22',NULL,'[]','cash',1795348802000,1795348802000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(30,'01a20320-adb8-7857-aabe-bcbf4c7d884e','expense',1191,'food','Lunch','2026-11-22',NULL,'[]','cash',1795348803000,1795348803000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(31,'01a20847-01e8-7758-b63a-0db0f4f42e85','expense',401,'transport','Parking','2026-11-23',NULL,'[]','cash',1795435201000,1795435201000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(32,'01a20d6d-5de8-7e4b-92d7-190077023c0f','expense',3336,'transport','Fuel','2026-11-24',NULL,'[]','cash',1795521601000,1795521601000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(33,'01a20d6d-61d0-7b82-91e3-8ca1f82f5097','expense',504,'food','Café Crème','2026-11-24',NULL,'[]','cash',1795521602000,1795521602000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(34,'01a21293-b9e8-7092-887d-8e454da0358a','income',824487,'salary','Salary','2026-11-25',NULL,'[]','cash',1795608001000,1795608001000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(35,'01a21293-bdd0-7482-9343-e441d0a2fa2b','expense',1069,'shopping','Hardware store','2026-11-25',NULL,'["family"]','cash',1795608002000,1795608002000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(36,'01a217ba-15e8-769d-8065-f507b95fe4d4','expense',1782,'entertainment','Bar','2026-11-26',NULL,'[]','cash',1795694401000,1795694401000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(37,'01a217ba-19d0-7bfd-a267-04211a727b4c','expense',6745,'health','Optician','2026-11-26',NULL,'[]','cash',1795694402000,1795694402000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(38,'01a21ce0-71e8-75ce-b0ad-0ffa99362abb','expense',1516,'shopping','Hardware store','2026-11-27',NULL,'[]','cash',1795780801000,1795780801000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(39,'01a21ce0-75d0-70ab-ba61-a83f1e75bf21','expense',947,'food','Farmers market','2026-11-27',NULL,'[]','cash',1795780802000,1795780802000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(40,'01a22206-cde8-7ec0-be13-a84c4a25b16d','expense',1969,'food','寿司 Sushi Bar','2026-11-28',NULL,'[]','cash',1795867201000,1795867201000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(41,'01a22206-d1d0-7032-b577-f72d3e586f5d','expense',800,'entertainment','Museum','2026-11-28',NULL,'[]','cash',1795867202000,1795867202000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(42,'01a2272d-29e8-7c13-9499-52b0aa5397d5','expense',4151,'shopping','Clothing','2026-11-29',NULL,'[]','cash',1795953601000,1795953601000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(43,'01a2272d-2dd0-7ab9-9b51-125fdb577cc0','expense',1283,'shopping','Online order','2026-11-29',NULL,'[]','cash',1795953602000,1795953602000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(44,'01a2272d-31b8-7b4c-bd61-5801a944d1e2','expense',1437,'entertainment','Cinema','2026-11-29',NULL,'[]','cash',1795953603000,1795953603000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(45,'01a22c53-85e8-7b67-bf00-f57bb172136c','expense',337,'transport','Parking','2026-11-30',NULL,'[]','cash',1796040001000,1796040001000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(46,'01a23179-e1e8-7d42-849c-0587fa59b25d','expense',125411,'rent','Rent','2026-12-01',NULL,'[]','cash',1796126401000,1796126401000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(47,'01a23179-e5d0-7742-82d6-bb913c999c54','expense',2192,'food','Pizza delivery','2026-12-01',NULL,'[]','cash',1796126402000,1796126402000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(48,'01a23179-e9b8-7356-9f85-6398c429634e','expense',981,'food','Lunch','2026-12-01',NULL,'[]','cash',1796126403000,1796126403000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(49,'01a236a0-3de8-7c49-a6a9-295556698e1d','expense',5306,'transport','Train ticket','2026-12-02',NULL,'["kids"]','cash',1796212801000,1796212801000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(50,'01a23bc6-99e8-74d7-bff7-287d3305eb1b','expense',1515,'subscriptions','Music streaming','2026-12-03',NULL,'[]','cash',1796299201000,1796299201000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(51,'01a23bc6-9dd0-78aa-9d2e-d5e26d81c715','expense',460,'transport','Parking','2026-12-03',NULL,'[]','cash',1796299202000,1796299202000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(52,'01a23bc6-a1b8-77a5-ba6c-679786d3b32e','expense',285,'food','Coffee','2026-12-03',NULL,'[]','cash',1796299203000,1796299203000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(53,'01a240ec-f5e8-7b37-819e-3ca64db61164','expense',337,'transport','Parking','2026-12-04',NULL,'[]','cash',1796385601000,1796385601000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(54,'01a240ec-f9d0-7a47-b48f-1b2cdfa412dd','expense',2822,'food','Pizza delivery','2026-12-04',NULL,'[]','cash',1796385602000,1796385602000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(55,'01a24613-51e8-7098-8bd8-fa0f1c0585c5','expense',3800,'entertainment','Concert tickets','2026-12-05',NULL,'[]','cash',1796472001000,1796472001000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(56,'01a24613-55d0-7904-8c22-139127663fce','expense',17303,'shopping','Electronics','2026-12-05',NULL,'[]','cash',1796472002000,1796472002000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(57,'01a24b39-ade8-7366-8854-23de1c9145c5','expense',14618,'utilities','Electricity bill','2026-12-06',NULL,'[]','cash',1796558401000,1796558401000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(58,'01a24b39-b1d0-7fda-8e4c-917ee4912c1b','expense',4677,'food','寿司 Sushi Bar','2026-12-06',NULL,'[]','cash',1796558402000,1796558402000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(59,'01a24b39-b5b8-79d3-a0b8-6172b46fc61e','expense',2981,'food','寿司 Sushi Bar','2026-12-06',NULL,'[]','cash',1796558403000,1796558403000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(60,'01a24b39-b9a0-7087-9b40-0b3f605918f0','expense',4936,'shopping','Hardware store','2026-12-06',NULL,'[]','cash',1796558404000,1796558404000,NULL,NULL,0,NULL,NULL,0);
INSERT INTO transactions VALUES(61,'01a24c1b-a631-76a7-ac81-880d58e20b4e','expense',4210,'food','Cafe Luna','2025-11-03',NULL,'[]','checking',1796573210161,1796573210521,NULL,3608144067671583002,1,'2025-11-04','CAFE LUNA #123 SAN FRANCISCO CA',0);
INSERT INTO transactions VALUES(62,'01a24c1b-a677-72a2-ab75-faabac1873f9','expense',1200,'shopping','Amazon return','2025-11-04',NULL,'[]','checking',1796573210231,1796573210231,NULL,NULL,0,NULL,NULL,1);
INSERT INTO transactions VALUES(63,'01a24c1b-a6be-7c0f-8067-63c0ef545284','income',250000,'other','ACME payroll','2025-11-01',NULL,'[]','checking',1796573210302,1796573210521,NULL,3608129639115818764,1,'2025-11-01','ACME CORP        PAYROLL                    PPD ID: 1234567890',0);
INSERT INTO transactions VALUES(64,'01a24c1b-a78c-7000-8000-06cbb3074ea3','expense',8412,'other','PG and E','2025-11-05',NULL,'[]','checking',1796573210508,1796573210615,NULL,3608145198490129749,1,NULL,'PG&E            WEB ONLINE                 PPD ID: 9432610001',0);
CREATE TABLE transaction_tags(
    tag TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
INSERT INTO transaction_tags VALUES('family',35);
INSERT INTO transaction_tags VALUES('kids',49);
CREATE TABLE daily_totals(
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (date, kind, category)
) WITHOUT ROWID;
INSERT INTO daily_totals VALUES('2025-11-01','income','other',250000,1);
INSERT INTO daily_totals VALUES('2025-11-03','expense','food',4210,1);
INSERT INTO daily_totals VALUES('2025-11-04','expense','shopping',-1200,1);
INSERT INTO daily_totals VALUES('2025-11-05','expense','other',8412,1);
INSERT INTO daily_totals VALUES('2026-11-09','expense','subscriptions',1138,1);
INSERT INTO daily_totals VALUES('2026-11-09','expense','transport',1281,1);
INSERT INTO daily_totals VALUES('2026-11-10','expense','food',3643,1);
INSERT INTO daily_totals VALUES('2026-11-10','expense','transport',2100,1);
INSERT INTO daily_totals VALUES('2026-11-11','expense','food',1057,1);
INSERT INTO daily_totals VALUES('2026-11-12','expense','entertainment',6000,1);
INSERT INTO daily_totals VALUES('2026-11-12','expense','shopping',946,1);
INSERT INTO daily_totals VALUES('2026-11-12','expense','utilities',5664,1);
INSERT INTO daily_totals VALUES('2026-11-13','expense','food',885,2);
INSERT INTO daily_totals VALUES('2026-11-14','expense','food',3289,1);
INSERT INTO daily_totals VALUES('2026-11-14','expense','transport',1929,1);
INSERT INTO daily_totals VALUES('2026-11-15','expense','food',2411,2);
INSERT INTO daily_totals VALUES('2026-11-15','expense','transport',3697,1);
INSERT INTO daily_totals VALUES('2026-11-16','expense','transport',2400,1);
INSERT INTO daily_totals VALUES('2026-11-17','expense','entertainment',1790,1);
INSERT INTO daily_totals VALUES('2026-11-17','expense','transport',2958,1);
INSERT INTO daily_totals VALUES('2026-11-18','expense','shopping',2474,1);
INSERT INTO daily_totals VALUES('2026-11-18','expense','utilities',6757,1);
INSERT INTO daily_totals VALUES('2026-11-19','expense','health',1346,1);
INSERT INTO daily_totals VALUES('2026-11-19','expense','other',1477,1);
INSERT INTO daily_totals VALUES('2026-11-20','expense','food',1970,1);
INSERT INTO daily_totals VALUES('2026-11-20','expense','transport',7229,1);
INSERT INTO daily_totals VALUES('2026-11-21','expense','entertainment',1501,1);
INSERT INTO daily_totals VALUES('2026-11-21','expense','subscriptions',511,1);
INSERT INTO daily_totals VALUES('2026-11-21','expense','transport',719,1);
INSERT INTO daily_totals VALUES('2026-11-22','expense','food',4354,3);
INSERT INTO daily_totals VALUES('2026-11-23','expense','transport',401,1);
INSERT INTO daily_totals VALUES('2026-11-24','expense','food',504,1);
INSERT INTO daily_totals VALUES('2026-11-24','expense','transport',3336,1);
INSERT INTO daily_totals VALUES('2026-11-25','expense','shopping',1069,1);
INSERT INTO daily_totals VALUES('2026-11-25','income','salary',824487,1);
INSERT INTO daily_totals VALUES('2026-11-26','expense','entertainment',1782,1);
INSERT INTO daily_totals VALUES('2026-11-26','expense','health',6745,1);
INSERT INTO daily_totals VALUES('2026-11-27','expense','food',947,1);
INSERT INTO daily_totals VALUES('2026-11-27','expense','shopping',1516,1);
INSERT INTO daily_totals VALUES('2026-11-28','expense','entertainment',800,1);
INSERT INTO daily_totals VALUES('2026-11-28','expense','food',1969,1);
INSERT INTO daily_totals VALUES('2026-11-29','expense','entertainment',1437,1);
INSERT INTO daily_totals VALUES('2026-11-29','expense','shopping',5434,2);
INSERT INTO daily_totals VALUES('2026-11-30','expense','transport',337,1);
INSERT INTO daily_totals VALUES('2026-12-01','expense','food',3173,2);
INSERT INTO daily_totals VALUES('2026-12-01','expense','rent',125411,1);
INSERT INTO daily_totals VALUES('2026-12-02','expense','transport',5306,1);
INSERT INTO daily_totals VALUES('2026-12-03','expense','food',285,1);
INSERT INTO daily_totals VALUES('2026-12-03','expense','subscriptions',1515,1);
INSERT INTO daily_totals VALUES('2026-12-03','expense','transport',460,1);
INSERT INTO daily_totals VALUES('2026-12-04','expense','food',2822,1);
INSERT INTO daily_totals VALUES('2026-12-04','expense','transport',337,1);
INSERT INTO daily_totals VALUES('2026-12-05','expense','entertainment',3800,1);
INSERT INTO daily_totals VALUES('2026-12-05','expense','shopping',17303,1);
INSERT INTO daily_totals VALUES('2026-12-06','expense','food',7658,2);
INSERT INTO daily_totals VALUES('2026-12-06','expense','shopping',4936,1);
INSERT INTO daily_totals VALUES('2026-12-06','expense','utilities',14618,1);
CREATE TABLE monthly_totals(
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (month, kind, category)
) WITHOUT ROWID;
INSERT INTO monthly_totals VALUES('2025-11','expense','food',4210,1);
INSERT INTO monthly_totals VALUES('2025-11','expense','other',8412,1);
INSERT INTO monthly_totals VALUES('2025-11','expense','shopping',-1200,1);
INSERT INTO monthly_totals VALUES('2025-11','income','other',250000,1);
INSERT INTO monthly_totals VALUES('2026-11','expense','entertainment',13310,6);
INSERT INTO monthly_totals VALUES('2026-11','expense','food',21029,14);
INSERT INTO monthly_totals VALUES('2026-11','expense','health',8091,2);
INSERT INTO monthly_totals VALUES('2026-11','expense','other',1477,1);
INSERT INTO monthly_totals VALUES('2026-11','expense','shopping',11439,6);
INSERT INTO monthly_totals VALUES('2026-11','expense','subscriptions',1649,2);
INSERT INTO monthly_totals VALUES('2026-11','expense','transport',26387,11);
INSERT INTO monthly_totals VALUES('2026-11','expense','utilities',12421,2);
INSERT INTO monthly_totals VALUES('2026-11','income','salary',824487,1);
INSERT INTO monthly_totals VALUES('2026-12','expense','entertainment',3800,1);
INSERT INTO monthly_totals VALUES('2026-12','expense','food',13938,6);
INSERT INTO monthly_totals VALUES('2026-12','expense','rent',125411,1);
INSERT INTO monthly_totals VALUES('2026-12','expense','shopping',22239,2);
INSERT INTO monthly_totals VALUES('2026-12','expense','subscriptions',1515,1);
INSERT INTO monthly_totals VALUES('2026-12','expense','transport',6103,3);
INSERT INTO monthly_totals VALUES('2026-12','expense','utilities',14618,1);
CREATE TABLE undo_log(
    seq INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO undo_log VALUES(1,'add','{"added":{"id":"01a24c1b-a631-76a7-ac81-880d58e20b4e"}}',1796573210161);
INSERT INTO undo_log VALUES(2,'add','{"added":{"id":"01a24c1b-a677-72a2-ab75-faabac1873f9"}}',1796573210231);
INSERT INTO undo_log VALUES(3,'add','{"added":{"id":"01a24c1b-a6be-7c0f-8067-63c0ef545284"}}',1796573210302);
INSERT INTO undo_log VALUES(4,'transfer add','{"transferAdded":{"id":"01a24c1b-a6fe-7ac8-8196-573ee54088b9"}}',1796573210366);
INSERT INTO undo_log VALUES(5,'budget set','{"budgetSaved":{"id":"01a24c1b-a742-70cf-8741-12a67a72da7f","before":null}}',1796573210434);
INSERT INTO undo_log VALUES(6,'import','{"imported":{"file":"chase.csv","firstSeq":64,"lastSeq":64,"count":1,"transfers":null,"matches":[{"id":"01a24c1b-a631-76a7-ac81-880d58e20b4e","side":null,"cleared":0,"account":null,"deleted":false},{"id":"01a24c1b-a6be-7c0f-8067-63c0ef545284","side":null,"cleared":0,"account":null,"deleted":false}],"opening":null}}',1796573210526);
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
INSERT INTO budgets VALUES(1,'01a24c1b-a742-70cf-8741-12a67a72da7f','food',30000,'monthly',80,0,'2026-12-06',1796573210434,1796573210434,NULL);
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
INSERT INTO notifications VALUES(1,'01a205b3-d000-74a6-a185-b4f6dcf1dabd','weekly_summary','You spent 259.40 in the week of 2026-11-23; top category shopping (80.19); 26% less than the week before.','low','{"periodEnd":"2026-11-29","periodStart":"2026-11-23","previousSpent":"354.86","spent":"259.40","topCategory":"shopping","topCategorySpent":"80.19"}',0,1796573210077,NULL);
INSERT INTO notifications VALUES(2,'01a19467-e800-7a56-b373-8a4a45ebc3d7','monthly_report','In November 2026 you spent 958.03; top category transport (263.87, 27%); income 8,244.87, saved 7,286.84 (88%).','low','{"income":"8244.87","periodEnd":"2026-11-30","periodStart":"2026-11-01","spent":"958.03"}',0,1796573210079,NULL);
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
INSERT INTO notification_deliveries VALUES('01a19467-e800-7a56-b373-8a4a45ebc3d7','in-app','delivered',0,NULL,NULL,1796573210079);
INSERT INTO notification_deliveries VALUES('01a19467-e800-7a56-b373-8a4a45ebc3d7','terminal','pending',0,NULL,1796573210079,NULL);
INSERT INTO notification_deliveries VALUES('01a205b3-d000-74a6-a185-b4f6dcf1dabd','in-app','delivered',0,NULL,NULL,1796573210077);
INSERT INTO notification_deliveries VALUES('01a205b3-d000-74a6-a185-b4f6dcf1dabd','terminal','pending',0,NULL,1796573210077,NULL);
CREATE TABLE periodic_reports(
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    notification_id TEXT NOT NULL,
    PRIMARY KEY (kind, period_start)
) WITHOUT ROWID;
INSERT INTO periodic_reports VALUES('monthly','2026-11-01','01a19467-e800-7a56-b373-8a4a45ebc3d7');
INSERT INTO periodic_reports VALUES('weekly','2026-11-23','01a205b3-d000-74a6-a185-b4f6dcf1dabd');
CREATE TABLE rollup_generation(value INTEGER NOT NULL);
INSERT INTO rollup_generation VALUES(20);
CREATE TABLE sync_changes(
    seq INTEGER PRIMARY KEY,        -- this replica's order: the server's sync cursor
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,           -- JSON object: column -> value
    hlc TEXT,                       -- NULL until stamped, in the same transaction
    origin TEXT,                    -- the device that made the change
    origin_seq INTEGER              -- its seq there
);
INSERT INTO sync_changes VALUES(1,'category','expense/entertainment','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',1);
INSERT INTO sync_changes VALUES(2,'category','expense/food','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',2);
INSERT INTO sync_changes VALUES(3,'category','expense/health','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',3);
INSERT INTO sync_changes VALUES(4,'category','expense/other','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',4);
INSERT INTO sync_changes VALUES(5,'category','expense/rent','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',5);
INSERT INTO sync_changes VALUES(6,'category','expense/shopping','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',6);
INSERT INTO sync_changes VALUES(7,'category','expense/subscriptions','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',7);
INSERT INTO sync_changes VALUES(8,'category','expense/transport','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',8);
INSERT INTO sync_changes VALUES(9,'category','expense/utilities','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',9);
INSERT INTO sync_changes VALUES(10,'category','income/bonus','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',10);
INSERT INTO sync_changes VALUES(11,'category','income/freelance','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',11);
INSERT INTO sync_changes VALUES(12,'category','income/investment','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',12);
INSERT INTO sync_changes VALUES(13,'category','income/other','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',13);
INSERT INTO sync_changes VALUES(14,'category','income/salary','{"parent":null,"color":null,"created_at":1796573209863,"deleted_at":null}','000001796573209870.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',14);
INSERT INTO sync_changes VALUES(15,'account','cash','{"type":"cash","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796573209876,"updated_at":1796573209876,"deleted_at":null}','000001796573209878.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',15);
INSERT INTO sync_changes VALUES(16,'transaction','01a1c02d-f9e8-76c7-9e7e-b00e4c9c9e35','{"kind":"expense","amount":1138,"category":"subscriptions","description":"Video streaming","date":"2026-11-09","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794225601000,"updated_at":1794225601000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',16);
INSERT INTO sync_changes VALUES(17,'transaction','01a1c02d-fdd0-79e9-93a1-6201310d9aba','{"kind":"expense","amount":1281,"category":"transport","description":"Parking","date":"2026-11-09","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794225602000,"updated_at":1794225602000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',17);
INSERT INTO sync_changes VALUES(18,'transaction','01a1c554-55e8-74d2-8eb6-7bb2bf528e01','{"kind":"expense","amount":2100,"category":"transport","description":"Metro card top-up","date":"2026-11-10","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794312001000,"updated_at":1794312001000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',18);
INSERT INTO sync_changes VALUES(19,'transaction','01a1c554-59d0-7fc9-a1cc-42d4094b9c40','{"kind":"expense","amount":3643,"category":"food","description":"Grocery store","date":"2026-11-10","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794312002000,"updated_at":1794312002000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',19);
INSERT INTO sync_changes VALUES(20,'transaction','01a1ca7a-b1e8-72e8-abaa-b8919ec9278a','{"kind":"expense","amount":1057,"category":"food","description":"Lunch","date":"2026-11-11","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794398401000,"updated_at":1794398401000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',20);
INSERT INTO sync_changes VALUES(21,'transaction','01a1cfa1-0de8-74e6-92d2-510fbb0ec12b','{"kind":"expense","amount":5664,"category":"utilities","description":"Water bill","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794484801000,"updated_at":1794484801000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',21);
INSERT INTO sync_changes VALUES(22,'transaction','01a1cfa1-11d0-76da-9fcd-10ef51504e8a','{"kind":"expense","amount":6000,"category":"entertainment","description":"Concert tickets","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794484802000,"updated_at":1794484802000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',22);
INSERT INTO sync_changes VALUES(23,'transaction','01a1cfa1-15b8-7fb6-9d39-af06bf6896ce','{"kind":"expense","amount":946,"category":"shopping","description":"Bookshop","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794484803000,"updated_at":1794484803000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',23);
INSERT INTO sync_changes VALUES(24,'transaction','01a1d4c7-69e8-7b88-8747-d9fb9bc44a54','{"kind":"expense","amount":461,"category":"food","description":"Café Crème","date":"2026-11-13","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794571201000,"updated_at":1794571201000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',24);
INSERT INTO sync_changes VALUES(25,'transaction','01a1d4c7-6dd0-752f-a3c6-91b8756b70f6','{"kind":"expense","amount":424,"category":"food","description":"Bakery","date":"2026-11-13","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794571202000,"updated_at":1794571202000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',25);
INSERT INTO sync_changes VALUES(26,'transaction','01a1d9ed-c5e8-7092-b213-79fc7e3914c3','{"kind":"expense","amount":3289,"category":"food","description":"Farmers market","date":"2026-11-14","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794657601000,"updated_at":1794657601000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',26);
INSERT INTO sync_changes VALUES(27,'transaction','01a1d9ed-c9d0-76df-a1db-3a26ceffef74','{"kind":"expense","amount":1929,"category":"transport","description":"Parking","date":"2026-11-14","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794657602000,"updated_at":1794657602000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',27);
INSERT INTO sync_changes VALUES(28,'transaction','01a1df14-21e8-7ba0-a961-07cc0a7dfd66','{"kind":"expense","amount":1761,"category":"food","description":"Lunch","date":"2026-11-15","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794744001000,"updated_at":1794744001000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',28);
INSERT INTO sync_changes VALUES(29,'transaction','01a1df14-25d0-7948-9d81-788a5c2ef67f','{"kind":"expense","amount":3697,"category":"transport","description":"Taxi","date":"2026-11-15","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794744002000,"updated_at":1794744002000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',29);
INSERT INTO sync_changes VALUES(30,'transaction','01a1df14-29b8-7013-a92c-6f2f4924951e','{"kind":"expense","amount":650,"category":"food","description":"Café Crème","date":"2026-11-15","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794744003000,"updated_at":1794744003000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',30);
INSERT INTO sync_changes VALUES(31,'transaction','01a1e43a-7de8-7490-bb32-0213529c7516','{"kind":"expense","amount":2400,"category":"transport","description":"Metro card top-up","date":"2026-11-16","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794830401000,"updated_at":1794830401000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',31);
INSERT INTO sync_changes VALUES(32,'transaction','01a1e960-d9e8-72ff-84ac-cd72a0a342db','{"kind":"expense","amount":1790,"category":"entertainment","description":"Bar","date":"2026-11-17","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794916801000,"updated_at":1794916801000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',32);
INSERT INTO sync_changes VALUES(33,'transaction','01a1e960-ddd0-7700-9593-d9d22e4b2edb','{"kind":"expense","amount":2958,"category":"transport","description":"Taxi","date":"2026-11-17","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1794916802000,"updated_at":1794916802000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',33);
INSERT INTO sync_changes VALUES(34,'transaction','01a1ee87-35e8-7fe7-aeea-51ee81bfc2fa','{"kind":"expense","amount":6757,"category":"utilities","description":"Internet","date":"2026-11-18","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795003201000,"updated_at":1795003201000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',34);
INSERT INTO sync_changes VALUES(35,'transaction','01a1ee87-39d0-7dbb-855e-4036a0b75c52','{"kind":"expense","amount":2474,"category":"shopping","description":"Electronics","date":"2026-11-18","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795003202000,"updated_at":1795003202000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',35);
INSERT INTO sync_changes VALUES(36,'transaction','01a1f3ad-91e8-71a9-bbbf-e25b01a47d6f','{"kind":"expense","amount":1477,"category":"other","description":"Post office","date":"2026-11-19","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795089601000,"updated_at":1795089601000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',36);
INSERT INTO sync_changes VALUES(37,'transaction','01a1f3ad-95d0-7c76-a7f3-e72deb28273b','{"kind":"expense","amount":1346,"category":"health","description":"Pharmacy","date":"2026-11-19","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795089602000,"updated_at":1795089602000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',37);
INSERT INTO sync_changes VALUES(38,'transaction','01a1f8d3-ede8-793c-a0f4-d5e813f436b0','{"kind":"expense","amount":1970,"category":"food","description":"Grocery store","date":"2026-11-20","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795176001000,"updated_at":1795176001000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',38);
INSERT INTO sync_changes VALUES(39,'transaction','01a1f8d3-f1d0-7190-99dd-34c5bd4a2eed','{"kind":"expense","amount":7229,"category":"transport","description":"Train ticket","date":"2026-11-20","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795176002000,"updated_at":1795176002000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',39);
INSERT INTO sync_changes VALUES(40,'transaction','01a1fdfa-49e8-70c0-8679-de4adc91b1f7','{"kind":"expense","amount":511,"category":"subscriptions","description":"Cloud storage","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795262401000,"updated_at":1795262401000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',40);
INSERT INTO sync_changes VALUES(41,'transaction','01a1fdfa-4dd0-7bd4-b4f5-2a76510ccf33','{"kind":"expense","amount":719,"category":"transport","description":"Parking","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795262402000,"updated_at":1795262402000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',41);
INSERT INTO sync_changes VALUES(42,'transaction','01a1fdfa-51b8-7ddc-99fc-4e4862e7b91b','{"kind":"expense","amount":1501,"category":"entertainment","description":"Cinema","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795262403000,"updated_at":1795262403000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',42);
INSERT INTO sync_changes VALUES(43,'transaction','01a20320-a5e8-7fe3-8814-156af28f1fae','{"kind":"expense","amount":468,"category":"food","description":"Café Crème","date":"2026-11-22","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795348801000,"updated_at":1795348801000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',43);
INSERT INTO sync_changes VALUES(44,'transaction','01a20320-a9d0-7297-9717-56f1ead9ddef','{"kind":"expense","amount":2695,"category":"food","description":"寿司 Sushi Bar","date":"2026-11-22","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795348802000,"updated_at":1795348802000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',44);
INSERT INTO sync_changes VALUES(45,'transaction','01a20320-adb8-7857-aabe-bcbf4c7d884e','{"kind":"expense","amount":1191,"category":"food","description":"Lunch","date":"2026-11-22","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795348803000,"updated_at":1795348803000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',45);
INSERT INTO sync_changes VALUES(46,'transaction','01a20847-01e8-7758-b63a-0db0f4f42e85','{"kind":"expense","amount":401,"category":"transport","description":"Parking","date":"2026-11-23","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795435201000,"updated_at":1795435201000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',46);
INSERT INTO sync_changes VALUES(47,'transaction','01a20d6d-5de8-7e4b-92d7-190077023c0f','{"kind":"expense","amount":3336,"category":"transport","description":"Fuel","date":"2026-11-24","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795521601000,"updated_at":1795521601000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',47);
INSERT INTO sync_changes VALUES(48,'transaction','01a20d6d-61d0-7b82-91e3-8ca1f82f5097','{"kind":"expense","amount":504,"category":"food","description":"Café Crème","date":"2026-11-24","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795521602000,"updated_at":1795521602000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',48);
INSERT INTO sync_changes VALUES(49,'transaction','01a21293-b9e8-7092-887d-8e454da0358a','{"kind":"income","amount":824487,"category":"salary","description":"Salary","date":"2026-11-25","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795608001000,"updated_at":1795608001000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',49);
INSERT INTO sync_changes VALUES(50,'transaction','01a21293-bdd0-7482-9343-e441d0a2fa2b','{"kind":"expense","amount":1069,"category":"shopping","description":"Hardware store","date":"2026-11-25","note":null,"tags":"[\"family\"]","account":"cash","cleared":0,"refund":0,"created_at":1795608002000,"updated_at":1795608002000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',50);
INSERT INTO sync_changes VALUES(51,'transaction','01a217ba-15e8-769d-8065-f507b95fe4d4','{"kind":"expense","amount":1782,"category":"entertainment","description":"Bar","date":"2026-11-26","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795694401000,"updated_at":1795694401000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',51);
INSERT INTO sync_changes VALUES(52,'transaction','01a217ba-19d0-7bfd-a267-04211a727b4c','{"kind":"expense","amount":6745,"category":"health","description":"Optician","date":"2026-11-26","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795694402000,"updated_at":1795694402000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',52);
INSERT INTO sync_changes VALUES(53,'transaction','01a21ce0-71e8-75ce-b0ad-0ffa99362abb','{"kind":"expense","amount":1516,"category":"shopping","description":"Hardware store","date":"2026-11-27","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795780801000,"updated_at":1795780801000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',53);
INSERT INTO sync_changes VALUES(54,'transaction','01a21ce0-75d0-70ab-ba61-a83f1e75bf21','{"kind":"expense","amount":947,"category":"food","description":"Farmers market","date":"2026-11-27","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795780802000,"updated_at":1795780802000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',54);
INSERT INTO sync_changes VALUES(55,'transaction','01a22206-cde8-7ec0-be13-a84c4a25b16d','{"kind":"expense","amount":1969,"category":"food","description":"寿司 Sushi Bar","date":"2026-11-28","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795867201000,"updated_at":1795867201000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',55);
INSERT INTO sync_changes VALUES(56,'transaction','01a22206-d1d0-7032-b577-f72d3e586f5d','{"kind":"expense","amount":800,"category":"entertainment","description":"Museum","date":"2026-11-28","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795867202000,"updated_at":1795867202000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',56);
INSERT INTO sync_changes VALUES(57,'transaction','01a2272d-29e8-7c13-9499-52b0aa5397d5','{"kind":"expense","amount":4151,"category":"shopping","description":"Clothing","date":"2026-11-29","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795953601000,"updated_at":1795953601000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',57);
INSERT INTO sync_changes VALUES(58,'transaction','01a2272d-2dd0-7ab9-9b51-125fdb577cc0','{"kind":"expense","amount":1283,"category":"shopping","description":"Online order","date":"2026-11-29","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795953602000,"updated_at":1795953602000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',58);
INSERT INTO sync_changes VALUES(59,'transaction','01a2272d-31b8-7b4c-bd61-5801a944d1e2','{"kind":"expense","amount":1437,"category":"entertainment","description":"Cinema","date":"2026-11-29","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1795953603000,"updated_at":1795953603000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',59);
INSERT INTO sync_changes VALUES(60,'transaction','01a22c53-85e8-7b67-bf00-f57bb172136c','{"kind":"expense","amount":337,"category":"transport","description":"Parking","date":"2026-11-30","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796040001000,"updated_at":1796040001000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',60);
INSERT INTO sync_changes VALUES(61,'transaction','01a23179-e1e8-7d42-849c-0587fa59b25d','{"kind":"expense","amount":125411,"category":"rent","description":"Rent","date":"2026-12-01","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796126401000,"updated_at":1796126401000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',61);
INSERT INTO sync_changes VALUES(62,'transaction','01a23179-e5d0-7742-82d6-bb913c999c54','{"kind":"expense","amount":2192,"category":"food","description":"Pizza delivery","date":"2026-12-01","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796126402000,"updated_at":1796126402000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',62);
INSERT INTO sync_changes VALUES(63,'transaction','01a23179-e9b8-7356-9f85-6398c429634e','{"kind":"expense","amount":981,"category":"food","description":"Lunch","date":"2026-12-01","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796126403000,"updated_at":1796126403000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',63);
INSERT INTO sync_changes VALUES(64,'transaction','01a236a0-3de8-7c49-a6a9-295556698e1d','{"kind":"expense","amount":5306,"category":"transport","description":"Train ticket","date":"2026-12-02","note":null,"tags":"[\"kids\"]","account":"cash","cleared":0,"refund":0,"created_at":1796212801000,"updated_at":1796212801000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',64);
INSERT INTO sync_changes VALUES(65,'transaction','01a23bc6-99e8-74d7-bff7-287d3305eb1b','{"kind":"expense","amount":1515,"category":"subscriptions","description":"Music streaming","date":"2026-12-03","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796299201000,"updated_at":1796299201000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',65);
INSERT INTO sync_changes VALUES(66,'transaction','01a23bc6-9dd0-78aa-9d2e-d5e26d81c715','{"kind":"expense","amount":460,"category":"transport","description":"Parking","date":"2026-12-03","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796299202000,"updated_at":1796299202000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',66);
INSERT INTO sync_changes VALUES(67,'transaction','01a23bc6-a1b8-77a5-ba6c-679786d3b32e','{"kind":"expense","amount":285,"category":"food","description":"Coffee","date":"2026-12-03","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796299203000,"updated_at":1796299203000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',67);
INSERT INTO sync_changes VALUES(68,'transaction','01a240ec-f5e8-7b37-819e-3ca64db61164','{"kind":"expense","amount":337,"category":"transport","description":"Parking","date":"2026-12-04","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796385601000,"updated_at":1796385601000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',68);
INSERT INTO sync_changes VALUES(69,'transaction','01a240ec-f9d0-7a47-b48f-1b2cdfa412dd','{"kind":"expense","amount":2822,"category":"food","description":"Pizza delivery","date":"2026-12-04","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796385602000,"updated_at":1796385602000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',69);
INSERT INTO sync_changes VALUES(70,'transaction','01a24613-51e8-7098-8bd8-fa0f1c0585c5','{"kind":"expense","amount":3800,"category":"entertainment","description":"Concert tickets","date":"2026-12-05","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796472001000,"updated_at":1796472001000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',70);
INSERT INTO sync_changes VALUES(71,'transaction','01a24613-55d0-7904-8c22-139127663fce','{"kind":"expense","amount":17303,"category":"shopping","description":"Electronics","date":"2026-12-05","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796472002000,"updated_at":1796472002000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',71);
INSERT INTO sync_changes VALUES(72,'transaction','01a24b39-ade8-7366-8854-23de1c9145c5','{"kind":"expense","amount":14618,"category":"utilities","description":"Electricity bill","date":"2026-12-06","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796558401000,"updated_at":1796558401000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',72);
INSERT INTO sync_changes VALUES(73,'transaction','01a24b39-b1d0-7fda-8e4c-917ee4912c1b','{"kind":"expense","amount":4677,"category":"food","description":"寿司 Sushi Bar","date":"2026-12-06","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796558402000,"updated_at":1796558402000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',73);
INSERT INTO sync_changes VALUES(74,'transaction','01a24b39-b5b8-79d3-a0b8-6172b46fc61e','{"kind":"expense","amount":2981,"category":"food","description":"寿司 Sushi Bar","date":"2026-12-06","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796558403000,"updated_at":1796558403000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',74);
INSERT INTO sync_changes VALUES(75,'transaction','01a24b39-b9a0-7087-9b40-0b3f605918f0','{"kind":"expense","amount":4936,"category":"shopping","description":"Hardware store","date":"2026-12-06","note":null,"tags":"[]","account":"cash","cleared":0,"refund":0,"created_at":1796558404000,"updated_at":1796558404000,"deleted_at":null}','000001796573209983.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',75);
INSERT INTO sync_changes VALUES(76,'notification','01a205b3-d000-74a6-a185-b4f6dcf1dabd','{"type":"weekly_summary","message":"You spent 259.40 in the week of 2026-11-23; top category shopping (80.19); 26% less than the week before.","priority":"low","metadata":"{\"periodEnd\":\"2026-11-29\",\"periodStart\":\"2026-11-23\",\"previousSpent\":\"354.86\",\"spent\":\"259.40\",\"topCategory\":\"shopping\",\"topCategorySpent\":\"80.19\"}","is_read":0,"created_at":1796573210077,"read_at":null,"deleted_at":null}','000001796573210079.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',76);
INSERT INTO sync_changes VALUES(77,'notification','01a19467-e800-7a56-b373-8a4a45ebc3d7','{"type":"monthly_report","message":"In November 2026 you spent 958.03; top category transport (263.87, 27%); income 8,244.87, saved 7,286.84 (88%).","priority":"low","metadata":"{\"income\":\"8244.87\",\"periodEnd\":\"2026-11-30\",\"periodStart\":\"2026-11-01\",\"spent\":\"958.03\"}","is_read":0,"created_at":1796573210079,"read_at":null,"deleted_at":null}','000001796573210079.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',77);
INSERT INTO sync_changes VALUES(78,'account','checking','{"type":"checking","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796573210082,"updated_at":1796573210082,"deleted_at":null}','000001796573210084.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',78);
INSERT INTO sync_changes VALUES(79,'transaction','01a24c1b-a631-76a7-ac81-880d58e20b4e','{"kind":"expense","amount":4210,"category":"food","description":"Cafe Luna","date":"2025-11-03","note":null,"tags":"[]","account":"checking","cleared":0,"refund":0,"created_at":1796573210161,"updated_at":1796573210161,"deleted_at":null}','000001796573210166.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',79);
INSERT INTO sync_changes VALUES(80,'transaction','01a24c1b-a677-72a2-ab75-faabac1873f9','{"kind":"expense","amount":1200,"category":"shopping","description":"Amazon return","date":"2025-11-04","note":null,"tags":"[]","account":"checking","cleared":0,"refund":1,"created_at":1796573210231,"updated_at":1796573210231,"deleted_at":null}','000001796573210235.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',80);
INSERT INTO sync_changes VALUES(81,'transaction','01a24c1b-a6be-7c0f-8067-63c0ef545284','{"kind":"income","amount":250000,"category":"other","description":"ACME payroll","date":"2025-11-01","note":null,"tags":"[]","account":"checking","cleared":0,"refund":0,"created_at":1796573210302,"updated_at":1796573210302,"deleted_at":null}','000001796573210306.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',81);
INSERT INTO sync_changes VALUES(82,'transfer','01a24c1b-a6fe-7ac8-8196-573ee54088b9','{"from_account":"checking","to_account":"cash","amount":10000,"date":"2025-11-05","description":"Transfer from checking to cash","note":null,"from_cleared":0,"to_cleared":0,"created_at":1796573210366,"updated_at":1796573210366,"deleted_at":null}','000001796573210369.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',82);
INSERT INTO sync_changes VALUES(83,'budget','01a24c1b-a742-70cf-8741-12a67a72da7f','{"category":"food","amount":30000,"period":"monthly","threshold":80,"rollover":0,"start_date":"2026-12-06","created_at":1796573210434,"updated_at":1796573210434,"deleted_at":null}','000001796573210436.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',83);
INSERT INTO sync_changes VALUES(84,'transaction','01a24c1b-a78c-7000-8000-06cbb3074ea3','{"kind":"expense","amount":8412,"category":"other","description":"PG&E","date":"2025-11-05","note":null,"tags":"[]","account":"checking","cleared":1,"refund":0,"created_at":1796573210508,"updated_at":1796573210508,"deleted_at":null}','000001796573210517.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',84);
INSERT INTO sync_changes VALUES(85,'transaction','01a24c1b-a631-76a7-ac81-880d58e20b4e','{"cleared":1,"updated_at":1796573210521}','000001796573210526.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',85);
INSERT INTO sync_changes VALUES(86,'transaction','01a24c1b-a6be-7c0f-8067-63c0ef545284','{"cleared":1,"updated_at":1796573210521}','000001796573210526.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',86);
INSERT INTO sync_changes VALUES(87,'transaction','01a24c1b-a78c-7000-8000-06cbb3074ea3','{"description":"PG and E","updated_at":1796573210615}','000001796573210617.000000','6afef001-9c96-478f-b4db-e8e66a7ea7d9',87);
CREATE TABLE basic_gateway_links(
    local_id TEXT PRIMARY KEY,
    remote_id TEXT NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE TABLE ledger_total(total INTEGER NOT NULL);
INSERT INTO ledger_total VALUES(1371736);
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
INSERT INTO accounts VALUES('01a24c1b-a5e2-7ead-a25c-da8d37e9d0a0','checking','checking','USD',0,NULL,0,NULL,1796573210082,1796573210082);
INSERT INTO accounts VALUES('c623cbd1-7da5-4109-9d3f-e5f70ebc3dee','cash','cash','USD',0,NULL,0,NULL,1796573209876,1796573209876);
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
INSERT INTO transfers VALUES(1,'01a24c1b-a6fe-7ac8-8196-573ee54088b9','checking','cash',10000,'2025-11-05','Transfer from checking to cash',NULL,0,0,1796573210366,1796573210366,NULL,NULL,NULL);
CREATE TABLE account_daily(
    account TEXT NOT NULL COLLATE NOCASE,
    date TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, date)
) WITHOUT ROWID;
INSERT INTO account_daily VALUES('cash','2025-11-05',10000,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-09',-2419,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-10',-5743,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-11',-1057,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-12',-12610,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-13',-885,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-14',-5218,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-15',-6108,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-16',-2400,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-17',-4748,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-18',-9231,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-19',-2823,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-20',-9199,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-21',-2731,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-22',-4354,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-23',-401,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-24',-3840,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-25',823418,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-26',-8527,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-27',-2463,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-28',-2769,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-29',-6871,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-30',-337,0,1);
INSERT INTO account_daily VALUES('cash','2026-12-01',-128584,0,3);
INSERT INTO account_daily VALUES('cash','2026-12-02',-5306,0,1);
INSERT INTO account_daily VALUES('cash','2026-12-03',-2260,0,3);
INSERT INTO account_daily VALUES('cash','2026-12-04',-3159,0,2);
INSERT INTO account_daily VALUES('cash','2026-12-05',-21103,0,2);
INSERT INTO account_daily VALUES('cash','2026-12-06',-27212,0,4);
INSERT INTO account_daily VALUES('checking','2025-11-01',250000,250000,1);
INSERT INTO account_daily VALUES('checking','2025-11-03',-4210,-4210,1);
INSERT INTO account_daily VALUES('checking','2025-11-04',1200,0,1);
INSERT INTO account_daily VALUES('checking','2025-11-05',-18412,-8412,2);
CREATE TABLE account_monthly(
    account TEXT NOT NULL COLLATE NOCASE,
    month TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, month)
) WITHOUT ROWID;
INSERT INTO account_monthly VALUES('cash','2025-11',10000,0,1);
INSERT INTO account_monthly VALUES('cash','2026-11',728684,0,45);
INSERT INTO account_monthly VALUES('cash','2026-12',-187624,0,15);
INSERT INTO account_monthly VALUES('checking','2025-11',228578,237378,5);
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
INSERT INTO payee_names VALUES('pg&e web','PG and E',1796573210615);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','transactions_fts','transactions_fts',0,'CREATE VIRTUAL TABLE transactions_fts USING fts5(
    description, note, bank_text,
    content = ''transactions'', content_rowid = ''seq'',
    tokenize = ''unicode61 remove_diacritics 2'',
    columnsize = 0, detail = column
)');
CREATE TABLE IF NOT EXISTS 'transactions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO transactions_fts_data VALUES(1,X'406b0013');
INSERT INTO transactions_fts_data VALUES(10,X'000000000108080008010101020101030101040101050101060101070101080101');
INSERT INTO transactions_fts_data VALUES(137438953473,X'00000275073062616b6572790a02020301721102020c02020702020402021202020102020203696c6c06020233020202076f6f6b73686f700802020104636166650902020602020d0202050202030272640302020d02020205696e656d611b020211020202076c6f7468696e672a02020402756419020202056f6666656534020203056e63657274070202300202020472656d650902020602020d0202050202010864656c69766572792f0202070202010b656c65637472696369747939020207056f6e69637314020224020201076661726d6572730b02021c0202020375656c200202010767726f63657279040202130202010868617264776172652302020302021602020108696e7465726e657413020201056c756e636805020208020211020212020201066d61726b65740b02021c020202046574726f0302020d02020205757365756d2902020402696332020201066f666669636515020202056e6c696e652b020202077074696369616e2502020204726465722b020201077061726b696e670202020a02020e02020502020e020206020202020202076861726d6163791602020204697a7a612f020207020202036f7374150202010472656e742e0202010673616c6172792202020206746f726167651902020501650402021302020c020203020216020203077265616d696e670102023102020204757368691d02020b02021202020102020104746178690e0202040202020569636b657418020219020207017307020230020202026f700302020d020202047261696e180202190202010275700302020d02020105766964656f010202010577617465720602020106e5afbfe58fb81d02020b0202120202010202040b150b0c120a0d0c070a0d1210100d0f080f130d130e0c0a070b0a0c091e0c0c08090b0b120f120c0d090a0c0a0a0a');
INSERT INTO transactions_fts_data VALUES(274877906945,X'000000160530636166653d020201046c756e613d02020409');
INSERT INTO transactions_fts_data VALUES(412316860417,X'0000001a0730616d617a6f6e3e0202010672657475726e3e0202040b');
INSERT INTO transactions_fts_data VALUES(549755813889,X'00000019053061636d653f02020107706179726f6c6c3f02020409');
INSERT INTO transactions_fts_data VALUES(687194767361,X'000000430b3039343332363130303031400204010165400402040102696440020401066f6e6c696e654002040102706740040204020270644002040103776562400204040f07070b0807');
INSERT INTO transactions_fts_data VALUES(824633720833,X'0000003b04303132333d0204010263613d0204030266653d05020401096672616e636973636f3d020401046c756e613d050204010373616e3d0204040807080e0a');
INSERT INTO transactions_fts_data VALUES(962072674305,X'000000410b30313233343536373839303f0204010461636d653f0502040104636f72703f0204010269643f02040107706179726f6c6c3f050204020270643f0204040f0a09070d');
INSERT INTO transactions_fts_data VALUES(1099511627777,X'0000004b0b30393433323631303030314003040103616e64400202010165400502040102696440030401066f6e6c696e654003040102706740050204020270644003040103776562400304040f0807070b0807');
CREATE TABLE IF NOT EXISTS 'transactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO transactions_fts_idx VALUES(1,X'',2);
INSERT INTO transactions_fts_idx VALUES(2,X'',2);
INSERT INTO transactions_fts_idx VALUES(3,X'',2);
INSERT INTO transactions_fts_idx VALUES(4,X'',2);
INSERT INTO transactions_fts_idx VALUES(5,X'',2);
INSERT INTO transactions_fts_idx VALUES(6,X'',2);
INSERT INTO transactions_fts_idx VALUES(7,X'',2);
INSERT INTO transactions_fts_idx VALUES(8,X'',2);
CREATE TABLE IF NOT EXISTS 'transactions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO transactions_fts_config VALUES('version',4);
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
CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'cleared', new.cleared, 'refund', new.refund, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
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
                UNION ALL SELECT 'refund' AS name, new.refund AS value WHERE old.refund IS NOT new.refund
                UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
        ) HAVING COUNT(*) > 0;
END;
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
PRAGMA writable_schema=OFF;
COMMIT;
