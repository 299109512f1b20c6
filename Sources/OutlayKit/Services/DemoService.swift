/// Fills a database with `DemoGenerator` data in one transaction.
public struct DemoService: Sendable {
    public let database: AppDatabase
    /// What undo calls the demo rows: "removed the 1000 transactions imported from demo data".
    static let undoName = "demo data"
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Refuses a database that already has transactions unless `append` is set,
    /// so demo rows never mix into someone's real data by accident.
    @discardableResult
    public func populate(count: Int, seed: UInt64, end: LocalDate, append: Bool = false, progress: ProgressReporter? = nil) throws -> Int {
        if !append {
            let existing = try TransactionService(database: database).count()
            guard existing == 0 else { throw OutlayError.demoTargetNotEmpty(path: database.path, count: existing) }
        }
        let generator = DemoGenerator(count: count, seed: seed, end: end, currency: database.currency)
        let database = database
        var loader = BulkLoader(database: database)
        loader.defaultAccount = try AccountService(database: database).accountForNew(nil)
        (loader.progress, loader.expectedRows) = (progress, count)
        return try loader.insert(generator) { db, counts in
            // One evaluation for the whole load: one alert per crossing, not one per row.
            try BudgetEvaluator.evaluate(categories: nil, database: database, clock: clock, in: db)
            guard counts.inserted > 0 else { return }
            // Undo takes the whole demo out again, as it does an import: the book is the user's real one.
            try UndoEntry.imported(file: Self.undoName, firstSeq: counts.firstSeq, lastSeq: try TransactionRow.lastSeq(in: db),
                                   count: counts.inserted, transfers: nil, matches: [], opening: nil).push(db, at: clock.now())
        }
    }
}
