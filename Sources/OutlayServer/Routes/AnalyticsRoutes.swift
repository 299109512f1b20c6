import Hummingbird
import OutlayAPI
import OutlayKit

/// `/api/analytics/*`: the analytics service's reports, as its JSON.
struct AnalyticsRoutes {
    let services: ServerServices

    func register(_ router: Router<OutlayRequestContext>) {
        let base = APIPath.analytics
        router.get(RouterPath(base + "/monthly-summary")) { request, context in
            try self.report(request, context) { service, query in
                try service.monthlySummary(try query.month("month") ?? self.thisMonth).json
            }
        }
        router.get(RouterPath(base + "/trends")) { request, context in
            try self.report(request, context) { service, query in
                try service.trends(months: try query.integer("months", in: 1...120) ?? 12,
                                   endingWith: try query.month("month") ?? self.thisMonth).json
            }
        }
        router.get(RouterPath(base + "/category-analysis")) { request, context in
            try self.report(request, context) { service, query in
                let text = query.string("period") ?? "month"
                guard let period = AnalysisPeriod(rawValue: text) else {
                    throw APIError(.badRequest, "'period': expected week, month or year, got '\(text)'", field: "period")
                }
                return try service.categoryAnalysis(period, containing: try query.date("date") ?? self.services.clock.today()).json
            }
        }
        router.get(RouterPath(base + "/daily-pattern")) { request, context in
            try self.report(request, context) { service, query in
                try service.dailyPattern(days: try query.integer("days", in: 1...366) ?? 30,
                                         endingWith: try query.date("endDate") ?? self.services.clock.today()).json
            }
        }
        router.get(RouterPath(base + "/top-expenses")) { request, context in
            try self.report(request, context) { service, query in
                let month = try query.month("month") ?? self.thisMonth
                let top = try service.topExpenses(month.range, limit: try query.integer("limit", in: 1...100) ?? 10)
                return ["period": month.description, "expenses": top.expenses.map { ExpenseWire($0).json.foundationObject }]
            }
        }
        router.get(RouterPath(base + "/insights")) { request, context in
            try self.report(request, context) { service, query in
                let month = try query.month("month") ?? self.thisMonth
                return ["period": month.description, "insights": try service.insights(month).map(\.json)]
            }
        }
    }

    private var thisMonth: YearMonth { YearMonth(services.clock.today()) }

    private func report(_ request: Request, _ context: OutlayRequestContext,
                        _ make: (AnalyticsService, QueryParameters) throws -> [String: Any]) throws -> Response {
        let service = AnalyticsService(database: try services.ledger(for: context), clock: services.clock)
        return try JSONResponse.make(.ok, foundation: try make(service, QueryParameters(request: request)))
    }
}
