/// Summaries that stay true: a change to a transaction's money on a day that
/// a weekly or monthly summary already made covers (its period, or the week
/// before a week's: the summary compares them) notes the days in
/// `stale_days`; the book's upkeep revises those summaries in place, then
/// forgets them. A change nothing summed up yet notes nothing, so a command
/// that only reads never needs the write lock for this. Imports (which
/// suspend these triggers) note their span themselves.
///
/// Frozen: this text is what every database ran as version 15. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v15 = FrozenMigration(identifier: "v15: stale summary days", sql: """
        CREATE TABLE stale_days(
            first TEXT NOT NULL,
            last TEXT NOT NULL
        );

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
        """)
}
