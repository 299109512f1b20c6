/// A spending or income category; `parent` allows one level of nesting.
public struct Category: Sendable, Hashable {
    public var name: String
    public var kind: TransactionKind
    public var parent: String?
    public var color: String?

    public init(name: String, kind: TransactionKind, parent: String? = nil, color: String? = nil) {
        self.name = name
        self.kind = kind
        self.parent = parent
        self.color = color
    }

    public static let defaultExpenseNames = [
        "food", "transport", "entertainment", "utilities", "rent", "shopping", "health", "subscriptions", "other",
    ]
    public static let defaultIncomeNames = ["salary", "freelance", "investment", "bonus", "other"]

    /// Names are case-folded and trimmed so "Food " and "food" are one category.
    public static func normalizedName(_ raw: String) throws(OutlayError) -> String {
        let name = raw.trimmingWhitespace().lowercased()
        let allowed = name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " " || $0 == "-" || $0 == "_"
        }
        guard !name.isEmpty, name.count <= 40, allowed else { throw .invalidCategoryName(raw) }
        return name
    }
}
