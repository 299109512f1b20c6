import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/analytics/*`: the analytics service's reports, money as JSON numbers as the original gateway sent it.
struct AnalyticsRoutes {
    let services: ServerServices

    static let month = QueryParameter("month", .month)
    static let months = QueryParameter("months", .integer(1...120))
    static let days = QueryParameter("days", .integer(1...366))
    static let limit = QueryParameter("limit", .integer(1...100))

    func register(_ routes: DeclaredRouter) {
        report(routes, "monthly-summary", "A month's spending", [Self.month]) { service, query, today, thisMonth in
            try service.monthlySummary(try query.month("month") ?? thisMonth).json(.number)
        }
        report(routes, "trends", "Spending and income per month", [Self.months, Self.month]) { service, query, today, thisMonth in
            try service.trends(months: try query.integer(Self.months) ?? 12, endingWith: try query.month("month") ?? thisMonth).json(.number)
        }
        let periods = AnalysisPeriod.allCases.map(\.rawValue)
        report(routes, "category-analysis", "Spending per category over a week, month or year",
               [QueryParameter("period", .choice(periods)), QueryParameter("date", .date)]) { service, query, today, thisMonth in
            let text = try query.choice("period") ?? "month"
            guard let period = AnalysisPeriod(rawValue: text) else {
                throw APIError(.badRequest, "'period': expected \(periods.joined(separator: ", ")), got '\(text)'", field: "period")
            }
            return try service.categoryAnalysis(period, containing: try query.date("date") ?? today).json(.number)
        }
        report(routes, "daily-pattern", "Spending per day", [Self.days, QueryParameter("endDate", .date)]) { service, query, today, thisMonth in
            try service.dailyPattern(days: try query.integer(Self.days) ?? 30, endingWith: try query.date("endDate") ?? today).json(.number)
        }
        report(routes, "top-expenses", "A month's largest expenses", [Self.limit, Self.month]) { service, query, today, thisMonth in
            let month = try query.month("month") ?? thisMonth
            let top = try service.topExpenses(month.range, limit: try query.integer(Self.limit) ?? 10)
            return ["period": .string(month.description), "expenses": .array(top.expenses.map { ExpenseWire($0).json })]
        }
        report(routes, "insights", "Observations about a month's spending", [Self.month]) { service, query, today, thisMonth in
            let month = try query.month("month") ?? thisMonth
            return ["period": .string(month.description), "insights": .array(try service.insights(month).map(\.json))]
        }
    }

    /// Declares `/api/analytics/<name>`, answered by `make`.
    private func report(_ routes: DeclaredRouter, _ name: String, _ summary: String, _ parameters: [QueryParameter],
                        _ make: @escaping @Sendable (AnalyticsService, QueryParameters, LocalDate, YearMonth) throws -> JSONValue) {
        routes.add(.get, APIPath.analytics + "/" + name, .init(summary, parameters: parameters, answers: [200: .json("Report")])) {
            request, context in try await self.report(request, context, make)
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
