import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/analytics/*`: the analytics service's reports, money as JSON numbers as the original gateway sent it.
struct AnalyticsRoutes {
    let services: ServerServices

    func register(_ router: Router<OutlayRequestContext>) {
        let base = APIPath.analytics
        router.get(RouterPath(base + "/monthly-summary")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                try service.monthlySummary(try query.month("month") ?? thisMonth).json(.number)
            }
        }
        router.get(RouterPath(base + "/trends")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                try service.trends(months: try query.integer("months", in: 1...120) ?? 12,
                                   endingWith: try query.month("month") ?? thisMonth).json(.number)
            }
        }
        router.get(RouterPath(base + "/category-analysis")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                let text = try query.choice("period") ?? "month"
                guard let period = AnalysisPeriod(rawValue: text) else {
                    throw APIError(.badRequest, "'period': expected week, month or year, got '\(text)'", field: "period")
                }
                return try service.categoryAnalysis(period, containing: try query.date("date") ?? today).json(.number)
            }
        }
        router.get(RouterPath(base + "/daily-pattern")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                try service.dailyPattern(days: try query.integer("days", in: 1...366) ?? 30,
                                         endingWith: try query.date("endDate") ?? today).json(.number)
            }
        }
        router.get(RouterPath(base + "/top-expenses")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                let month = try query.month("month") ?? thisMonth
                let top = try service.topExpenses(month.range, limit: try query.integer("limit", in: 1...100) ?? 10)
                return ["period": .string(month.description), "expenses": .array(top.expenses.map { ExpenseWire($0).json })]
            }
        }
        router.get(RouterPath(base + "/insights")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                let month = try query.month("month") ?? thisMonth
                return ["period": .string(month.description), "insights": .array(try service.insights(month).map(\.json))]
            }
        }
    }

    /// Runs `make` on the caller's ledger, on the database threads, with today's date and month.
    private func report(_ request: Request, _ context: OutlayRequestContext,
                        _ make: @escaping @Sendable (AnalyticsService, QueryParameters, LocalDate, YearMonth) throws -> JSONValue) async throws -> Response {
        let query = QueryParameters(request: request)
        let report = try await services.withLedger(context) { database in
            let today = database.clock.today()
            return try make(AnalyticsService(database: database), query, today, YearMonth(today))
        }
        return JSONResponse.make(.ok, report)
    }
}
