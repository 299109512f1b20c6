import Foundation

/// `upcoming_ms`, `forecast_ms` and `post_year_ms` of `outlay bench`: a hundred
/// schedules (monthly bills and income, weekly and fortnightly transfers) over
/// the benchmark's million transactions. `post_year_ms` is one run of posting
/// after a year away: every schedule's twelve months (or more) in one write.
public struct ScheduleBenchmark {
    public init() {}

    public func run(on database: AppDatabase, into figures: inout BenchmarkFigures) throws {
        let today = LocalDate.today()
        let yearAgo = database.withClock(.fixed(today.adding(days: -365)))
        let service = ScheduleService(database: yearAgo)
        let accounts = try AccountService(database: database).list().filter { !$0.closed }.map(\.name)
        let currency = database.currency
        for index in 0..<100 {
            let amount = Money(minorUnits: Int64(1_000 + index * 37), currency: currency)
            let start = today.adding(days: -365 + index % 28)
            let draft: ScheduleService.Draft = switch index % 10 {
            case 0: .init(kind: .income, amount: amount, description: "Salary \(index)", category: "salary", account: accounts[0],
                          recurrence: Recurrence(unit: .month, weekday: WeekdayRule(ordinal: .last, isoWeekday: 5), start: start))
            case 1: .init(kind: .transfer, amount: amount, description: "Saving \(index)", account: accounts[0], toAccount: accounts[1 % accounts.count],
                          recurrence: Recurrence(every: 2, unit: .week, start: start))
            default: .init(kind: .expense, amount: amount, description: "Bill \(index)", category: "utilities", account: accounts[index % accounts.count],
                           recurrence: Recurrence(unit: .month, dayOfMonth: 1 + index % 31, start: start))
            }
            try service.add(draft)
        }
        let began = DispatchTime.now().uptimeNanoseconds
        let posted = try ScheduledPosting(database: database).postDue()
        figures.record("post_year_ms", Double(DispatchTime.now().uptimeNanoseconds - began) / 1_000_000)
        figures.record("post_year_count", Double(posted.posted.count))
        let forecast = ForecastService(database: database)
        figures.record("upcoming_ms", try BenchmarkFigures.medianMilliseconds { _ = try forecast.upcoming(days: 30) })
        figures.record("forecast_ms", try BenchmarkFigures.medianMilliseconds { _ = try forecast.forecast(days: 90) })
    }
}
