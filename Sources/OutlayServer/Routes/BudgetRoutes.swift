import Foundation
import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/budgets`: each budget with where its current period stands.
struct BudgetRoutes {
    let services: ServerServices

    /// Under `/api/budgets` and, as the original gateway routed them, `/api/budget`.
    static let alertParameters = [QueryParameter("unreadOnly", .flag), NotificationRoutes.limit]

    /// `/api/budget` is the original gateway's name for the same routes.
    func register(_ routes: DeclaredRouter) {
        for base in [APIPath.budgets, APIPath.budgetAlias] {
            let note = base == APIPath.budgetAlias ? " (the original gateway's path; the same as /api/budgets)" : ""
            routes.add(.get, base, .init("Budgets and their current periods" + note, answers: [200: .json("BudgetList")])) {
                _, context in try await self.list(context)
            }
            routes.add(.post, base, .init("Set a budget (updates the one for the same category and period)" + note, body: "BudgetCreate",
                                          answers: [200: .json("Budget"), 201: .json("Budget")])) { request, context in try await self.create(request, context) }
            routes.add(.get, base + "/alerts", .init("Budget alerts in the inbox, newest first" + note, parameters: Self.alertParameters,
                                                     answers: [200: .json("BudgetAlerts")])) { request, context in try await self.alerts(request, context) }
            routes.add(.put, base + "/{id}", .init("Change a budget" + note, body: "BudgetUpdate", answers: [200: .json("Budget")],
                                                   otherFailures: [409])) { request, context in try await self.change(request, context) }
            routes.add(.delete, base + "/{id}", .init("Delete a budget" + note, answers: [204: .noContent])) { _, context in try await self.remove(context) }
        }
    }

    private func list(_ context: OutlayRequestContext) async throws -> Response {
        let object = try await withBudgets(context) { service in ["budgets": .array(try service.statuses().map(Self.json))] as JSONValue }
        return JSONResponse.make(.ok, object)
    }

    /// Creates the budget for a category (or overall) and period; when that pair
    /// already has one, it is updated instead (200), as the CLI's `budget set` does.
    private func create(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        var request = request
        let input = try BudgetInput(json: try await request.json(limit: services.settings.maximumBodyBytes), creating: true)
        let creatingCategory = !services.settings.strictCategories
        let (existed, object) = try await withBudgets(context, .write) { service in
            let scope: BudgetScope = ClientCategory.filter(input.category).map { $0 == "overall" ? .overall : .category($0) } ?? .overall
            let period = try Self.period(input.period) ?? .monthly
            let existed = try service.list().contains { $0.scope == scope && $0.period == period }
            let budget = try service.set(scope: scope, amount: try Self.amount(input.amount, service.database.currency),
                                         period: period, threshold: input.alertThreshold ?? 80, rollover: input.rollover ?? false,
                                         creatingCategory: creatingCategory)
            return (existed, Self.json(try Self.status(of: budget.id, service)))
        }
        return JSONResponse.make(existed ? .ok : .created, object)
    }

    private func change(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "budget")
        var request = request
        let input = try BudgetInput(json: try await request.json(limit: services.settings.maximumBodyBytes), creating: false)
        let object = try await withBudgets(context, .write) { service in
            guard let current = try service.list().first(where: { $0.id == id }) else { throw APIError.notFound("budget", id) }
            if let category = input.category, category.lowercased() != current.scope.description.lowercased() {
                throw APIError(.badRequest, "'category': a budget's category cannot change; create a budget for '\(category)' instead",
                               field: "category")
            }
            let budget = try service.update(id: id, amount: try input.amount.map { try Self.amount($0, service.database.currency) },
                                            period: try Self.period(input.period), threshold: input.alertThreshold, rollover: input.rollover)
            return Self.json(try Self.status(of: budget.id, service))
        }
        return JSONResponse.make(.ok, object)
    }

    private func remove(_ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "budget")
        try await withBudgets(context, .write) { service in try service.delete(id: id) }
        return JSONResponse.noContent()
    }

    /// The budget alerts in the inbox, newest first.
    private func alerts(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let query = QueryParameters(request: request)
        let unreadOnly = try query.flag("unreadOnly") ?? false
        let limit = try query.integer(NotificationRoutes.limit) ?? 200
        let alerts = try await services.withLedger(context) { database in
            try NotificationService(database: database).list(unreadOnly: unreadOnly, types: [.budgetAlert, .budgetExceeded], limit: limit)
        }
        return JSONResponse.make(.ok, ["alerts": .array(alerts.map(NotificationRoutes.json)), "count": .integer(alerts.count)])
    }

    // MARK: - Helpers

    /// `work` with the caller's budgets, on the database threads.
    private func withBudgets<T: Sendable>(_ context: OutlayRequestContext, _ kind: LedgerWork = .read,
                                          _ work: @escaping @Sendable (BudgetService) throws -> T) async throws -> T {
        try await services.withLedger(context, kind) { try work(BudgetService(database: $0)) }
    }

    private static func status(of id: String, _ service: BudgetService) throws -> BudgetStatus {
        guard let status = try service.statuses().first(where: { $0.budget.id == id }) else { throw APIError.notFound("budget", id) }
        return status
    }

    /// The domain's budget object, money as numbers, plus the original gateway's names: `_id`, `category`, `alertThreshold`.
    static func json(_ status: BudgetStatus) -> JSONValue {
        guard case var .object(object) = status.json(.number) else { return status.json(.number) }
        object["_id"] = .string(status.budget.id)
        object["category"] = .optional(status.budget.scope.categoryName)
        object["alertThreshold"] = .integer(status.budget.threshold)
        return .object(object)
    }

    private static func period(_ text: String?) throws -> BudgetPeriod? {
        guard let text else { return nil }
        return try APIError.naming("period") { try BudgetPeriod(parsing: text) }
    }

    private static func amount(_ text: String?, _ currency: Currency) throws -> Money {
        try BodyFields.positiveAmount(text, currency, hint: "a budget must be greater than zero")
    }
}
