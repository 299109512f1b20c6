import Foundation
import OutlayKit

/// Prints JSON the way every `--json` flag does: sorted keys, no floats for money.
enum JSONOutput {
    static func print(_ value: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// SPEC 3's transaction object; amounts are decimal strings.
    static func object(_ t: Transaction) -> [String: Any] {
        var object: [String: Any] = [
            "id": t.id, "kind": t.kind.rawValue, "amount": t.amount.decimalString, "currency": t.amount.currency.code,
            "category": t.category, "description": t.description, "date": t.date.description,
            "note": t.note ?? NSNull(), "tags": t.tags, "account": t.account ?? NSNull(),
            "createdAt": t.createdAt.description, "updatedAt": t.updatedAt.description,
        ]
        if let deletedAt = t.deletedAt { object["deletedAt"] = deletedAt.description }
        return object
    }

    static func object(_ summary: TransactionSummary) -> [String: Any] {
        ["totalIncome": summary.totalIncome.decimalString, "totalExpenses": summary.totalExpenses.decimalString,
         "balance": summary.balance.decimalString, "count": summary.count]
    }
}
