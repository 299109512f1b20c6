import OutlayBasics
import GRDB

/// Where an imported row's category came from, for the summary.
public enum CategorySource: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `[[import.rules]]`, by the description.
    case rule
    /// The bank's category, named as a category of the book.
    case bank
    /// The bank's category through `[import.category_map]` or the built-in maps of banks' categories.
    case map
    /// What the merchant had most before (`CategoryHistory`).
    case history
    /// The bank's category, made a new category (`--create-categories`).
    case created
    /// None of these: `other`, with the bank's category kept as a tag.
    case other

    /// Its name in `--json`.
    public var key: String {
        switch self {
        case .rule: "rule"
        case .bank: "bank"
        case .map: "map"
        case .history: "history"
        case .created: "created"
        case .other: "other"
        }
    }

    /// How the summary says it: "3 from history".
    public var description: String {
        switch self {
        case .rule: "by your rules"
        case .bank: "as the bank named them"
        case .map: "mapped from the bank's"
        case .history: "from history"
        case .created: "made new"
        case .other: "left as other"
        }
    }
}

/// Decides each imported row's category, so that no category ever stops an
/// import: rules by description, then the bank's category (as named, through
/// the user's `[import.category_map]`, then the built-in maps), then history,
/// then `other`, keeping the bank's category as a tag (or, with
/// `--create-categories`, making it a category).
struct ImportCategories: Sendable {
    /// "kind:name" of every category, and of those this import makes.
    private(set) var known: Set<String>
    /// Lowercased bank category → category, from `[import.category_map]`.
    let userMap: [String: String]
    let createCategories: Bool
    private var categorizer: Categorizer
    private var payees: Categorizer
    private let hasTransferRules: Bool
    /// Loads history once per kind, when a row first needs it.
    private let loadHistory: @Sendable (TransactionKind) -> [String: CategoryGuess]
    private var history: [TransactionKind: [String: CategoryGuess]] = [:]
    /// Categories to make when the import commits, "kind:name".
    private(set) var created: Set<String> = []

    init(known: Set<String>, rules: [CategoryRule], userMap: [String: String], createCategories: Bool,
         loadHistory: @escaping @Sendable (TransactionKind) -> [String: CategoryGuess]) {
        self.known = known
        self.userMap = userMap
        self.createCategories = createCategories
        categorizer = Categorizer(rules)
        payees = Categorizer(rules.filter { $0.payee != nil })
        hasTransferRules = rules.contains { $0.transfer != nil }
        self.loadHistory = loadHistory
    }

    /// The payee the first rule with one names for this text.
    mutating func payee(for description: String) -> String? { payees.rule(for: description)?.payee }

    /// The other account when a rule says this row is a transfer (no lookup when no rule makes transfers).
    mutating func transferTarget(for description: String) -> String? {
        hasTransferRules ? categorizer.rule(for: description)?.transfer : nil
    }

    /// `own`: the category is the user's own, from another tool: it is theirs to keep, so no bank's map renames it.
    mutating func resolve(description: String, bankCategory: String?, kind: TransactionKind, own: Bool = false)
        -> (name: String, source: CategorySource, tag: String?) {
        func isKnown(_ name: String) -> Bool { known.contains("\(kind.rawValue):\(name)") }
        if own, let bank = bankCategory, let named = try? Category.normalizedName(bank) {
            if isKnown(named) { return (named, .bank, nil) }
            return (part(named, kind: kind), createCategories ? .created : .other, nil)
        }
        if let ruled = categorizer.category(for: description), isKnown(ruled) { return (ruled, .rule, nil) }
        let bank = bankCategory?.trimmingWhitespace()
        if let bank, !bank.isEmpty {
            if let mapped = userMap[bank.lowercased()], isKnown(mapped) { return (mapped, .map, nil) }
            if let named = try? Category.normalizedName(bank), isKnown(named) { return (named, .bank, nil) }
            if let mapped = BankCategoryMap.category(for: bank), isKnown(mapped) { return (mapped, .map, nil) }
        }
        if history[kind] == nil { history[kind] = loadHistory(kind) }
        if let key = MerchantKey.of(description), let guess = history[kind]?[key], isKnown(guess.category) {
            return (guess.category, .history, nil)
        }
        guard let bank, !bank.isEmpty else { return ("other", .other, nil) }
        if createCategories, let name = try? Category.normalizedName(bank) {
            known.insert("\(kind.rawValue):\(name)")
            created.insert("\(kind.rawValue):\(name)")
            return (name, .created, nil)
        }
        return ("other", .other, Self.tag(for: bank))
    }

    /// A split part's category, as Outlay's own export named it: kept when known (or made, when categories are), else other.
    mutating func part(_ name: String, kind: TransactionKind) -> String {
        guard let named = try? Category.normalizedName(name) else { return "other" }
        let key = "\(kind.rawValue):\(named)"
        if known.contains(key) { return named }
        guard createCategories else { return "other" }
        known.insert(key)
        created.insert(key)
        return named
    }

    /// The bank's category as a tag: one lowercased word ("food-&-drink"), as tags are.
    static func tag(for bankCategory: String) -> String? {
        let word = bankCategory.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "#" }).joined(separator: "-")
        let tag = String(word.prefix(FieldLimits.tagLength))
        return tag.isEmpty ? nil : tag
    }
}
