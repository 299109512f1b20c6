-- accounts.sqlite as the first release of outlay-server left it (schema v1), with two accounts: Ada (bcrypt cost 4, password 'password123') and grace.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1');
CREATE TABLE accounts(
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT,
    currency TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
INSERT INTO accounts VALUES('84fec723-07b4-432c-85b5-e027d3587fbf','Ada','ada@example.com','$2b$04$f4rsLeCjBvN5h/pvhgp6z.mlV118ygYudCKmkHuxM.94PZh.tWrda','Ada',NULL,'EUR',1796163541888,1);
INSERT INTO accounts VALUES('0b4b0d90-81b0-468f-a73f-7bc1cc3de637','grace','grace@example.com','$2b$04$dtse.kdlnUud2N25wEax8.8kwSYxGQxxFHXmyvuZGLTIbZxp2ZbXm','Grace',NULL,'EUR',1796163541917,2);
COMMIT;
