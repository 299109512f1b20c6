import Foundation

/// `budget_add_ms` and `budget_status_ms` of `outlay bench`: twenty budgets
/// that all cover the expenses the benchmark adds (overall and food, every
/// period, several thresholds), so each add evaluates all twenty.
public struct BudgetBenchmark {
    public init() {}

    public func run(on database: AppDatabase, into figures: inout BenchmarkFigures) throws {
        let now = Timestamp.now
        let today = LocalDate.today()
        try database.write { db in
            for index in 0..<20 {
                let period = BudgetPeriod.allCases[index % 4]
                let budget = Budget(
                    id: RecordID.make(at: now), scope: index < 10 ? .overall : .category("food"),
                    amount: Money(minorUnits: Int64(50_000 + index * 10_000) * (period == .yearly ? 12 : 1), currency: database.currency),
                    period: period, threshold: 50 + index * 2, rollover: index % 3 == 0, createdAt: now, updatedAt: now,
                    startDate: today.adding(days: -400))
                try BudgetRow.save(budget, in: db)
            }
        }
        let expenses = TransactionService(database: database)
        figures.record("budget_add_ms", try BenchmarkFigures.medianMilliseconds {
            try expenses.add(TransactionDraft(amount: Money(minorUnits: 1_250, currency: database.currency),
                                              category: "food", description: "Benchmark lunch", date: today))
        })
        let budgets = BudgetService(database: database)
        figures.record("budget_status_ms", try BenchmarkFigures.medianMilliseconds {
            _ = try budgets.statuses()
        })
    }
}
