import GRDB
import Synchronization

/// Summaries already computed from the roll-ups, valid while the roll-up
/// generation (see `Migrations.v4`) stays where it was. A long-running process
/// (the server, the dashboard) answers a repeated summary with a lookup
/// instead of summing thousands of monthly rows; a write from any process,
/// the sqlite3 shell included, moves the generation and empties it.
final class SummaryCache: Sendable {
    private static let capacity = 256
    private let state = Mutex<(generation: Int64, summaries: [TransactionFilter: TransactionSummary])>((-1, [:]))

    /// The filter's summary from the cache, or computed in `db` and kept.
    func summary(_ filter: TransactionFilter, in db: Database, compute: () throws -> TransactionSummary) throws -> TransactionSummary {
        guard filter.isAnsweredByRollups else { return try compute() }
        let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM rollup_generation")) ?? -1
        if let hit = state.withLock({ $0.generation == generation ? $0.summaries[filter] : nil }) { return hit }
        let summary = try compute()
        state.withLock { state in
            if state.generation != generation || state.summaries.count >= Self.capacity {
                state = (generation, [:])
            }
            state.summaries[filter] = summary
        }
        return summary
    }
}
