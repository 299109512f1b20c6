import Foundation
import GRDB

/// The expense-service figures of `outlay bench`, on a fresh database of
/// `transactions` demo rows in a temporary folder (a real file, WAL mode).
public struct ExpenseBenchmark {
    public let transactions: Int
    public let seed: UInt64

    public init(transactions: Int, seed: UInt64 = 1) {
        self.transactions = transactions
        self.seed = seed
    }

    /// The word `search_ms` looks for: the demo puts it in about one note in 24 000.
    public static let rareWord = "warranty"

    /// Builds the database, measures, and returns it (open) with the figures.
    public func run(in folder: URL) throws -> (database: AppDatabase, figures: BenchmarkFigures) {
        var figures = BenchmarkFigures()
        figures.record("transactions", Double(transactions))
        let database = try AppDatabase.open(path: folder.appendingPathComponent("bench.sqlite").path)

        let start = DispatchTime.now().uptimeNanoseconds
        let inserted = try DemoService(database: database).populate(count: transactions, seed: seed, end: LocalDate.today())
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        figures.record("insert_rows_per_s", (Double(inserted) / seconds).rounded())

        let expenses = TransactionService(database: database)
        figures.record("first_page_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try expenses.list(TransactionPageRequest(limit: 50))
        })
        let depth = min(transactions - 50, 10_000 * 50)
        if depth > 0, let cursor = try cursor(at: depth, in: database) {
            figures.record("deep_page_ms", try BenchmarkFigures.medianMilliseconds {
                _ = try expenses.list(TransactionPageRequest(limit: 50, after: cursor))
            })
        }
        figures.record("search_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try expenses.list(TransactionPageRequest(filter: TransactionFilter(search: Self.rareWord), limit: 50))
        })
        figures.record("summary_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try expenses.summary()
        })
        // One add keeping the search index, tag index and both roll-ups exact (no budgets yet).
        let today = LocalDate.today()
        figures.record("add_with_rollups_ms", try BenchmarkFigures.medianMilliseconds {
            try expenses.add(TransactionDraft(amount: Money(minorUnits: 480, currency: database.currency), category: "food",
                                              description: "Benchmark coffee", date: today, tags: ["bench"]))
        })
        return (database, figures)
    }

    /// The cursor of the row `depth` places from the newest: where page depth/50 starts.
    private func cursor(at depth: Int, in database: AppDatabase) throws -> TransactionCursor? {
        try database.read { db in try TransactionRow.cursor(atDepth: depth, in: db) }
    }
}
