import OutlayBasics
import Foundation

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

    /// Bills that come once a period at a set amount: paid on one day, they say
    /// nothing about the pace of spending, so projections count them once and
    /// averages and weekday comparisons leave them out.
    public static let fixedBills: Set<String> = ["rent", "utilities", "subscriptions"]

    /// The original dashboard's ids for its two "Other" choices, which are one
    /// category here (each kind has its own `other`); used when a ledger has no
    /// category of that very name.
    public static let aliases = ["other_expense": "other", "other_income": "other"]

    /// Names are trimmed, lowercased and in NFC, so "Food ", "food" and "FOOD"
    /// are one category. Any text up to 40 characters, as the original gateway
    /// stored any category text ("Food & Drink"), but no control, format or
    /// line-separator characters.
    public static func normalizedName(_ raw: String) throws(OutlayError) -> String {
        let name = raw.trimmingWhitespace().lowercased().precomposedStringWithCanonicalMapping
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            // Code points a later Unicode may assign are kept: the gateway's schema cannot tell them apart either.
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: false
            default: true
            }
        }
        guard !name.isEmpty, name.count <= FieldLimits.categoryNameLength, allowed else { throw .invalidCategoryName(raw) }
        return name
    }
}
