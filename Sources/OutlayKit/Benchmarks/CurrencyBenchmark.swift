import Foundation

/// The `mixed_*` figures of `outlay bench`: the benchmark's book made one of four accounts in three currencies (a
/// quarter of the rows moved to an account in EUR, a quarter to one in CHF), thirty years of the ECB's daily rates
/// imported, then the reports in the base currency that the single-currency book is measured on.
public struct CurrencyBenchmark {
    public init() {}

    public func run(on database: AppDatabase, in folder: URL, into figures: inout BenchmarkFigures) throws {
        let accounts = AccountService(database: database)
        let today = LocalDate.today()
        for (name, code) in [("revolut", "EUR"), ("zurich", "CHF")] where (try? accounts.named(name)) == nil {
            try accounts.add(name: name, type: .checking, currency: try Currency(code: code))
        }
        // Thirty years of working days in the ECB's layout (the demo book spans twenty): one euro in dollars and in francs.
        let file = folder.appendingPathComponent("eurofxref-hist.csv")
        var text = "Date,USD,JPY,CHF,\n"
        var day = today
        while day > today.adding(days: -10_960) {
            if !day.isWeekend {
                let wobble = (day.daysSinceEpoch * 7_919) % 400
                text += "\(day),\(Self.rate(1_0500 + wobble)),160.49,\(Self.rate(9_300 + wobble / 2)),\n"
            }
            day = day.adding(days: -1)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let started = Date()
        _ = try RateService(database: database).importFile(file.path)
        figures.record("rates_import_ms", Date().timeIntervalSince(started) * 1_000)

        // A quarter of the rows to each foreign account: their base amounts are converted in the same write.
        let moving = Date()
        let moved = try database.write { db in
            try BenchmarkRows.move(every: 4, remainder: 1, to: "revolut", in: db) + BenchmarkRows.move(every: 4, remainder: 2, to: "zurich", in: db)
        }
        figures.record("convert_rows_per_s", Double(moved) / max(Date().timeIntervalSince(moving), 0.000_001))

        let analytics = AnalyticsService(database: database), month = YearMonth(today)
        figures.record("mixed_report_matrix_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try analytics.matrix(from: month.adding(months: -119), to: month)
        })
        figures.record("mixed_report_summary_ms", try BenchmarkFigures.medianMilliseconds { _ = try analytics.monthlySummary(month) })
        figures.record("mixed_net_worth_ms", try BenchmarkFigures.medianMilliseconds {
            _ = NetWorth(try accounts.balances(), currency: database.currency)
        })
        let budgets = BudgetService(database: database)
        figures.record("mixed_budget_status_ms", try BenchmarkFigures.medianMilliseconds { _ = try budgets.statuses() })
    }

    /// Ten-thousandths as the ECB writes them: 10500 → "1.0500".
    private static func rate(_ tenThousandths: Int) -> String {
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
