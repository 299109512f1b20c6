import Hummingbird
import OutlayAPI
import OutlayKit

/// `/api/analytics/*`: the analytics service's reports, as its JSON.
struct AnalyticsRoutes {
    let services: ServerServices

    func register(_ router: Router<OutlayRequestContext>) {
        let base = APIPath.analytics
        router.get(RouterPath(base + "/monthly-summary")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                try service.monthlySummary(try query.month("month") ?? thisMonth).json
            }
        }
        router.get(RouterPath(base + "/trends")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                try service.trends(months: try query.integer("months", in: 1...120) ?? 12,
                                   endingWith: try query.month("month") ?? thisMonth).json
            }
        }
        router.get(RouterPath(base + "/category-analysis")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                let text = try query.choice("period") ?? "month"
                guard let period = AnalysisPeriod(rawValue: text) else {
                    throw APIError(.badRequest, "'period': expected week, month or year, got '\(text)'", field: "period")
                }
                return try service.categoryAnalysis(period, containing: try query.date("date") ?? today).json
            }
        }
        router.get(RouterPath(base + "/daily-pattern")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                try service.dailyPattern(days: try query.integer("days", in: 1...366) ?? 30,
                                         endingWith: try query.date("endDate") ?? today).json
            }
        }
        router.get(RouterPath(base + "/top-expenses")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                let month = try query.month("month") ?? thisMonth
                let top = try service.topExpenses(month.range, limit: try query.integer("limit", in: 1...100) ?? 10)
                return ["period": month.description, "expenses": top.expenses.map { ExpenseWire($0).json.foundationObject }]
            }
        }
        router.get(RouterPath(base + "/insights")) { request, context in
            try await self.report(request, context) { service, query, today, thisMonth in
                let month = try query.month("month") ?? thisMonth
                return ["period": month.description, "insights": try service.insights(month).map(\.json)]
            }
        }
    }

    /// Runs `make` on the caller's ledger, on the database threads, with today's date and month.
    private func report(_ request: Request, _ context: OutlayRequestContext,
                        _ make: @escaping @Sendable (AnalyticsService, QueryParameters, LocalDate, YearMonth) throws -> [String: Any]) async throws -> Response {
        let clock = services.clock
        let query = QueryParameters(request: request)
        let object = try await services.withLedger(context) { database in
            let today = clock.today()
            return UncheckedSendable(try make(AnalyticsService(database: database, clock: clock), query, today, YearMonth(today)))
        }
        return try JSONResponse.make(.ok, foundation: object.value)
    }
}
