import GRDB

/// Changes only `outlay bench` makes to its own throwaway book.
enum BenchmarkRows {
    /// Moves every `n`th live transaction (those whose `seq` leaves `remainder`) into `account`, as one write: its
    /// rows then read in that account's currency and are converted again.
    static func move(every n: Int, remainder: Int, to account: String, in db: Database) throws -> Int {
        try db.execute(sql: "UPDATE transactions SET account = ? WHERE deleted_at IS NULL AND seq % ? = ?", arguments: [account, n, remainder])
        return db.changesCount
    }
}
