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
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('currency_chosen','1');
INSERT INTO settings VALUES('device_id','3ccec277-119c-4b22-890d-b3d60644510b');
INSERT INTO settings VALUES('sync_clock','000001796558374605.000000');
CREATE TABLE categories(
    kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
    name TEXT NOT NULL,
    parent TEXT,
    color TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
INSERT INTO categories VALUES('expense','entertainment',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','food',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','health',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','other',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','rent',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','shopping',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','subscriptions',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','transport',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('expense','utilities',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('income','bonus',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('income','freelance',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('income','investment',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('income','other',NULL,NULL,1796558367349);
INSERT INTO categories VALUES('income','salary',NULL,NULL,1796558367349);
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
, import_key INTEGER, cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1, 2)));
INSERT INTO transactions VALUES(1,'01a196fb-19e8-7a3b-a534-a6a6b7fd0b63','expense',173498,'rent','Rent','2026-11-01',NULL,'[]','cash',1793534401000,1793534401000,NULL,NULL,0);
INSERT INTO transactions VALUES(2,'01a196fb-1dd0-76ac-8973-05c5d1aab99f','expense',1116,'food','Farmers market','2026-11-01',NULL,'[]','cash',1793534402000,1793534402000,NULL,NULL,0);
INSERT INTO transactions VALUES(3,'01a196fb-21b8-79ba-a5ac-e2685a072c6d','expense',3223,'transport','Train ticket','2026-11-01',NULL,'[]','cash',1793534403000,1793534403000,NULL,NULL,0);
INSERT INTO transactions VALUES(4,'01a19c21-75e8-733c-9ca0-c749607e2c86','expense',1603,'food','Pizza delivery','2026-11-02',NULL,'[]','cash',1793620801000,1793620801000,NULL,NULL,0);
INSERT INTO transactions VALUES(5,'01a1a147-d1e8-7fb2-9e70-d1019fc66081','expense',1135,'subscriptions','Music streaming','2026-11-03',NULL,'[]','cash',1793707201000,1793707201000,NULL,NULL,0);
INSERT INTO transactions VALUES(6,'01a1a147-d5d0-7ee5-9360-00f4bd6ae8f8','expense',2975,'food','Farmers market','2026-11-03',NULL,'[]','cash',1793707202000,1793707202000,NULL,NULL,0);
INSERT INTO transactions VALUES(7,'01a1a147-d9b8-7852-86c5-d1b05ce2ce14','expense',1623,'food','Pizza delivery','2026-11-03',NULL,'[]','cash',1793707203000,1793707203000,NULL,NULL,0);
INSERT INTO transactions VALUES(8,'01a1a66e-2de8-736b-9186-6d4d0cde66a9','expense',418,'food','Café Crème','2026-11-04',NULL,'[]','cash',1793793601000,1793793601000,NULL,NULL,0);
INSERT INTO transactions VALUES(9,'01a1a66e-31d0-7743-9fbd-96359554aa53','expense',286,'food','Coffee','2026-11-04',NULL,'[]','cash',1793793602000,1793793602000,NULL,NULL,0);
INSERT INTO transactions VALUES(10,'01a1ab94-89e8-73f2-af60-baae69576109','expense',25900,'health','Dentist','2026-11-05',NULL,'[]','cash',1793880001000,1793880001000,NULL,NULL,0);
INSERT INTO transactions VALUES(11,'01a1b0ba-e5e8-726e-ad4d-e979b560315c','expense',12265,'utilities','Electricity bill','2026-11-06',NULL,'[]','cash',1793966401000,1793966401000,NULL,NULL,0);
INSERT INTO transactions VALUES(12,'01a1b0ba-e9d0-7a81-9803-91ffb30d1390','expense',1151,'shopping','Bookshop','2026-11-06',NULL,'["travel"]','cash',1793966402000,1793966402000,NULL,NULL,0);
INSERT INTO transactions VALUES(13,'01a1b0ba-edb8-7b25-bd84-5ef300ce2d0b','expense',324,'food','Coffee','2026-11-06',NULL,'[]','cash',1793966403000,1793966403000,NULL,NULL,0);
INSERT INTO transactions VALUES(14,'01a1b5e1-41e8-735e-98f3-0af45f97eca2','expense',4514,'transport','Fuel','2026-11-07',NULL,'[]','cash',1794052801000,1794052801000,NULL,NULL,0);
INSERT INTO transactions VALUES(15,'01a1b5e1-45d0-7222-bd7d-e8f23cff78de','expense',1016,'food','Lunch','2026-11-07',NULL,'[]','cash',1794052802000,1794052802000,NULL,NULL,0);
INSERT INTO transactions VALUES(16,'01a1bb07-9de8-7385-928f-9e0312cacff8','expense',3025,'shopping','Bookshop','2026-11-08',NULL,'[]','cash',1794139201000,1794139201000,NULL,NULL,0);
INSERT INTO transactions VALUES(17,'01a1bb07-a1d0-79d2-8942-629f167fa313','expense',2238,'food','Farmers market','2026-11-08',NULL,'[]','cash',1794139202000,1794139202000,NULL,NULL,0);
INSERT INTO transactions VALUES(18,'01a1c02d-f9e8-71ea-bd08-1362a82af3b3','expense',2202,'subscriptions','Video streaming','2026-11-09',NULL,'[]','cash',1794225601000,1794225601000,NULL,NULL,0);
INSERT INTO transactions VALUES(19,'01a1c02d-fdd0-7804-8083-da61bd55a196','expense',3685,'food','寿司 Sushi Bar','2026-11-09',NULL,'[]','cash',1794225602000,1794225602000,NULL,NULL,0);
INSERT INTO transactions VALUES(20,'01a1c02e-01b8-714d-8bcc-da436a2ddba9','expense',1197,'entertainment','Cinema','2026-11-09',NULL,'[]','cash',1794225603000,1794225603000,NULL,NULL,0);
INSERT INTO transactions VALUES(21,'01a1c554-55e8-715a-9a68-21d3d440b5a7','expense',2296,'health','Pharmacy','2026-11-10',NULL,'[]','cash',1794312001000,1794312001000,NULL,NULL,0);
INSERT INTO transactions VALUES(22,'01a1c554-59d0-71b6-a171-3a2a460ac44f','expense',491,'food','Bakery','2026-11-10',NULL,'[]','cash',1794312002000,1794312002000,NULL,NULL,0);
INSERT INTO transactions VALUES(23,'01a1ca7a-b1e8-735b-b23b-d128e303416d','expense',330,'food','Bakery','2026-11-11',NULL,'[]','cash',1794398401000,1794398401000,NULL,NULL,0);
INSERT INTO transactions VALUES(24,'01a1cfa1-0de8-7985-9248-d49d58b70fe2','expense',2069,'utilities','Water bill','2026-11-12',NULL,'[]','cash',1794484801000,1794484801000,NULL,NULL,0);
INSERT INTO transactions VALUES(25,'01a1cfa1-11d0-72a6-a737-584ee41de582','expense',1142,'shopping','Bookshop','2026-11-12',NULL,'[]','cash',1794484802000,1794484802000,NULL,NULL,0);
INSERT INTO transactions VALUES(26,'01a1cfa1-15b8-762e-a90f-f352d68433e0','expense',2100,'transport','Metro card top-up','2026-11-12',NULL,'[]','cash',1794484803000,1794484803000,NULL,NULL,0);
INSERT INTO transactions VALUES(27,'01a1d4c7-69e8-76c4-a6e5-c983a8893ed9','expense',2129,'entertainment','Bar','2026-11-13',NULL,'[]','cash',1794571201000,1794571201000,NULL,NULL,0);
INSERT INTO transactions VALUES(28,'01a1d4c7-6dd0-7993-93c4-d30994a2fb8d','expense',1000,'entertainment','Museum','2026-11-13',NULL,'[]','cash',1794571202000,1794571202000,NULL,NULL,0);
INSERT INTO transactions VALUES(29,'01a1d9ed-c5e8-736b-9528-673c016bf1b5','expense',4990,'transport','Train ticket','2026-11-14',NULL,'[]','cash',1794657601000,1794657601000,NULL,NULL,0);
INSERT INTO transactions VALUES(30,'01a1d9ed-c9d0-76d0-b3dd-4fabe48cf51c','expense',2955,'entertainment','Cinema','2026-11-14',NULL,'[]','cash',1794657602000,1794657602000,NULL,NULL,0);
INSERT INTO transactions VALUES(31,'01a1df14-21e8-7820-a865-2cd8d99f06c4','expense',3298,'shopping','Online order','2026-11-15',NULL,'[]','cash',1794744001000,1794744001000,NULL,NULL,0);
INSERT INTO transactions VALUES(32,'01a1df14-25d0-7d1e-be17-e6dfc3cb0bac','expense',21100,'health','Dentist','2026-11-15',NULL,'[]','cash',1794744002000,1794744002000,NULL,NULL,0);
INSERT INTO transactions VALUES(33,'01a1e43a-7de8-7853-9774-b12d1fbfdaf9','expense',21000,'health','Dentist','2026-11-16',NULL,'[]','cash',1794830401000,1794830401000,NULL,NULL,0);
INSERT INTO transactions VALUES(34,'01a1e43a-81d0-7867-8166-18b677ea68ba','expense',3564,'transport','Train ticket','2026-11-16',NULL,'[]','cash',1794830402000,1794830402000,NULL,NULL,0);
INSERT INTO transactions VALUES(35,'01a1e960-d9e8-72ae-8f4d-fc69990c62b0','expense',1573,'food','Lunch','2026-11-17',NULL,'[]','cash',1794916801000,1794916801000,NULL,NULL,0);
INSERT INTO transactions VALUES(36,'01a1ee87-35e8-785a-aa9b-06f3ae5b0281','expense',4844,'utilities','Internet','2026-11-18',NULL,'[]','cash',1795003201000,1795003201000,NULL,NULL,0);
INSERT INTO transactions VALUES(37,'01a1ee87-39d0-7a78-ae3f-f038495ceb5c','expense',5070,'health','Optician','2026-11-18',NULL,'["family"]','cash',1795003202000,1795003202000,NULL,NULL,0);
INSERT INTO transactions VALUES(38,'01a1ee87-3db8-7703-91ad-ca83278e5ed9','expense',2085,'food','Farmers market','2026-11-18',NULL,'[]','cash',1795003203000,1795003203000,NULL,NULL,0);
INSERT INTO transactions VALUES(39,'01a1f3ad-91e8-7641-a0ed-e0f3746ecd1f','income',36737,'freelance','Freelance invoice','2026-11-19',NULL,'[]','cash',1795089601000,1795089601000,NULL,NULL,0);
INSERT INTO transactions VALUES(40,'01a1f3ad-95d0-7040-9edc-f2bac70ae94a','expense',301,'transport','Parking','2026-11-19',NULL,'[]','cash',1795089602000,1795089602000,NULL,NULL,0);
INSERT INTO transactions VALUES(41,'01a1f3ad-99b8-7ef6-aa0a-21cf564562f0','expense',906,'transport','Taxi','2026-11-19',NULL,'[]','cash',1795089603000,1795089603000,NULL,NULL,0);
INSERT INTO transactions VALUES(42,'01a1f8d3-ede8-7efb-98c7-dc98bb6d36e7','expense',996,'transport','Taxi','2026-11-20',NULL,'[]','cash',1795176001000,1795176001000,NULL,NULL,0);
INSERT INTO transactions VALUES(43,'01a1f8d3-f1d0-7e40-bea0-eee7088dce1e','expense',4465,'transport','Train ticket','2026-11-20',NULL,'[]','cash',1795176002000,1795176002000,NULL,NULL,0);
INSERT INTO transactions VALUES(44,'01a1fdfa-49e8-7d89-af62-3889546ec486','expense',453,'subscriptions','Cloud storage','2026-11-21',NULL,'[]','cash',1795262401000,1795262401000,NULL,NULL,0);
INSERT INTO transactions VALUES(45,'01a1fdfa-4dd0-7fd1-90fd-d922d3297296','expense',1548,'entertainment','Bowling','2026-11-21',NULL,'[]','cash',1795262402000,1795262402000,NULL,NULL,0);
INSERT INTO transactions VALUES(46,'01a1fdfa-51b8-7fc6-8889-3469f121183b','expense',329,'food','Coffee','2026-11-21',NULL,'[]','cash',1795262403000,1795262403000,NULL,NULL,0);
INSERT INTO transactions VALUES(47,'01a20320-a5e8-76ee-b57b-4238b41bd465','expense',1730,'food','Pizza delivery','2026-11-22',NULL,'[]','cash',1795348801000,1795348801000,NULL,NULL,0);
INSERT INTO transactions VALUES(48,'01a20320-a9d0-7661-af69-b7bc0b4fa83b','expense',1822,'food','Pizza delivery','2026-11-22',NULL,'[]','cash',1795348802000,1795348802000,NULL,NULL,0);
INSERT INTO transactions VALUES(49,'01a20847-01e8-79ec-9299-989cf6b129a6','expense',2900,'other','Haircut','2026-11-23',NULL,'[]','cash',1795435201000,1795435201000,NULL,NULL,0);
INSERT INTO transactions VALUES(50,'01a20847-05d0-7421-ba40-901f4ae22a4d','expense',2535,'food','Pizza delivery','2026-11-23',NULL,'[]','cash',1795435202000,1795435202000,NULL,NULL,0);
INSERT INTO transactions VALUES(51,'01a20d6d-5de8-79e7-b909-c671e10230d6','expense',458,'transport','Parking','2026-11-24',NULL,'[]','cash',1795521601000,1795521601000,NULL,NULL,0);
INSERT INTO transactions VALUES(52,'01a21293-b9e8-71d0-b7d0-2b7542c355d6','income',472465,'salary','Salary','2026-11-25',NULL,'[]','cash',1795608001000,1795608001000,NULL,NULL,0);
INSERT INTO transactions VALUES(53,'01a21293-bdd0-706b-a1b0-83be19ecabac','expense',2179,'transport','Taxi','2026-11-25',NULL,'[]','cash',1795608002000,1795608002000,NULL,NULL,0);
INSERT INTO transactions VALUES(54,'01a21293-c1b8-7521-b7b3-5c46a73912a5','expense',3679,'food','Grocery store','2026-11-25',NULL,'[]','cash',1795608003000,1795608003000,NULL,NULL,0);
INSERT INTO transactions VALUES(55,'01a217ba-15e8-746e-841f-e2b35f3a75fd','expense',5425,'shopping','Clothing','2026-11-26',NULL,'[]','cash',1795694401000,1795694401000,NULL,NULL,0);
INSERT INTO transactions VALUES(56,'01a21ce0-71e8-725c-af6c-066fee657c9b','expense',3327,'food','Farmers market','2026-11-27',NULL,'[]','cash',1795780801000,1795780801000,NULL,NULL,0);
INSERT INTO transactions VALUES(57,'01a21ce0-75d0-7f07-9041-39e7e293c702','expense',5400,'entertainment','Concert tickets','2026-11-27',NULL,'[]','cash',1795780802000,1795780802000,NULL,NULL,0);
INSERT INTO transactions VALUES(58,'01a22206-cde8-7514-9b7c-c1ee8be52c7f','expense',3352,'transport','Fuel','2026-11-28',NULL,'[]','cash',1795867201000,1795867201000,NULL,NULL,0);
INSERT INTO transactions VALUES(59,'01a22206-d1d0-7f86-beab-7ddf78d92969','expense',9590,'food','Grocery store','2026-11-28',NULL,'[]','cash',1795867202000,1795867202000,NULL,NULL,0);
INSERT INTO transactions VALUES(60,'01a22206-d5b8-72e6-b972-5309ab51b27b','expense',2384,'transport','Train ticket','2026-11-28',NULL,'[]','cash',1795867203000,1795867203000,NULL,NULL,0);
INSERT INTO transactions VALUES(61,'01a24b39-2ba7-70ab-a650-274eed53527e','expense',4250,'food','Grocery run','2026-11-20',NULL,'[]','checking',1796558367655,1796558367655,NULL,NULL,2);
INSERT INTO transactions VALUES(62,'01a24b39-2bdd-7a84-bec0-4517d96374ac','income',250000,'salary','Salary ACME','2026-11-15',NULL,'[]','checking',1796558367709,1796558367709,NULL,NULL,2);
INSERT INTO transactions VALUES(63,'01a24b39-3e0d-7000-8000-0507ae748ec2','expense',480,'other','COFFEE SHOP 123','2026-11-22',NULL,'[]','checking',1796558372365,1796558372365,NULL,3609826918644745742,0);
INSERT INTO transactions VALUES(64,'01a24b39-3e0d-7000-8000-0b5a2ebb984a','expense',1999,'other','BOOKSTORE','2026-11-23',NULL,'[]','checking',1796558372365,1796558372365,NULL,3609832583608822220,0);
CREATE TABLE transaction_tags(
    tag TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
INSERT INTO transaction_tags VALUES('family',37);
INSERT INTO transaction_tags VALUES('travel',12);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','transactions_fts','transactions_fts',0,'CREATE VIRTUAL TABLE transactions_fts USING fts5(
    description, note,
    content = ''transactions'', content_rowid = ''seq'',
    tokenize = ''unicode61 remove_diacritics 2'',
    columnsize = 0, detail = column
)');
CREATE TABLE IF NOT EXISTS 'transactions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO transactions_fts_data VALUES(1,X'406300');
INSERT INTO transactions_fts_data VALUES(10,X'000000000104040004010101020101030101040101');
INSERT INTO transactions_fts_data VALUES(137438953473,X'0000026b073062616b6572791602020102020301721302020802020203696c6c0b02020d020202076f6f6b73686f700c02020402020902020305776c696e672d0202010463616665080202030272641a02020205696e656d611402020a020202076c6f7468696e67370202040275642c020202056f6666656509020204020221020203056e63657274390202020472656d65080202010864656c697665727904020203020228020201020202020203056e746973740a0202160202010202010b656c6563747269636974790b020201076661726d6572730202020402020b020215020212020202087265656c616e6365270202020375656c0e02022c0202010767726f636572793602020502020107686169726375743102020108696e7465726e65742402020305766f69636527020201056c756e63680f020214020201066d61726b65740202020402020b020215020212020202046574726f1a02020205757365756d1c02020402696305020201066f6e6c696e651f020202077074696369616e2502020204726465721f020201077061726b696e672802020b020202076861726d6163791502020204697a7a61040202030202280202010202020202010472656e74010202010673616c6172793402020206746f726167652c020205016536020205020203077265616d696e670502020d02020204757368691302020104746178692902020102020b0202020569636b65740302021a020205020209020211020207017339020202026f701a020202047261696e0302021a0202050202090202110202010275701a02020105766964656f120202010577617465721802020106e5afbfe58fb8130202040e090b120a09070d0c07100a09191010180d0b0f0c0d0a0d17090a070b0c090f0c15090b0b090f090f16060715070a0a');
INSERT INTO transactions_fts_data VALUES(274877906945,X'00000018083067726f636572793d0202010372756e3d0202040c');
INSERT INTO transactions_fts_data VALUES(412316860417,X'00000018053061636d653e0202010673616c6172793e02020409');
INSERT INTO transactions_fts_data VALUES(549755813889,X'0000002e04303132333f02020109626f6f6b73746f72654002020106636f666665653f0202010473686f703f020204080e0b');
CREATE TABLE IF NOT EXISTS 'transactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO transactions_fts_idx VALUES(1,X'',2);
INSERT INTO transactions_fts_idx VALUES(2,X'',2);
INSERT INTO transactions_fts_idx VALUES(3,X'',2);
INSERT INTO transactions_fts_idx VALUES(4,X'',2);
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
INSERT INTO daily_totals VALUES('2026-11-01','expense','food',1116,1);
INSERT INTO daily_totals VALUES('2026-11-01','expense','rent',173498,1);
INSERT INTO daily_totals VALUES('2026-11-01','expense','transport',3223,1);
INSERT INTO daily_totals VALUES('2026-11-02','expense','food',1603,1);
INSERT INTO daily_totals VALUES('2026-11-03','expense','food',4598,2);
INSERT INTO daily_totals VALUES('2026-11-03','expense','subscriptions',1135,1);
INSERT INTO daily_totals VALUES('2026-11-04','expense','food',704,2);
INSERT INTO daily_totals VALUES('2026-11-05','expense','health',25900,1);
INSERT INTO daily_totals VALUES('2026-11-06','expense','food',324,1);
INSERT INTO daily_totals VALUES('2026-11-06','expense','shopping',1151,1);
INSERT INTO daily_totals VALUES('2026-11-06','expense','utilities',12265,1);
INSERT INTO daily_totals VALUES('2026-11-07','expense','food',1016,1);
INSERT INTO daily_totals VALUES('2026-11-07','expense','transport',4514,1);
INSERT INTO daily_totals VALUES('2026-11-08','expense','food',2238,1);
INSERT INTO daily_totals VALUES('2026-11-08','expense','shopping',3025,1);
INSERT INTO daily_totals VALUES('2026-11-09','expense','entertainment',1197,1);
INSERT INTO daily_totals VALUES('2026-11-09','expense','food',3685,1);
INSERT INTO daily_totals VALUES('2026-11-09','expense','subscriptions',2202,1);
INSERT INTO daily_totals VALUES('2026-11-10','expense','food',491,1);
INSERT INTO daily_totals VALUES('2026-11-10','expense','health',2296,1);
INSERT INTO daily_totals VALUES('2026-11-11','expense','food',330,1);
INSERT INTO daily_totals VALUES('2026-11-12','expense','shopping',1142,1);
INSERT INTO daily_totals VALUES('2026-11-12','expense','transport',2100,1);
INSERT INTO daily_totals VALUES('2026-11-12','expense','utilities',2069,1);
INSERT INTO daily_totals VALUES('2026-11-13','expense','entertainment',3129,2);
INSERT INTO daily_totals VALUES('2026-11-14','expense','entertainment',2955,1);
INSERT INTO daily_totals VALUES('2026-11-14','expense','transport',4990,1);
INSERT INTO daily_totals VALUES('2026-11-15','expense','health',21100,1);
INSERT INTO daily_totals VALUES('2026-11-15','expense','shopping',3298,1);
INSERT INTO daily_totals VALUES('2026-11-15','income','salary',250000,1);
INSERT INTO daily_totals VALUES('2026-11-16','expense','health',21000,1);
INSERT INTO daily_totals VALUES('2026-11-16','expense','transport',3564,1);
INSERT INTO daily_totals VALUES('2026-11-17','expense','food',1573,1);
INSERT INTO daily_totals VALUES('2026-11-18','expense','food',2085,1);
INSERT INTO daily_totals VALUES('2026-11-18','expense','health',5070,1);
INSERT INTO daily_totals VALUES('2026-11-18','expense','utilities',4844,1);
INSERT INTO daily_totals VALUES('2026-11-19','expense','transport',1207,2);
INSERT INTO daily_totals VALUES('2026-11-19','income','freelance',36737,1);
INSERT INTO daily_totals VALUES('2026-11-20','expense','food',4250,1);
INSERT INTO daily_totals VALUES('2026-11-20','expense','transport',5461,2);
INSERT INTO daily_totals VALUES('2026-11-21','expense','entertainment',1548,1);
INSERT INTO daily_totals VALUES('2026-11-21','expense','food',329,1);
INSERT INTO daily_totals VALUES('2026-11-21','expense','subscriptions',453,1);
INSERT INTO daily_totals VALUES('2026-11-22','expense','food',3552,2);
INSERT INTO daily_totals VALUES('2026-11-22','expense','other',480,1);
INSERT INTO daily_totals VALUES('2026-11-23','expense','food',2535,1);
INSERT INTO daily_totals VALUES('2026-11-23','expense','other',4899,2);
INSERT INTO daily_totals VALUES('2026-11-24','expense','transport',458,1);
INSERT INTO daily_totals VALUES('2026-11-25','expense','food',3679,1);
INSERT INTO daily_totals VALUES('2026-11-25','expense','transport',2179,1);
INSERT INTO daily_totals VALUES('2026-11-25','income','salary',472465,1);
INSERT INTO daily_totals VALUES('2026-11-26','expense','shopping',5425,1);
INSERT INTO daily_totals VALUES('2026-11-27','expense','entertainment',5400,1);
INSERT INTO daily_totals VALUES('2026-11-27','expense','food',3327,1);
INSERT INTO daily_totals VALUES('2026-11-28','expense','food',9590,1);
INSERT INTO daily_totals VALUES('2026-11-28','expense','transport',5736,2);
CREATE TABLE monthly_totals(
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (month, kind, category)
) WITHOUT ROWID;
INSERT INTO monthly_totals VALUES('2026-11','expense','entertainment',14229,6);
INSERT INTO monthly_totals VALUES('2026-11','expense','food',47025,22);
INSERT INTO monthly_totals VALUES('2026-11','expense','health',75366,5);
INSERT INTO monthly_totals VALUES('2026-11','expense','other',5379,3);
INSERT INTO monthly_totals VALUES('2026-11','expense','rent',173498,1);
INSERT INTO monthly_totals VALUES('2026-11','expense','shopping',14041,5);
INSERT INTO monthly_totals VALUES('2026-11','expense','subscriptions',3790,3);
INSERT INTO monthly_totals VALUES('2026-11','expense','transport',33432,13);
INSERT INTO monthly_totals VALUES('2026-11','expense','utilities',19178,3);
INSERT INTO monthly_totals VALUES('2026-11','income','freelance',36737,1);
INSERT INTO monthly_totals VALUES('2026-11','income','salary',722465,2);
CREATE TABLE undo_log(
    seq INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO undo_log VALUES(1,'add','{"added":{"id":"01a24b39-2ba7-70ab-a650-274eed53527e"}}',1796558367655);
INSERT INTO undo_log VALUES(2,'add','{"added":{"id":"01a24b39-2bdd-7a84-bec0-4517d96374ac"}}',1796558367709);
INSERT INTO undo_log VALUES(3,'transfer add','{"transferAdded":{"id":"01a24b39-2c19-778c-be8c-4ce8762fea3b"}}',1796558367769);
INSERT INTO undo_log VALUES(4,'recurring','{"scheduleSaved":{"id":"01a24b39-3dcf-7849-b008-68fa7c14595c","before":null}}',1796558372303);
INSERT INTO undo_log VALUES(5,'import','{"imported":{"file":"b.csv","firstSeq":63,"lastSeq":64,"count":2,"transfers":null}}',1796558372371);
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
INSERT INTO notifications VALUES(1,'01a1e1a7-4c00-706a-a190-21f6dcfae879','weekly_summary','You spent 506.86 in the week of 2026-11-16; top category health (260.70); the same as the week before.','low','{"periodEnd":"2026-11-22","periodStart":"2026-11-16","previousSpent":"509.84","spent":"506.86","topCategory":"health","topCategorySpent":"260.70"}',0,1796558367522,NULL);
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
INSERT INTO notification_deliveries VALUES('01a1e1a7-4c00-706a-a190-21f6dcfae879','in-app','delivered',0,NULL,NULL,1796558367522);
INSERT INTO notification_deliveries VALUES('01a1e1a7-4c00-706a-a190-21f6dcfae879','terminal','pending',0,NULL,1796558367522,NULL);
CREATE TABLE periodic_reports(
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    notification_id TEXT NOT NULL,
    PRIMARY KEY (kind, period_start)
) WITHOUT ROWID;
INSERT INTO periodic_reports VALUES('weekly','2026-11-16','01a1e1a7-4c00-706a-a190-21f6dcfae879');
CREATE TABLE rollup_generation(value INTEGER NOT NULL);
INSERT INTO rollup_generation VALUES(14);
CREATE TABLE sync_changes(
    seq INTEGER PRIMARY KEY,        -- this replica's order: the server's sync cursor
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,           -- JSON object: column -> value
    hlc TEXT,                       -- NULL until stamped, in the same transaction
    origin TEXT,                    -- the device that made the change
    origin_seq INTEGER              -- its seq there
);
INSERT INTO sync_changes VALUES(1,'category','expense/entertainment','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',1);
INSERT INTO sync_changes VALUES(2,'category','expense/food','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',2);
INSERT INTO sync_changes VALUES(3,'category','expense/health','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',3);
INSERT INTO sync_changes VALUES(4,'category','expense/other','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',4);
INSERT INTO sync_changes VALUES(5,'category','expense/rent','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',5);
INSERT INTO sync_changes VALUES(6,'category','expense/shopping','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',6);
INSERT INTO sync_changes VALUES(7,'category','expense/subscriptions','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',7);
INSERT INTO sync_changes VALUES(8,'category','expense/transport','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',8);
INSERT INTO sync_changes VALUES(9,'category','expense/utilities','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',9);
INSERT INTO sync_changes VALUES(10,'category','income/bonus','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',10);
INSERT INTO sync_changes VALUES(11,'category','income/freelance','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',11);
INSERT INTO sync_changes VALUES(12,'category','income/investment','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',12);
INSERT INTO sync_changes VALUES(13,'category','income/other','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',13);
INSERT INTO sync_changes VALUES(14,'category','income/salary','{"parent":null,"color":null,"created_at":1796558367349,"deleted_at":null}','000001796558367359.000000','3ccec277-119c-4b22-890d-b3d60644510b',14);
INSERT INTO sync_changes VALUES(15,'account','cash','{"type":"cash","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796558367366,"updated_at":1796558367366,"deleted_at":null}','000001796558367367.000000','3ccec277-119c-4b22-890d-b3d60644510b',15);
INSERT INTO sync_changes VALUES(16,'transaction','01a196fb-19e8-7a3b-a534-a6a6b7fd0b63','{"kind":"expense","amount":173498,"category":"rent","description":"Rent","date":"2026-11-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793534401000,"updated_at":1793534401000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',16);
INSERT INTO sync_changes VALUES(17,'transaction','01a196fb-1dd0-76ac-8973-05c5d1aab99f','{"kind":"expense","amount":1116,"category":"food","description":"Farmers market","date":"2026-11-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793534402000,"updated_at":1793534402000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',17);
INSERT INTO sync_changes VALUES(18,'transaction','01a196fb-21b8-79ba-a5ac-e2685a072c6d','{"kind":"expense","amount":3223,"category":"transport","description":"Train ticket","date":"2026-11-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793534403000,"updated_at":1793534403000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',18);
INSERT INTO sync_changes VALUES(19,'transaction','01a19c21-75e8-733c-9ca0-c749607e2c86','{"kind":"expense","amount":1603,"category":"food","description":"Pizza delivery","date":"2026-11-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793620801000,"updated_at":1793620801000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',19);
INSERT INTO sync_changes VALUES(20,'transaction','01a1a147-d1e8-7fb2-9e70-d1019fc66081','{"kind":"expense","amount":1135,"category":"subscriptions","description":"Music streaming","date":"2026-11-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793707201000,"updated_at":1793707201000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',20);
INSERT INTO sync_changes VALUES(21,'transaction','01a1a147-d5d0-7ee5-9360-00f4bd6ae8f8','{"kind":"expense","amount":2975,"category":"food","description":"Farmers market","date":"2026-11-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793707202000,"updated_at":1793707202000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',21);
INSERT INTO sync_changes VALUES(22,'transaction','01a1a147-d9b8-7852-86c5-d1b05ce2ce14','{"kind":"expense","amount":1623,"category":"food","description":"Pizza delivery","date":"2026-11-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793707203000,"updated_at":1793707203000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',22);
INSERT INTO sync_changes VALUES(23,'transaction','01a1a66e-2de8-736b-9186-6d4d0cde66a9','{"kind":"expense","amount":418,"category":"food","description":"Café Crème","date":"2026-11-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793793601000,"updated_at":1793793601000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',23);
INSERT INTO sync_changes VALUES(24,'transaction','01a1a66e-31d0-7743-9fbd-96359554aa53','{"kind":"expense","amount":286,"category":"food","description":"Coffee","date":"2026-11-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793793602000,"updated_at":1793793602000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',24);
INSERT INTO sync_changes VALUES(25,'transaction','01a1ab94-89e8-73f2-af60-baae69576109','{"kind":"expense","amount":25900,"category":"health","description":"Dentist","date":"2026-11-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793880001000,"updated_at":1793880001000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',25);
INSERT INTO sync_changes VALUES(26,'transaction','01a1b0ba-e5e8-726e-ad4d-e979b560315c','{"kind":"expense","amount":12265,"category":"utilities","description":"Electricity bill","date":"2026-11-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793966401000,"updated_at":1793966401000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',26);
INSERT INTO sync_changes VALUES(27,'transaction','01a1b0ba-e9d0-7a81-9803-91ffb30d1390','{"kind":"expense","amount":1151,"category":"shopping","description":"Bookshop","date":"2026-11-06","note":null,"tags":"[\"travel\"]","account":"cash","cleared":0,"created_at":1793966402000,"updated_at":1793966402000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',27);
INSERT INTO sync_changes VALUES(28,'transaction','01a1b0ba-edb8-7b25-bd84-5ef300ce2d0b','{"kind":"expense","amount":324,"category":"food","description":"Coffee","date":"2026-11-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1793966403000,"updated_at":1793966403000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',28);
INSERT INTO sync_changes VALUES(29,'transaction','01a1b5e1-41e8-735e-98f3-0af45f97eca2','{"kind":"expense","amount":4514,"category":"transport","description":"Fuel","date":"2026-11-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794052801000,"updated_at":1794052801000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',29);
INSERT INTO sync_changes VALUES(30,'transaction','01a1b5e1-45d0-7222-bd7d-e8f23cff78de','{"kind":"expense","amount":1016,"category":"food","description":"Lunch","date":"2026-11-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794052802000,"updated_at":1794052802000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',30);
INSERT INTO sync_changes VALUES(31,'transaction','01a1bb07-9de8-7385-928f-9e0312cacff8','{"kind":"expense","amount":3025,"category":"shopping","description":"Bookshop","date":"2026-11-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794139201000,"updated_at":1794139201000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',31);
INSERT INTO sync_changes VALUES(32,'transaction','01a1bb07-a1d0-79d2-8942-629f167fa313','{"kind":"expense","amount":2238,"category":"food","description":"Farmers market","date":"2026-11-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794139202000,"updated_at":1794139202000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',32);
INSERT INTO sync_changes VALUES(33,'transaction','01a1c02d-f9e8-71ea-bd08-1362a82af3b3','{"kind":"expense","amount":2202,"category":"subscriptions","description":"Video streaming","date":"2026-11-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794225601000,"updated_at":1794225601000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',33);
INSERT INTO sync_changes VALUES(34,'transaction','01a1c02d-fdd0-7804-8083-da61bd55a196','{"kind":"expense","amount":3685,"category":"food","description":"寿司 Sushi Bar","date":"2026-11-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794225602000,"updated_at":1794225602000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',34);
INSERT INTO sync_changes VALUES(35,'transaction','01a1c02e-01b8-714d-8bcc-da436a2ddba9','{"kind":"expense","amount":1197,"category":"entertainment","description":"Cinema","date":"2026-11-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794225603000,"updated_at":1794225603000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',35);
INSERT INTO sync_changes VALUES(36,'transaction','01a1c554-55e8-715a-9a68-21d3d440b5a7','{"kind":"expense","amount":2296,"category":"health","description":"Pharmacy","date":"2026-11-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794312001000,"updated_at":1794312001000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',36);
INSERT INTO sync_changes VALUES(37,'transaction','01a1c554-59d0-71b6-a171-3a2a460ac44f','{"kind":"expense","amount":491,"category":"food","description":"Bakery","date":"2026-11-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794312002000,"updated_at":1794312002000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',37);
INSERT INTO sync_changes VALUES(38,'transaction','01a1ca7a-b1e8-735b-b23b-d128e303416d','{"kind":"expense","amount":330,"category":"food","description":"Bakery","date":"2026-11-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794398401000,"updated_at":1794398401000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',38);
INSERT INTO sync_changes VALUES(39,'transaction','01a1cfa1-0de8-7985-9248-d49d58b70fe2','{"kind":"expense","amount":2069,"category":"utilities","description":"Water bill","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794484801000,"updated_at":1794484801000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',39);
INSERT INTO sync_changes VALUES(40,'transaction','01a1cfa1-11d0-72a6-a737-584ee41de582','{"kind":"expense","amount":1142,"category":"shopping","description":"Bookshop","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794484802000,"updated_at":1794484802000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',40);
INSERT INTO sync_changes VALUES(41,'transaction','01a1cfa1-15b8-762e-a90f-f352d68433e0','{"kind":"expense","amount":2100,"category":"transport","description":"Metro card top-up","date":"2026-11-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794484803000,"updated_at":1794484803000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',41);
INSERT INTO sync_changes VALUES(42,'transaction','01a1d4c7-69e8-76c4-a6e5-c983a8893ed9','{"kind":"expense","amount":2129,"category":"entertainment","description":"Bar","date":"2026-11-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794571201000,"updated_at":1794571201000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',42);
INSERT INTO sync_changes VALUES(43,'transaction','01a1d4c7-6dd0-7993-93c4-d30994a2fb8d','{"kind":"expense","amount":1000,"category":"entertainment","description":"Museum","date":"2026-11-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794571202000,"updated_at":1794571202000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',43);
INSERT INTO sync_changes VALUES(44,'transaction','01a1d9ed-c5e8-736b-9528-673c016bf1b5','{"kind":"expense","amount":4990,"category":"transport","description":"Train ticket","date":"2026-11-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794657601000,"updated_at":1794657601000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',44);
INSERT INTO sync_changes VALUES(45,'transaction','01a1d9ed-c9d0-76d0-b3dd-4fabe48cf51c','{"kind":"expense","amount":2955,"category":"entertainment","description":"Cinema","date":"2026-11-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794657602000,"updated_at":1794657602000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',45);
INSERT INTO sync_changes VALUES(46,'transaction','01a1df14-21e8-7820-a865-2cd8d99f06c4','{"kind":"expense","amount":3298,"category":"shopping","description":"Online order","date":"2026-11-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794744001000,"updated_at":1794744001000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',46);
INSERT INTO sync_changes VALUES(47,'transaction','01a1df14-25d0-7d1e-be17-e6dfc3cb0bac','{"kind":"expense","amount":21100,"category":"health","description":"Dentist","date":"2026-11-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794744002000,"updated_at":1794744002000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',47);
INSERT INTO sync_changes VALUES(48,'transaction','01a1e43a-7de8-7853-9774-b12d1fbfdaf9','{"kind":"expense","amount":21000,"category":"health","description":"Dentist","date":"2026-11-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794830401000,"updated_at":1794830401000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',48);
INSERT INTO sync_changes VALUES(49,'transaction','01a1e43a-81d0-7867-8166-18b677ea68ba','{"kind":"expense","amount":3564,"category":"transport","description":"Train ticket","date":"2026-11-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794830402000,"updated_at":1794830402000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',49);
INSERT INTO sync_changes VALUES(50,'transaction','01a1e960-d9e8-72ae-8f4d-fc69990c62b0','{"kind":"expense","amount":1573,"category":"food","description":"Lunch","date":"2026-11-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1794916801000,"updated_at":1794916801000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',50);
INSERT INTO sync_changes VALUES(51,'transaction','01a1ee87-35e8-785a-aa9b-06f3ae5b0281','{"kind":"expense","amount":4844,"category":"utilities","description":"Internet","date":"2026-11-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795003201000,"updated_at":1795003201000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',51);
INSERT INTO sync_changes VALUES(52,'transaction','01a1ee87-39d0-7a78-ae3f-f038495ceb5c','{"kind":"expense","amount":5070,"category":"health","description":"Optician","date":"2026-11-18","note":null,"tags":"[\"family\"]","account":"cash","cleared":0,"created_at":1795003202000,"updated_at":1795003202000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',52);
INSERT INTO sync_changes VALUES(53,'transaction','01a1ee87-3db8-7703-91ad-ca83278e5ed9','{"kind":"expense","amount":2085,"category":"food","description":"Farmers market","date":"2026-11-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795003203000,"updated_at":1795003203000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',53);
INSERT INTO sync_changes VALUES(54,'transaction','01a1f3ad-91e8-7641-a0ed-e0f3746ecd1f','{"kind":"income","amount":36737,"category":"freelance","description":"Freelance invoice","date":"2026-11-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795089601000,"updated_at":1795089601000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',54);
INSERT INTO sync_changes VALUES(55,'transaction','01a1f3ad-95d0-7040-9edc-f2bac70ae94a','{"kind":"expense","amount":301,"category":"transport","description":"Parking","date":"2026-11-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795089602000,"updated_at":1795089602000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',55);
INSERT INTO sync_changes VALUES(56,'transaction','01a1f3ad-99b8-7ef6-aa0a-21cf564562f0','{"kind":"expense","amount":906,"category":"transport","description":"Taxi","date":"2026-11-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795089603000,"updated_at":1795089603000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',56);
INSERT INTO sync_changes VALUES(57,'transaction','01a1f8d3-ede8-7efb-98c7-dc98bb6d36e7','{"kind":"expense","amount":996,"category":"transport","description":"Taxi","date":"2026-11-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795176001000,"updated_at":1795176001000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',57);
INSERT INTO sync_changes VALUES(58,'transaction','01a1f8d3-f1d0-7e40-bea0-eee7088dce1e','{"kind":"expense","amount":4465,"category":"transport","description":"Train ticket","date":"2026-11-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795176002000,"updated_at":1795176002000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',58);
INSERT INTO sync_changes VALUES(59,'transaction','01a1fdfa-49e8-7d89-af62-3889546ec486','{"kind":"expense","amount":453,"category":"subscriptions","description":"Cloud storage","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795262401000,"updated_at":1795262401000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',59);
INSERT INTO sync_changes VALUES(60,'transaction','01a1fdfa-4dd0-7fd1-90fd-d922d3297296','{"kind":"expense","amount":1548,"category":"entertainment","description":"Bowling","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795262402000,"updated_at":1795262402000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',60);
INSERT INTO sync_changes VALUES(61,'transaction','01a1fdfa-51b8-7fc6-8889-3469f121183b','{"kind":"expense","amount":329,"category":"food","description":"Coffee","date":"2026-11-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795262403000,"updated_at":1795262403000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',61);
INSERT INTO sync_changes VALUES(62,'transaction','01a20320-a5e8-76ee-b57b-4238b41bd465','{"kind":"expense","amount":1730,"category":"food","description":"Pizza delivery","date":"2026-11-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795348801000,"updated_at":1795348801000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',62);
INSERT INTO sync_changes VALUES(63,'transaction','01a20320-a9d0-7661-af69-b7bc0b4fa83b','{"kind":"expense","amount":1822,"category":"food","description":"Pizza delivery","date":"2026-11-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795348802000,"updated_at":1795348802000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',63);
INSERT INTO sync_changes VALUES(64,'transaction','01a20847-01e8-79ec-9299-989cf6b129a6','{"kind":"expense","amount":2900,"category":"other","description":"Haircut","date":"2026-11-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795435201000,"updated_at":1795435201000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',64);
INSERT INTO sync_changes VALUES(65,'transaction','01a20847-05d0-7421-ba40-901f4ae22a4d','{"kind":"expense","amount":2535,"category":"food","description":"Pizza delivery","date":"2026-11-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795435202000,"updated_at":1795435202000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',65);
INSERT INTO sync_changes VALUES(66,'transaction','01a20d6d-5de8-79e7-b909-c671e10230d6','{"kind":"expense","amount":458,"category":"transport","description":"Parking","date":"2026-11-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795521601000,"updated_at":1795521601000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',66);
INSERT INTO sync_changes VALUES(67,'transaction','01a21293-b9e8-71d0-b7d0-2b7542c355d6','{"kind":"income","amount":472465,"category":"salary","description":"Salary","date":"2026-11-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795608001000,"updated_at":1795608001000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',67);
INSERT INTO sync_changes VALUES(68,'transaction','01a21293-bdd0-706b-a1b0-83be19ecabac','{"kind":"expense","amount":2179,"category":"transport","description":"Taxi","date":"2026-11-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795608002000,"updated_at":1795608002000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',68);
INSERT INTO sync_changes VALUES(69,'transaction','01a21293-c1b8-7521-b7b3-5c46a73912a5','{"kind":"expense","amount":3679,"category":"food","description":"Grocery store","date":"2026-11-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795608003000,"updated_at":1795608003000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',69);
INSERT INTO sync_changes VALUES(70,'transaction','01a217ba-15e8-746e-841f-e2b35f3a75fd','{"kind":"expense","amount":5425,"category":"shopping","description":"Clothing","date":"2026-11-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795694401000,"updated_at":1795694401000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',70);
INSERT INTO sync_changes VALUES(71,'transaction','01a21ce0-71e8-725c-af6c-066fee657c9b','{"kind":"expense","amount":3327,"category":"food","description":"Farmers market","date":"2026-11-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795780801000,"updated_at":1795780801000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',71);
INSERT INTO sync_changes VALUES(72,'transaction','01a21ce0-75d0-7f07-9041-39e7e293c702','{"kind":"expense","amount":5400,"category":"entertainment","description":"Concert tickets","date":"2026-11-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795780802000,"updated_at":1795780802000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',72);
INSERT INTO sync_changes VALUES(73,'transaction','01a22206-cde8-7514-9b7c-c1ee8be52c7f','{"kind":"expense","amount":3352,"category":"transport","description":"Fuel","date":"2026-11-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795867201000,"updated_at":1795867201000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',73);
INSERT INTO sync_changes VALUES(74,'transaction','01a22206-d1d0-7f86-beab-7ddf78d92969','{"kind":"expense","amount":9590,"category":"food","description":"Grocery store","date":"2026-11-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795867202000,"updated_at":1795867202000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',74);
INSERT INTO sync_changes VALUES(75,'transaction','01a22206-d5b8-72e6-b972-5309ab51b27b','{"kind":"expense","amount":2384,"category":"transport","description":"Train ticket","date":"2026-11-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1795867203000,"updated_at":1795867203000,"deleted_at":null}','000001796558367449.000000','3ccec277-119c-4b22-890d-b3d60644510b',75);
INSERT INTO sync_changes VALUES(76,'notification','01a1e1a7-4c00-706a-a190-21f6dcfae879','{"type":"weekly_summary","message":"You spent 506.86 in the week of 2026-11-16; top category health (260.70); the same as the week before.","priority":"low","metadata":"{\"periodEnd\":\"2026-11-22\",\"periodStart\":\"2026-11-16\",\"previousSpent\":\"509.84\",\"spent\":\"506.86\",\"topCategory\":\"health\",\"topCategorySpent\":\"260.70\"}","is_read":0,"created_at":1796558367522,"read_at":null,"deleted_at":null}','000001796558367524.000000','3ccec277-119c-4b22-890d-b3d60644510b',76);
INSERT INTO sync_changes VALUES(77,'account','checking','{"type":"checking","currency":"USD","opening_balance":100000,"opened_on":null,"closed":0,"note":null,"created_at":1796558367527,"updated_at":1796558367527,"deleted_at":null}','000001796558367528.000000','3ccec277-119c-4b22-890d-b3d60644510b',77);
INSERT INTO sync_changes VALUES(78,'account','visa','{"type":"credit","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796558367598,"updated_at":1796558367598,"deleted_at":null}','000001796558367599.000000','3ccec277-119c-4b22-890d-b3d60644510b',78);
INSERT INTO sync_changes VALUES(79,'transaction','01a24b39-2ba7-70ab-a650-274eed53527e','{"kind":"expense","amount":4250,"category":"food","description":"Grocery run","date":"2026-11-20","note":null,"tags":"[]","account":"checking","cleared":0,"created_at":1796558367655,"updated_at":1796558367655,"deleted_at":null}','000001796558367658.000000','3ccec277-119c-4b22-890d-b3d60644510b',79);
INSERT INTO sync_changes VALUES(80,'transaction','01a24b39-2bdd-7a84-bec0-4517d96374ac','{"kind":"income","amount":250000,"category":"salary","description":"Salary ACME","date":"2026-11-15","note":null,"tags":"[]","account":"checking","cleared":0,"created_at":1796558367709,"updated_at":1796558367709,"deleted_at":null}','000001796558367712.000000','3ccec277-119c-4b22-890d-b3d60644510b',80);
INSERT INTO sync_changes VALUES(81,'transfer','01a24b39-2c19-778c-be8c-4ce8762fea3b','{"from_account":"checking","to_account":"visa","amount":20000,"date":"2026-11-21","description":"Transfer from checking to visa","note":null,"from_cleared":0,"to_cleared":0,"created_at":1796558367769,"updated_at":1796558367769,"deleted_at":null}','000001796558367773.000000','3ccec277-119c-4b22-890d-b3d60644510b',81);
INSERT INTO sync_changes VALUES(82,'schedule','01a24b39-3dcf-7849-b008-68fa7c14595c','{"kind":"expense","amount":120000,"description":"Rent","category":"rent","account":"checking","to_account":null,"every":1,"unit":"month","day":1,"weekday":null,"start_date":"2026-11-28","end_date":null,"count":null,"confirm":0,"note":null,"created_at":1796558372303,"updated_at":1796558372303,"deleted_at":null}','000001796558372306.000000','3ccec277-119c-4b22-890d-b3d60644510b',82);
INSERT INTO sync_changes VALUES(83,'transaction','01a24b39-3e0d-7000-8000-0507ae748ec2','{"kind":"expense","amount":480,"category":"other","description":"COFFEE SHOP 123","date":"2026-11-22","note":null,"tags":"[]","account":"checking","cleared":0,"created_at":1796558372365,"updated_at":1796558372365,"deleted_at":null}','000001796558372369.000000','3ccec277-119c-4b22-890d-b3d60644510b',83);
INSERT INTO sync_changes VALUES(84,'transaction','01a24b39-3e0d-7000-8000-0b5a2ebb984a','{"kind":"expense","amount":1999,"category":"other","description":"BOOKSTORE","date":"2026-11-23","note":null,"tags":"[]","account":"checking","cleared":0,"created_at":1796558372365,"updated_at":1796558372365,"deleted_at":null}','000001796558372369.000000','3ccec277-119c-4b22-890d-b3d60644510b',84);
INSERT INTO sync_changes VALUES(85,'transaction','01a24b39-2bdd-7a84-bec0-4517d96374ac','{"cleared":1}','000001796558374605.000000','3ccec277-119c-4b22-890d-b3d60644510b',85);
INSERT INTO sync_changes VALUES(86,'transaction','01a24b39-2ba7-70ab-a650-274eed53527e','{"cleared":1}','000001796558374605.000000','3ccec277-119c-4b22-890d-b3d60644510b',86);
INSERT INTO sync_changes VALUES(87,'transaction','01a24b39-2ba7-70ab-a650-274eed53527e','{"cleared":2}','000001796558374605.000000','3ccec277-119c-4b22-890d-b3d60644510b',87);
INSERT INTO sync_changes VALUES(88,'transaction','01a24b39-2bdd-7a84-bec0-4517d96374ac','{"cleared":2}','000001796558374605.000000','3ccec277-119c-4b22-890d-b3d60644510b',88);
CREATE TABLE basic_gateway_links(
    local_id TEXT PRIMARY KEY,
    remote_id TEXT NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE TABLE ledger_total(total INTEGER NOT NULL);
INSERT INTO ledger_total VALUES(1145140);
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
INSERT INTO accounts VALUES('01a24b39-2b27-7298-999e-51a31d139edc','checking','checking','USD',100000,NULL,0,NULL,1796558367527,1796558367527);
INSERT INTO accounts VALUES('01a24b39-2b6e-7ab6-98d2-cdfaa8bfe37c','visa','credit','USD',0,NULL,0,NULL,1796558367598,1796558367598);
INSERT INTO accounts VALUES('348a8a7b-0b4f-4ab2-ace5-97b781677c81','cash','cash','USD',0,NULL,0,NULL,1796558367366,1796558367366);
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
);
INSERT INTO transfers VALUES(1,'01a24b39-2c19-778c-be8c-4ce8762fea3b','checking','visa',20000,'2026-11-21','Transfer from checking to visa',NULL,0,0,1796558367769,1796558367769,NULL);
CREATE TABLE account_daily(
    account TEXT NOT NULL COLLATE NOCASE,
    date TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, date)
) WITHOUT ROWID;
INSERT INTO account_daily VALUES('cash','2026-11-01',-177837,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-02',-1603,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-03',-5733,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-04',-704,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-05',-25900,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-06',-13740,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-07',-5530,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-08',-5263,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-09',-7084,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-10',-2787,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-11',-330,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-12',-5311,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-13',-3129,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-14',-7945,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-15',-24398,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-16',-24564,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-17',-1573,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-18',-11999,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-19',35530,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-20',-5461,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-21',-2330,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-22',-3552,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-23',-5435,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-24',-458,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-25',466607,0,3);
INSERT INTO account_daily VALUES('cash','2026-11-26',-5425,0,1);
INSERT INTO account_daily VALUES('cash','2026-11-27',-8727,0,2);
INSERT INTO account_daily VALUES('cash','2026-11-28',-15326,0,3);
INSERT INTO account_daily VALUES('checking','2026-11-15',250000,250000,1);
INSERT INTO account_daily VALUES('checking','2026-11-20',-4250,-4250,1);
INSERT INTO account_daily VALUES('checking','2026-11-21',-20000,0,1);
INSERT INTO account_daily VALUES('checking','2026-11-22',-480,0,1);
INSERT INTO account_daily VALUES('checking','2026-11-23',-1999,0,1);
INSERT INTO account_daily VALUES('visa','2026-11-21',20000,0,1);
CREATE TABLE account_monthly(
    account TEXT NOT NULL COLLATE NOCASE,
    month TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, month)
) WITHOUT ROWID;
INSERT INTO account_monthly VALUES('cash','2026-11',129993,0,60);
INSERT INTO account_monthly VALUES('checking','2026-11',223271,245750,5);
INSERT INTO account_monthly VALUES('visa','2026-11',20000,0,1);
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
INSERT INTO schedules VALUES(1,'01a24b39-3dcf-7849-b008-68fa7c14595c','expense',120000,'Rent','rent','checking',NULL,1,'month',1,NULL,'2026-11-28',NULL,NULL,0,NULL,'2026-11-28',1796558372303,1796558372303,NULL);
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
CREATE TRIGGER transactions_sync_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO sync_changes(entity, entity_id, fields) VALUES ('transaction', new.id, json_object('kind', new.kind, 'amount', new.amount, 'category', new.category, 'description', new.description, 'date', new.date, 'note', new.note, 'tags', new.tags, 'account', new.account, 'cleared', new.cleared, 'created_at', new.created_at, 'updated_at', new.updated_at, 'deleted_at', new.deleted_at));
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
                UNION ALL SELECT 'created_at' AS name, new.created_at AS value WHERE old.created_at IS NOT new.created_at
                UNION ALL SELECT 'updated_at' AS name, new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
                UNION ALL SELECT 'deleted_at' AS name, new.deleted_at AS value WHERE old.deleted_at IS NOT new.deleted_at
        ) HAVING COUNT(*) > 0;
END;
CREATE TRIGGER transactions_account_insert AFTER INSERT ON transactions WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO account_daily(account, date, delta, cleared, count)
        VALUES (COALESCE(new.account, 'cash'), new.date, CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
                CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1)
        ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
    INSERT INTO account_monthly(account, month, delta, cleared, count)
        VALUES (COALESCE(new.account, 'cash'), substr(new.date, 1, 7), CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
                CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1)
        ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
END;
CREATE TRIGGER transactions_account_update
AFTER UPDATE OF account, date, kind, amount, cleared, deleted_at ON transactions BEGIN
    UPDATE account_daily SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
            cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
            count = count - 1
        WHERE old.deleted_at IS NULL AND account = COALESCE(old.account, 'cash') AND date = old.date;
    UPDATE account_monthly SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
            cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
            count = count - 1
        WHERE old.deleted_at IS NULL AND account = COALESCE(old.account, 'cash') AND month = substr(old.date, 1, 7);
    INSERT INTO account_daily(account, date, delta, cleared, count)
        SELECT COALESCE(new.account, 'cash'), new.date, CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
               CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1
        WHERE new.deleted_at IS NULL
        ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
    INSERT INTO account_monthly(account, month, delta, cleared, count)
        SELECT COALESCE(new.account, 'cash'), substr(new.date, 1, 7), CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END,
               CASE WHEN new.cleared > 0 THEN CASE new.kind WHEN 'income' THEN new.amount ELSE -new.amount END ELSE 0 END, 1
        WHERE new.deleted_at IS NULL
        ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + 1;
END;
CREATE TRIGGER transactions_account_delete AFTER DELETE ON transactions WHEN old.deleted_at IS NULL BEGIN
    UPDATE account_daily SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
            cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
            count = count - 1
        WHERE account = COALESCE(old.account, 'cash') AND date = old.date;
    UPDATE account_monthly SET delta = delta - CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END,
            cleared = cleared - CASE WHEN old.cleared > 0 THEN CASE old.kind WHEN 'income' THEN old.amount ELSE -old.amount END ELSE 0 END,
            count = count - 1
        WHERE account = COALESCE(old.account, 'cash') AND month = substr(old.date, 1, 7);
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
PRAGMA writable_schema=OFF;
COMMIT;
