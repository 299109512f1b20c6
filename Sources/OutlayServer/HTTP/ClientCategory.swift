import OutlayKit

/// Category names as the original clients send them: in any case ("Food"),
/// and the dashboard's ids for "Other" (`other_expense`, `other_income`).
enum ClientCategory {
    static func name(_ raw: String?) -> String? {
        guard let raw else { return nil }
        switch raw.lowercased() {
        case "other_expense", "other_income": return "other"
        default: return raw
        }
    }

    /// A filter's category in the stored form, so `?category=Food` finds `food`.
    static func filter(_ raw: String?) -> String? {
        name(raw).map { (try? Category.normalizedName($0)) ?? $0 }
    }
}
