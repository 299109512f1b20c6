import OutlayBasics

/// The gateway's routes, for the server's router and for clients.
public enum APIPath {
    public static let register = "/api/auth/register"
    public static let login = "/api/auth/login"
    public static let profile = "/api/users/profile"
    public static let expenses = "/api/expenses"
    /// This month's spending per category.
    public static let expensesByCategory = "/api/expenses/summary/by-category"
    public static let budgets = "/api/budgets"
    public static let accounts = "/api/accounts"
    /// The categories, with how much each is used.
    public static let categories = "/api/categories"
    /// The category the history suggests for a description, as `outlay add` without `--category` picks it.
    public static let categorySuggestion = "/api/categories/suggest"
    public static let recurring = "/api/recurring"
    public static let forecast = "/api/forecast"
    /// The original gateway's prefix for the budget service: an alias of `budgets`.
    public static let budgetAlias = "/api/budget"
    public static let analytics = "/api/analytics"
    public static let notifications = "/api/notifications"
    public static let usage = "/api/admin/usage"
    public static let syncChanges = "/api/sync/changes"
    public static let health = "/health"
    public static let metrics = "/metrics"
    public static let openAPI = "/openapi.json"

    /// `/api/expenses/{id}` for one id.
    public static func expense(_ id: String) -> String { "\(expenses)/\(id)" }
    public static func budget(_ id: String) -> String { "\(budgets)/\(id)" }
}
