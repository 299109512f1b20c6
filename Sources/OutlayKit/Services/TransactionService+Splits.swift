import GRDB
import OutlayBasics

extension TransactionService {
    /// The parts of a split as stored: each category known for `kind` (or made, when `creating`), each amount
    /// positive, each note trimmed, and together exactly `total`. One part is no split: nil parts and its category.
    static func validParts(_ parts: [SplitPart], total: Money, kind: TransactionKind, creating: Bool, at now: Timestamp,
                           in db: Database) throws -> (parts: [SplitPart], category: String?) {
        guard !parts.isEmpty else { return ([], nil) }
        guard parts.count <= FieldLimits.maximumSplitParts else {
            throw OutlayError.invalidSplit("\(parts.count) parts: a transaction has at most \(FieldLimits.maximumSplitParts)")
        }
        var valid: [SplitPart] = []
        var sum: Int64 = 0
        for part in parts {
            let amount = try part.amount.relabelled(as: total.currency)
            guard amount.isPositive else {
                throw OutlayError.invalidSplit("the part \(part.category)=\(amount.decimalString) must be greater than zero")
            }
            sum += amount.minorUnits
            guard Money.isWithinLimit(sum) else { throw OutlayError.invalidSplit("the parts sum beyond the largest amount") }
            valid.append(SplitPart(category: try CategoryService.name(part.category, kind: kind, creating: creating, at: now, in: db),
                                   amount: amount, note: try FieldRules.note(part.note)))
        }
        guard sum == total.minorUnits else {
            let parts = Money(minorUnits: sum, currency: total.currency)
            let gap = Money(minorUnits: abs(total.minorUnits - sum), currency: total.currency)
            throw OutlayError.invalidSplit("the parts sum to \(parts), the total is \(total) (\(gap) \(sum < total.minorUnits ? "not assigned" : "too much"))")
        }
        return valid.count == 1 ? ([], valid[0].category) : (valid, valid[0].category)
    }

    /// Every category a transaction's spending is in: its parts', or its own.
    static func categories(of transaction: Transaction) -> Set<String> {
        transaction.isSplit ? Set(transaction.splits.map(\.category)) : [transaction.category]
    }
}
