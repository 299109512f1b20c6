/// How far each other device's changes have been merged here: a change whose
/// sequence number is at or below its device's mark is known, even after the
/// log has let go of it as superseded (`ChangeLog.compact`). Devices send their
/// changes in order, and replicas pass them on in that order, so a mark is exact.
///
/// Frozen: this text is what every database ran as version 8. Never edit it;
/// a later change is a new migration.
extension Migrations {
    static let v8 = FrozenMigration(identifier: "v8: merged marks per device", sql: """
        CREATE TABLE sync_origins(
            origin TEXT PRIMARY KEY,
            through INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO sync_origins(origin, through)
            SELECT origin, MAX(origin_seq) FROM sync_changes
            WHERE hlc IS NOT NULL AND origin <> COALESCE((SELECT value FROM settings WHERE key = 'device_id'), '')
            GROUP BY origin;
        """)
}
