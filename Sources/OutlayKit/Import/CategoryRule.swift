import Foundation

/// `[[import.rules]]` in config.toml: descriptions matching `match` (a
/// case-insensitive substring, or a regular expression between slashes)
/// get `category`, or with `transfer = "card"` are money moved between the
/// import's account and that one (a card paid from checking), recorded as a
/// transfer. The first matching rule wins. `payee = "Landlord"` names the
/// payee of the rows it matches (the first rule with a payee that matches).
public struct CategoryRule: Sendable, Hashable {
    public var match: String
    /// Empty for a rule that only names a transfer's account or a payee.
    public var category: String
    /// The other account, for a rule that makes transfers.
    public var transfer: String?
    public var payee: String?

    public init(match: String, category: String, transfer: String? = nil, payee: String? = nil) throws(OutlayError) {
        self.match = match
        self.category = category
        self.transfer = transfer
        self.payee = payee
        if isExpression {
            guard (try? NSRegularExpression(pattern: String(match.dropFirst().dropLast()))) != nil else {
                throw .invalidImport("rule '\(match)'", "not a valid regular expression")
            }
        }
    }

    var isExpression: Bool { match.count >= 2 && match.hasPrefix("/") && match.hasSuffix("/") }
}

/// Applies rules to descriptions; expressions are compiled once, and each
/// distinct description is matched once (bank exports repeat their payees).
struct Categorizer: @unchecked Sendable {
    private let rules: [(rule: CategoryRule, expression: NSRegularExpression?, needle: [UInt8])]
    private var answers: [String: CategoryRule?] = [:]

    init(_ rules: [CategoryRule]) {
        self.rules = rules.map { rule in
            let expression = rule.isExpression
                ? try? NSRegularExpression(pattern: String(rule.match.dropFirst().dropLast()), options: [.caseInsensitive])
                : nil
            return (rule, expression, Array(rule.match.lowercased().utf8))
        }
    }

    /// The category of the first rule matching, when that rule gives one (not a transfer).
    mutating func category(for description: String) -> String? {
        rule(for: description).flatMap { $0.transfer == nil ? $0.category : nil }
    }

    /// The first rule matching the description.
    mutating func rule(for description: String) -> CategoryRule? {
        guard !rules.isEmpty else { return nil }
        if let known = answers[description] { return known }
        let answer = match(description)
        if answers.count < 100_000 { answers[description] = answer }
        return answer
    }

    private func match(_ description: String) -> CategoryRule? {
        let lowered = Array(description.lowercased().utf8)
        for entry in rules {
            if let expression = entry.expression {
                if expression.firstMatch(in: description, range: NSRange(description.startIndex..., in: description)) != nil {
                    return entry.rule
                }
            } else if Self.contains(lowered, entry.needle) {
                return entry.rule
            }
        }
        return nil
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        outer: for start in 0...(haystack.count - needle.count) {
            for offset in needle.indices where haystack[start + offset] != needle[offset] { continue outer }
            return true
        }
        return false
    }
}
