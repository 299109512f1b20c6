import OutlayBasics

/// A budget's fields as a client sends them (`POST` creates, `PUT` changes).
public struct BudgetInput: Sendable, Hashable {
    /// A category name; absent, null or "overall" means all spending.
    public var category: String?
    public var amount: String?
    /// daily, weekly, monthly or yearly.
    public var period: String?
    /// Percent of the limit that raises an alert, 1–100.
    public var alertThreshold: Int?
    public var rollover: Bool?

    public init(category: String? = nil, amount: String? = nil, period: String? = nil, alertThreshold: Int? = nil,
                rollover: Bool? = nil) {
        self.category = category
        self.amount = amount
        self.period = period
        self.alertThreshold = alertThreshold
        self.rollover = rollover
    }

    public init(json: JSONValue, creating: Bool) throws(WireError) {
        let fields = try WireFields(json)
        self.init(category: try fields.optionalString("category", maximumLength: FieldLimits.categoryNameLength), amount: try fields.decimalText("amount"),
                  period: try fields.optionalString("period", maximumLength: 10),
                  alertThreshold: try fields.integer("alertThreshold", in: FieldLimits.alertThreshold), rollover: try fields.bool("rollover"))
        if let period, !["daily", "weekly", "monthly", "yearly"].contains(period.lowercased()) {
            throw WireError(field: "period", "expected daily, weekly, monthly or yearly")
        }
        if creating, amount == nil { throw WireError(field: "amount", "is required") }
        if !creating, self == BudgetInput() {
            throw WireError(field: nil, "nothing to change: give at least one of amount, period, alertThreshold, rollover")
        }
    }

    public var json: JSONValue {
        var object = JSONObject()
        if let category { object["category"] = .string(category) }
        if let amount { object["amount"] = .string(amount) }
        if let period { object["period"] = .string(period) }
        if let alertThreshold { object["alertThreshold"] = .integer(alertThreshold) }
        if let rollover { object["rollover"] = .bool(rollover) }
        return .object(object)
    }
}
