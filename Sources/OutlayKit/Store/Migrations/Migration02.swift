/// Budgets, the per-level alert states, the notification inbox with its deliveries, and the periodic reports made once each.
///
/// Frozen: this text is what every database ran as version 2. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v2 = FrozenMigration(identifier: "v2: budgets, alerts, notifications, periodic reports", sql: """
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

        -- Whether spending is past a level in a period: an alert fires when it
        -- goes from not crossed to crossed, so once per crossing, never twice.
        CREATE TABLE budget_alert_states(
            budget_id TEXT NOT NULL,
            period_start TEXT NOT NULL,
            level TEXT NOT NULL,
            crossed INTEGER NOT NULL,
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
        CREATE INDEX notifications_unread ON notifications(is_read, seq);

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
        CREATE INDEX notification_deliveries_due ON notification_deliveries(status, next_attempt_at);

        -- One weekly summary and one monthly report per ended period, ever.
        CREATE TABLE periodic_reports(
            kind TEXT NOT NULL,
            period_start TEXT NOT NULL,
            notification_id TEXT NOT NULL,
            PRIMARY KEY (kind, period_start)
        ) WITHOUT ROWID;
        """)
}
