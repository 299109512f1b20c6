import GRDB

/// A category learned from the ledger: what earlier transactions of the
/// same merchant (`MerchantKey`) and kind were filed under, most often.
public struct CategoryGuess: Sendable, Hashable {
    public var category: String
    /// Earlier transactions of the merchant in that category.
    public var count: Int
    /// One of them, as written, for saying where the guess came from.
    public var example: String

    public init(category: String, count: Int, example: String) {
        self.category = category
        self.count = count
        self.example = example
    }
}

/// The history rule, shared by `outlay add` without `--category`, the
/// dashboard's form and imports.
enum CategoryHistory {
    /// How many of a merchant's most recent transactions are counted.
    static let recentLimit = 2_000

    /// The guess for one description: the index finds the merchant's words, the key decides.
    static func guess(_ description: String, kind: TransactionKind, in db: Database) throws -> CategoryGuess? {
        guard let key = MerchantKey.of(description) else { return nil }
        let tokens = SearchTerms.tokens(key)
        guard !tokens.isEmpty else { return nil }
        var tally = Tally()
        for row in try MerchantHistoryQuery.matching(tokens, kind: kind, limit: recentLimit, in: db) where MerchantKey.of(row.description) == key {
            tally.count(row.category, example: row.description)
        }
        return tally.best
    }

    /// Every merchant's guess at once, from the most recent transactions: for imports, which ask for many.
    static func all(kind: TransactionKind, in db: Database, limit: Int = 200_000) throws -> [String: CategoryGuess] {
        var tallies: [String: Tally] = [:]
        try MerchantHistoryQuery.eachRecent(kind: kind, limit: limit, in: db) { description, category in
            guard let key = MerchantKey.of(description) else { return }
            tallies[key, default: Tally()].count(category, example: description)
        }
        return tallies.compactMapValues(\.best)
    }

    /// Counts per category, in the order first seen (the most recent first), so a tie goes to the latest.
    struct Tally {
        private var counts: [String: Int] = [:]
        private var order: [String] = []
        private var examples: [String: String] = [:]

        mutating func count(_ category: String, example: String) {
            if counts[category] == nil {
                order.append(category)
                examples[category] = example
            }
            counts[category, default: 0] += 1
        }

        var best: CategoryGuess? {
            var top: (category: String, count: Int)?
            for category in order {
                let count = counts[category] ?? 0
                if count > top?.count ?? 0 { top = (category, count) }
            }
            return top.map { CategoryGuess(category: $0.category, count: $0.count, example: examples[$0.category] ?? $0.category) }
        }
    }
}
