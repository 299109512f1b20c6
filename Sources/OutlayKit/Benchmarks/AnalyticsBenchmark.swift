/// The `report_*_ms` figures of `outlay bench`, for the current month (and
/// ten years of months for the matrix) of the benchmark database.
public struct AnalyticsBenchmark {
    public init() {}

    public func run(on database: AppDatabase, into figures: inout BenchmarkFigures) throws {
        let analytics = AnalyticsService(database: database)
        let today = LocalDate.today()
        let month = YearMonth(today)
        figures.record("report_summary_ms", try BenchmarkFigures.medianMilliseconds { _ = try analytics.monthlySummary(month) })
        figures.record("report_trends_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try analytics.trends(months: 12, endingWith: month)
        })
        figures.record("report_categories_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try analytics.categoryAnalysis(.month, containing: today)
        })
        figures.record("report_daily_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try analytics.dailyPattern(days: 30, endingWith: today)
        })
        figures.record("report_top_ms", try BenchmarkFigures.medianMilliseconds { _ = try analytics.topExpenses(month.range) })
        figures.record("report_insights_ms", try BenchmarkFigures.medianMilliseconds { _ = try analytics.insights(month) })
        figures.record("report_matrix_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try analytics.matrix(from: month.adding(months: -119), to: month)
        })
    }
}
