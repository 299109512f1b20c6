import GRDB

extension Database {
    /// Runs `body` with the triggers `condition` picks (a WHERE on
    /// `sqlite_master`) dropped, and puts them back after it. For bulk writes
    /// that bring derived tables up to date themselves. DDL is transactional:
    /// when `body` throws, or returns nil for a rollback, the transaction's
    /// rollback restores the triggers.
    func withTriggersSuspended<T>(where condition: String, _ body: () throws -> T?) throws -> T? {
        let triggers = try Row.fetchAll(self, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND \(condition)")
        for trigger in triggers { try execute(sql: "DROP TRIGGER \(try trigger.value(0) as String)") }
        guard let result = try body() else { return nil }
        for trigger in triggers { try execute(sql: try trigger.value(1) as String) }
        return result
    }
}
