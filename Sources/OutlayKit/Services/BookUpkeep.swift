/// What Outlay does whenever it opens a book, so nothing needs cron: post the
/// schedules' due occurrences, make the weekly and monthly reports that are
/// due (after the postings, which they count), and warn of accounts projected
/// to run low. Each step looks with a read first and writes only when due.
public enum BookUpkeep {
    @discardableResult
    public static func run(_ database: AppDatabase) throws -> ScheduledPosting.Outcome {
        let posting = try ScheduledPosting(database: database).postDue()
        try PeriodicReports(database: database).createDue()
        try LowBalanceWarnings(database: database).raiseDue()
        return posting
    }
}
