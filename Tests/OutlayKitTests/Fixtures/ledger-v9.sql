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
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('device_id','9073b9a7-8362-4d45-abb5-4e739c07a055');
INSERT INTO settings VALUES('sync_clock','000001796178811156.000000');
CREATE TABLE categories(
    kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
    name TEXT NOT NULL,
    parent TEXT,
    color TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
INSERT INTO categories VALUES('expense','entertainment',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','food',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','health',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','other',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','rent',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','shopping',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','subscriptions',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','transport',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('expense','utilities',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('income','bonus',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('income','freelance',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('income','investment',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('income','other',NULL,NULL,1796178806374);
INSERT INTO categories VALUES('income','salary',NULL,NULL,1796178806374);
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
INSERT INTO transactions VALUES(1,'019de88f-55e8-76ac-8973-05c5d1aab99f','expense',1116,'food','Farmers market','2026-05-02',NULL,'[]','cash',1777723201000,1777723201000,NULL,NULL,0);
INSERT INTO transactions VALUES(2,'019de88f-59d0-79ba-a5ac-e2685a072c6d','expense',3223,'transport','Train ticket','2026-05-02',NULL,'[]','cash',1777723202000,1777723202000,NULL,NULL,0);
INSERT INTO transactions VALUES(3,'019de88f-5db8-733c-9ca0-c749607e2c86','expense',2100,'transport','Metro card top-up','2026-05-02',NULL,'[]','cash',1777723203000,1777723203000,NULL,NULL,0);
INSERT INTO transactions VALUES(4,'019de88f-61a0-7f96-a4d9-303221373073','expense',1723,'shopping','Clothing','2026-05-02',NULL,'[]','cash',1777723204000,1777723204000,NULL,NULL,0);
INSERT INTO transactions VALUES(5,'019de88f-6588-7caf-9b67-9c859acd7aaf','expense',371,'food','Café Crème','2026-05-02',NULL,'[]','cash',1777723205000,1777723205000,NULL,NULL,0);
INSERT INTO transactions VALUES(6,'019dedb5-b1e8-7852-86c5-d1b05ce2ce14','expense',1135,'subscriptions','Music streaming','2026-05-03',NULL,'[]','cash',1777809601000,1777809601000,NULL,NULL,0);
INSERT INTO transactions VALUES(7,'019dedb5-b5d0-736b-9186-6d4d0cde66a9','expense',418,'food','Café Crème','2026-05-03',NULL,'[]','cash',1777809602000,1777809602000,NULL,NULL,0);
INSERT INTO transactions VALUES(8,'019dedb5-b9b8-7743-9fbd-96359554aa53','expense',800,'entertainment','Museum','2026-05-03',NULL,'[]','cash',1777809603000,1777809603000,NULL,NULL,0);
INSERT INTO transactions VALUES(9,'019dedb5-bda0-73f2-af60-baae69576109','expense',7258,'shopping','Hardware store','2026-05-03',NULL,'[]','cash',1777809604000,1777809604000,NULL,NULL,0);
INSERT INTO transactions VALUES(10,'019dedb5-c188-783e-98c8-0a5e762810c2','expense',900,'entertainment','Museum','2026-05-03',NULL,'[]','cash',1777809605000,1777809605000,NULL,NULL,0);
INSERT INTO transactions VALUES(11,'019dedb5-c570-7951-bc73-014050141d01','expense',1362,'entertainment','Cinema','2026-05-03',NULL,'[]','cash',1777809606000,1777809606000,NULL,NULL,0);
INSERT INTO transactions VALUES(12,'019dedb5-c958-75d6-9909-c315b21d8f6c','expense',531,'food','Bakery','2026-05-03',NULL,'[]','cash',1777809607000,1777809607000,NULL,NULL,0);
INSERT INTO transactions VALUES(13,'019df2dc-0de8-7a12-bd0d-1f90df4a692f','expense',1157,'food','Lunch','2026-05-04',NULL,'[]','cash',1777896001000,1777896001000,NULL,NULL,0);
INSERT INTO transactions VALUES(14,'019df2dc-11d0-7470-b782-f608dcd26b70','expense',1016,'food','Lunch','2026-05-04',NULL,'[]','cash',1777896002000,1777896002000,NULL,NULL,0);
INSERT INTO transactions VALUES(15,'019df2dc-15b8-7a96-9635-78705d25aa70','expense',4115,'transport','Fuel','2026-05-04',NULL,'[]','cash',1777896003000,1777896003000,NULL,NULL,0);
INSERT INTO transactions VALUES(16,'019df2dc-19a0-75f2-a6fe-fb55c353a1ea','expense',3871,'food','寿司 Sushi Bar','2026-05-04',NULL,'[]','cash',1777896004000,1777896004000,NULL,NULL,0);
INSERT INTO transactions VALUES(17,'019df802-69e8-727f-94d2-fac5e33b4804','expense',517,'food','Bakery','2026-05-05',NULL,'[]','cash',1777982401000,1777982401000,NULL,NULL,0);
INSERT INTO transactions VALUES(18,'019df802-6dd0-7d96-a23e-7fe1b4b4114d','expense',1043,'transport','Taxi','2026-05-05',NULL,'[]','cash',1777982402000,1777982402000,NULL,NULL,0);
INSERT INTO transactions VALUES(19,'019df802-71b8-7dcf-8a1d-2716a0fa615a','expense',658,'food','Café Crème','2026-05-05',NULL,'[]','cash',1777982403000,1777982403000,NULL,NULL,0);
INSERT INTO transactions VALUES(20,'019df802-75a0-7f9c-8630-166a1b8951b6','expense',2019,'food','寿司 Sushi Bar','2026-05-05',NULL,'[]','cash',1777982404000,1777982404000,NULL,NULL,0);
INSERT INTO transactions VALUES(21,'019dfd28-c5e8-70db-9d54-db73ce48415b','expense',12265,'utilities','Electricity bill','2026-05-06',NULL,'[]','cash',1778068801000,1778068801000,NULL,NULL,0);
INSERT INTO transactions VALUES(22,'019dfd28-c9d0-7556-ae48-8090c1f8b985','expense',1514,'food','Lunch','2026-05-06',NULL,'[]','cash',1778068802000,1778068802000,NULL,NULL,0);
INSERT INTO transactions VALUES(23,'019dfd28-cdb8-7670-9ee0-0a0ab25212a6','expense',343,'food','Coffee','2026-05-06',NULL,'[]','cash',1778068803000,1778068803000,NULL,NULL,0);
INSERT INTO transactions VALUES(24,'019dfd28-d1a0-7e5d-a1b7-1d1f381ab62e','expense',1723,'transport','Taxi','2026-05-06',NULL,'[]','cash',1778068804000,1778068804000,NULL,NULL,0);
INSERT INTO transactions VALUES(25,'019dfd28-d588-77e5-a790-5a1d447cd6c4','expense',1695,'entertainment','Bowling','2026-05-06',NULL,'[]','cash',1778068805000,1778068805000,NULL,NULL,0);
INSERT INTO transactions VALUES(26,'019e024f-21e8-7724-8804-044fa2636993','expense',455,'transport','Parking','2026-05-07',NULL,'[]','cash',1778155201000,1778155201000,NULL,NULL,0);
INSERT INTO transactions VALUES(27,'019e024f-25d0-7d6b-aba0-db14e1d2436b','expense',1032,'transport','Parking','2026-05-07',NULL,'[]','cash',1778155202000,1778155202000,NULL,NULL,0);
INSERT INTO transactions VALUES(28,'019e024f-29b8-71aa-a13e-727a811fd6d0','expense',17352,'shopping','Electronics','2026-05-07',NULL,'[]','cash',1778155203000,1778155203000,NULL,NULL,0);
INSERT INTO transactions VALUES(29,'019e024f-2da0-7cde-a387-0c608513f820','expense',1445,'health','Pharmacy','2026-05-07',NULL,'[]','cash',1778155204000,1778155204000,NULL,NULL,0);
INSERT INTO transactions VALUES(30,'019e0775-7de8-7e6a-add6-44522a613d1e','expense',2900,'transport','Metro card top-up','2026-05-08',NULL,'[]','cash',1778241601000,1778241601000,NULL,NULL,0);
INSERT INTO transactions VALUES(31,'019e0775-81d0-742a-9c9a-92469e6c1853','expense',437,'food','Bakery','2026-05-08',NULL,'[]','cash',1778241602000,1778241602000,NULL,NULL,0);
INSERT INTO transactions VALUES(32,'019e0775-85b8-7509-9482-0cd25c4ca867','expense',363,'food','Bakery','2026-05-08',NULL,'[]','cash',1778241603000,1778241603000,NULL,NULL,0);
INSERT INTO transactions VALUES(33,'019e0775-89a0-7ac5-935b-b998c76a02ae','expense',3756,'food','寿司 Sushi Bar','2026-05-08',NULL,'[]','cash',1778241604000,1778241604000,NULL,NULL,0);
INSERT INTO transactions VALUES(34,'019e0775-8d88-73d7-b76b-84c53f497613','expense',318,'food','Coffee','2026-05-08',NULL,'[]','cash',1778241605000,1778241605000,NULL,NULL,0);
INSERT INTO transactions VALUES(35,'019e0c9b-d9e8-70b2-990e-cb4fa8cf137e','expense',2202,'subscriptions','Video streaming','2026-05-09',NULL,'[]','cash',1778328001000,1778328001000,NULL,NULL,0);
INSERT INTO transactions VALUES(36,'019e0c9b-ddd0-76bc-b4d6-cbb3445ed65c','expense',5000,'entertainment','Concert tickets','2026-05-09',NULL,'[]','cash',1778328002000,1778328002000,NULL,NULL,0);
INSERT INTO transactions VALUES(37,'019e0c9b-e1b8-72a9-b81d-243ac54a66a8','expense',7788,'transport','Train ticket','2026-05-09',NULL,'[]','cash',1778328003000,1778328003000,NULL,NULL,0);
INSERT INTO transactions VALUES(38,'019e0c9b-e5a0-7827-b9ea-d27b3346144f','expense',670,'food','Café Crème','2026-05-09',NULL,'[]','cash',1778328004000,1778328004000,NULL,NULL,0);
INSERT INTO transactions VALUES(39,'019e0c9b-e988-7460-93c3-b99378373074','expense',662,'food','Bakery','2026-05-09',NULL,'[]','cash',1778328005000,1778328005000,NULL,NULL,0);
INSERT INTO transactions VALUES(40,'019e0c9b-ed70-701d-8cb7-7525ba0be714','expense',308,'food','Bakery','2026-05-09',NULL,'[]','cash',1778328006000,1778328006000,NULL,NULL,0);
INSERT INTO transactions VALUES(41,'019e0c9b-f158-7e6d-9aa4-4eedef1727ea','expense',3670,'transport','Fuel','2026-05-09',NULL,'[]','cash',1778328007000,1778328007000,NULL,NULL,0);
INSERT INTO transactions VALUES(42,'019e11c2-35e8-7782-8257-ce62b8e5b5e8','expense',1209,'food','Farmers market','2026-05-10',NULL,'[]','cash',1778414401000,1778414401000,NULL,NULL,0);
INSERT INTO transactions VALUES(43,'019e11c2-39d0-7132-aee4-9ed5eb5e2f99','expense',3900,'entertainment','Concert tickets','2026-05-10',NULL,'[]','cash',1778414402000,1778414402000,NULL,NULL,0);
INSERT INTO transactions VALUES(44,'019e11c2-3db8-7965-aca3-375dd6d07d49','expense',9860,'shopping','Online order','2026-05-10',NULL,'[]','cash',1778414403000,1778414403000,NULL,NULL,0);
INSERT INTO transactions VALUES(45,'019e11c2-41a0-7e1c-bdf2-d1bfb5d7df1c','expense',1219,'entertainment','Bar','2026-05-10',NULL,'[]','cash',1778414404000,1778414404000,NULL,NULL,0);
INSERT INTO transactions VALUES(46,'019e11c2-4588-774b-a1d5-18138ab439ec','expense',1465,'entertainment','Bar','2026-05-10',NULL,'["kids"]','cash',1778414405000,1778414405000,NULL,NULL,0);
INSERT INTO transactions VALUES(47,'019e11c2-4970-73c3-a16f-825b76968421','expense',2079,'food','Grocery store','2026-05-10',NULL,'[]','cash',1778414406000,1778414406000,NULL,NULL,0);
INSERT INTO transactions VALUES(48,'019e16e8-91e8-7864-80b3-029e6e41c9e7','expense',686,'transport','Parking','2026-05-11',NULL,'[]','cash',1778500801000,1778500801000,NULL,NULL,0);
INSERT INTO transactions VALUES(49,'019e16e8-95d0-7b23-ab67-6e3901274fdc','expense',10982,'shopping','Clothing','2026-05-11',NULL,'[]','cash',1778500802000,1778500802000,NULL,NULL,0);
INSERT INTO transactions VALUES(50,'019e16e8-99b8-7c38-99ba-a85d22597f1d','expense',2033,'food','Pizza delivery','2026-05-11',NULL,'[]','cash',1778500803000,1778500803000,NULL,NULL,0);
INSERT INTO transactions VALUES(51,'019e16e8-9da0-7738-8cdd-dfb38bbd27d3','expense',10400,'entertainment','Concert tickets','2026-05-11',NULL,'[]','cash',1778500804000,1778500804000,NULL,NULL,0);
INSERT INTO transactions VALUES(52,'019e1c0e-ede8-7f90-9e02-c41ef766f46e','expense',2069,'utilities','Water bill','2026-05-12',NULL,'[]','cash',1778587201000,1778587201000,NULL,NULL,0);
INSERT INTO transactions VALUES(53,'019e1c0e-f1d0-74d8-9207-d6dd746c925c','expense',3018,'shopping','Bookshop','2026-05-12',NULL,'[]','cash',1778587202000,1778587202000,NULL,NULL,0);
INSERT INTO transactions VALUES(54,'019e1c0e-f5b8-79cb-9aa2-df3ca5284f07','expense',2119,'food','寿司 Sushi Bar','2026-05-12',NULL,'[]','cash',1778587203000,1778587203000,NULL,NULL,0);
INSERT INTO transactions VALUES(55,'019e1c0e-f9a0-724b-a8d4-8b0e51b1f514','expense',4100,'other','Charity donation','2026-05-12',NULL,'[]','cash',1778587204000,1778587204000,NULL,NULL,0);
INSERT INTO transactions VALUES(56,'019e1c0e-fd88-79b6-b994-5ff35705cf86','expense',22600,'health','Dentist','2026-05-12',NULL,'[]','cash',1778587205000,1778587205000,NULL,NULL,0);
INSERT INTO transactions VALUES(57,'019e2135-49e8-7f7f-a440-7d7bcd5a22e6','expense',1388,'food','Lunch','2026-05-13',NULL,'[]','cash',1778673601000,1778673601000,NULL,NULL,0);
INSERT INTO transactions VALUES(58,'019e2135-4dd0-7de8-b732-2b9e73c92b96','expense',964,'food','Lunch','2026-05-13',NULL,'[]','cash',1778673602000,1778673602000,NULL,NULL,0);
INSERT INTO transactions VALUES(59,'019e2135-51b8-7fd5-85ed-f376690b0f87','expense',5495,'transport','Fuel','2026-05-13',NULL,'[]','cash',1778673603000,1778673603000,NULL,NULL,0);
INSERT INTO transactions VALUES(60,'019e2135-55a0-7e83-81a4-0343ec30ee46','expense',390,'food','Café Crème','2026-05-13',NULL,'[]','cash',1778673604000,1778673604000,NULL,NULL,0);
INSERT INTO transactions VALUES(61,'019e265b-a5e8-7676-9e12-08d5b390e23d','expense',1513,'food','Pizza delivery','2026-05-14',NULL,'[]','cash',1778760001000,1778760001000,NULL,NULL,0);
INSERT INTO transactions VALUES(62,'019e265b-a9d0-72da-85b0-ccb3670c0bc5','expense',527,'food','Bakery','2026-05-14',NULL,'[]','cash',1778760002000,1778760002000,NULL,NULL,0);
INSERT INTO transactions VALUES(63,'019e265b-adb8-7e20-9ee0-fc2d17b091b2','expense',439,'food','Café Crème','2026-05-14',NULL,'[]','cash',1778760003000,1778760003000,NULL,NULL,0);
INSERT INTO transactions VALUES(64,'019e265b-b1a0-78b3-abcd-d580f23e6b9a','expense',1119,'food','Farmers market','2026-05-14',NULL,'[]','cash',1778760004000,1778760004000,NULL,NULL,0);
INSERT INTO transactions VALUES(65,'019e2b82-01e8-7458-bd35-73c23eb89a44','expense',323,'food','Coffee','2026-05-15',NULL,'["kids"]','cash',1778846401000,1778846401000,NULL,NULL,0);
INSERT INTO transactions VALUES(66,'019e2b82-05d0-7ea3-9c87-71206580ca11','expense',1157,'transport','Taxi','2026-05-15',NULL,'[]','cash',1778846402000,1778846402000,NULL,NULL,0);
INSERT INTO transactions VALUES(67,'019e2b82-09b8-7ff2-bf42-e08a703977c0','expense',374,'food','Bakery','2026-05-15',NULL,'[]','cash',1778846403000,1778846403000,NULL,NULL,0);
INSERT INTO transactions VALUES(68,'019e2b82-0da0-7057-96cb-c43edb4a5282','expense',372,'food','Café Crème','2026-05-15',NULL,'[]','cash',1778846404000,1778846404000,NULL,NULL,0);
INSERT INTO transactions VALUES(69,'019e2b82-1188-7bf6-a691-deba0fc992f9','expense',427,'food','Café Crème','2026-05-15',NULL,'[]','cash',1778846405000,1778846405000,NULL,NULL,0);
INSERT INTO transactions VALUES(70,'019e30a8-5de8-7340-a669-b38f3f68919d','expense',2900,'transport','Metro card top-up','2026-05-16',NULL,'[]','cash',1778932801000,1778932801000,NULL,NULL,0);
INSERT INTO transactions VALUES(71,'019e30a8-61d0-704a-bec5-45a727c6b765','expense',8707,'shopping','Hardware store','2026-05-16',NULL,'[]','cash',1778932802000,1778932802000,NULL,NULL,0);
INSERT INTO transactions VALUES(72,'019e30a8-65b8-74f6-9853-2e3e686ca915','expense',281,'food','Coffee','2026-05-16',NULL,'[]','cash',1778932803000,1778932803000,NULL,NULL,0);
INSERT INTO transactions VALUES(73,'019e30a8-69a0-7677-bb7c-52b91c937991','expense',1960,'food','Pizza delivery','2026-05-16',NULL,'[]','cash',1778932804000,1778932804000,NULL,NULL,0);
INSERT INTO transactions VALUES(74,'019e30a8-6d88-7480-bf77-32a1293cc704','expense',1658,'entertainment','Bowling','2026-05-16',NULL,'[]','cash',1778932805000,1778932805000,NULL,NULL,0);
INSERT INTO transactions VALUES(75,'019e30a8-7170-7e62-849b-1788eaca1088','expense',2582,'entertainment','Bowling','2026-05-16',NULL,'[]','cash',1778932806000,1778932806000,NULL,NULL,0);
INSERT INTO transactions VALUES(76,'019e35ce-b9e8-7e67-b396-1f8539f9624e','expense',908,'food','Bakery','2026-05-17',NULL,'[]','cash',1779019201000,1779019201000,NULL,NULL,0);
INSERT INTO transactions VALUES(77,'019e35ce-bdd0-7878-8f1b-ecff7b1bb533','expense',1100,'entertainment','Museum','2026-05-17',NULL,'[]','cash',1779019202000,1779019202000,NULL,NULL,0);
INSERT INTO transactions VALUES(78,'019e35ce-c1b8-7c80-9bf8-8565b19db3e9','expense',2196,'food','寿司 Sushi Bar','2026-05-17',NULL,'[]','cash',1779019203000,1779019203000,NULL,NULL,0);
INSERT INTO transactions VALUES(79,'019e35ce-c5a0-74dd-8f37-21611b465bb6','expense',2500,'transport','Metro card top-up','2026-05-17',NULL,'[]','cash',1779019204000,1779019204000,NULL,NULL,0);
INSERT INTO transactions VALUES(80,'019e35ce-c988-7772-9db6-33681cafd205','expense',1871,'food','Pizza delivery','2026-05-17',NULL,'["family"]','cash',1779019205000,1779019205000,NULL,NULL,0);
INSERT INTO transactions VALUES(81,'019e35ce-cd70-72c8-9cbc-93a805a08469','expense',561,'shopping','Hardware store','2026-05-17',NULL,'[]','cash',1779019206000,1779019206000,NULL,NULL,0);
INSERT INTO transactions VALUES(82,'019e3af5-15e8-7a2c-8f49-563507e544fb','expense',4844,'utilities','Internet','2026-05-18',NULL,'[]','cash',1779105601000,1779105601000,NULL,NULL,0);
INSERT INTO transactions VALUES(83,'019e3af5-19d0-7dae-a489-f12c886a6874','expense',3277,'shopping','Electronics','2026-05-18',NULL,'[]','cash',1779105602000,1779105602000,NULL,NULL,0);
INSERT INTO transactions VALUES(84,'019e3af5-1db8-7d2d-a349-10902e5b50e9','expense',529,'food','Coffee','2026-05-18',NULL,'[]','cash',1779105603000,1779105603000,NULL,NULL,0);
INSERT INTO transactions VALUES(85,'019e3af5-21a0-71c2-85af-27951286dd06','expense',1415,'food','Grocery store','2026-05-18',NULL,'[]','cash',1779105604000,1779105604000,NULL,NULL,0);
INSERT INTO transactions VALUES(86,'019e3af5-2588-7edd-91d0-e75df92e851b','expense',295,'food','Coffee','2026-05-18',NULL,'[]','cash',1779105605000,1779105605000,NULL,NULL,0);
INSERT INTO transactions VALUES(87,'019e401b-71e8-72dc-8edf-5135b210be01','income',36737,'freelance','Freelance invoice','2026-05-19',NULL,'[]','cash',1779192001000,1779192001000,NULL,NULL,0);
INSERT INTO transactions VALUES(88,'019e401b-75d0-7866-8670-08c7b209e3fe','expense',2000,'transport','Metro card top-up','2026-05-19',NULL,'[]','cash',1779192002000,1779192002000,NULL,NULL,0);
INSERT INTO transactions VALUES(89,'019e401b-79b8-7690-9f74-fd8b8b7656c5','expense',3812,'food','Pizza delivery','2026-05-19',NULL,'[]','cash',1779192003000,1779192003000,NULL,NULL,0);
INSERT INTO transactions VALUES(90,'019e401b-7da0-7e44-ad02-b4f0ec24119e','expense',893,'transport','Parking','2026-05-19',NULL,'[]','cash',1779192004000,1779192004000,NULL,NULL,0);
INSERT INTO transactions VALUES(91,'019e401b-8188-7755-886b-2a6eabcbedce','expense',4136,'transport','Fuel','2026-05-19',NULL,'[]','cash',1779192005000,1779192005000,NULL,NULL,0);
INSERT INTO transactions VALUES(92,'019e4541-cde8-78b5-bf2c-ac20d255942a','expense',986,'food','Bakery','2026-05-20',NULL,'[]','cash',1779278401000,1779278401000,NULL,NULL,0);
INSERT INTO transactions VALUES(93,'019e4541-d1d0-7267-82e2-179d7ecf4288','expense',1200,'other','Charity donation','2026-05-20',NULL,'[]','cash',1779278402000,1779278402000,NULL,NULL,0);
INSERT INTO transactions VALUES(94,'019e4541-d5b8-7d5a-8a46-5696625a8544','expense',1529,'transport','Parking','2026-05-20',NULL,'[]','cash',1779278403000,1779278403000,NULL,NULL,0);
INSERT INTO transactions VALUES(95,'019e4541-d9a0-7266-9abf-a6a9ef9f04aa','expense',3773,'transport','Fuel','2026-05-20',NULL,'[]','cash',1779278404000,1779278404000,NULL,NULL,0);
INSERT INTO transactions VALUES(96,'019e4a68-29e8-7652-a9a7-da3e6ac22cbc','expense',453,'subscriptions','Cloud storage','2026-05-21',NULL,'[]','cash',1779364801000,1779364801000,NULL,NULL,0);
INSERT INTO transactions VALUES(97,'019e4a68-2dd0-7113-b2a0-375a8c0c08b2','expense',348,'transport','Parking','2026-05-21',NULL,'[]','cash',1779364802000,1779364802000,NULL,NULL,0);
INSERT INTO transactions VALUES(98,'019e4a68-31b8-7972-916e-ede9447b022a','expense',1313,'food','Lunch','2026-05-21',NULL,'[]','cash',1779364803000,1779364803000,NULL,NULL,0);
INSERT INTO transactions VALUES(99,'019e4a68-35a0-72cb-ae01-3d84d963f359','expense',3861,'shopping','Online order','2026-05-21',NULL,'[]','cash',1779364804000,1779364804000,NULL,NULL,0);
INSERT INTO transactions VALUES(100,'019e4a68-3988-7224-a34e-b7fcf5d5cd05','expense',301,'food','Bakery','2026-05-21',NULL,'[]','cash',1779364805000,1779364805000,NULL,NULL,0);
INSERT INTO transactions VALUES(101,'019e4f8e-85e8-7b1b-a92c-b900228eb9a2','expense',2155,'food','寿司 Sushi Bar','2026-05-22',NULL,'[]','cash',1779451201000,1779451201000,NULL,NULL,0);
INSERT INTO transactions VALUES(102,'019e4f8e-89d0-77a0-9424-56eae389f810','expense',4426,'transport','Fuel','2026-05-22',NULL,'[]','cash',1779451202000,1779451202000,NULL,NULL,0);
INSERT INTO transactions VALUES(103,'019e4f8e-8db8-7e6e-afbe-de58aa8a8f92','expense',10223,'food','Grocery store','2026-05-22',NULL,'[]','cash',1779451203000,1779451203000,NULL,NULL,0);
INSERT INTO transactions VALUES(104,'019e4f8e-91a0-7804-a7df-d9938a762a1c','expense',4540,'food','寿司 Sushi Bar','2026-05-22',NULL,'[]','cash',1779451204000,1779451204000,NULL,NULL,0);
INSERT INTO transactions VALUES(105,'019e4f8e-9588-7f8f-ba20-e10706a7e7c9','expense',3481,'food','Pizza delivery','2026-05-22',NULL,'[]','cash',1779451205000,1779451205000,NULL,NULL,0);
INSERT INTO transactions VALUES(106,'019e54b4-e1e8-783a-bc37-c3a3d2db90bc','expense',2119,'entertainment','Bowling','2026-05-23',NULL,'[]','cash',1779537601000,1779537601000,NULL,NULL,0);
INSERT INTO transactions VALUES(107,'019e54b4-e5d0-7170-b867-88da43935fa4','expense',2993,'entertainment','Bowling','2026-05-23',NULL,'[]','cash',1779537602000,1779537602000,NULL,NULL,0);
INSERT INTO transactions VALUES(108,'019e54b4-e9b8-77b7-9afe-642369c8ebda','expense',3174,'shopping','Bookshop','2026-05-23',NULL,'[]','cash',1779537603000,1779537603000,NULL,NULL,0);
INSERT INTO transactions VALUES(109,'019e54b4-eda0-7bfd-898a-59c2ae4bd51b','expense',1265,'entertainment','Cinema','2026-05-23',NULL,'[]','cash',1779537604000,1779537604000,NULL,NULL,0);
INSERT INTO transactions VALUES(110,'019e54b4-f188-7cea-82f4-2058b64ac9f8','expense',2800,'transport','Metro card top-up','2026-05-23',NULL,'[]','cash',1779537605000,1779537605000,NULL,NULL,0);
INSERT INTO transactions VALUES(111,'019e54b4-f570-72bb-bcdd-a21d84ed5b17','expense',1842,'entertainment','Bowling','2026-05-23',NULL,'[]','cash',1779537606000,1779537606000,NULL,NULL,0);
INSERT INTO transactions VALUES(112,'019e59db-3de8-7f8c-a681-1123c7163f5b','expense',800,'entertainment','Museum','2026-05-24',NULL,'[]','cash',1779624001000,1779624001000,NULL,NULL,0);
INSERT INTO transactions VALUES(113,'019e59db-41d0-73ec-85c8-afdc76b1ea2b','expense',385,'food','Café Crème','2026-05-24',NULL,'[]','cash',1779624002000,1779624002000,NULL,NULL,0);
INSERT INTO transactions VALUES(114,'019e59db-45b8-70f4-8326-2bada0bf0f59','expense',4435,'shopping','Hardware store','2026-05-24',NULL,'[]','cash',1779624003000,1779624003000,NULL,NULL,0);
INSERT INTO transactions VALUES(115,'019e59db-49a0-74e3-810e-0235b9271fe1','expense',393,'food','Café Crème','2026-05-24',NULL,'[]','cash',1779624004000,1779624004000,NULL,NULL,0);
INSERT INTO transactions VALUES(116,'019e59db-4d88-723f-8831-8ea8010a5da4','expense',1274,'shopping','Bookshop','2026-05-24',NULL,'[]','cash',1779624005000,1779624005000,NULL,NULL,0);
INSERT INTO transactions VALUES(117,'019e59db-5170-7b43-92c8-1918610fab14','expense',2177,'food','寿司 Sushi Bar','2026-05-24',NULL,'[]','cash',1779624006000,1779624006000,NULL,NULL,0);
INSERT INTO transactions VALUES(118,'019e5f01-99e8-71da-9105-2b9e6df0e404','income',472465,'salary','Salary','2026-05-25',NULL,'[]','cash',1779710401000,1779710401000,NULL,NULL,0);
INSERT INTO transactions VALUES(119,'019e5f01-9dd0-7c24-a338-6498e58e1192','expense',283,'food','Coffee','2026-05-25',NULL,'[]','cash',1779710402000,1779710402000,NULL,NULL,0);
INSERT INTO transactions VALUES(120,'019e5f01-a1b8-708e-8bba-719a380e86a6','expense',2580,'shopping','Clothing','2026-05-25',NULL,'[]','cash',1779710403000,1779710403000,NULL,NULL,0);
INSERT INTO transactions VALUES(121,'019e5f01-a5a0-7855-9b00-8d70035f793b','expense',5108,'transport','Fuel','2026-05-25',NULL,'[]','cash',1779710404000,1779710404000,NULL,NULL,0);
INSERT INTO transactions VALUES(122,'019e5f01-a988-7e01-a08e-e3de745e65f4','expense',972,'food','Lunch','2026-05-25',NULL,'[]','cash',1779710405000,1779710405000,NULL,NULL,0);
INSERT INTO transactions VALUES(123,'019e6427-f5e8-756c-9a8c-7e9353504e9c','expense',2931,'food','寿司 Sushi Bar','2026-05-26',NULL,'[]','cash',1779796801000,1779796801000,NULL,NULL,0);
INSERT INTO transactions VALUES(124,'019e6427-f9d0-7709-aef6-8f49cb46a500','expense',4338,'transport','Fuel','2026-05-26',NULL,'[]','cash',1779796802000,1779796802000,NULL,NULL,0);
INSERT INTO transactions VALUES(125,'019e6427-fdb8-7027-9b3e-fafd72d90413','expense',2464,'food','寿司 Sushi Bar','2026-05-26',NULL,'[]','cash',1779796803000,1779796803000,NULL,NULL,0);
INSERT INTO transactions VALUES(126,'019e6428-01a0-7686-90ab-06416a03afe7','expense',805,'health','Pharmacy','2026-05-26',NULL,'[]','cash',1779796804000,1779796804000,NULL,NULL,0);
INSERT INTO transactions VALUES(127,'019e694e-51e8-753f-a11b-5ce56c23e6ce','expense',1688,'food','Pizza delivery','2026-05-27',NULL,'[]','cash',1779883201000,1779883201000,NULL,NULL,0);
INSERT INTO transactions VALUES(128,'019e694e-55d0-77af-9acd-3546f4876e37','expense',1000,'health','Gym day pass','2026-05-27',NULL,'[]','cash',1779883202000,1779883202000,NULL,NULL,0);
INSERT INTO transactions VALUES(129,'019e694e-59b8-77ce-948e-f79e3b22002f','expense',3142,'food','Pizza delivery','2026-05-27',NULL,'[]','cash',1779883203000,1779883203000,NULL,NULL,0);
INSERT INTO transactions VALUES(130,'019e694e-5da0-75a1-aa39-cbbee3ee015c','expense',2110,'transport','Train ticket','2026-05-27',NULL,'[]','cash',1779883204000,1779883204000,NULL,NULL,0);
INSERT INTO transactions VALUES(131,'019e6e74-ade8-7f69-9311-89a36e5120d3','expense',362,'food','Coffee','2026-05-28',NULL,'[]','cash',1779969601000,1779969601000,NULL,NULL,0);
INSERT INTO transactions VALUES(132,'019e6e74-b1d0-73bc-a8f3-18c641642fee','expense',305,'food','Coffee','2026-05-28',NULL,'[]','cash',1779969602000,1779969602000,NULL,NULL,0);
INSERT INTO transactions VALUES(133,'019e6e74-b5b8-75e0-ba3a-9f3a49a4ed36','expense',3010,'food','寿司 Sushi Bar','2026-05-28',NULL,'[]','cash',1779969603000,1779969603000,NULL,NULL,0);
INSERT INTO transactions VALUES(134,'019e6e74-b9a0-7aa2-af8a-e9de2e70f879','expense',1902,'transport','Train ticket','2026-05-28',NULL,'[]','cash',1779969604000,1779969604000,NULL,NULL,0);
INSERT INTO transactions VALUES(135,'019e739b-09e8-740a-adbe-9e560c829d64','expense',19200,'health','Dentist','2026-05-29',NULL,'[]','cash',1780056001000,1780056001000,NULL,NULL,0);
INSERT INTO transactions VALUES(136,'019e739b-0dd0-74c6-afc1-96563cc1c282','expense',365,'other','Post office','2026-05-29',NULL,'[]','cash',1780056002000,1780056002000,NULL,NULL,0);
INSERT INTO transactions VALUES(137,'019e739b-11b8-73bb-a0b7-69637c475fb0','expense',2800,'transport','Metro card top-up','2026-05-29',NULL,'[]','cash',1780056003000,1780056003000,NULL,NULL,0);
INSERT INTO transactions VALUES(138,'019e739b-15a0-72f3-b8a9-71c9f84a0ec4','expense',423,'food','Coffee','2026-05-29',NULL,'[]','cash',1780056004000,1780056004000,NULL,NULL,0);
INSERT INTO transactions VALUES(139,'019e739b-1988-7f01-880b-4d1cafa5054e','expense',4941,'shopping','Clothing','2026-05-29',NULL,'[]','cash',1780056005000,1780056005000,NULL,NULL,0);
INSERT INTO transactions VALUES(140,'019e78c1-65e8-7efe-8262-e767e2779df1','expense',3550,'shopping','Clothing','2026-05-30',NULL,'[]','cash',1780142401000,1780142401000,NULL,NULL,0);
INSERT INTO transactions VALUES(141,'019e78c1-69d0-7951-95bb-94c975fc58dc','expense',287,'food','Coffee','2026-05-30',NULL,'[]','cash',1780142402000,1780142402000,NULL,NULL,0);
INSERT INTO transactions VALUES(142,'019e78c1-6db8-7aac-9ffe-1332299ba64a','expense',4100,'other','Haircut','2026-05-30',NULL,'[]','cash',1780142403000,1780142403000,NULL,NULL,0);
INSERT INTO transactions VALUES(143,'019e78c1-71a0-7c97-abe8-c1b0c80a3f07','expense',6561,'shopping','Clothing','2026-05-30',NULL,'[]','cash',1780142404000,1780142404000,NULL,NULL,0);
INSERT INTO transactions VALUES(144,'019e78c1-7588-78ed-a7ce-19e763e51af4','expense',2105,'entertainment','Bar','2026-05-30',NULL,'[]','cash',1780142405000,1780142405000,NULL,NULL,0);
INSERT INTO transactions VALUES(145,'019e78c1-7970-7b94-b675-3563e7a1e8a0','expense',441,'food','Coffee','2026-05-30',NULL,'[]','cash',1780142406000,1780142406000,NULL,NULL,0);
INSERT INTO transactions VALUES(146,'019e7de7-c1e8-725e-8bb0-c578a083a0c1','expense',6537,'other','Gift','2026-05-31',NULL,'[]','cash',1780228801000,1780228801000,NULL,NULL,0);
INSERT INTO transactions VALUES(147,'019e7de7-c5d0-7d73-8ae0-72eb750e8dde','expense',1173,'entertainment','Cinema','2026-05-31',NULL,'[]','cash',1780228802000,1780228802000,NULL,NULL,0);
INSERT INTO transactions VALUES(148,'019e7de7-c9b8-7fe6-9e2c-04bec0af38de','expense',1387,'entertainment','Cinema','2026-05-31',NULL,'[]','cash',1780228803000,1780228803000,NULL,NULL,0);
INSERT INTO transactions VALUES(149,'019e7de7-cda0-7f0f-bb61-80231bdb577f','expense',4317,'food','寿司 Sushi Bar','2026-05-31',NULL,'[]','cash',1780228804000,1780228804000,NULL,NULL,0);
INSERT INTO transactions VALUES(150,'019e7de7-d188-73dd-ad79-e6851a1cb681','expense',1181,'food','Bakery','2026-05-31',NULL,'[]','cash',1780228805000,1780228805000,NULL,NULL,0);
INSERT INTO transactions VALUES(151,'019e7de7-d570-7c1f-bc65-977f53e486b6','expense',1900,'entertainment','Museum','2026-05-31',NULL,'[]','cash',1780228806000,1780228806000,NULL,NULL,0);
INSERT INTO transactions VALUES(152,'019e830e-1de8-7f55-ae1c-831038a7d6bc','expense',173498,'rent','Rent','2026-06-01',NULL,'[]','cash',1780315201000,1780315201000,NULL,NULL,0);
INSERT INTO transactions VALUES(153,'019e830e-21d0-7564-bb4a-4dc8819d2daa','expense',1800,'entertainment','Museum','2026-06-01',NULL,'[]','cash',1780315202000,1780315202000,NULL,NULL,0);
INSERT INTO transactions VALUES(154,'019e830e-25b8-787c-b5a0-4630e403a0bb','expense',5286,'transport','Fuel','2026-06-01',NULL,'[]','cash',1780315203000,1780315203000,NULL,NULL,0);
INSERT INTO transactions VALUES(155,'019e830e-29a0-737d-bde4-d613111e75d8','expense',1568,'food','Pizza delivery','2026-06-01',NULL,'[]','cash',1780315204000,1780315204000,NULL,NULL,0);
INSERT INTO transactions VALUES(156,'019e830e-2d88-7636-9cf2-7a5791a3b9c5','expense',2725,'food','Farmers market','2026-06-01',NULL,'[]','cash',1780315205000,1780315205000,NULL,NULL,0);
INSERT INTO transactions VALUES(157,'019e8834-79e8-7138-a3d2-52123404d122','expense',1761,'food','Pizza delivery','2026-06-02',NULL,'[]','cash',1780401601000,1780401601000,NULL,NULL,0);
INSERT INTO transactions VALUES(158,'019e8834-7dd0-747c-9a94-6eeae02b57a8','expense',1022,'food','Lunch','2026-06-02',NULL,'[]','cash',1780401602000,1780401602000,NULL,NULL,0);
INSERT INTO transactions VALUES(159,'019e8834-81b8-7fcd-acba-29db3fc1e7db','expense',2900,'other','Haircut','2026-06-02',NULL,'[]','cash',1780401603000,1780401603000,NULL,NULL,0);
INSERT INTO transactions VALUES(160,'019e8834-85a0-78d6-9119-9b3185650b8b','expense',3429,'transport','Fuel','2026-06-02',NULL,'[]','cash',1780401604000,1780401604000,NULL,NULL,0);
INSERT INTO transactions VALUES(161,'019e8d5a-d5e8-70c2-8aa8-8ca822ec1cd5','expense',1135,'subscriptions','Music streaming','2026-06-03',NULL,'[]','cash',1780488001000,1780488001000,NULL,NULL,0);
INSERT INTO transactions VALUES(162,'019e8d5a-d9d0-7eb2-9eaa-e7c731e9d651','expense',10360,'shopping','Online order','2026-06-03',NULL,'[]','cash',1780488002000,1780488002000,NULL,NULL,0);
INSERT INTO transactions VALUES(163,'019e8d5a-ddb8-75bb-8557-49be8aaa2dc6','expense',781,'health','Pharmacy','2026-06-03',NULL,'[]','cash',1780488003000,1780488003000,NULL,NULL,0);
INSERT INTO transactions VALUES(164,'019e8d5a-e1a0-7fbe-bf39-25f86ca94b05','expense',1156,'food','Farmers market','2026-06-03',NULL,'[]','cash',1780488004000,1780488004000,NULL,NULL,0);
INSERT INTO transactions VALUES(165,'019e8d5a-e588-7a4f-beeb-696032882671','expense',5835,'food','Grocery store','2026-06-03',NULL,'[]','cash',1780488005000,1780488005000,NULL,NULL,0);
INSERT INTO transactions VALUES(166,'019e9281-31e8-72d9-9387-d416d30d304e','expense',382,'food','Bakery','2026-06-04',NULL,'[]','cash',1780574401000,1780574401000,NULL,NULL,0);
INSERT INTO transactions VALUES(167,'019e9281-35d0-746c-9178-09597f9c9c4d','expense',1370,'shopping','Online order','2026-06-04',NULL,'[]','cash',1780574402000,1780574402000,NULL,NULL,0);
INSERT INTO transactions VALUES(168,'019e9281-39b8-7bc8-9dbd-083629ca524c','expense',2021,'food','Lunch','2026-06-04',NULL,'[]','cash',1780574403000,1780574403000,NULL,NULL,0);
INSERT INTO transactions VALUES(169,'019e9281-3da0-7a34-94ff-5a0f6add70ee','expense',2883,'transport','Taxi','2026-06-04',NULL,'[]','cash',1780574404000,1780574404000,NULL,NULL,0);
INSERT INTO transactions VALUES(170,'019e97a7-8de8-7c46-82bc-cb25d2e4a255','expense',537,'transport','Parking','2026-06-05',NULL,'[]','cash',1780660801000,1780660801000,NULL,NULL,0);
INSERT INTO transactions VALUES(171,'019e97a7-91d0-7718-8760-8ac493a710a2','expense',1852,'entertainment','Bar','2026-06-05',NULL,'[]','cash',1780660802000,1780660802000,NULL,NULL,0);
INSERT INTO transactions VALUES(172,'019e97a7-95b8-735a-8a84-8ef0fae4fc10','expense',2582,'health','Pharmacy','2026-06-05',NULL,'[]','cash',1780660803000,1780660803000,NULL,NULL,0);
INSERT INTO transactions VALUES(173,'019e97a7-99a0-73f9-8f26-7d60189a0b1a','expense',1001,'transport','Taxi','2026-06-05',NULL,'[]','cash',1780660804000,1780660804000,NULL,NULL,0);
INSERT INTO transactions VALUES(174,'019e97a7-9d88-7fab-8f3e-bb5ca411430b','expense',1673,'transport','Train ticket','2026-06-05',NULL,'[]','cash',1780660805000,1780660805000,NULL,NULL,0);
INSERT INTO transactions VALUES(175,'019e9ccd-e9e8-7a51-ba96-9a56753b2e5e','expense',6898,'utilities','Electricity bill','2026-06-06',NULL,'[]','cash',1780747201000,1780747201000,NULL,NULL,0);
INSERT INTO transactions VALUES(176,'019e9ccd-edd0-72bd-bed3-7dfa00bc1114','expense',1792,'food','Pizza delivery','2026-06-06',NULL,'[]','cash',1780747202000,1780747202000,NULL,NULL,0);
INSERT INTO transactions VALUES(177,'019e9ccd-f1b8-7553-aec2-e20e842152fd','expense',1717,'food','Farmers market','2026-06-06',NULL,'[]','cash',1780747203000,1780747203000,NULL,NULL,0);
INSERT INTO transactions VALUES(178,'019e9ccd-f5a0-7610-af3b-01bd769f788a','expense',2200,'entertainment','Museum','2026-06-06',NULL,'[]','cash',1780747204000,1780747204000,NULL,NULL,0);
INSERT INTO transactions VALUES(179,'019e9ccd-f988-7151-bc36-71a9d96f95e4','expense',794,'transport','Parking','2026-06-06',NULL,'[]','cash',1780747205000,1780747205000,NULL,NULL,0);
INSERT INTO transactions VALUES(180,'019e9ccd-fd70-7e27-939d-240351ab42ad','expense',6154,'shopping','Clothing','2026-06-06',NULL,'[]','cash',1780747206000,1780747206000,NULL,NULL,0);
INSERT INTO transactions VALUES(181,'019e9cce-0158-7533-826d-2923a01e805b','expense',1214,'entertainment','Cinema','2026-06-06',NULL,'[]','cash',1780747207000,1780747207000,NULL,NULL,0);
INSERT INTO transactions VALUES(182,'019ea1f4-45e8-735e-b54c-6605b54a3551','expense',1302,'food','Farmers market','2026-06-07',NULL,'[]','cash',1780833601000,1780833601000,NULL,NULL,0);
INSERT INTO transactions VALUES(183,'019ea1f4-49d0-7ae8-8915-ce2293841dd9','expense',1994,'food','Farmers market','2026-06-07',NULL,'[]','cash',1780833602000,1780833602000,NULL,NULL,0);
INSERT INTO transactions VALUES(184,'019ea1f4-4db8-7a10-ad69-0b8440a9a5b7','expense',2212,'food','Pizza delivery','2026-06-07',NULL,'[]','cash',1780833603000,1780833603000,NULL,NULL,0);
INSERT INTO transactions VALUES(185,'019ea1f4-51a0-79ee-8dcf-751473f86832','expense',5200,'other','Charity donation','2026-06-07',NULL,'[]','cash',1780833604000,1780833604000,NULL,NULL,0);
INSERT INTO transactions VALUES(186,'019ea1f4-5588-72e1-9038-5099a633fc5f','expense',973,'shopping','Bookshop','2026-06-07',NULL,'[]','cash',1780833605000,1780833605000,NULL,NULL,0);
INSERT INTO transactions VALUES(187,'019ea1f4-5970-758f-b73c-e78e4ca05717','expense',1554,'food','Pizza delivery','2026-06-07',NULL,'[]','cash',1780833606000,1780833606000,NULL,NULL,0);
INSERT INTO transactions VALUES(188,'019ea71a-a1e8-7173-8978-f1c0abd5023b','expense',2528,'food','Pizza delivery','2026-06-08',NULL,'[]','cash',1780920001000,1780920001000,NULL,NULL,0);
INSERT INTO transactions VALUES(189,'019ea71a-a5d0-7f4b-b6d3-47ee5b71609b','expense',2112,'shopping','Clothing','2026-06-08',NULL,'[]','cash',1780920002000,1780920002000,NULL,NULL,0);
INSERT INTO transactions VALUES(190,'019ea71a-a9b8-7627-8ca7-7e15443a5d06','expense',3900,'other','Haircut','2026-06-08',NULL,'[]','cash',1780920003000,1780920003000,NULL,NULL,0);
INSERT INTO transactions VALUES(191,'019ea71a-ada0-76b1-b080-1888f3290336','expense',3100,'transport','Metro card top-up','2026-06-08',NULL,'[]','cash',1780920004000,1780920004000,NULL,NULL,0);
INSERT INTO transactions VALUES(192,'019eac40-fde8-71fa-982b-931c9b8deb63','expense',2202,'subscriptions','Video streaming','2026-06-09',NULL,'[]','cash',1781006401000,1781006401000,NULL,NULL,0);
INSERT INTO transactions VALUES(193,'019eac41-01d0-78e3-a87b-92df794e5cd2','expense',4513,'health','Pharmacy','2026-06-09',NULL,'[]','cash',1781006402000,1781006402000,NULL,NULL,0);
INSERT INTO transactions VALUES(194,'019eac41-05b8-7ba7-b206-e04b41cbf16b','expense',2397,'food','Pizza delivery','2026-06-09',NULL,'[]','cash',1781006403000,1781006403000,NULL,NULL,0);
INSERT INTO transactions VALUES(195,'019eac41-09a0-7f5f-87a5-cb999b828c5e','expense',1373,'entertainment','Cinema','2026-06-09',NULL,'[]','cash',1781006404000,1781006404000,NULL,NULL,0);
INSERT INTO transactions VALUES(196,'019eac41-0d88-77d9-8162-e5d8d653654e','expense',5919,'transport','Fuel','2026-06-09',NULL,'[]','cash',1781006405000,1781006405000,NULL,NULL,0);
INSERT INTO transactions VALUES(197,'019eb167-59e8-7039-bc59-b8a121b42037','expense',1065,'transport','Parking','2026-06-10',NULL,'[]','cash',1781092801000,1781092801000,NULL,NULL,0);
INSERT INTO transactions VALUES(198,'019eb167-5dd0-7000-aadd-4d4cde0fbbd0','expense',970,'food','Lunch','2026-06-10',NULL,'[]','cash',1781092802000,1781092802000,NULL,NULL,0);
INSERT INTO transactions VALUES(199,'019eb167-61b8-7601-a5ca-4510d0d77c59','expense',1691,'food','Farmers market','2026-06-10',NULL,'["work"]','cash',1781092803000,1781092803000,NULL,NULL,0);
INSERT INTO transactions VALUES(200,'019eb167-65a0-78d2-8bcc-f95de628a41c','expense',4200,'entertainment','Concert tickets','2026-06-10',NULL,'[]','cash',1781092804000,1781092804000,NULL,NULL,0);
INSERT INTO transactions VALUES(201,'019eb68d-b5e8-7a62-b33b-68d3fb84b341','expense',580,'food','Café Crème','2026-06-11',NULL,'[]','cash',1781179201000,1781179201000,NULL,NULL,0);
INSERT INTO transactions VALUES(202,'019eb68d-b9d0-7413-9be8-3b8830fc2e6e','expense',5884,'food','寿司 Sushi Bar','2026-06-11',NULL,'[]','cash',1781179202000,1781179202000,NULL,NULL,0);
INSERT INTO transactions VALUES(203,'019eb68d-bdb8-745b-8a54-1463662a477f','expense',981,'transport','Taxi','2026-06-11',NULL,'[]','cash',1781179203000,1781179203000,NULL,NULL,0);
INSERT INTO transactions VALUES(204,'019eb68d-c1a0-7440-adc0-0afa6fb0fee4','expense',1068,'food','Lunch','2026-06-11',NULL,'[]','cash',1781179204000,1781179204000,NULL,NULL,0);
INSERT INTO transactions VALUES(205,'019ebbb4-11e8-769c-aeab-d695cf2ddb3d','expense',4211,'utilities','Water bill','2026-06-12',NULL,'[]','cash',1781265601000,1781265601000,NULL,NULL,0);
INSERT INTO transactions VALUES(206,'019ebbb4-15d0-76f5-b20c-b46d4f67677f','expense',6031,'food','Grocery store','2026-06-12',NULL,'[]','cash',1781265602000,1781265602000,NULL,NULL,0);
INSERT INTO transactions VALUES(207,'019ebbb4-19b8-74cb-a2c0-cf95d7468bfb','expense',1300,'entertainment','Museum','2026-06-12',NULL,'[]','cash',1781265603000,1781265603000,NULL,NULL,0);
INSERT INTO transactions VALUES(208,'019ebbb4-1da0-7a93-972c-f83e165dd7fc','expense',1879,'transport','Taxi','2026-06-12',NULL,'[]','cash',1781265604000,1781265604000,NULL,NULL,0);
INSERT INTO transactions VALUES(209,'019ebbb4-2188-77df-95ab-6e0a1e50b277','expense',3379,'shopping','Online order','2026-06-12',NULL,'[]','cash',1781265605000,1781265605000,NULL,NULL,0);
INSERT INTO transactions VALUES(210,'019ebbb4-2570-75a5-9da8-d03c8cb76e6b','expense',82243,'shopping','Electronics','2026-06-12',NULL,'[]','cash',1781265606000,1781265606000,NULL,NULL,0);
INSERT INTO transactions VALUES(211,'019ec0da-6de8-7335-937e-ed0566a5db94','expense',367,'food','Café Crème','2026-06-13',NULL,'[]','cash',1781352001000,1781352001000,NULL,NULL,0);
INSERT INTO transactions VALUES(212,'019ec0da-71d0-7cf4-8c71-9c82eb9ede6a','expense',1573,'food','Farmers market','2026-06-13',NULL,'[]','cash',1781352002000,1781352002000,NULL,NULL,0);
INSERT INTO transactions VALUES(213,'019ec0da-75b8-7ed2-a726-922e873d06ef','expense',6142,'shopping','Online order','2026-06-13',NULL,'[]','cash',1781352003000,1781352003000,NULL,NULL,0);
INSERT INTO transactions VALUES(214,'019ec0da-79a0-72c7-ba24-062ac592b9e7','expense',2108,'food','寿司 Sushi Bar','2026-06-13',NULL,'[]','cash',1781352004000,1781352004000,NULL,NULL,0);
INSERT INTO transactions VALUES(215,'019ec0da-7d88-74f0-94ec-5f31b8be8fb2','expense',4421,'food','Grocery store','2026-06-13',NULL,'[]','cash',1781352005000,1781352005000,NULL,NULL,0);
INSERT INTO transactions VALUES(216,'019ec0da-8170-76a7-a33f-a3e4c0d0346d','expense',5000,'entertainment','Concert tickets','2026-06-13',NULL,'[]','cash',1781352006000,1781352006000,NULL,NULL,0);
INSERT INTO transactions VALUES(217,'019ec600-c9e8-7a0b-9a6d-4cc327c0a1fa','expense',9868,'shopping','Clothing','2026-06-14',NULL,'[]','cash',1781438401000,1781438401000,NULL,NULL,0);
INSERT INTO transactions VALUES(218,'019ec600-cdd0-7cfa-bbb5-c673a3877051','expense',1400,'entertainment','Museum','2026-06-14',NULL,'[]','cash',1781438402000,1781438402000,NULL,NULL,0);
INSERT INTO transactions VALUES(219,'019ec600-d1b8-7bcc-8969-2ecab4993180','expense',641,'food','Bakery','2026-06-14',NULL,'[]','cash',1781438403000,1781438403000,NULL,NULL,0);
INSERT INTO transactions VALUES(220,'019ec600-d5a0-71c2-8f4f-172390b8ed1f','expense',2945,'entertainment','Cinema','2026-06-14',NULL,'[]','cash',1781438404000,1781438404000,NULL,NULL,0);
INSERT INTO transactions VALUES(221,'019ec600-d988-7863-9233-21b4df22dc6a','expense',1358,'shopping','Bookshop','2026-06-14',NULL,'[]','cash',1781438405000,1781438405000,NULL,NULL,0);
INSERT INTO transactions VALUES(222,'019ecb27-25e8-7252-88aa-1517152fd959','income',15816,'investment','Dividend payout','2026-06-15',NULL,'[]','cash',1781524801000,1781524801000,NULL,NULL,0);
INSERT INTO transactions VALUES(223,'019ecb27-29d0-7a0c-a7e9-4333de3ed124','expense',1624,'food','Pizza delivery','2026-06-15',NULL,'[]','cash',1781524802000,1781524802000,NULL,NULL,0);
INSERT INTO transactions VALUES(224,'019ecb27-2db8-7952-92a4-608560242b74','expense',2503,'food','寿司 Sushi Bar','2026-06-15',NULL,'[]','cash',1781524803000,1781524803000,NULL,NULL,0);
INSERT INTO transactions VALUES(225,'019ecb27-31a0-7a82-ab02-d4a4f6c6a993','expense',16600,'health','Dentist','2026-06-15',NULL,'[]','cash',1781524804000,1781524804000,NULL,NULL,0);
INSERT INTO transactions VALUES(226,'019ecb27-3588-7f64-8f83-26e29ec54c06','expense',358,'food','Coffee','2026-06-15',NULL,'[]','cash',1781524805000,1781524805000,NULL,NULL,0);
INSERT INTO transactions VALUES(227,'019ecb27-3970-7a12-86d8-f82e602d37c5','expense',2308,'food','Farmers market','2026-06-15',NULL,'[]','cash',1781524806000,1781524806000,NULL,NULL,0);
INSERT INTO transactions VALUES(228,'019ed04d-81e8-72aa-87a3-286c533ac9da','expense',1689,'shopping','Bookshop','2026-06-16',NULL,'[]','cash',1781611201000,1781611201000,NULL,NULL,0);
INSERT INTO transactions VALUES(229,'019ed04d-85d0-7c2b-afac-02a600f21c83','expense',299,'food','Coffee','2026-06-16',NULL,'[]','cash',1781611202000,1781611202000,NULL,NULL,0);
INSERT INTO transactions VALUES(230,'019ed04d-89b8-71db-9151-b6439972572b','expense',3200,'other','Charity donation','2026-06-16',NULL,'[]','cash',1781611203000,1781611203000,NULL,NULL,0);
INSERT INTO transactions VALUES(231,'019ed04d-8da0-7901-a0d8-90f2a41c10fd','expense',468,'food','Bakery','2026-06-16',NULL,'[]','cash',1781611204000,1781611204000,NULL,NULL,0);
INSERT INTO transactions VALUES(232,'019ed573-dde8-7147-9491-0a48455fc21b','expense',3800,'other','Charity donation','2026-06-17',NULL,'[]','cash',1781697601000,1781697601000,NULL,NULL,0);
INSERT INTO transactions VALUES(233,'019ed573-e1d0-7c54-974d-e7a92c4e5fab','expense',3337,'food','Pizza delivery','2026-06-17',NULL,'[]','cash',1781697602000,1781697602000,NULL,NULL,0);
INSERT INTO transactions VALUES(234,'019ed573-e5b8-7c43-bdd7-2d4db597cfc9','expense',1800,'entertainment','Museum','2026-06-17',NULL,'[]','cash',1781697603000,1781697603000,NULL,NULL,0);
INSERT INTO transactions VALUES(235,'019ed573-e9a0-7908-a978-89094b09fe73','expense',5008,'shopping','Online order','2026-06-17',NULL,'[]','cash',1781697604000,1781697604000,NULL,NULL,0);
INSERT INTO transactions VALUES(236,'019eda9a-39e8-7f0b-b289-c941acf6e41e','expense',4844,'utilities','Internet','2026-06-18',NULL,'[]','cash',1781784001000,1781784001000,NULL,NULL,0);
INSERT INTO transactions VALUES(237,'019eda9a-3dd0-77b7-b47c-8d305cb19bef','expense',1252,'shopping','Hardware store','2026-06-18',NULL,'[]','cash',1781784002000,1781784002000,NULL,NULL,0);
INSERT INTO transactions VALUES(238,'019eda9a-41b8-7c71-830b-3f80e638a5f1','expense',1194,'entertainment','Cinema','2026-06-18',NULL,'[]','cash',1781784003000,1781784003000,NULL,NULL,0);
INSERT INTO transactions VALUES(239,'019eda9a-45a0-75a0-b12d-414b18b2faba','expense',577,'food','Café Crème','2026-06-18',NULL,'[]','cash',1781784004000,1781784004000,NULL,NULL,0);
INSERT INTO transactions VALUES(240,'019eda9a-4988-7ae8-95fa-c2ffdf1b9c2f','expense',498,'food','Café Crème','2026-06-18',NULL,'[]','cash',1781784005000,1781784005000,NULL,NULL,0);
INSERT INTO transactions VALUES(241,'019edfc0-95e8-7f1e-8dda-027af67524c0','expense',751,'transport','Parking','2026-06-19',NULL,'[]','cash',1781870401000,1781870401000,NULL,NULL,0);
INSERT INTO transactions VALUES(242,'019edfc0-99d0-72ab-bc39-082f76620846','expense',5830,'food','Grocery store','2026-06-19',NULL,'[]','cash',1781870402000,1781870402000,NULL,NULL,0);
INSERT INTO transactions VALUES(243,'019edfc0-9db8-7fcf-9996-7ab3005bd106','expense',23007,'health','Optician','2026-06-19',NULL,'[]','cash',1781870403000,1781870403000,NULL,NULL,0);
INSERT INTO transactions VALUES(244,'019edfc0-a1a0-7d02-8db0-afeeaa25a2ea','expense',423,'food','Café Crème','2026-06-19',NULL,'[]','cash',1781870404000,1781870404000,NULL,NULL,0);
INSERT INTO transactions VALUES(245,'019edfc0-a588-701a-b75f-7684c1a22df8','expense',430,'food','Coffee','2026-06-19',NULL,'[]','cash',1781870405000,1781870405000,NULL,NULL,0);
INSERT INTO transactions VALUES(246,'019ee4e6-f1e8-7421-ba4c-5d23caa7d495','expense',3478,'shopping','Electronics','2026-06-20',NULL,'[]','cash',1781956801000,1781956801000,NULL,NULL,0);
INSERT INTO transactions VALUES(247,'019ee4e6-f5d0-710d-aa6e-30d125812380','expense',967,'food','Farmers market','2026-06-20',NULL,'[]','cash',1781956802000,1781956802000,NULL,NULL,0);
INSERT INTO transactions VALUES(248,'019ee4e6-f9b8-78da-a87b-7cfd98fcc70e','expense',4353,'transport','Train ticket','2026-06-20',NULL,'[]','cash',1781956803000,1781956803000,NULL,NULL,0);
INSERT INTO transactions VALUES(249,'019ee4e6-fda0-723d-8348-6d1c90f55513','expense',543,'food','Café Crème','2026-06-20',NULL,'[]','cash',1781956804000,1781956804000,NULL,NULL,0);
INSERT INTO transactions VALUES(250,'019ee4e7-0188-7db8-be19-b9d97ad4f39c','expense',1210,'shopping','Online order','2026-06-20',NULL,'[]','cash',1781956805000,1781956805000,NULL,NULL,0);
INSERT INTO transactions VALUES(251,'019ee4e7-0570-7d4d-bb87-c08457ef1793','expense',1402,'food','Bakery','2026-06-20',NULL,'[]','cash',1781956806000,1781956806000,NULL,NULL,0);
INSERT INTO transactions VALUES(252,'019eea0d-4de8-7976-a123-b8c8158c4722','expense',453,'subscriptions','Cloud storage','2026-06-21',NULL,'[]','cash',1782043201000,1782043201000,NULL,NULL,0);
INSERT INTO transactions VALUES(253,'019eea0d-51d0-7cd1-8716-a2cb39563288','expense',542,'other','Post office','2026-06-21',NULL,'[]','cash',1782043202000,1782043202000,NULL,NULL,0);
INSERT INTO transactions VALUES(254,'019eea0d-55b8-7292-92fd-c7345a8d4a34','expense',2064,'food','Grocery store','2026-06-21',NULL,'[]','cash',1782043203000,1782043203000,NULL,NULL,0);
INSERT INTO transactions VALUES(255,'019eea0d-59a0-734e-a942-aaba6746e538','expense',1721,'food','Pizza delivery','2026-06-21',NULL,'[]','cash',1782043204000,1782043204000,NULL,NULL,0);
INSERT INTO transactions VALUES(256,'019eea0d-5d88-76fb-903a-79978c8aa68a','expense',1212,'entertainment','Bar','2026-06-21',NULL,'[]','cash',1782043205000,1782043205000,NULL,NULL,0);
INSERT INTO transactions VALUES(257,'019eea0d-6170-70a7-89ad-b5b9c458fd7b','expense',2548,'transport','Train ticket','2026-06-21',NULL,'[]','cash',1782043206000,1782043206000,NULL,NULL,0);
INSERT INTO transactions VALUES(258,'019eef33-a9e8-788c-84fd-53193651c602','expense',1200,'health','Gym day pass','2026-06-22',NULL,'[]','cash',1782129601000,1782129601000,NULL,NULL,0);
INSERT INTO transactions VALUES(259,'019eef33-add0-7bee-bec2-c86d907ec0e7','expense',2595,'shopping','Bookshop','2026-06-22',NULL,'[]','cash',1782129602000,1782129602000,NULL,NULL,0);
INSERT INTO transactions VALUES(260,'019eef33-b1b8-71dc-8f4a-06840bcc174f','expense',799,'food','Bakery','2026-06-22',NULL,'[]','cash',1782129603000,1782129603000,NULL,NULL,0);
INSERT INTO transactions VALUES(261,'019eef33-b5a0-782e-88a8-344fcd1c1688','expense',1407,'food','Lunch','2026-06-22',NULL,'[]','cash',1782129604000,1782129604000,NULL,NULL,0);
INSERT INTO transactions VALUES(262,'019ef45a-05e8-70ee-96e5-3172c027889c','expense',8693,'transport','Train ticket','2026-06-23',NULL,'[]','cash',1782216001000,1782216001000,NULL,NULL,0);
INSERT INTO transactions VALUES(263,'019ef45a-09d0-7049-af2b-c0cdce6c359c','expense',1160,'transport','Taxi','2026-06-23',NULL,'[]','cash',1782216002000,1782216002000,NULL,NULL,0);
INSERT INTO transactions VALUES(264,'019ef45a-0db8-77a1-bcea-cd846091d47e','expense',4604,'transport','Fuel','2026-06-23',NULL,'["work"]','cash',1782216003000,1782216003000,NULL,NULL,0);
INSERT INTO transactions VALUES(265,'019ef45a-11a0-76ed-80a2-e0ae20e50468','expense',3600,'entertainment','Concert tickets','2026-06-23',NULL,'[]','cash',1782216004000,1782216004000,NULL,NULL,0);
INSERT INTO transactions VALUES(266,'019ef45a-1588-7eb9-8efd-67bc66facd11','expense',1737,'transport','Taxi','2026-06-23',NULL,'[]','cash',1782216005000,1782216005000,NULL,NULL,0);
INSERT INTO transactions VALUES(267,'019ef980-61e8-7037-a4c7-c0175662e34a','expense',2200,'transport','Metro card top-up','2026-06-24',NULL,'[]','cash',1782302401000,1782302401000,NULL,NULL,0);
INSERT INTO transactions VALUES(268,'019ef980-65d0-7a7b-85c2-e48feacb0ccd','expense',356,'food','Coffee','2026-06-24',NULL,'[]','cash',1782302402000,1782302402000,NULL,NULL,0);
INSERT INTO transactions VALUES(269,'019ef980-69b8-7d0d-9fb6-0d3890d110f1','expense',1058,'transport','Parking','2026-06-24',NULL,'[]','cash',1782302403000,1782302403000,NULL,NULL,0);
INSERT INTO transactions VALUES(270,'019ef980-6da0-7308-ab7d-10d16f8e85f1','expense',1457,'shopping','Bookshop','2026-06-24',NULL,'[]','cash',1782302404000,1782302404000,NULL,NULL,0);
INSERT INTO transactions VALUES(271,'019efea6-bde8-7d1d-94c7-a70cb4b7680f','income',472465,'salary','Salary','2026-06-25',NULL,'[]','cash',1782388801000,1782388801000,NULL,NULL,0);
INSERT INTO transactions VALUES(272,'019efea6-c1d0-7817-9d50-7085a1fad2f0','expense',2553,'transport','Train ticket','2026-06-25',NULL,'[]','cash',1782388802000,1782388802000,NULL,NULL,0);
INSERT INTO transactions VALUES(273,'019efea6-c5b8-7747-8a7e-6a34eb795d0c','expense',543,'other','Post office','2026-06-25',NULL,'[]','cash',1782388803000,1782388803000,NULL,NULL,0);
INSERT INTO transactions VALUES(274,'019efea6-c9a0-78a5-bff1-a4bcf68d9912','expense',767,'transport','Parking','2026-06-25',NULL,'[]','cash',1782388804000,1782388804000,NULL,NULL,0);
INSERT INTO transactions VALUES(275,'019efea6-cd88-7410-929b-c20b194a4bd8','expense',2671,'food','寿司 Sushi Bar','2026-06-25',NULL,'[]','cash',1782388805000,1782388805000,NULL,NULL,0);
INSERT INTO transactions VALUES(276,'019f03cd-19e8-740a-b211-3404e7f8d952','expense',3472,'food','Grocery store','2026-06-26',NULL,'[]','cash',1782475201000,1782475201000,NULL,NULL,0);
INSERT INTO transactions VALUES(277,'019f03cd-1dd0-7968-89a4-8ee6b557114e','expense',9685,'shopping','Clothing','2026-06-26',NULL,'[]','cash',1782475202000,1782475202000,NULL,NULL,0);
INSERT INTO transactions VALUES(278,'019f03cd-21b8-7dd1-9dfb-bd7abc424db4','expense',2320,'food','Pizza delivery','2026-06-26',NULL,'[]','cash',1782475203000,1782475203000,NULL,NULL,0);
INSERT INTO transactions VALUES(279,'019f03cd-25a0-7c57-b863-f4c9a1a28e6d','expense',1727,'transport','Taxi','2026-06-26',NULL,'[]','cash',1782475204000,1782475204000,NULL,NULL,0);
INSERT INTO transactions VALUES(280,'019f03cd-2988-7a75-bb85-83c16785405b','expense',2379,'entertainment','Bowling','2026-06-26',NULL,'[]','cash',1782475205000,1782475205000,NULL,NULL,0);
INSERT INTO transactions VALUES(281,'019f08f3-75e8-777c-afef-909ff34e2e19','expense',439,'food','Café Crème','2026-06-27',NULL,'[]','cash',1782561601000,1782561601000,NULL,NULL,0);
INSERT INTO transactions VALUES(282,'019f08f3-79d0-7387-b334-180ff6084a4d','expense',3983,'entertainment','Bowling','2026-06-27',NULL,'[]','cash',1782561602000,1782561602000,NULL,NULL,0);
INSERT INTO transactions VALUES(283,'019f08f3-7db8-778f-b21d-195989ea5de7','expense',3880,'food','寿司 Sushi Bar','2026-06-27',NULL,'[]','cash',1782561603000,1782561603000,NULL,NULL,0);
INSERT INTO transactions VALUES(284,'019f08f3-81a0-7fc4-aa7b-bd766995af65','expense',352,'food','Café Crème','2026-06-27',NULL,'[]','cash',1782561604000,1782561604000,NULL,NULL,0);
INSERT INTO transactions VALUES(285,'019f08f3-8588-7e3c-b5ca-f157f12c8e40','expense',308,'food','Bakery','2026-06-27',NULL,'[]','cash',1782561605000,1782561605000,NULL,NULL,0);
INSERT INTO transactions VALUES(286,'019f08f3-8970-7680-8c3e-2155f766ee82','expense',1100,'other','Charity donation','2026-06-27',NULL,'[]','cash',1782561606000,1782561606000,NULL,NULL,0);
INSERT INTO transactions VALUES(287,'019f0e19-d1e8-7393-9203-25090f25cfa4','expense',2037,'entertainment','Cinema','2026-06-28',NULL,'[]','cash',1782648001000,1782648001000,NULL,NULL,0);
INSERT INTO transactions VALUES(288,'019f0e19-d5d0-795f-93ee-8f43fd762f39','expense',4340,'shopping','Clothing','2026-06-28',NULL,'[]','cash',1782648002000,1782648002000,NULL,NULL,0);
INSERT INTO transactions VALUES(289,'019f0e19-d9b8-7d61-828f-530e860657fc','expense',2412,'food','Farmers market','2026-06-28',NULL,'[]','cash',1782648003000,1782648003000,NULL,NULL,0);
INSERT INTO transactions VALUES(290,'019f0e19-dda0-75c3-b057-e54bfa2e46d3','expense',1607,'food','Grocery store','2026-06-28',NULL,'[]','cash',1782648004000,1782648004000,NULL,NULL,0);
INSERT INTO transactions VALUES(291,'019f0e19-e188-7fa0-9e49-d21049c74fc0','expense',5543,'food','Grocery store','2026-06-28',NULL,'[]','cash',1782648005000,1782648005000,NULL,NULL,0);
INSERT INTO transactions VALUES(292,'019f1340-2de8-7bae-b401-1d3151dd1f7d','expense',2200,'transport','Metro card top-up','2026-06-29',NULL,'[]','cash',1782734401000,1782734401000,NULL,NULL,0);
INSERT INTO transactions VALUES(293,'019f1340-31d0-77a5-a7cf-0737798da442','expense',1915,'food','Pizza delivery','2026-06-29',NULL,'[]','cash',1782734402000,1782734402000,NULL,NULL,0);
INSERT INTO transactions VALUES(294,'019f1340-35b8-71cf-adc6-7e85cfc2c5fd','expense',1823,'shopping','Bookshop','2026-06-29',NULL,'[]','cash',1782734403000,1782734403000,NULL,NULL,0);
INSERT INTO transactions VALUES(295,'019f1340-39a0-71bb-9d1a-ff1fc04be67d','expense',915,'food','Lunch','2026-06-29',NULL,'[]','cash',1782734404000,1782734404000,NULL,NULL,0);
INSERT INTO transactions VALUES(296,'019f1866-89e8-7752-aab2-a1438953e5a8','expense',282,'other','Post office','2026-06-30',NULL,'[]','cash',1782820801000,1782820801000,NULL,NULL,0);
INSERT INTO transactions VALUES(297,'019f1866-8dd0-7578-9f69-2bf5a52fffef','expense',1852,'food','Farmers market','2026-06-30',NULL,'[]','cash',1782820802000,1782820802000,NULL,NULL,0);
INSERT INTO transactions VALUES(298,'019f1866-91b8-71c2-a354-2ff3289573a3','expense',2602,'food','Pizza delivery','2026-06-30',NULL,'[]','cash',1782820803000,1782820803000,NULL,NULL,0);
INSERT INTO transactions VALUES(299,'019f1866-95a0-7725-af41-c4e1ccda16c1','expense',1267,'transport','Train ticket','2026-06-30',NULL,'[]','cash',1782820804000,1782820804000,NULL,NULL,0);
INSERT INTO transactions VALUES(300,'019f1866-9988-7ca7-bbf6-0f154fca8ac6','expense',2000,'transport','Metro card top-up','2026-06-30',NULL,'[]','ING Checking',1782820805000,1796178811152,NULL,NULL,0);
CREATE TABLE transaction_tags(
    tag TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
INSERT INTO transaction_tags VALUES('family',80);
INSERT INTO transaction_tags VALUES('kids',46);
INSERT INTO transaction_tags VALUES('kids',65);
INSERT INTO transaction_tags VALUES('work',199);
INSERT INTO transaction_tags VALUES('work',264);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','transactions_fts','transactions_fts',0,'CREATE VIRTUAL TABLE transactions_fts USING fts5(
    description, note,
    content = ''transactions'', content_rowid = ''seq'',
    tokenize = ''unicode61 remove_diacritics 2'',
    columnsize = 0, detail = column
)');
CREATE TABLE IF NOT EXISTS 'transactions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO transactions_fts_data VALUES(1,X'822c836600');
INSERT INTO transactions_fts_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO transactions_fts_data VALUES(137438953473,X'00000771073062616b6572790c02020502020e02020102020702020102021602020502020902021002020802023202021002023502020c02021402020902021902020301721002020402020d02020c02020102020802021802021702020302020d02020602020202020802020b02020502021602021f02020c02020a02022002021302020802020203696c6c1502021f02027b02021e020202076f6f6b73686f703502023702020802024602022302020702021f02020b02021802020305776c696e671902023102020102021f0202010202040202812902020202020104636166650502020202020c02021302021602020302020502020102022c02020202025602020a02021c0202010202040202050202200202030202030272640302021b02022802020902020902021602021b02023602024c020219020208020202066861726974793702022602025c02022d02020202023602020205696e656d610b02026202022602020102022102020e020219020212020231020202076c6f7468696e670402022d02024702021302020102020302022502020902021c02023c02020b020204027564600202811c020202056f666665651702020b02021f02020702020c02020202022102020c020201020206020203020204020251020203020210020217020203056e6365727424020207020208020281150202100202310202020472656d650502020202020c02021302021602020302020502020102022c02020202025602020a02021c0202010202040202050202200202030202010364617981000202810202020207656c69766572793202020b02020c02020702020902021002021602020202021a02020202021302020802020302020102020602021d02020a02021602021702020f020205020203056e746973743802024f02025a0202020769766964656e64815e020202076f6e6174696f6e3702022602025c02022d0202020202360202010b656c656374726963697479150202811a020207056f6e6963731c02023702027f020224020201076661726d6572730102022902021602025c02020802020d02020502020102021002020d02020f02021402022a020208020202087265656c616e6365570202020375656c0f02021a02021202022002020402020702021302020302021e0202060202240202440202010467696674811202020206726f636572792f02022602021202023e02022902020902021b02020c02021602020e02020102020202796d8100020281020202010768616972637574810e02021102021f020203067264776172650902023e02020a02022102027b02020108696e7465726e6574520202811a02020305766f69636557020201056c756e63680d02020102020802022302020102022802021802022402020a02021e020206020239020222020201066d61726b65740102022902021602025c02020802020d02020502020102021002020d02020f02021402022a020208020202046574726f0302021b02022802020902020902021602021b02023602024c02021902020802020205757365756d0802020202024302022302022702020202021902021d02020b020210020204026963060202811b020201066f66666963658108020275020214020217020202056e6c696e652c02023702023f02020502022a02020402021602020f020202077074696369616e817302020204726465722c02023702023f02020502022a02020402021602020f020201077061726b696e671a02020102021502022a02020402020302024902020902021202022c02021c02020502020302737381000202810202020304796f7574815e020202076861726d6163791d02026102022502020902021502020204697a7a613202020b02020c02020702020902021002021602020202021a02020202021302020802020302020102020602021d02020a02021602021702020f020205020202036f737481080202750202140202170202010472656e7481180202010673616c617279760202811902020206746f72616765600202811c02020501650902022602021802020a02020402021202020b02023302022902020902021602020502020c02021602020e020201020203077265616d696e670602021d02027e02021f02020204757368691002020402020d02021502021802021702020302020d02020602020202020802021002023502020c02020a02023302020802020104746178691202020602022a02026702020402021e02020502023702020302020d0202020569636b65740202022302025d02020402022802024a02020902020502020a02021b02020701732402020702020802028115020210020231020202026f700302021b02022802020902020902021602021b02023602024c020219020208020202047261696e0202022302025d02020402022802024a02020902020502020a02021b0202010275700302021b02022802020902020902021602021b02023602024c02021902020802020105766964656f230202811d020201057761746572340202811902020106e5afbfe58fb81002020402020d02021502021802021702020302020d02020602020202020802021002023502020c02020a0202330202080202043e451124203c251a222a0b371a3c0d48100d1b1413330d290a290c1317110a2e3227250b151f0d1e2d0c0a1845120a0f0f3315392425162524250e0e');
INSERT INTO transactions_fts_data VALUES(274877906945,X'0000002a053063617264822c030201056d6574726f822c03020103746f70822c030201027570822c0302040a0b09');
CREATE TABLE IF NOT EXISTS 'transactions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO transactions_fts_idx VALUES(1,X'',2);
INSERT INTO transactions_fts_idx VALUES(2,X'',2);
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
INSERT INTO daily_totals VALUES('2026-05-02','expense','food',1487,2);
INSERT INTO daily_totals VALUES('2026-05-02','expense','shopping',1723,1);
INSERT INTO daily_totals VALUES('2026-05-02','expense','transport',5323,2);
INSERT INTO daily_totals VALUES('2026-05-03','expense','entertainment',3062,3);
INSERT INTO daily_totals VALUES('2026-05-03','expense','food',949,2);
INSERT INTO daily_totals VALUES('2026-05-03','expense','shopping',7258,1);
INSERT INTO daily_totals VALUES('2026-05-03','expense','subscriptions',1135,1);
INSERT INTO daily_totals VALUES('2026-05-04','expense','food',6044,3);
INSERT INTO daily_totals VALUES('2026-05-04','expense','transport',4115,1);
INSERT INTO daily_totals VALUES('2026-05-05','expense','food',3194,3);
INSERT INTO daily_totals VALUES('2026-05-05','expense','transport',1043,1);
INSERT INTO daily_totals VALUES('2026-05-06','expense','entertainment',1695,1);
INSERT INTO daily_totals VALUES('2026-05-06','expense','food',1857,2);
INSERT INTO daily_totals VALUES('2026-05-06','expense','transport',1723,1);
INSERT INTO daily_totals VALUES('2026-05-06','expense','utilities',12265,1);
INSERT INTO daily_totals VALUES('2026-05-07','expense','health',1445,1);
INSERT INTO daily_totals VALUES('2026-05-07','expense','shopping',17352,1);
INSERT INTO daily_totals VALUES('2026-05-07','expense','transport',1487,2);
INSERT INTO daily_totals VALUES('2026-05-08','expense','food',4874,4);
INSERT INTO daily_totals VALUES('2026-05-08','expense','transport',2900,1);
INSERT INTO daily_totals VALUES('2026-05-09','expense','entertainment',5000,1);
INSERT INTO daily_totals VALUES('2026-05-09','expense','food',1640,3);
INSERT INTO daily_totals VALUES('2026-05-09','expense','subscriptions',2202,1);
INSERT INTO daily_totals VALUES('2026-05-09','expense','transport',11458,2);
INSERT INTO daily_totals VALUES('2026-05-10','expense','entertainment',6584,3);
INSERT INTO daily_totals VALUES('2026-05-10','expense','food',3288,2);
INSERT INTO daily_totals VALUES('2026-05-10','expense','shopping',9860,1);
INSERT INTO daily_totals VALUES('2026-05-11','expense','entertainment',10400,1);
INSERT INTO daily_totals VALUES('2026-05-11','expense','food',2033,1);
INSERT INTO daily_totals VALUES('2026-05-11','expense','shopping',10982,1);
INSERT INTO daily_totals VALUES('2026-05-11','expense','transport',686,1);
INSERT INTO daily_totals VALUES('2026-05-12','expense','food',2119,1);
INSERT INTO daily_totals VALUES('2026-05-12','expense','health',22600,1);
INSERT INTO daily_totals VALUES('2026-05-12','expense','other',4100,1);
INSERT INTO daily_totals VALUES('2026-05-12','expense','shopping',3018,1);
INSERT INTO daily_totals VALUES('2026-05-12','expense','utilities',2069,1);
INSERT INTO daily_totals VALUES('2026-05-13','expense','food',2742,3);
INSERT INTO daily_totals VALUES('2026-05-13','expense','transport',5495,1);
INSERT INTO daily_totals VALUES('2026-05-14','expense','food',3598,4);
INSERT INTO daily_totals VALUES('2026-05-15','expense','food',1496,4);
INSERT INTO daily_totals VALUES('2026-05-15','expense','transport',1157,1);
INSERT INTO daily_totals VALUES('2026-05-16','expense','entertainment',4240,2);
INSERT INTO daily_totals VALUES('2026-05-16','expense','food',2241,2);
INSERT INTO daily_totals VALUES('2026-05-16','expense','shopping',8707,1);
INSERT INTO daily_totals VALUES('2026-05-16','expense','transport',2900,1);
INSERT INTO daily_totals VALUES('2026-05-17','expense','entertainment',1100,1);
INSERT INTO daily_totals VALUES('2026-05-17','expense','food',4975,3);
INSERT INTO daily_totals VALUES('2026-05-17','expense','shopping',561,1);
INSERT INTO daily_totals VALUES('2026-05-17','expense','transport',2500,1);
INSERT INTO daily_totals VALUES('2026-05-18','expense','food',2239,3);
INSERT INTO daily_totals VALUES('2026-05-18','expense','shopping',3277,1);
INSERT INTO daily_totals VALUES('2026-05-18','expense','utilities',4844,1);
INSERT INTO daily_totals VALUES('2026-05-19','expense','food',3812,1);
INSERT INTO daily_totals VALUES('2026-05-19','expense','transport',7029,3);
INSERT INTO daily_totals VALUES('2026-05-19','income','freelance',36737,1);
INSERT INTO daily_totals VALUES('2026-05-20','expense','food',986,1);
INSERT INTO daily_totals VALUES('2026-05-20','expense','other',1200,1);
INSERT INTO daily_totals VALUES('2026-05-20','expense','transport',5302,2);
INSERT INTO daily_totals VALUES('2026-05-21','expense','food',1614,2);
INSERT INTO daily_totals VALUES('2026-05-21','expense','shopping',3861,1);
INSERT INTO daily_totals VALUES('2026-05-21','expense','subscriptions',453,1);
INSERT INTO daily_totals VALUES('2026-05-21','expense','transport',348,1);
INSERT INTO daily_totals VALUES('2026-05-22','expense','food',20399,4);
INSERT INTO daily_totals VALUES('2026-05-22','expense','transport',4426,1);
INSERT INTO daily_totals VALUES('2026-05-23','expense','entertainment',8219,4);
INSERT INTO daily_totals VALUES('2026-05-23','expense','shopping',3174,1);
INSERT INTO daily_totals VALUES('2026-05-23','expense','transport',2800,1);
INSERT INTO daily_totals VALUES('2026-05-24','expense','entertainment',800,1);
INSERT INTO daily_totals VALUES('2026-05-24','expense','food',2955,3);
INSERT INTO daily_totals VALUES('2026-05-24','expense','shopping',5709,2);
INSERT INTO daily_totals VALUES('2026-05-25','expense','food',1255,2);
INSERT INTO daily_totals VALUES('2026-05-25','expense','shopping',2580,1);
INSERT INTO daily_totals VALUES('2026-05-25','expense','transport',5108,1);
INSERT INTO daily_totals VALUES('2026-05-25','income','salary',472465,1);
INSERT INTO daily_totals VALUES('2026-05-26','expense','food',5395,2);
INSERT INTO daily_totals VALUES('2026-05-26','expense','health',805,1);
INSERT INTO daily_totals VALUES('2026-05-26','expense','transport',4338,1);
INSERT INTO daily_totals VALUES('2026-05-27','expense','food',4830,2);
INSERT INTO daily_totals VALUES('2026-05-27','expense','health',1000,1);
INSERT INTO daily_totals VALUES('2026-05-27','expense','transport',2110,1);
INSERT INTO daily_totals VALUES('2026-05-28','expense','food',3677,3);
INSERT INTO daily_totals VALUES('2026-05-28','expense','transport',1902,1);
INSERT INTO daily_totals VALUES('2026-05-29','expense','food',423,1);
INSERT INTO daily_totals VALUES('2026-05-29','expense','health',19200,1);
INSERT INTO daily_totals VALUES('2026-05-29','expense','other',365,1);
INSERT INTO daily_totals VALUES('2026-05-29','expense','shopping',4941,1);
INSERT INTO daily_totals VALUES('2026-05-29','expense','transport',2800,1);
INSERT INTO daily_totals VALUES('2026-05-30','expense','entertainment',2105,1);
INSERT INTO daily_totals VALUES('2026-05-30','expense','food',728,2);
INSERT INTO daily_totals VALUES('2026-05-30','expense','other',4100,1);
INSERT INTO daily_totals VALUES('2026-05-30','expense','shopping',10111,2);
INSERT INTO daily_totals VALUES('2026-05-31','expense','entertainment',4460,3);
INSERT INTO daily_totals VALUES('2026-05-31','expense','food',5498,2);
INSERT INTO daily_totals VALUES('2026-05-31','expense','other',6537,1);
INSERT INTO daily_totals VALUES('2026-06-01','expense','entertainment',1800,1);
INSERT INTO daily_totals VALUES('2026-06-01','expense','food',4293,2);
INSERT INTO daily_totals VALUES('2026-06-01','expense','rent',173498,1);
INSERT INTO daily_totals VALUES('2026-06-01','expense','transport',5286,1);
INSERT INTO daily_totals VALUES('2026-06-02','expense','food',2783,2);
INSERT INTO daily_totals VALUES('2026-06-02','expense','other',2900,1);
INSERT INTO daily_totals VALUES('2026-06-02','expense','transport',3429,1);
INSERT INTO daily_totals VALUES('2026-06-03','expense','food',6991,2);
INSERT INTO daily_totals VALUES('2026-06-03','expense','health',781,1);
INSERT INTO daily_totals VALUES('2026-06-03','expense','shopping',10360,1);
INSERT INTO daily_totals VALUES('2026-06-03','expense','subscriptions',1135,1);
INSERT INTO daily_totals VALUES('2026-06-04','expense','food',2403,2);
INSERT INTO daily_totals VALUES('2026-06-04','expense','shopping',1370,1);
INSERT INTO daily_totals VALUES('2026-06-04','expense','transport',2883,1);
INSERT INTO daily_totals VALUES('2026-06-05','expense','entertainment',1852,1);
INSERT INTO daily_totals VALUES('2026-06-05','expense','health',2582,1);
INSERT INTO daily_totals VALUES('2026-06-05','expense','transport',3211,3);
INSERT INTO daily_totals VALUES('2026-06-06','expense','entertainment',3414,2);
INSERT INTO daily_totals VALUES('2026-06-06','expense','food',3509,2);
INSERT INTO daily_totals VALUES('2026-06-06','expense','shopping',6154,1);
INSERT INTO daily_totals VALUES('2026-06-06','expense','transport',794,1);
INSERT INTO daily_totals VALUES('2026-06-06','expense','utilities',6898,1);
INSERT INTO daily_totals VALUES('2026-06-07','expense','food',7062,4);
INSERT INTO daily_totals VALUES('2026-06-07','expense','other',5200,1);
INSERT INTO daily_totals VALUES('2026-06-07','expense','shopping',973,1);
INSERT INTO daily_totals VALUES('2026-06-08','expense','food',2528,1);
INSERT INTO daily_totals VALUES('2026-06-08','expense','other',3900,1);
INSERT INTO daily_totals VALUES('2026-06-08','expense','shopping',2112,1);
INSERT INTO daily_totals VALUES('2026-06-08','expense','transport',3100,1);
INSERT INTO daily_totals VALUES('2026-06-09','expense','entertainment',1373,1);
INSERT INTO daily_totals VALUES('2026-06-09','expense','food',2397,1);
INSERT INTO daily_totals VALUES('2026-06-09','expense','health',4513,1);
INSERT INTO daily_totals VALUES('2026-06-09','expense','subscriptions',2202,1);
INSERT INTO daily_totals VALUES('2026-06-09','expense','transport',5919,1);
INSERT INTO daily_totals VALUES('2026-06-10','expense','entertainment',4200,1);
INSERT INTO daily_totals VALUES('2026-06-10','expense','food',2661,2);
INSERT INTO daily_totals VALUES('2026-06-10','expense','transport',1065,1);
INSERT INTO daily_totals VALUES('2026-06-11','expense','food',7532,3);
INSERT INTO daily_totals VALUES('2026-06-11','expense','transport',981,1);
INSERT INTO daily_totals VALUES('2026-06-12','expense','entertainment',1300,1);
INSERT INTO daily_totals VALUES('2026-06-12','expense','food',6031,1);
INSERT INTO daily_totals VALUES('2026-06-12','expense','shopping',85622,2);
INSERT INTO daily_totals VALUES('2026-06-12','expense','transport',1879,1);
INSERT INTO daily_totals VALUES('2026-06-12','expense','utilities',4211,1);
INSERT INTO daily_totals VALUES('2026-06-13','expense','entertainment',5000,1);
INSERT INTO daily_totals VALUES('2026-06-13','expense','food',8469,4);
INSERT INTO daily_totals VALUES('2026-06-13','expense','shopping',6142,1);
INSERT INTO daily_totals VALUES('2026-06-14','expense','entertainment',4345,2);
INSERT INTO daily_totals VALUES('2026-06-14','expense','food',641,1);
INSERT INTO daily_totals VALUES('2026-06-14','expense','shopping',11226,2);
INSERT INTO daily_totals VALUES('2026-06-15','expense','food',6793,4);
INSERT INTO daily_totals VALUES('2026-06-15','expense','health',16600,1);
INSERT INTO daily_totals VALUES('2026-06-15','income','investment',15816,1);
INSERT INTO daily_totals VALUES('2026-06-16','expense','food',767,2);
INSERT INTO daily_totals VALUES('2026-06-16','expense','other',3200,1);
INSERT INTO daily_totals VALUES('2026-06-16','expense','shopping',1689,1);
INSERT INTO daily_totals VALUES('2026-06-17','expense','entertainment',1800,1);
INSERT INTO daily_totals VALUES('2026-06-17','expense','food',3337,1);
INSERT INTO daily_totals VALUES('2026-06-17','expense','other',3800,1);
INSERT INTO daily_totals VALUES('2026-06-17','expense','shopping',5008,1);
INSERT INTO daily_totals VALUES('2026-06-18','expense','entertainment',1194,1);
INSERT INTO daily_totals VALUES('2026-06-18','expense','food',1075,2);
INSERT INTO daily_totals VALUES('2026-06-18','expense','shopping',1252,1);
INSERT INTO daily_totals VALUES('2026-06-18','expense','utilities',4844,1);
INSERT INTO daily_totals VALUES('2026-06-19','expense','food',6683,3);
INSERT INTO daily_totals VALUES('2026-06-19','expense','health',23007,1);
INSERT INTO daily_totals VALUES('2026-06-19','expense','transport',751,1);
INSERT INTO daily_totals VALUES('2026-06-20','expense','food',2912,3);
INSERT INTO daily_totals VALUES('2026-06-20','expense','shopping',4688,2);
INSERT INTO daily_totals VALUES('2026-06-20','expense','transport',4353,1);
INSERT INTO daily_totals VALUES('2026-06-21','expense','entertainment',1212,1);
INSERT INTO daily_totals VALUES('2026-06-21','expense','food',3785,2);
INSERT INTO daily_totals VALUES('2026-06-21','expense','other',542,1);
INSERT INTO daily_totals VALUES('2026-06-21','expense','subscriptions',453,1);
INSERT INTO daily_totals VALUES('2026-06-21','expense','transport',2548,1);
INSERT INTO daily_totals VALUES('2026-06-22','expense','food',2206,2);
INSERT INTO daily_totals VALUES('2026-06-22','expense','health',1200,1);
INSERT INTO daily_totals VALUES('2026-06-22','expense','shopping',2595,1);
INSERT INTO daily_totals VALUES('2026-06-23','expense','entertainment',3600,1);
INSERT INTO daily_totals VALUES('2026-06-23','expense','transport',16194,4);
INSERT INTO daily_totals VALUES('2026-06-24','expense','food',356,1);
INSERT INTO daily_totals VALUES('2026-06-24','expense','shopping',1457,1);
INSERT INTO daily_totals VALUES('2026-06-24','expense','transport',3258,2);
INSERT INTO daily_totals VALUES('2026-06-25','expense','food',2671,1);
INSERT INTO daily_totals VALUES('2026-06-25','expense','other',543,1);
INSERT INTO daily_totals VALUES('2026-06-25','expense','transport',3320,2);
INSERT INTO daily_totals VALUES('2026-06-25','income','salary',472465,1);
INSERT INTO daily_totals VALUES('2026-06-26','expense','entertainment',2379,1);
INSERT INTO daily_totals VALUES('2026-06-26','expense','food',5792,2);
INSERT INTO daily_totals VALUES('2026-06-26','expense','shopping',9685,1);
INSERT INTO daily_totals VALUES('2026-06-26','expense','transport',1727,1);
INSERT INTO daily_totals VALUES('2026-06-27','expense','entertainment',3983,1);
INSERT INTO daily_totals VALUES('2026-06-27','expense','food',4979,4);
INSERT INTO daily_totals VALUES('2026-06-27','expense','other',1100,1);
INSERT INTO daily_totals VALUES('2026-06-28','expense','entertainment',2037,1);
INSERT INTO daily_totals VALUES('2026-06-28','expense','food',9562,3);
INSERT INTO daily_totals VALUES('2026-06-28','expense','shopping',4340,1);
INSERT INTO daily_totals VALUES('2026-06-29','expense','food',2830,2);
INSERT INTO daily_totals VALUES('2026-06-29','expense','shopping',1823,1);
INSERT INTO daily_totals VALUES('2026-06-29','expense','transport',2200,1);
INSERT INTO daily_totals VALUES('2026-06-30','expense','food',4454,2);
INSERT INTO daily_totals VALUES('2026-06-30','expense','other',282,1);
INSERT INTO daily_totals VALUES('2026-06-30','expense','transport',3267,2);
CREATE TABLE monthly_totals(
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    total INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (month, kind, category)
) WITHOUT ROWID;
INSERT INTO monthly_totals VALUES('2026-05','expense','entertainment',47665,21);
INSERT INTO monthly_totals VALUES('2026-05','expense','food',96348,67);
INSERT INTO monthly_totals VALUES('2026-05','expense','health',45050,5);
INSERT INTO monthly_totals VALUES('2026-05','expense','other',16302,5);
INSERT INTO monthly_totals VALUES('2026-05','expense','shopping',93114,17);
INSERT INTO monthly_totals VALUES('2026-05','expense','subscriptions',3790,3);
INSERT INTO monthly_totals VALUES('2026-05','expense','transport',76950,28);
INSERT INTO monthly_totals VALUES('2026-05','expense','utilities',19178,3);
INSERT INTO monthly_totals VALUES('2026-05','income','freelance',36737,1);
INSERT INTO monthly_totals VALUES('2026-05','income','salary',472465,1);
INSERT INTO monthly_totals VALUES('2026-06','expense','entertainment',39489,17);
INSERT INTO monthly_totals VALUES('2026-06','expense','food',115502,61);
INSERT INTO monthly_totals VALUES('2026-06','expense','health',48683,6);
INSERT INTO monthly_totals VALUES('2026-06','expense','other',21467,9);
INSERT INTO monthly_totals VALUES('2026-06','expense','rent',173498,1);
INSERT INTO monthly_totals VALUES('2026-06','expense','shopping',156496,20);
INSERT INTO monthly_totals VALUES('2026-06','expense','subscriptions',3790,3);
INSERT INTO monthly_totals VALUES('2026-06','expense','transport',66165,27);
INSERT INTO monthly_totals VALUES('2026-06','expense','utilities',15953,3);
INSERT INTO monthly_totals VALUES('2026-06','income','investment',15816,1);
INSERT INTO monthly_totals VALUES('2026-06','income','salary',472465,1);
CREATE TABLE undo_log(
    seq INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
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
INSERT INTO rollup_generation VALUES(23);
CREATE TABLE sync_changes(
    seq INTEGER PRIMARY KEY,        -- this replica's order: the server's sync cursor
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,           -- JSON object: column -> value
    hlc TEXT,                       -- NULL until stamped, in the same transaction
    origin TEXT,                    -- the device that made the change
    origin_seq INTEGER              -- its seq there
);
INSERT INTO sync_changes VALUES(1,'category','expense/entertainment','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',1);
INSERT INTO sync_changes VALUES(2,'category','expense/food','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',2);
INSERT INTO sync_changes VALUES(3,'category','expense/health','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',3);
INSERT INTO sync_changes VALUES(4,'category','expense/other','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',4);
INSERT INTO sync_changes VALUES(5,'category','expense/rent','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',5);
INSERT INTO sync_changes VALUES(6,'category','expense/shopping','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',6);
INSERT INTO sync_changes VALUES(7,'category','expense/subscriptions','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',7);
INSERT INTO sync_changes VALUES(8,'category','expense/transport','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',8);
INSERT INTO sync_changes VALUES(9,'category','expense/utilities','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',9);
INSERT INTO sync_changes VALUES(10,'category','income/bonus','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',10);
INSERT INTO sync_changes VALUES(11,'category','income/freelance','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',11);
INSERT INTO sync_changes VALUES(12,'category','income/investment','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',12);
INSERT INTO sync_changes VALUES(13,'category','income/other','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',13);
INSERT INTO sync_changes VALUES(14,'category','income/salary','{"parent":null,"color":null,"created_at":1796178806374,"deleted_at":null}','000001796178806382.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',14);
INSERT INTO sync_changes VALUES(15,'account','cash','{"type":"cash","currency":"USD","opening_balance":0,"opened_on":null,"closed":0,"note":null,"created_at":1796178806386,"updated_at":1796178806386,"deleted_at":null}','000001796178806388.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',15);
INSERT INTO sync_changes VALUES(16,'transaction','019de88f-55e8-76ac-8973-05c5d1aab99f','{"kind":"expense","amount":1116,"category":"food","description":"Farmers market","date":"2026-05-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777723201000,"updated_at":1777723201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',16);
INSERT INTO sync_changes VALUES(17,'transaction','019de88f-59d0-79ba-a5ac-e2685a072c6d','{"kind":"expense","amount":3223,"category":"transport","description":"Train ticket","date":"2026-05-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777723202000,"updated_at":1777723202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',17);
INSERT INTO sync_changes VALUES(18,'transaction','019de88f-5db8-733c-9ca0-c749607e2c86','{"kind":"expense","amount":2100,"category":"transport","description":"Metro card top-up","date":"2026-05-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777723203000,"updated_at":1777723203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',18);
INSERT INTO sync_changes VALUES(19,'transaction','019de88f-61a0-7f96-a4d9-303221373073','{"kind":"expense","amount":1723,"category":"shopping","description":"Clothing","date":"2026-05-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777723204000,"updated_at":1777723204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',19);
INSERT INTO sync_changes VALUES(20,'transaction','019de88f-6588-7caf-9b67-9c859acd7aaf','{"kind":"expense","amount":371,"category":"food","description":"Café Crème","date":"2026-05-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777723205000,"updated_at":1777723205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',20);
INSERT INTO sync_changes VALUES(21,'transaction','019dedb5-b1e8-7852-86c5-d1b05ce2ce14','{"kind":"expense","amount":1135,"category":"subscriptions","description":"Music streaming","date":"2026-05-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777809601000,"updated_at":1777809601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',21);
INSERT INTO sync_changes VALUES(22,'transaction','019dedb5-b5d0-736b-9186-6d4d0cde66a9','{"kind":"expense","amount":418,"category":"food","description":"Café Crème","date":"2026-05-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777809602000,"updated_at":1777809602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',22);
INSERT INTO sync_changes VALUES(23,'transaction','019dedb5-b9b8-7743-9fbd-96359554aa53','{"kind":"expense","amount":800,"category":"entertainment","description":"Museum","date":"2026-05-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777809603000,"updated_at":1777809603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',23);
INSERT INTO sync_changes VALUES(24,'transaction','019dedb5-bda0-73f2-af60-baae69576109','{"kind":"expense","amount":7258,"category":"shopping","description":"Hardware store","date":"2026-05-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777809604000,"updated_at":1777809604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',24);
INSERT INTO sync_changes VALUES(25,'transaction','019dedb5-c188-783e-98c8-0a5e762810c2','{"kind":"expense","amount":900,"category":"entertainment","description":"Museum","date":"2026-05-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777809605000,"updated_at":1777809605000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',25);
INSERT INTO sync_changes VALUES(26,'transaction','019dedb5-c570-7951-bc73-014050141d01','{"kind":"expense","amount":1362,"category":"entertainment","description":"Cinema","date":"2026-05-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777809606000,"updated_at":1777809606000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',26);
INSERT INTO sync_changes VALUES(27,'transaction','019dedb5-c958-75d6-9909-c315b21d8f6c','{"kind":"expense","amount":531,"category":"food","description":"Bakery","date":"2026-05-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777809607000,"updated_at":1777809607000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',27);
INSERT INTO sync_changes VALUES(28,'transaction','019df2dc-0de8-7a12-bd0d-1f90df4a692f','{"kind":"expense","amount":1157,"category":"food","description":"Lunch","date":"2026-05-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777896001000,"updated_at":1777896001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',28);
INSERT INTO sync_changes VALUES(29,'transaction','019df2dc-11d0-7470-b782-f608dcd26b70','{"kind":"expense","amount":1016,"category":"food","description":"Lunch","date":"2026-05-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777896002000,"updated_at":1777896002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',29);
INSERT INTO sync_changes VALUES(30,'transaction','019df2dc-15b8-7a96-9635-78705d25aa70','{"kind":"expense","amount":4115,"category":"transport","description":"Fuel","date":"2026-05-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777896003000,"updated_at":1777896003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',30);
INSERT INTO sync_changes VALUES(31,'transaction','019df2dc-19a0-75f2-a6fe-fb55c353a1ea','{"kind":"expense","amount":3871,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777896004000,"updated_at":1777896004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',31);
INSERT INTO sync_changes VALUES(32,'transaction','019df802-69e8-727f-94d2-fac5e33b4804','{"kind":"expense","amount":517,"category":"food","description":"Bakery","date":"2026-05-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777982401000,"updated_at":1777982401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',32);
INSERT INTO sync_changes VALUES(33,'transaction','019df802-6dd0-7d96-a23e-7fe1b4b4114d','{"kind":"expense","amount":1043,"category":"transport","description":"Taxi","date":"2026-05-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777982402000,"updated_at":1777982402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',33);
INSERT INTO sync_changes VALUES(34,'transaction','019df802-71b8-7dcf-8a1d-2716a0fa615a','{"kind":"expense","amount":658,"category":"food","description":"Café Crème","date":"2026-05-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777982403000,"updated_at":1777982403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',34);
INSERT INTO sync_changes VALUES(35,'transaction','019df802-75a0-7f9c-8630-166a1b8951b6','{"kind":"expense","amount":2019,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1777982404000,"updated_at":1777982404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',35);
INSERT INTO sync_changes VALUES(36,'transaction','019dfd28-c5e8-70db-9d54-db73ce48415b','{"kind":"expense","amount":12265,"category":"utilities","description":"Electricity bill","date":"2026-05-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778068801000,"updated_at":1778068801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',36);
INSERT INTO sync_changes VALUES(37,'transaction','019dfd28-c9d0-7556-ae48-8090c1f8b985','{"kind":"expense","amount":1514,"category":"food","description":"Lunch","date":"2026-05-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778068802000,"updated_at":1778068802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',37);
INSERT INTO sync_changes VALUES(38,'transaction','019dfd28-cdb8-7670-9ee0-0a0ab25212a6','{"kind":"expense","amount":343,"category":"food","description":"Coffee","date":"2026-05-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778068803000,"updated_at":1778068803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',38);
INSERT INTO sync_changes VALUES(39,'transaction','019dfd28-d1a0-7e5d-a1b7-1d1f381ab62e','{"kind":"expense","amount":1723,"category":"transport","description":"Taxi","date":"2026-05-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778068804000,"updated_at":1778068804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',39);
INSERT INTO sync_changes VALUES(40,'transaction','019dfd28-d588-77e5-a790-5a1d447cd6c4','{"kind":"expense","amount":1695,"category":"entertainment","description":"Bowling","date":"2026-05-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778068805000,"updated_at":1778068805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',40);
INSERT INTO sync_changes VALUES(41,'transaction','019e024f-21e8-7724-8804-044fa2636993','{"kind":"expense","amount":455,"category":"transport","description":"Parking","date":"2026-05-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778155201000,"updated_at":1778155201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',41);
INSERT INTO sync_changes VALUES(42,'transaction','019e024f-25d0-7d6b-aba0-db14e1d2436b','{"kind":"expense","amount":1032,"category":"transport","description":"Parking","date":"2026-05-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778155202000,"updated_at":1778155202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',42);
INSERT INTO sync_changes VALUES(43,'transaction','019e024f-29b8-71aa-a13e-727a811fd6d0','{"kind":"expense","amount":17352,"category":"shopping","description":"Electronics","date":"2026-05-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778155203000,"updated_at":1778155203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',43);
INSERT INTO sync_changes VALUES(44,'transaction','019e024f-2da0-7cde-a387-0c608513f820','{"kind":"expense","amount":1445,"category":"health","description":"Pharmacy","date":"2026-05-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778155204000,"updated_at":1778155204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',44);
INSERT INTO sync_changes VALUES(45,'transaction','019e0775-7de8-7e6a-add6-44522a613d1e','{"kind":"expense","amount":2900,"category":"transport","description":"Metro card top-up","date":"2026-05-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778241601000,"updated_at":1778241601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',45);
INSERT INTO sync_changes VALUES(46,'transaction','019e0775-81d0-742a-9c9a-92469e6c1853','{"kind":"expense","amount":437,"category":"food","description":"Bakery","date":"2026-05-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778241602000,"updated_at":1778241602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',46);
INSERT INTO sync_changes VALUES(47,'transaction','019e0775-85b8-7509-9482-0cd25c4ca867','{"kind":"expense","amount":363,"category":"food","description":"Bakery","date":"2026-05-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778241603000,"updated_at":1778241603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',47);
INSERT INTO sync_changes VALUES(48,'transaction','019e0775-89a0-7ac5-935b-b998c76a02ae','{"kind":"expense","amount":3756,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778241604000,"updated_at":1778241604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',48);
INSERT INTO sync_changes VALUES(49,'transaction','019e0775-8d88-73d7-b76b-84c53f497613','{"kind":"expense","amount":318,"category":"food","description":"Coffee","date":"2026-05-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778241605000,"updated_at":1778241605000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',49);
INSERT INTO sync_changes VALUES(50,'transaction','019e0c9b-d9e8-70b2-990e-cb4fa8cf137e','{"kind":"expense","amount":2202,"category":"subscriptions","description":"Video streaming","date":"2026-05-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778328001000,"updated_at":1778328001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',50);
INSERT INTO sync_changes VALUES(51,'transaction','019e0c9b-ddd0-76bc-b4d6-cbb3445ed65c','{"kind":"expense","amount":5000,"category":"entertainment","description":"Concert tickets","date":"2026-05-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778328002000,"updated_at":1778328002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',51);
INSERT INTO sync_changes VALUES(52,'transaction','019e0c9b-e1b8-72a9-b81d-243ac54a66a8','{"kind":"expense","amount":7788,"category":"transport","description":"Train ticket","date":"2026-05-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778328003000,"updated_at":1778328003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',52);
INSERT INTO sync_changes VALUES(53,'transaction','019e0c9b-e5a0-7827-b9ea-d27b3346144f','{"kind":"expense","amount":670,"category":"food","description":"Café Crème","date":"2026-05-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778328004000,"updated_at":1778328004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',53);
INSERT INTO sync_changes VALUES(54,'transaction','019e0c9b-e988-7460-93c3-b99378373074','{"kind":"expense","amount":662,"category":"food","description":"Bakery","date":"2026-05-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778328005000,"updated_at":1778328005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',54);
INSERT INTO sync_changes VALUES(55,'transaction','019e0c9b-ed70-701d-8cb7-7525ba0be714','{"kind":"expense","amount":308,"category":"food","description":"Bakery","date":"2026-05-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778328006000,"updated_at":1778328006000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',55);
INSERT INTO sync_changes VALUES(56,'transaction','019e0c9b-f158-7e6d-9aa4-4eedef1727ea','{"kind":"expense","amount":3670,"category":"transport","description":"Fuel","date":"2026-05-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778328007000,"updated_at":1778328007000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',56);
INSERT INTO sync_changes VALUES(57,'transaction','019e11c2-35e8-7782-8257-ce62b8e5b5e8','{"kind":"expense","amount":1209,"category":"food","description":"Farmers market","date":"2026-05-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778414401000,"updated_at":1778414401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',57);
INSERT INTO sync_changes VALUES(58,'transaction','019e11c2-39d0-7132-aee4-9ed5eb5e2f99','{"kind":"expense","amount":3900,"category":"entertainment","description":"Concert tickets","date":"2026-05-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778414402000,"updated_at":1778414402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',58);
INSERT INTO sync_changes VALUES(59,'transaction','019e11c2-3db8-7965-aca3-375dd6d07d49','{"kind":"expense","amount":9860,"category":"shopping","description":"Online order","date":"2026-05-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778414403000,"updated_at":1778414403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',59);
INSERT INTO sync_changes VALUES(60,'transaction','019e11c2-41a0-7e1c-bdf2-d1bfb5d7df1c','{"kind":"expense","amount":1219,"category":"entertainment","description":"Bar","date":"2026-05-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778414404000,"updated_at":1778414404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',60);
INSERT INTO sync_changes VALUES(61,'transaction','019e11c2-4588-774b-a1d5-18138ab439ec','{"kind":"expense","amount":1465,"category":"entertainment","description":"Bar","date":"2026-05-10","note":null,"tags":"[\"kids\"]","account":"cash","cleared":0,"created_at":1778414405000,"updated_at":1778414405000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',61);
INSERT INTO sync_changes VALUES(62,'transaction','019e11c2-4970-73c3-a16f-825b76968421','{"kind":"expense","amount":2079,"category":"food","description":"Grocery store","date":"2026-05-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778414406000,"updated_at":1778414406000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',62);
INSERT INTO sync_changes VALUES(63,'transaction','019e16e8-91e8-7864-80b3-029e6e41c9e7','{"kind":"expense","amount":686,"category":"transport","description":"Parking","date":"2026-05-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778500801000,"updated_at":1778500801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',63);
INSERT INTO sync_changes VALUES(64,'transaction','019e16e8-95d0-7b23-ab67-6e3901274fdc','{"kind":"expense","amount":10982,"category":"shopping","description":"Clothing","date":"2026-05-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778500802000,"updated_at":1778500802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',64);
INSERT INTO sync_changes VALUES(65,'transaction','019e16e8-99b8-7c38-99ba-a85d22597f1d','{"kind":"expense","amount":2033,"category":"food","description":"Pizza delivery","date":"2026-05-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778500803000,"updated_at":1778500803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',65);
INSERT INTO sync_changes VALUES(66,'transaction','019e16e8-9da0-7738-8cdd-dfb38bbd27d3','{"kind":"expense","amount":10400,"category":"entertainment","description":"Concert tickets","date":"2026-05-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778500804000,"updated_at":1778500804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',66);
INSERT INTO sync_changes VALUES(67,'transaction','019e1c0e-ede8-7f90-9e02-c41ef766f46e','{"kind":"expense","amount":2069,"category":"utilities","description":"Water bill","date":"2026-05-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778587201000,"updated_at":1778587201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',67);
INSERT INTO sync_changes VALUES(68,'transaction','019e1c0e-f1d0-74d8-9207-d6dd746c925c','{"kind":"expense","amount":3018,"category":"shopping","description":"Bookshop","date":"2026-05-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778587202000,"updated_at":1778587202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',68);
INSERT INTO sync_changes VALUES(69,'transaction','019e1c0e-f5b8-79cb-9aa2-df3ca5284f07','{"kind":"expense","amount":2119,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778587203000,"updated_at":1778587203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',69);
INSERT INTO sync_changes VALUES(70,'transaction','019e1c0e-f9a0-724b-a8d4-8b0e51b1f514','{"kind":"expense","amount":4100,"category":"other","description":"Charity donation","date":"2026-05-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778587204000,"updated_at":1778587204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',70);
INSERT INTO sync_changes VALUES(71,'transaction','019e1c0e-fd88-79b6-b994-5ff35705cf86','{"kind":"expense","amount":22600,"category":"health","description":"Dentist","date":"2026-05-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778587205000,"updated_at":1778587205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',71);
INSERT INTO sync_changes VALUES(72,'transaction','019e2135-49e8-7f7f-a440-7d7bcd5a22e6','{"kind":"expense","amount":1388,"category":"food","description":"Lunch","date":"2026-05-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778673601000,"updated_at":1778673601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',72);
INSERT INTO sync_changes VALUES(73,'transaction','019e2135-4dd0-7de8-b732-2b9e73c92b96','{"kind":"expense","amount":964,"category":"food","description":"Lunch","date":"2026-05-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778673602000,"updated_at":1778673602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',73);
INSERT INTO sync_changes VALUES(74,'transaction','019e2135-51b8-7fd5-85ed-f376690b0f87','{"kind":"expense","amount":5495,"category":"transport","description":"Fuel","date":"2026-05-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778673603000,"updated_at":1778673603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',74);
INSERT INTO sync_changes VALUES(75,'transaction','019e2135-55a0-7e83-81a4-0343ec30ee46','{"kind":"expense","amount":390,"category":"food","description":"Café Crème","date":"2026-05-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778673604000,"updated_at":1778673604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',75);
INSERT INTO sync_changes VALUES(76,'transaction','019e265b-a5e8-7676-9e12-08d5b390e23d','{"kind":"expense","amount":1513,"category":"food","description":"Pizza delivery","date":"2026-05-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778760001000,"updated_at":1778760001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',76);
INSERT INTO sync_changes VALUES(77,'transaction','019e265b-a9d0-72da-85b0-ccb3670c0bc5','{"kind":"expense","amount":527,"category":"food","description":"Bakery","date":"2026-05-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778760002000,"updated_at":1778760002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',77);
INSERT INTO sync_changes VALUES(78,'transaction','019e265b-adb8-7e20-9ee0-fc2d17b091b2','{"kind":"expense","amount":439,"category":"food","description":"Café Crème","date":"2026-05-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778760003000,"updated_at":1778760003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',78);
INSERT INTO sync_changes VALUES(79,'transaction','019e265b-b1a0-78b3-abcd-d580f23e6b9a','{"kind":"expense","amount":1119,"category":"food","description":"Farmers market","date":"2026-05-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778760004000,"updated_at":1778760004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',79);
INSERT INTO sync_changes VALUES(80,'transaction','019e2b82-01e8-7458-bd35-73c23eb89a44','{"kind":"expense","amount":323,"category":"food","description":"Coffee","date":"2026-05-15","note":null,"tags":"[\"kids\"]","account":"cash","cleared":0,"created_at":1778846401000,"updated_at":1778846401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',80);
INSERT INTO sync_changes VALUES(81,'transaction','019e2b82-05d0-7ea3-9c87-71206580ca11','{"kind":"expense","amount":1157,"category":"transport","description":"Taxi","date":"2026-05-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778846402000,"updated_at":1778846402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',81);
INSERT INTO sync_changes VALUES(82,'transaction','019e2b82-09b8-7ff2-bf42-e08a703977c0','{"kind":"expense","amount":374,"category":"food","description":"Bakery","date":"2026-05-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778846403000,"updated_at":1778846403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',82);
INSERT INTO sync_changes VALUES(83,'transaction','019e2b82-0da0-7057-96cb-c43edb4a5282','{"kind":"expense","amount":372,"category":"food","description":"Café Crème","date":"2026-05-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778846404000,"updated_at":1778846404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',83);
INSERT INTO sync_changes VALUES(84,'transaction','019e2b82-1188-7bf6-a691-deba0fc992f9','{"kind":"expense","amount":427,"category":"food","description":"Café Crème","date":"2026-05-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778846405000,"updated_at":1778846405000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',84);
INSERT INTO sync_changes VALUES(85,'transaction','019e30a8-5de8-7340-a669-b38f3f68919d','{"kind":"expense","amount":2900,"category":"transport","description":"Metro card top-up","date":"2026-05-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778932801000,"updated_at":1778932801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',85);
INSERT INTO sync_changes VALUES(86,'transaction','019e30a8-61d0-704a-bec5-45a727c6b765','{"kind":"expense","amount":8707,"category":"shopping","description":"Hardware store","date":"2026-05-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778932802000,"updated_at":1778932802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',86);
INSERT INTO sync_changes VALUES(87,'transaction','019e30a8-65b8-74f6-9853-2e3e686ca915','{"kind":"expense","amount":281,"category":"food","description":"Coffee","date":"2026-05-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778932803000,"updated_at":1778932803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',87);
INSERT INTO sync_changes VALUES(88,'transaction','019e30a8-69a0-7677-bb7c-52b91c937991','{"kind":"expense","amount":1960,"category":"food","description":"Pizza delivery","date":"2026-05-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778932804000,"updated_at":1778932804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',88);
INSERT INTO sync_changes VALUES(89,'transaction','019e30a8-6d88-7480-bf77-32a1293cc704','{"kind":"expense","amount":1658,"category":"entertainment","description":"Bowling","date":"2026-05-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778932805000,"updated_at":1778932805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',89);
INSERT INTO sync_changes VALUES(90,'transaction','019e30a8-7170-7e62-849b-1788eaca1088','{"kind":"expense","amount":2582,"category":"entertainment","description":"Bowling","date":"2026-05-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1778932806000,"updated_at":1778932806000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',90);
INSERT INTO sync_changes VALUES(91,'transaction','019e35ce-b9e8-7e67-b396-1f8539f9624e','{"kind":"expense","amount":908,"category":"food","description":"Bakery","date":"2026-05-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779019201000,"updated_at":1779019201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',91);
INSERT INTO sync_changes VALUES(92,'transaction','019e35ce-bdd0-7878-8f1b-ecff7b1bb533','{"kind":"expense","amount":1100,"category":"entertainment","description":"Museum","date":"2026-05-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779019202000,"updated_at":1779019202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',92);
INSERT INTO sync_changes VALUES(93,'transaction','019e35ce-c1b8-7c80-9bf8-8565b19db3e9','{"kind":"expense","amount":2196,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779019203000,"updated_at":1779019203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',93);
INSERT INTO sync_changes VALUES(94,'transaction','019e35ce-c5a0-74dd-8f37-21611b465bb6','{"kind":"expense","amount":2500,"category":"transport","description":"Metro card top-up","date":"2026-05-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779019204000,"updated_at":1779019204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',94);
INSERT INTO sync_changes VALUES(95,'transaction','019e35ce-c988-7772-9db6-33681cafd205','{"kind":"expense","amount":1871,"category":"food","description":"Pizza delivery","date":"2026-05-17","note":null,"tags":"[\"family\"]","account":"cash","cleared":0,"created_at":1779019205000,"updated_at":1779019205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',95);
INSERT INTO sync_changes VALUES(96,'transaction','019e35ce-cd70-72c8-9cbc-93a805a08469','{"kind":"expense","amount":561,"category":"shopping","description":"Hardware store","date":"2026-05-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779019206000,"updated_at":1779019206000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',96);
INSERT INTO sync_changes VALUES(97,'transaction','019e3af5-15e8-7a2c-8f49-563507e544fb','{"kind":"expense","amount":4844,"category":"utilities","description":"Internet","date":"2026-05-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779105601000,"updated_at":1779105601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',97);
INSERT INTO sync_changes VALUES(98,'transaction','019e3af5-19d0-7dae-a489-f12c886a6874','{"kind":"expense","amount":3277,"category":"shopping","description":"Electronics","date":"2026-05-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779105602000,"updated_at":1779105602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',98);
INSERT INTO sync_changes VALUES(99,'transaction','019e3af5-1db8-7d2d-a349-10902e5b50e9','{"kind":"expense","amount":529,"category":"food","description":"Coffee","date":"2026-05-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779105603000,"updated_at":1779105603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',99);
INSERT INTO sync_changes VALUES(100,'transaction','019e3af5-21a0-71c2-85af-27951286dd06','{"kind":"expense","amount":1415,"category":"food","description":"Grocery store","date":"2026-05-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779105604000,"updated_at":1779105604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',100);
INSERT INTO sync_changes VALUES(101,'transaction','019e3af5-2588-7edd-91d0-e75df92e851b','{"kind":"expense","amount":295,"category":"food","description":"Coffee","date":"2026-05-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779105605000,"updated_at":1779105605000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',101);
INSERT INTO sync_changes VALUES(102,'transaction','019e401b-71e8-72dc-8edf-5135b210be01','{"kind":"income","amount":36737,"category":"freelance","description":"Freelance invoice","date":"2026-05-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779192001000,"updated_at":1779192001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',102);
INSERT INTO sync_changes VALUES(103,'transaction','019e401b-75d0-7866-8670-08c7b209e3fe','{"kind":"expense","amount":2000,"category":"transport","description":"Metro card top-up","date":"2026-05-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779192002000,"updated_at":1779192002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',103);
INSERT INTO sync_changes VALUES(104,'transaction','019e401b-79b8-7690-9f74-fd8b8b7656c5','{"kind":"expense","amount":3812,"category":"food","description":"Pizza delivery","date":"2026-05-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779192003000,"updated_at":1779192003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',104);
INSERT INTO sync_changes VALUES(105,'transaction','019e401b-7da0-7e44-ad02-b4f0ec24119e','{"kind":"expense","amount":893,"category":"transport","description":"Parking","date":"2026-05-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779192004000,"updated_at":1779192004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',105);
INSERT INTO sync_changes VALUES(106,'transaction','019e401b-8188-7755-886b-2a6eabcbedce','{"kind":"expense","amount":4136,"category":"transport","description":"Fuel","date":"2026-05-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779192005000,"updated_at":1779192005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',106);
INSERT INTO sync_changes VALUES(107,'transaction','019e4541-cde8-78b5-bf2c-ac20d255942a','{"kind":"expense","amount":986,"category":"food","description":"Bakery","date":"2026-05-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779278401000,"updated_at":1779278401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',107);
INSERT INTO sync_changes VALUES(108,'transaction','019e4541-d1d0-7267-82e2-179d7ecf4288','{"kind":"expense","amount":1200,"category":"other","description":"Charity donation","date":"2026-05-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779278402000,"updated_at":1779278402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',108);
INSERT INTO sync_changes VALUES(109,'transaction','019e4541-d5b8-7d5a-8a46-5696625a8544','{"kind":"expense","amount":1529,"category":"transport","description":"Parking","date":"2026-05-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779278403000,"updated_at":1779278403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',109);
INSERT INTO sync_changes VALUES(110,'transaction','019e4541-d9a0-7266-9abf-a6a9ef9f04aa','{"kind":"expense","amount":3773,"category":"transport","description":"Fuel","date":"2026-05-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779278404000,"updated_at":1779278404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',110);
INSERT INTO sync_changes VALUES(111,'transaction','019e4a68-29e8-7652-a9a7-da3e6ac22cbc','{"kind":"expense","amount":453,"category":"subscriptions","description":"Cloud storage","date":"2026-05-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779364801000,"updated_at":1779364801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',111);
INSERT INTO sync_changes VALUES(112,'transaction','019e4a68-2dd0-7113-b2a0-375a8c0c08b2','{"kind":"expense","amount":348,"category":"transport","description":"Parking","date":"2026-05-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779364802000,"updated_at":1779364802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',112);
INSERT INTO sync_changes VALUES(113,'transaction','019e4a68-31b8-7972-916e-ede9447b022a','{"kind":"expense","amount":1313,"category":"food","description":"Lunch","date":"2026-05-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779364803000,"updated_at":1779364803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',113);
INSERT INTO sync_changes VALUES(114,'transaction','019e4a68-35a0-72cb-ae01-3d84d963f359','{"kind":"expense","amount":3861,"category":"shopping","description":"Online order","date":"2026-05-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779364804000,"updated_at":1779364804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',114);
INSERT INTO sync_changes VALUES(115,'transaction','019e4a68-3988-7224-a34e-b7fcf5d5cd05','{"kind":"expense","amount":301,"category":"food","description":"Bakery","date":"2026-05-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779364805000,"updated_at":1779364805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',115);
INSERT INTO sync_changes VALUES(116,'transaction','019e4f8e-85e8-7b1b-a92c-b900228eb9a2','{"kind":"expense","amount":2155,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779451201000,"updated_at":1779451201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',116);
INSERT INTO sync_changes VALUES(117,'transaction','019e4f8e-89d0-77a0-9424-56eae389f810','{"kind":"expense","amount":4426,"category":"transport","description":"Fuel","date":"2026-05-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779451202000,"updated_at":1779451202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',117);
INSERT INTO sync_changes VALUES(118,'transaction','019e4f8e-8db8-7e6e-afbe-de58aa8a8f92','{"kind":"expense","amount":10223,"category":"food","description":"Grocery store","date":"2026-05-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779451203000,"updated_at":1779451203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',118);
INSERT INTO sync_changes VALUES(119,'transaction','019e4f8e-91a0-7804-a7df-d9938a762a1c','{"kind":"expense","amount":4540,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779451204000,"updated_at":1779451204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',119);
INSERT INTO sync_changes VALUES(120,'transaction','019e4f8e-9588-7f8f-ba20-e10706a7e7c9','{"kind":"expense","amount":3481,"category":"food","description":"Pizza delivery","date":"2026-05-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779451205000,"updated_at":1779451205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',120);
INSERT INTO sync_changes VALUES(121,'transaction','019e54b4-e1e8-783a-bc37-c3a3d2db90bc','{"kind":"expense","amount":2119,"category":"entertainment","description":"Bowling","date":"2026-05-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779537601000,"updated_at":1779537601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',121);
INSERT INTO sync_changes VALUES(122,'transaction','019e54b4-e5d0-7170-b867-88da43935fa4','{"kind":"expense","amount":2993,"category":"entertainment","description":"Bowling","date":"2026-05-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779537602000,"updated_at":1779537602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',122);
INSERT INTO sync_changes VALUES(123,'transaction','019e54b4-e9b8-77b7-9afe-642369c8ebda','{"kind":"expense","amount":3174,"category":"shopping","description":"Bookshop","date":"2026-05-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779537603000,"updated_at":1779537603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',123);
INSERT INTO sync_changes VALUES(124,'transaction','019e54b4-eda0-7bfd-898a-59c2ae4bd51b','{"kind":"expense","amount":1265,"category":"entertainment","description":"Cinema","date":"2026-05-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779537604000,"updated_at":1779537604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',124);
INSERT INTO sync_changes VALUES(125,'transaction','019e54b4-f188-7cea-82f4-2058b64ac9f8','{"kind":"expense","amount":2800,"category":"transport","description":"Metro card top-up","date":"2026-05-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779537605000,"updated_at":1779537605000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',125);
INSERT INTO sync_changes VALUES(126,'transaction','019e54b4-f570-72bb-bcdd-a21d84ed5b17','{"kind":"expense","amount":1842,"category":"entertainment","description":"Bowling","date":"2026-05-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779537606000,"updated_at":1779537606000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',126);
INSERT INTO sync_changes VALUES(127,'transaction','019e59db-3de8-7f8c-a681-1123c7163f5b','{"kind":"expense","amount":800,"category":"entertainment","description":"Museum","date":"2026-05-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779624001000,"updated_at":1779624001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',127);
INSERT INTO sync_changes VALUES(128,'transaction','019e59db-41d0-73ec-85c8-afdc76b1ea2b','{"kind":"expense","amount":385,"category":"food","description":"Café Crème","date":"2026-05-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779624002000,"updated_at":1779624002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',128);
INSERT INTO sync_changes VALUES(129,'transaction','019e59db-45b8-70f4-8326-2bada0bf0f59','{"kind":"expense","amount":4435,"category":"shopping","description":"Hardware store","date":"2026-05-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779624003000,"updated_at":1779624003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',129);
INSERT INTO sync_changes VALUES(130,'transaction','019e59db-49a0-74e3-810e-0235b9271fe1','{"kind":"expense","amount":393,"category":"food","description":"Café Crème","date":"2026-05-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779624004000,"updated_at":1779624004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',130);
INSERT INTO sync_changes VALUES(131,'transaction','019e59db-4d88-723f-8831-8ea8010a5da4','{"kind":"expense","amount":1274,"category":"shopping","description":"Bookshop","date":"2026-05-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779624005000,"updated_at":1779624005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',131);
INSERT INTO sync_changes VALUES(132,'transaction','019e59db-5170-7b43-92c8-1918610fab14','{"kind":"expense","amount":2177,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779624006000,"updated_at":1779624006000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',132);
INSERT INTO sync_changes VALUES(133,'transaction','019e5f01-99e8-71da-9105-2b9e6df0e404','{"kind":"income","amount":472465,"category":"salary","description":"Salary","date":"2026-05-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779710401000,"updated_at":1779710401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',133);
INSERT INTO sync_changes VALUES(134,'transaction','019e5f01-9dd0-7c24-a338-6498e58e1192','{"kind":"expense","amount":283,"category":"food","description":"Coffee","date":"2026-05-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779710402000,"updated_at":1779710402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',134);
INSERT INTO sync_changes VALUES(135,'transaction','019e5f01-a1b8-708e-8bba-719a380e86a6','{"kind":"expense","amount":2580,"category":"shopping","description":"Clothing","date":"2026-05-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779710403000,"updated_at":1779710403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',135);
INSERT INTO sync_changes VALUES(136,'transaction','019e5f01-a5a0-7855-9b00-8d70035f793b','{"kind":"expense","amount":5108,"category":"transport","description":"Fuel","date":"2026-05-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779710404000,"updated_at":1779710404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',136);
INSERT INTO sync_changes VALUES(137,'transaction','019e5f01-a988-7e01-a08e-e3de745e65f4','{"kind":"expense","amount":972,"category":"food","description":"Lunch","date":"2026-05-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779710405000,"updated_at":1779710405000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',137);
INSERT INTO sync_changes VALUES(138,'transaction','019e6427-f5e8-756c-9a8c-7e9353504e9c','{"kind":"expense","amount":2931,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779796801000,"updated_at":1779796801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',138);
INSERT INTO sync_changes VALUES(139,'transaction','019e6427-f9d0-7709-aef6-8f49cb46a500','{"kind":"expense","amount":4338,"category":"transport","description":"Fuel","date":"2026-05-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779796802000,"updated_at":1779796802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',139);
INSERT INTO sync_changes VALUES(140,'transaction','019e6427-fdb8-7027-9b3e-fafd72d90413','{"kind":"expense","amount":2464,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779796803000,"updated_at":1779796803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',140);
INSERT INTO sync_changes VALUES(141,'transaction','019e6428-01a0-7686-90ab-06416a03afe7','{"kind":"expense","amount":805,"category":"health","description":"Pharmacy","date":"2026-05-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779796804000,"updated_at":1779796804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',141);
INSERT INTO sync_changes VALUES(142,'transaction','019e694e-51e8-753f-a11b-5ce56c23e6ce','{"kind":"expense","amount":1688,"category":"food","description":"Pizza delivery","date":"2026-05-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779883201000,"updated_at":1779883201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',142);
INSERT INTO sync_changes VALUES(143,'transaction','019e694e-55d0-77af-9acd-3546f4876e37','{"kind":"expense","amount":1000,"category":"health","description":"Gym day pass","date":"2026-05-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779883202000,"updated_at":1779883202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',143);
INSERT INTO sync_changes VALUES(144,'transaction','019e694e-59b8-77ce-948e-f79e3b22002f','{"kind":"expense","amount":3142,"category":"food","description":"Pizza delivery","date":"2026-05-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779883203000,"updated_at":1779883203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',144);
INSERT INTO sync_changes VALUES(145,'transaction','019e694e-5da0-75a1-aa39-cbbee3ee015c','{"kind":"expense","amount":2110,"category":"transport","description":"Train ticket","date":"2026-05-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779883204000,"updated_at":1779883204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',145);
INSERT INTO sync_changes VALUES(146,'transaction','019e6e74-ade8-7f69-9311-89a36e5120d3','{"kind":"expense","amount":362,"category":"food","description":"Coffee","date":"2026-05-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779969601000,"updated_at":1779969601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',146);
INSERT INTO sync_changes VALUES(147,'transaction','019e6e74-b1d0-73bc-a8f3-18c641642fee','{"kind":"expense","amount":305,"category":"food","description":"Coffee","date":"2026-05-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779969602000,"updated_at":1779969602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',147);
INSERT INTO sync_changes VALUES(148,'transaction','019e6e74-b5b8-75e0-ba3a-9f3a49a4ed36','{"kind":"expense","amount":3010,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779969603000,"updated_at":1779969603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',148);
INSERT INTO sync_changes VALUES(149,'transaction','019e6e74-b9a0-7aa2-af8a-e9de2e70f879','{"kind":"expense","amount":1902,"category":"transport","description":"Train ticket","date":"2026-05-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1779969604000,"updated_at":1779969604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',149);
INSERT INTO sync_changes VALUES(150,'transaction','019e739b-09e8-740a-adbe-9e560c829d64','{"kind":"expense","amount":19200,"category":"health","description":"Dentist","date":"2026-05-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780056001000,"updated_at":1780056001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',150);
INSERT INTO sync_changes VALUES(151,'transaction','019e739b-0dd0-74c6-afc1-96563cc1c282','{"kind":"expense","amount":365,"category":"other","description":"Post office","date":"2026-05-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780056002000,"updated_at":1780056002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',151);
INSERT INTO sync_changes VALUES(152,'transaction','019e739b-11b8-73bb-a0b7-69637c475fb0','{"kind":"expense","amount":2800,"category":"transport","description":"Metro card top-up","date":"2026-05-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780056003000,"updated_at":1780056003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',152);
INSERT INTO sync_changes VALUES(153,'transaction','019e739b-15a0-72f3-b8a9-71c9f84a0ec4','{"kind":"expense","amount":423,"category":"food","description":"Coffee","date":"2026-05-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780056004000,"updated_at":1780056004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',153);
INSERT INTO sync_changes VALUES(154,'transaction','019e739b-1988-7f01-880b-4d1cafa5054e','{"kind":"expense","amount":4941,"category":"shopping","description":"Clothing","date":"2026-05-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780056005000,"updated_at":1780056005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',154);
INSERT INTO sync_changes VALUES(155,'transaction','019e78c1-65e8-7efe-8262-e767e2779df1','{"kind":"expense","amount":3550,"category":"shopping","description":"Clothing","date":"2026-05-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780142401000,"updated_at":1780142401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',155);
INSERT INTO sync_changes VALUES(156,'transaction','019e78c1-69d0-7951-95bb-94c975fc58dc','{"kind":"expense","amount":287,"category":"food","description":"Coffee","date":"2026-05-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780142402000,"updated_at":1780142402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',156);
INSERT INTO sync_changes VALUES(157,'transaction','019e78c1-6db8-7aac-9ffe-1332299ba64a','{"kind":"expense","amount":4100,"category":"other","description":"Haircut","date":"2026-05-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780142403000,"updated_at":1780142403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',157);
INSERT INTO sync_changes VALUES(158,'transaction','019e78c1-71a0-7c97-abe8-c1b0c80a3f07','{"kind":"expense","amount":6561,"category":"shopping","description":"Clothing","date":"2026-05-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780142404000,"updated_at":1780142404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',158);
INSERT INTO sync_changes VALUES(159,'transaction','019e78c1-7588-78ed-a7ce-19e763e51af4','{"kind":"expense","amount":2105,"category":"entertainment","description":"Bar","date":"2026-05-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780142405000,"updated_at":1780142405000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',159);
INSERT INTO sync_changes VALUES(160,'transaction','019e78c1-7970-7b94-b675-3563e7a1e8a0','{"kind":"expense","amount":441,"category":"food","description":"Coffee","date":"2026-05-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780142406000,"updated_at":1780142406000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',160);
INSERT INTO sync_changes VALUES(161,'transaction','019e7de7-c1e8-725e-8bb0-c578a083a0c1','{"kind":"expense","amount":6537,"category":"other","description":"Gift","date":"2026-05-31","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780228801000,"updated_at":1780228801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',161);
INSERT INTO sync_changes VALUES(162,'transaction','019e7de7-c5d0-7d73-8ae0-72eb750e8dde','{"kind":"expense","amount":1173,"category":"entertainment","description":"Cinema","date":"2026-05-31","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780228802000,"updated_at":1780228802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',162);
INSERT INTO sync_changes VALUES(163,'transaction','019e7de7-c9b8-7fe6-9e2c-04bec0af38de','{"kind":"expense","amount":1387,"category":"entertainment","description":"Cinema","date":"2026-05-31","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780228803000,"updated_at":1780228803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',163);
INSERT INTO sync_changes VALUES(164,'transaction','019e7de7-cda0-7f0f-bb61-80231bdb577f','{"kind":"expense","amount":4317,"category":"food","description":"寿司 Sushi Bar","date":"2026-05-31","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780228804000,"updated_at":1780228804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',164);
INSERT INTO sync_changes VALUES(165,'transaction','019e7de7-d188-73dd-ad79-e6851a1cb681','{"kind":"expense","amount":1181,"category":"food","description":"Bakery","date":"2026-05-31","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780228805000,"updated_at":1780228805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',165);
INSERT INTO sync_changes VALUES(166,'transaction','019e7de7-d570-7c1f-bc65-977f53e486b6','{"kind":"expense","amount":1900,"category":"entertainment","description":"Museum","date":"2026-05-31","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780228806000,"updated_at":1780228806000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',166);
INSERT INTO sync_changes VALUES(167,'transaction','019e830e-1de8-7f55-ae1c-831038a7d6bc','{"kind":"expense","amount":173498,"category":"rent","description":"Rent","date":"2026-06-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780315201000,"updated_at":1780315201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',167);
INSERT INTO sync_changes VALUES(168,'transaction','019e830e-21d0-7564-bb4a-4dc8819d2daa','{"kind":"expense","amount":1800,"category":"entertainment","description":"Museum","date":"2026-06-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780315202000,"updated_at":1780315202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',168);
INSERT INTO sync_changes VALUES(169,'transaction','019e830e-25b8-787c-b5a0-4630e403a0bb','{"kind":"expense","amount":5286,"category":"transport","description":"Fuel","date":"2026-06-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780315203000,"updated_at":1780315203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',169);
INSERT INTO sync_changes VALUES(170,'transaction','019e830e-29a0-737d-bde4-d613111e75d8','{"kind":"expense","amount":1568,"category":"food","description":"Pizza delivery","date":"2026-06-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780315204000,"updated_at":1780315204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',170);
INSERT INTO sync_changes VALUES(171,'transaction','019e830e-2d88-7636-9cf2-7a5791a3b9c5','{"kind":"expense","amount":2725,"category":"food","description":"Farmers market","date":"2026-06-01","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780315205000,"updated_at":1780315205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',171);
INSERT INTO sync_changes VALUES(172,'transaction','019e8834-79e8-7138-a3d2-52123404d122','{"kind":"expense","amount":1761,"category":"food","description":"Pizza delivery","date":"2026-06-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780401601000,"updated_at":1780401601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',172);
INSERT INTO sync_changes VALUES(173,'transaction','019e8834-7dd0-747c-9a94-6eeae02b57a8','{"kind":"expense","amount":1022,"category":"food","description":"Lunch","date":"2026-06-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780401602000,"updated_at":1780401602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',173);
INSERT INTO sync_changes VALUES(174,'transaction','019e8834-81b8-7fcd-acba-29db3fc1e7db','{"kind":"expense","amount":2900,"category":"other","description":"Haircut","date":"2026-06-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780401603000,"updated_at":1780401603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',174);
INSERT INTO sync_changes VALUES(175,'transaction','019e8834-85a0-78d6-9119-9b3185650b8b','{"kind":"expense","amount":3429,"category":"transport","description":"Fuel","date":"2026-06-02","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780401604000,"updated_at":1780401604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',175);
INSERT INTO sync_changes VALUES(176,'transaction','019e8d5a-d5e8-70c2-8aa8-8ca822ec1cd5','{"kind":"expense","amount":1135,"category":"subscriptions","description":"Music streaming","date":"2026-06-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780488001000,"updated_at":1780488001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',176);
INSERT INTO sync_changes VALUES(177,'transaction','019e8d5a-d9d0-7eb2-9eaa-e7c731e9d651','{"kind":"expense","amount":10360,"category":"shopping","description":"Online order","date":"2026-06-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780488002000,"updated_at":1780488002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',177);
INSERT INTO sync_changes VALUES(178,'transaction','019e8d5a-ddb8-75bb-8557-49be8aaa2dc6','{"kind":"expense","amount":781,"category":"health","description":"Pharmacy","date":"2026-06-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780488003000,"updated_at":1780488003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',178);
INSERT INTO sync_changes VALUES(179,'transaction','019e8d5a-e1a0-7fbe-bf39-25f86ca94b05','{"kind":"expense","amount":1156,"category":"food","description":"Farmers market","date":"2026-06-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780488004000,"updated_at":1780488004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',179);
INSERT INTO sync_changes VALUES(180,'transaction','019e8d5a-e588-7a4f-beeb-696032882671','{"kind":"expense","amount":5835,"category":"food","description":"Grocery store","date":"2026-06-03","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780488005000,"updated_at":1780488005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',180);
INSERT INTO sync_changes VALUES(181,'transaction','019e9281-31e8-72d9-9387-d416d30d304e','{"kind":"expense","amount":382,"category":"food","description":"Bakery","date":"2026-06-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780574401000,"updated_at":1780574401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',181);
INSERT INTO sync_changes VALUES(182,'transaction','019e9281-35d0-746c-9178-09597f9c9c4d','{"kind":"expense","amount":1370,"category":"shopping","description":"Online order","date":"2026-06-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780574402000,"updated_at":1780574402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',182);
INSERT INTO sync_changes VALUES(183,'transaction','019e9281-39b8-7bc8-9dbd-083629ca524c','{"kind":"expense","amount":2021,"category":"food","description":"Lunch","date":"2026-06-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780574403000,"updated_at":1780574403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',183);
INSERT INTO sync_changes VALUES(184,'transaction','019e9281-3da0-7a34-94ff-5a0f6add70ee','{"kind":"expense","amount":2883,"category":"transport","description":"Taxi","date":"2026-06-04","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780574404000,"updated_at":1780574404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',184);
INSERT INTO sync_changes VALUES(185,'transaction','019e97a7-8de8-7c46-82bc-cb25d2e4a255','{"kind":"expense","amount":537,"category":"transport","description":"Parking","date":"2026-06-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780660801000,"updated_at":1780660801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',185);
INSERT INTO sync_changes VALUES(186,'transaction','019e97a7-91d0-7718-8760-8ac493a710a2','{"kind":"expense","amount":1852,"category":"entertainment","description":"Bar","date":"2026-06-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780660802000,"updated_at":1780660802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',186);
INSERT INTO sync_changes VALUES(187,'transaction','019e97a7-95b8-735a-8a84-8ef0fae4fc10','{"kind":"expense","amount":2582,"category":"health","description":"Pharmacy","date":"2026-06-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780660803000,"updated_at":1780660803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',187);
INSERT INTO sync_changes VALUES(188,'transaction','019e97a7-99a0-73f9-8f26-7d60189a0b1a','{"kind":"expense","amount":1001,"category":"transport","description":"Taxi","date":"2026-06-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780660804000,"updated_at":1780660804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',188);
INSERT INTO sync_changes VALUES(189,'transaction','019e97a7-9d88-7fab-8f3e-bb5ca411430b','{"kind":"expense","amount":1673,"category":"transport","description":"Train ticket","date":"2026-06-05","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780660805000,"updated_at":1780660805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',189);
INSERT INTO sync_changes VALUES(190,'transaction','019e9ccd-e9e8-7a51-ba96-9a56753b2e5e','{"kind":"expense","amount":6898,"category":"utilities","description":"Electricity bill","date":"2026-06-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780747201000,"updated_at":1780747201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',190);
INSERT INTO sync_changes VALUES(191,'transaction','019e9ccd-edd0-72bd-bed3-7dfa00bc1114','{"kind":"expense","amount":1792,"category":"food","description":"Pizza delivery","date":"2026-06-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780747202000,"updated_at":1780747202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',191);
INSERT INTO sync_changes VALUES(192,'transaction','019e9ccd-f1b8-7553-aec2-e20e842152fd','{"kind":"expense","amount":1717,"category":"food","description":"Farmers market","date":"2026-06-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780747203000,"updated_at":1780747203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',192);
INSERT INTO sync_changes VALUES(193,'transaction','019e9ccd-f5a0-7610-af3b-01bd769f788a','{"kind":"expense","amount":2200,"category":"entertainment","description":"Museum","date":"2026-06-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780747204000,"updated_at":1780747204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',193);
INSERT INTO sync_changes VALUES(194,'transaction','019e9ccd-f988-7151-bc36-71a9d96f95e4','{"kind":"expense","amount":794,"category":"transport","description":"Parking","date":"2026-06-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780747205000,"updated_at":1780747205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',194);
INSERT INTO sync_changes VALUES(195,'transaction','019e9ccd-fd70-7e27-939d-240351ab42ad','{"kind":"expense","amount":6154,"category":"shopping","description":"Clothing","date":"2026-06-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780747206000,"updated_at":1780747206000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',195);
INSERT INTO sync_changes VALUES(196,'transaction','019e9cce-0158-7533-826d-2923a01e805b','{"kind":"expense","amount":1214,"category":"entertainment","description":"Cinema","date":"2026-06-06","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780747207000,"updated_at":1780747207000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',196);
INSERT INTO sync_changes VALUES(197,'transaction','019ea1f4-45e8-735e-b54c-6605b54a3551','{"kind":"expense","amount":1302,"category":"food","description":"Farmers market","date":"2026-06-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780833601000,"updated_at":1780833601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',197);
INSERT INTO sync_changes VALUES(198,'transaction','019ea1f4-49d0-7ae8-8915-ce2293841dd9','{"kind":"expense","amount":1994,"category":"food","description":"Farmers market","date":"2026-06-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780833602000,"updated_at":1780833602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',198);
INSERT INTO sync_changes VALUES(199,'transaction','019ea1f4-4db8-7a10-ad69-0b8440a9a5b7','{"kind":"expense","amount":2212,"category":"food","description":"Pizza delivery","date":"2026-06-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780833603000,"updated_at":1780833603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',199);
INSERT INTO sync_changes VALUES(200,'transaction','019ea1f4-51a0-79ee-8dcf-751473f86832','{"kind":"expense","amount":5200,"category":"other","description":"Charity donation","date":"2026-06-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780833604000,"updated_at":1780833604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',200);
INSERT INTO sync_changes VALUES(201,'transaction','019ea1f4-5588-72e1-9038-5099a633fc5f','{"kind":"expense","amount":973,"category":"shopping","description":"Bookshop","date":"2026-06-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780833605000,"updated_at":1780833605000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',201);
INSERT INTO sync_changes VALUES(202,'transaction','019ea1f4-5970-758f-b73c-e78e4ca05717','{"kind":"expense","amount":1554,"category":"food","description":"Pizza delivery","date":"2026-06-07","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780833606000,"updated_at":1780833606000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',202);
INSERT INTO sync_changes VALUES(203,'transaction','019ea71a-a1e8-7173-8978-f1c0abd5023b','{"kind":"expense","amount":2528,"category":"food","description":"Pizza delivery","date":"2026-06-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780920001000,"updated_at":1780920001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',203);
INSERT INTO sync_changes VALUES(204,'transaction','019ea71a-a5d0-7f4b-b6d3-47ee5b71609b','{"kind":"expense","amount":2112,"category":"shopping","description":"Clothing","date":"2026-06-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780920002000,"updated_at":1780920002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',204);
INSERT INTO sync_changes VALUES(205,'transaction','019ea71a-a9b8-7627-8ca7-7e15443a5d06','{"kind":"expense","amount":3900,"category":"other","description":"Haircut","date":"2026-06-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780920003000,"updated_at":1780920003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',205);
INSERT INTO sync_changes VALUES(206,'transaction','019ea71a-ada0-76b1-b080-1888f3290336','{"kind":"expense","amount":3100,"category":"transport","description":"Metro card top-up","date":"2026-06-08","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1780920004000,"updated_at":1780920004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',206);
INSERT INTO sync_changes VALUES(207,'transaction','019eac40-fde8-71fa-982b-931c9b8deb63','{"kind":"expense","amount":2202,"category":"subscriptions","description":"Video streaming","date":"2026-06-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781006401000,"updated_at":1781006401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',207);
INSERT INTO sync_changes VALUES(208,'transaction','019eac41-01d0-78e3-a87b-92df794e5cd2','{"kind":"expense","amount":4513,"category":"health","description":"Pharmacy","date":"2026-06-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781006402000,"updated_at":1781006402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',208);
INSERT INTO sync_changes VALUES(209,'transaction','019eac41-05b8-7ba7-b206-e04b41cbf16b','{"kind":"expense","amount":2397,"category":"food","description":"Pizza delivery","date":"2026-06-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781006403000,"updated_at":1781006403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',209);
INSERT INTO sync_changes VALUES(210,'transaction','019eac41-09a0-7f5f-87a5-cb999b828c5e','{"kind":"expense","amount":1373,"category":"entertainment","description":"Cinema","date":"2026-06-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781006404000,"updated_at":1781006404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',210);
INSERT INTO sync_changes VALUES(211,'transaction','019eac41-0d88-77d9-8162-e5d8d653654e','{"kind":"expense","amount":5919,"category":"transport","description":"Fuel","date":"2026-06-09","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781006405000,"updated_at":1781006405000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',211);
INSERT INTO sync_changes VALUES(212,'transaction','019eb167-59e8-7039-bc59-b8a121b42037','{"kind":"expense","amount":1065,"category":"transport","description":"Parking","date":"2026-06-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781092801000,"updated_at":1781092801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',212);
INSERT INTO sync_changes VALUES(213,'transaction','019eb167-5dd0-7000-aadd-4d4cde0fbbd0','{"kind":"expense","amount":970,"category":"food","description":"Lunch","date":"2026-06-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781092802000,"updated_at":1781092802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',213);
INSERT INTO sync_changes VALUES(214,'transaction','019eb167-61b8-7601-a5ca-4510d0d77c59','{"kind":"expense","amount":1691,"category":"food","description":"Farmers market","date":"2026-06-10","note":null,"tags":"[\"work\"]","account":"cash","cleared":0,"created_at":1781092803000,"updated_at":1781092803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',214);
INSERT INTO sync_changes VALUES(215,'transaction','019eb167-65a0-78d2-8bcc-f95de628a41c','{"kind":"expense","amount":4200,"category":"entertainment","description":"Concert tickets","date":"2026-06-10","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781092804000,"updated_at":1781092804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',215);
INSERT INTO sync_changes VALUES(216,'transaction','019eb68d-b5e8-7a62-b33b-68d3fb84b341','{"kind":"expense","amount":580,"category":"food","description":"Café Crème","date":"2026-06-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781179201000,"updated_at":1781179201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',216);
INSERT INTO sync_changes VALUES(217,'transaction','019eb68d-b9d0-7413-9be8-3b8830fc2e6e','{"kind":"expense","amount":5884,"category":"food","description":"寿司 Sushi Bar","date":"2026-06-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781179202000,"updated_at":1781179202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',217);
INSERT INTO sync_changes VALUES(218,'transaction','019eb68d-bdb8-745b-8a54-1463662a477f','{"kind":"expense","amount":981,"category":"transport","description":"Taxi","date":"2026-06-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781179203000,"updated_at":1781179203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',218);
INSERT INTO sync_changes VALUES(219,'transaction','019eb68d-c1a0-7440-adc0-0afa6fb0fee4','{"kind":"expense","amount":1068,"category":"food","description":"Lunch","date":"2026-06-11","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781179204000,"updated_at":1781179204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',219);
INSERT INTO sync_changes VALUES(220,'transaction','019ebbb4-11e8-769c-aeab-d695cf2ddb3d','{"kind":"expense","amount":4211,"category":"utilities","description":"Water bill","date":"2026-06-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781265601000,"updated_at":1781265601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',220);
INSERT INTO sync_changes VALUES(221,'transaction','019ebbb4-15d0-76f5-b20c-b46d4f67677f','{"kind":"expense","amount":6031,"category":"food","description":"Grocery store","date":"2026-06-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781265602000,"updated_at":1781265602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',221);
INSERT INTO sync_changes VALUES(222,'transaction','019ebbb4-19b8-74cb-a2c0-cf95d7468bfb','{"kind":"expense","amount":1300,"category":"entertainment","description":"Museum","date":"2026-06-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781265603000,"updated_at":1781265603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',222);
INSERT INTO sync_changes VALUES(223,'transaction','019ebbb4-1da0-7a93-972c-f83e165dd7fc','{"kind":"expense","amount":1879,"category":"transport","description":"Taxi","date":"2026-06-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781265604000,"updated_at":1781265604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',223);
INSERT INTO sync_changes VALUES(224,'transaction','019ebbb4-2188-77df-95ab-6e0a1e50b277','{"kind":"expense","amount":3379,"category":"shopping","description":"Online order","date":"2026-06-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781265605000,"updated_at":1781265605000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',224);
INSERT INTO sync_changes VALUES(225,'transaction','019ebbb4-2570-75a5-9da8-d03c8cb76e6b','{"kind":"expense","amount":82243,"category":"shopping","description":"Electronics","date":"2026-06-12","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781265606000,"updated_at":1781265606000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',225);
INSERT INTO sync_changes VALUES(226,'transaction','019ec0da-6de8-7335-937e-ed0566a5db94','{"kind":"expense","amount":367,"category":"food","description":"Café Crème","date":"2026-06-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781352001000,"updated_at":1781352001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',226);
INSERT INTO sync_changes VALUES(227,'transaction','019ec0da-71d0-7cf4-8c71-9c82eb9ede6a','{"kind":"expense","amount":1573,"category":"food","description":"Farmers market","date":"2026-06-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781352002000,"updated_at":1781352002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',227);
INSERT INTO sync_changes VALUES(228,'transaction','019ec0da-75b8-7ed2-a726-922e873d06ef','{"kind":"expense","amount":6142,"category":"shopping","description":"Online order","date":"2026-06-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781352003000,"updated_at":1781352003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',228);
INSERT INTO sync_changes VALUES(229,'transaction','019ec0da-79a0-72c7-ba24-062ac592b9e7','{"kind":"expense","amount":2108,"category":"food","description":"寿司 Sushi Bar","date":"2026-06-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781352004000,"updated_at":1781352004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',229);
INSERT INTO sync_changes VALUES(230,'transaction','019ec0da-7d88-74f0-94ec-5f31b8be8fb2','{"kind":"expense","amount":4421,"category":"food","description":"Grocery store","date":"2026-06-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781352005000,"updated_at":1781352005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',230);
INSERT INTO sync_changes VALUES(231,'transaction','019ec0da-8170-76a7-a33f-a3e4c0d0346d','{"kind":"expense","amount":5000,"category":"entertainment","description":"Concert tickets","date":"2026-06-13","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781352006000,"updated_at":1781352006000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',231);
INSERT INTO sync_changes VALUES(232,'transaction','019ec600-c9e8-7a0b-9a6d-4cc327c0a1fa','{"kind":"expense","amount":9868,"category":"shopping","description":"Clothing","date":"2026-06-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781438401000,"updated_at":1781438401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',232);
INSERT INTO sync_changes VALUES(233,'transaction','019ec600-cdd0-7cfa-bbb5-c673a3877051','{"kind":"expense","amount":1400,"category":"entertainment","description":"Museum","date":"2026-06-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781438402000,"updated_at":1781438402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',233);
INSERT INTO sync_changes VALUES(234,'transaction','019ec600-d1b8-7bcc-8969-2ecab4993180','{"kind":"expense","amount":641,"category":"food","description":"Bakery","date":"2026-06-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781438403000,"updated_at":1781438403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',234);
INSERT INTO sync_changes VALUES(235,'transaction','019ec600-d5a0-71c2-8f4f-172390b8ed1f','{"kind":"expense","amount":2945,"category":"entertainment","description":"Cinema","date":"2026-06-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781438404000,"updated_at":1781438404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',235);
INSERT INTO sync_changes VALUES(236,'transaction','019ec600-d988-7863-9233-21b4df22dc6a','{"kind":"expense","amount":1358,"category":"shopping","description":"Bookshop","date":"2026-06-14","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781438405000,"updated_at":1781438405000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',236);
INSERT INTO sync_changes VALUES(237,'transaction','019ecb27-25e8-7252-88aa-1517152fd959','{"kind":"income","amount":15816,"category":"investment","description":"Dividend payout","date":"2026-06-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781524801000,"updated_at":1781524801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',237);
INSERT INTO sync_changes VALUES(238,'transaction','019ecb27-29d0-7a0c-a7e9-4333de3ed124','{"kind":"expense","amount":1624,"category":"food","description":"Pizza delivery","date":"2026-06-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781524802000,"updated_at":1781524802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',238);
INSERT INTO sync_changes VALUES(239,'transaction','019ecb27-2db8-7952-92a4-608560242b74','{"kind":"expense","amount":2503,"category":"food","description":"寿司 Sushi Bar","date":"2026-06-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781524803000,"updated_at":1781524803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',239);
INSERT INTO sync_changes VALUES(240,'transaction','019ecb27-31a0-7a82-ab02-d4a4f6c6a993','{"kind":"expense","amount":16600,"category":"health","description":"Dentist","date":"2026-06-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781524804000,"updated_at":1781524804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',240);
INSERT INTO sync_changes VALUES(241,'transaction','019ecb27-3588-7f64-8f83-26e29ec54c06','{"kind":"expense","amount":358,"category":"food","description":"Coffee","date":"2026-06-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781524805000,"updated_at":1781524805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',241);
INSERT INTO sync_changes VALUES(242,'transaction','019ecb27-3970-7a12-86d8-f82e602d37c5','{"kind":"expense","amount":2308,"category":"food","description":"Farmers market","date":"2026-06-15","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781524806000,"updated_at":1781524806000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',242);
INSERT INTO sync_changes VALUES(243,'transaction','019ed04d-81e8-72aa-87a3-286c533ac9da','{"kind":"expense","amount":1689,"category":"shopping","description":"Bookshop","date":"2026-06-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781611201000,"updated_at":1781611201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',243);
INSERT INTO sync_changes VALUES(244,'transaction','019ed04d-85d0-7c2b-afac-02a600f21c83','{"kind":"expense","amount":299,"category":"food","description":"Coffee","date":"2026-06-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781611202000,"updated_at":1781611202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',244);
INSERT INTO sync_changes VALUES(245,'transaction','019ed04d-89b8-71db-9151-b6439972572b','{"kind":"expense","amount":3200,"category":"other","description":"Charity donation","date":"2026-06-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781611203000,"updated_at":1781611203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',245);
INSERT INTO sync_changes VALUES(246,'transaction','019ed04d-8da0-7901-a0d8-90f2a41c10fd','{"kind":"expense","amount":468,"category":"food","description":"Bakery","date":"2026-06-16","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781611204000,"updated_at":1781611204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',246);
INSERT INTO sync_changes VALUES(247,'transaction','019ed573-dde8-7147-9491-0a48455fc21b','{"kind":"expense","amount":3800,"category":"other","description":"Charity donation","date":"2026-06-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781697601000,"updated_at":1781697601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',247);
INSERT INTO sync_changes VALUES(248,'transaction','019ed573-e1d0-7c54-974d-e7a92c4e5fab','{"kind":"expense","amount":3337,"category":"food","description":"Pizza delivery","date":"2026-06-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781697602000,"updated_at":1781697602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',248);
INSERT INTO sync_changes VALUES(249,'transaction','019ed573-e5b8-7c43-bdd7-2d4db597cfc9','{"kind":"expense","amount":1800,"category":"entertainment","description":"Museum","date":"2026-06-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781697603000,"updated_at":1781697603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',249);
INSERT INTO sync_changes VALUES(250,'transaction','019ed573-e9a0-7908-a978-89094b09fe73','{"kind":"expense","amount":5008,"category":"shopping","description":"Online order","date":"2026-06-17","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781697604000,"updated_at":1781697604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',250);
INSERT INTO sync_changes VALUES(251,'transaction','019eda9a-39e8-7f0b-b289-c941acf6e41e','{"kind":"expense","amount":4844,"category":"utilities","description":"Internet","date":"2026-06-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781784001000,"updated_at":1781784001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',251);
INSERT INTO sync_changes VALUES(252,'transaction','019eda9a-3dd0-77b7-b47c-8d305cb19bef','{"kind":"expense","amount":1252,"category":"shopping","description":"Hardware store","date":"2026-06-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781784002000,"updated_at":1781784002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',252);
INSERT INTO sync_changes VALUES(253,'transaction','019eda9a-41b8-7c71-830b-3f80e638a5f1','{"kind":"expense","amount":1194,"category":"entertainment","description":"Cinema","date":"2026-06-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781784003000,"updated_at":1781784003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',253);
INSERT INTO sync_changes VALUES(254,'transaction','019eda9a-45a0-75a0-b12d-414b18b2faba','{"kind":"expense","amount":577,"category":"food","description":"Café Crème","date":"2026-06-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781784004000,"updated_at":1781784004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',254);
INSERT INTO sync_changes VALUES(255,'transaction','019eda9a-4988-7ae8-95fa-c2ffdf1b9c2f','{"kind":"expense","amount":498,"category":"food","description":"Café Crème","date":"2026-06-18","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781784005000,"updated_at":1781784005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',255);
INSERT INTO sync_changes VALUES(256,'transaction','019edfc0-95e8-7f1e-8dda-027af67524c0','{"kind":"expense","amount":751,"category":"transport","description":"Parking","date":"2026-06-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781870401000,"updated_at":1781870401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',256);
INSERT INTO sync_changes VALUES(257,'transaction','019edfc0-99d0-72ab-bc39-082f76620846','{"kind":"expense","amount":5830,"category":"food","description":"Grocery store","date":"2026-06-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781870402000,"updated_at":1781870402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',257);
INSERT INTO sync_changes VALUES(258,'transaction','019edfc0-9db8-7fcf-9996-7ab3005bd106','{"kind":"expense","amount":23007,"category":"health","description":"Optician","date":"2026-06-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781870403000,"updated_at":1781870403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',258);
INSERT INTO sync_changes VALUES(259,'transaction','019edfc0-a1a0-7d02-8db0-afeeaa25a2ea','{"kind":"expense","amount":423,"category":"food","description":"Café Crème","date":"2026-06-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781870404000,"updated_at":1781870404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',259);
INSERT INTO sync_changes VALUES(260,'transaction','019edfc0-a588-701a-b75f-7684c1a22df8','{"kind":"expense","amount":430,"category":"food","description":"Coffee","date":"2026-06-19","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781870405000,"updated_at":1781870405000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',260);
INSERT INTO sync_changes VALUES(261,'transaction','019ee4e6-f1e8-7421-ba4c-5d23caa7d495','{"kind":"expense","amount":3478,"category":"shopping","description":"Electronics","date":"2026-06-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781956801000,"updated_at":1781956801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',261);
INSERT INTO sync_changes VALUES(262,'transaction','019ee4e6-f5d0-710d-aa6e-30d125812380','{"kind":"expense","amount":967,"category":"food","description":"Farmers market","date":"2026-06-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781956802000,"updated_at":1781956802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',262);
INSERT INTO sync_changes VALUES(263,'transaction','019ee4e6-f9b8-78da-a87b-7cfd98fcc70e','{"kind":"expense","amount":4353,"category":"transport","description":"Train ticket","date":"2026-06-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781956803000,"updated_at":1781956803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',263);
INSERT INTO sync_changes VALUES(264,'transaction','019ee4e6-fda0-723d-8348-6d1c90f55513','{"kind":"expense","amount":543,"category":"food","description":"Café Crème","date":"2026-06-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781956804000,"updated_at":1781956804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',264);
INSERT INTO sync_changes VALUES(265,'transaction','019ee4e7-0188-7db8-be19-b9d97ad4f39c','{"kind":"expense","amount":1210,"category":"shopping","description":"Online order","date":"2026-06-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781956805000,"updated_at":1781956805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',265);
INSERT INTO sync_changes VALUES(266,'transaction','019ee4e7-0570-7d4d-bb87-c08457ef1793','{"kind":"expense","amount":1402,"category":"food","description":"Bakery","date":"2026-06-20","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1781956806000,"updated_at":1781956806000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',266);
INSERT INTO sync_changes VALUES(267,'transaction','019eea0d-4de8-7976-a123-b8c8158c4722','{"kind":"expense","amount":453,"category":"subscriptions","description":"Cloud storage","date":"2026-06-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782043201000,"updated_at":1782043201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',267);
INSERT INTO sync_changes VALUES(268,'transaction','019eea0d-51d0-7cd1-8716-a2cb39563288','{"kind":"expense","amount":542,"category":"other","description":"Post office","date":"2026-06-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782043202000,"updated_at":1782043202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',268);
INSERT INTO sync_changes VALUES(269,'transaction','019eea0d-55b8-7292-92fd-c7345a8d4a34','{"kind":"expense","amount":2064,"category":"food","description":"Grocery store","date":"2026-06-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782043203000,"updated_at":1782043203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',269);
INSERT INTO sync_changes VALUES(270,'transaction','019eea0d-59a0-734e-a942-aaba6746e538','{"kind":"expense","amount":1721,"category":"food","description":"Pizza delivery","date":"2026-06-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782043204000,"updated_at":1782043204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',270);
INSERT INTO sync_changes VALUES(271,'transaction','019eea0d-5d88-76fb-903a-79978c8aa68a','{"kind":"expense","amount":1212,"category":"entertainment","description":"Bar","date":"2026-06-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782043205000,"updated_at":1782043205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',271);
INSERT INTO sync_changes VALUES(272,'transaction','019eea0d-6170-70a7-89ad-b5b9c458fd7b','{"kind":"expense","amount":2548,"category":"transport","description":"Train ticket","date":"2026-06-21","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782043206000,"updated_at":1782043206000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',272);
INSERT INTO sync_changes VALUES(273,'transaction','019eef33-a9e8-788c-84fd-53193651c602','{"kind":"expense","amount":1200,"category":"health","description":"Gym day pass","date":"2026-06-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782129601000,"updated_at":1782129601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',273);
INSERT INTO sync_changes VALUES(274,'transaction','019eef33-add0-7bee-bec2-c86d907ec0e7','{"kind":"expense","amount":2595,"category":"shopping","description":"Bookshop","date":"2026-06-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782129602000,"updated_at":1782129602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',274);
INSERT INTO sync_changes VALUES(275,'transaction','019eef33-b1b8-71dc-8f4a-06840bcc174f','{"kind":"expense","amount":799,"category":"food","description":"Bakery","date":"2026-06-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782129603000,"updated_at":1782129603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',275);
INSERT INTO sync_changes VALUES(276,'transaction','019eef33-b5a0-782e-88a8-344fcd1c1688','{"kind":"expense","amount":1407,"category":"food","description":"Lunch","date":"2026-06-22","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782129604000,"updated_at":1782129604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',276);
INSERT INTO sync_changes VALUES(277,'transaction','019ef45a-05e8-70ee-96e5-3172c027889c','{"kind":"expense","amount":8693,"category":"transport","description":"Train ticket","date":"2026-06-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782216001000,"updated_at":1782216001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',277);
INSERT INTO sync_changes VALUES(278,'transaction','019ef45a-09d0-7049-af2b-c0cdce6c359c','{"kind":"expense","amount":1160,"category":"transport","description":"Taxi","date":"2026-06-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782216002000,"updated_at":1782216002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',278);
INSERT INTO sync_changes VALUES(279,'transaction','019ef45a-0db8-77a1-bcea-cd846091d47e','{"kind":"expense","amount":4604,"category":"transport","description":"Fuel","date":"2026-06-23","note":null,"tags":"[\"work\"]","account":"cash","cleared":0,"created_at":1782216003000,"updated_at":1782216003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',279);
INSERT INTO sync_changes VALUES(280,'transaction','019ef45a-11a0-76ed-80a2-e0ae20e50468','{"kind":"expense","amount":3600,"category":"entertainment","description":"Concert tickets","date":"2026-06-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782216004000,"updated_at":1782216004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',280);
INSERT INTO sync_changes VALUES(281,'transaction','019ef45a-1588-7eb9-8efd-67bc66facd11','{"kind":"expense","amount":1737,"category":"transport","description":"Taxi","date":"2026-06-23","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782216005000,"updated_at":1782216005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',281);
INSERT INTO sync_changes VALUES(282,'transaction','019ef980-61e8-7037-a4c7-c0175662e34a','{"kind":"expense","amount":2200,"category":"transport","description":"Metro card top-up","date":"2026-06-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782302401000,"updated_at":1782302401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',282);
INSERT INTO sync_changes VALUES(283,'transaction','019ef980-65d0-7a7b-85c2-e48feacb0ccd','{"kind":"expense","amount":356,"category":"food","description":"Coffee","date":"2026-06-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782302402000,"updated_at":1782302402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',283);
INSERT INTO sync_changes VALUES(284,'transaction','019ef980-69b8-7d0d-9fb6-0d3890d110f1','{"kind":"expense","amount":1058,"category":"transport","description":"Parking","date":"2026-06-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782302403000,"updated_at":1782302403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',284);
INSERT INTO sync_changes VALUES(285,'transaction','019ef980-6da0-7308-ab7d-10d16f8e85f1','{"kind":"expense","amount":1457,"category":"shopping","description":"Bookshop","date":"2026-06-24","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782302404000,"updated_at":1782302404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',285);
INSERT INTO sync_changes VALUES(286,'transaction','019efea6-bde8-7d1d-94c7-a70cb4b7680f','{"kind":"income","amount":472465,"category":"salary","description":"Salary","date":"2026-06-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782388801000,"updated_at":1782388801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',286);
INSERT INTO sync_changes VALUES(287,'transaction','019efea6-c1d0-7817-9d50-7085a1fad2f0','{"kind":"expense","amount":2553,"category":"transport","description":"Train ticket","date":"2026-06-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782388802000,"updated_at":1782388802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',287);
INSERT INTO sync_changes VALUES(288,'transaction','019efea6-c5b8-7747-8a7e-6a34eb795d0c','{"kind":"expense","amount":543,"category":"other","description":"Post office","date":"2026-06-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782388803000,"updated_at":1782388803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',288);
INSERT INTO sync_changes VALUES(289,'transaction','019efea6-c9a0-78a5-bff1-a4bcf68d9912','{"kind":"expense","amount":767,"category":"transport","description":"Parking","date":"2026-06-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782388804000,"updated_at":1782388804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',289);
INSERT INTO sync_changes VALUES(290,'transaction','019efea6-cd88-7410-929b-c20b194a4bd8','{"kind":"expense","amount":2671,"category":"food","description":"寿司 Sushi Bar","date":"2026-06-25","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782388805000,"updated_at":1782388805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',290);
INSERT INTO sync_changes VALUES(291,'transaction','019f03cd-19e8-740a-b211-3404e7f8d952','{"kind":"expense","amount":3472,"category":"food","description":"Grocery store","date":"2026-06-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782475201000,"updated_at":1782475201000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',291);
INSERT INTO sync_changes VALUES(292,'transaction','019f03cd-1dd0-7968-89a4-8ee6b557114e','{"kind":"expense","amount":9685,"category":"shopping","description":"Clothing","date":"2026-06-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782475202000,"updated_at":1782475202000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',292);
INSERT INTO sync_changes VALUES(293,'transaction','019f03cd-21b8-7dd1-9dfb-bd7abc424db4','{"kind":"expense","amount":2320,"category":"food","description":"Pizza delivery","date":"2026-06-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782475203000,"updated_at":1782475203000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',293);
INSERT INTO sync_changes VALUES(294,'transaction','019f03cd-25a0-7c57-b863-f4c9a1a28e6d','{"kind":"expense","amount":1727,"category":"transport","description":"Taxi","date":"2026-06-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782475204000,"updated_at":1782475204000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',294);
INSERT INTO sync_changes VALUES(295,'transaction','019f03cd-2988-7a75-bb85-83c16785405b','{"kind":"expense","amount":2379,"category":"entertainment","description":"Bowling","date":"2026-06-26","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782475205000,"updated_at":1782475205000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',295);
INSERT INTO sync_changes VALUES(296,'transaction','019f08f3-75e8-777c-afef-909ff34e2e19','{"kind":"expense","amount":439,"category":"food","description":"Café Crème","date":"2026-06-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782561601000,"updated_at":1782561601000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',296);
INSERT INTO sync_changes VALUES(297,'transaction','019f08f3-79d0-7387-b334-180ff6084a4d','{"kind":"expense","amount":3983,"category":"entertainment","description":"Bowling","date":"2026-06-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782561602000,"updated_at":1782561602000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',297);
INSERT INTO sync_changes VALUES(298,'transaction','019f08f3-7db8-778f-b21d-195989ea5de7','{"kind":"expense","amount":3880,"category":"food","description":"寿司 Sushi Bar","date":"2026-06-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782561603000,"updated_at":1782561603000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',298);
INSERT INTO sync_changes VALUES(299,'transaction','019f08f3-81a0-7fc4-aa7b-bd766995af65','{"kind":"expense","amount":352,"category":"food","description":"Café Crème","date":"2026-06-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782561604000,"updated_at":1782561604000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',299);
INSERT INTO sync_changes VALUES(300,'transaction','019f08f3-8588-7e3c-b5ca-f157f12c8e40','{"kind":"expense","amount":308,"category":"food","description":"Bakery","date":"2026-06-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782561605000,"updated_at":1782561605000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',300);
INSERT INTO sync_changes VALUES(301,'transaction','019f08f3-8970-7680-8c3e-2155f766ee82','{"kind":"expense","amount":1100,"category":"other","description":"Charity donation","date":"2026-06-27","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782561606000,"updated_at":1782561606000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',301);
INSERT INTO sync_changes VALUES(302,'transaction','019f0e19-d1e8-7393-9203-25090f25cfa4','{"kind":"expense","amount":2037,"category":"entertainment","description":"Cinema","date":"2026-06-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782648001000,"updated_at":1782648001000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',302);
INSERT INTO sync_changes VALUES(303,'transaction','019f0e19-d5d0-795f-93ee-8f43fd762f39','{"kind":"expense","amount":4340,"category":"shopping","description":"Clothing","date":"2026-06-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782648002000,"updated_at":1782648002000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',303);
INSERT INTO sync_changes VALUES(304,'transaction','019f0e19-d9b8-7d61-828f-530e860657fc','{"kind":"expense","amount":2412,"category":"food","description":"Farmers market","date":"2026-06-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782648003000,"updated_at":1782648003000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',304);
INSERT INTO sync_changes VALUES(305,'transaction','019f0e19-dda0-75c3-b057-e54bfa2e46d3','{"kind":"expense","amount":1607,"category":"food","description":"Grocery store","date":"2026-06-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782648004000,"updated_at":1782648004000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',305);
INSERT INTO sync_changes VALUES(306,'transaction','019f0e19-e188-7fa0-9e49-d21049c74fc0','{"kind":"expense","amount":5543,"category":"food","description":"Grocery store","date":"2026-06-28","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782648005000,"updated_at":1782648005000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',306);
INSERT INTO sync_changes VALUES(307,'transaction','019f1340-2de8-7bae-b401-1d3151dd1f7d','{"kind":"expense","amount":2200,"category":"transport","description":"Metro card top-up","date":"2026-06-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782734401000,"updated_at":1782734401000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',307);
INSERT INTO sync_changes VALUES(308,'transaction','019f1340-31d0-77a5-a7cf-0737798da442','{"kind":"expense","amount":1915,"category":"food","description":"Pizza delivery","date":"2026-06-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782734402000,"updated_at":1782734402000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',308);
INSERT INTO sync_changes VALUES(309,'transaction','019f1340-35b8-71cf-adc6-7e85cfc2c5fd','{"kind":"expense","amount":1823,"category":"shopping","description":"Bookshop","date":"2026-06-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782734403000,"updated_at":1782734403000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',309);
INSERT INTO sync_changes VALUES(310,'transaction','019f1340-39a0-71bb-9d1a-ff1fc04be67d','{"kind":"expense","amount":915,"category":"food","description":"Lunch","date":"2026-06-29","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782734404000,"updated_at":1782734404000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',310);
INSERT INTO sync_changes VALUES(311,'transaction','019f1866-89e8-7752-aab2-a1438953e5a8','{"kind":"expense","amount":282,"category":"other","description":"Post office","date":"2026-06-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782820801000,"updated_at":1782820801000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',311);
INSERT INTO sync_changes VALUES(312,'transaction','019f1866-8dd0-7578-9f69-2bf5a52fffef','{"kind":"expense","amount":1852,"category":"food","description":"Farmers market","date":"2026-06-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782820802000,"updated_at":1782820802000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',312);
INSERT INTO sync_changes VALUES(313,'transaction','019f1866-91b8-71c2-a354-2ff3289573a3','{"kind":"expense","amount":2602,"category":"food","description":"Pizza delivery","date":"2026-06-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782820803000,"updated_at":1782820803000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',313);
INSERT INTO sync_changes VALUES(314,'transaction','019f1866-95a0-7725-af41-c4e1ccda16c1','{"kind":"expense","amount":1267,"category":"transport","description":"Train ticket","date":"2026-06-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782820804000,"updated_at":1782820804000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',314);
INSERT INTO sync_changes VALUES(315,'transaction','019f1866-9988-7ca7-bbf6-0f154fca8ac6','{"kind":"expense","amount":2000,"category":"transport","description":"Metro card top-up","date":"2026-06-30","note":null,"tags":"[]","account":"cash","cleared":0,"created_at":1782820805000,"updated_at":1782820805000,"deleted_at":null}','000001796178806407.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',315);
INSERT INTO sync_changes VALUES(316,'account','savings','{"type":"savings","currency":"USD","opening_balance":100000,"opened_on":null,"closed":0,"note":null,"created_at":1796178806658,"updated_at":1796178806658,"deleted_at":null}','000001796178806658.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',316);
INSERT INTO sync_changes VALUES(317,'account','ING Checking','{"type":"checking","currency":"USD","opening_balance":50000,"opened_on":null,"closed":0,"note":null,"created_at":1796178808789,"updated_at":1796178808789,"deleted_at":null}','000001796178808791.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',317);
INSERT INTO sync_changes VALUES(318,'transfer','01a23499-9020-7c70-8ebc-197b19122039','{"from_account":"ING Checking","to_account":"savings","amount":25000,"date":"2026-06-01","description":"Transfer from ING Checking to savings","note":null,"from_cleared":0,"to_cleared":0,"created_at":1796178808864,"updated_at":1796178808864,"deleted_at":null}','000001796178808869.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',318);
INSERT INTO sync_changes VALUES(319,'transaction','019f1866-9988-7ca7-bbf6-0f154fca8ac6','{"account":"ING Checking","updated_at":1796178811152}','000001796178811156.000000','9073b9a7-8362-4d45-abb5-4e739c07a055',319);
CREATE TABLE basic_gateway_links(
    local_id TEXT PRIMARY KEY,
    remote_id TEXT NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE TABLE ledger_total(total INTEGER NOT NULL);
INSERT INTO ledger_total VALUES(2036923);
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
INSERT INTO accounts VALUES('01a23499-8782-7053-a6a7-00be38b27ebe','savings','savings','USD',100000,NULL,0,NULL,1796178806658,1796178806658);
INSERT INTO accounts VALUES('01a23499-8fd5-7ca9-a41f-e66e5967ae9e','ING Checking','checking','USD',50000,NULL,0,NULL,1796178808789,1796178808789);
INSERT INTO accounts VALUES('343a0b68-067a-4ee6-a92a-14d905d9c2a8','cash','cash','USD',0,NULL,0,NULL,1796178806386,1796178806386);
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
INSERT INTO transfers VALUES(1,'01a23499-9020-7c70-8ebc-197b19122039','ING Checking','savings',25000,'2026-06-01','Transfer from ING Checking to savings',NULL,0,0,1796178808864,1796178808864,NULL);
CREATE TABLE account_daily(
    account TEXT NOT NULL COLLATE NOCASE,
    date TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, date)
) WITHOUT ROWID;
INSERT INTO account_daily VALUES('cash','2026-05-02',-8533,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-03',-12404,0,7);
INSERT INTO account_daily VALUES('cash','2026-05-04',-10159,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-05',-4237,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-06',-17540,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-07',-20284,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-08',-7774,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-09',-20300,0,7);
INSERT INTO account_daily VALUES('cash','2026-05-10',-19732,0,6);
INSERT INTO account_daily VALUES('cash','2026-05-11',-24101,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-12',-33906,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-13',-8237,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-14',-3598,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-15',-2653,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-16',-18088,0,6);
INSERT INTO account_daily VALUES('cash','2026-05-17',-9136,0,6);
INSERT INTO account_daily VALUES('cash','2026-05-18',-10360,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-19',25896,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-20',-7488,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-21',-6276,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-22',-24825,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-23',-14193,0,6);
INSERT INTO account_daily VALUES('cash','2026-05-24',-9464,0,6);
INSERT INTO account_daily VALUES('cash','2026-05-25',463522,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-26',-10538,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-27',-7940,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-28',-5579,0,4);
INSERT INTO account_daily VALUES('cash','2026-05-29',-27729,0,5);
INSERT INTO account_daily VALUES('cash','2026-05-30',-17044,0,6);
INSERT INTO account_daily VALUES('cash','2026-05-31',-16495,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-01',-184877,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-02',-9112,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-03',-19267,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-04',-6656,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-05',-7645,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-06',-20769,0,7);
INSERT INTO account_daily VALUES('cash','2026-06-07',-13235,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-08',-11640,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-09',-16404,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-10',-7926,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-11',-8513,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-12',-99043,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-13',-19611,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-14',-16212,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-15',-7577,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-16',-5656,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-17',-13945,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-18',-8365,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-19',-30441,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-20',-11953,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-21',-8540,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-22',-6001,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-23',-19794,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-24',-5071,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-25',465931,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-26',-19583,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-27',-10062,0,6);
INSERT INTO account_daily VALUES('cash','2026-06-28',-15939,0,5);
INSERT INTO account_daily VALUES('cash','2026-06-29',-6853,0,4);
INSERT INTO account_daily VALUES('cash','2026-06-30',-6003,0,4);
INSERT INTO account_daily VALUES('ING Checking','2026-06-01',-25000,0,1);
INSERT INTO account_daily VALUES('ING Checking','2026-06-30',-2000,0,1);
INSERT INTO account_daily VALUES('savings','2026-06-01',25000,0,1);
CREATE TABLE account_monthly(
    account TEXT NOT NULL COLLATE NOCASE,
    month TEXT NOT NULL,
    delta INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (account, month)
) WITHOUT ROWID;
INSERT INTO account_monthly VALUES('cash','2026-05',110805,0,151);
INSERT INTO account_monthly VALUES('cash','2026-06',-150762,0,148);
INSERT INTO account_monthly VALUES('ING Checking','2026-06',-27000,0,2);
INSERT INTO account_monthly VALUES('savings','2026-06',25000,0,1);
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
