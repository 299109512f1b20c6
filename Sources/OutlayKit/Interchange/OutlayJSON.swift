import Foundation

/// Outlay's JSON: the whole book, `{"format": "outlay", "version": 1,
/// "currency", "exportedAt", "categories": [...], "budgets": [...],
/// "transactions": [...]}`, with transactions as SPEC 3 describes them.
public enum OutlayJSON {
    struct Writer: RecordWriter {
        let database: AppDatabase

        func begin(_ output: inout BufferedOutput) throws {
            let categories = try CategoryService(database: database).list().map { usage -> [String: Any] in
                ["name": usage.category.name, "kind": usage.category.kind.rawValue,
                 "parent": usage.category.parent ?? NSNull(), "color": usage.category.color ?? NSNull()]
            }
            let budgets = try BudgetService(database: database).list().map { budget -> [String: Any] in
                ["id": budget.id, "scope": budget.scope.description, "amount": budget.amount.decimalString,
                 "period": budget.period.rawValue, "threshold": budget.threshold, "rollover": budget.rollover,
                 "startDate": budget.startDate.description]
            }
            try output.append("{\n\"format\": \"outlay\",\n\"version\": 1,\n\"currency\": \"\(database.currency.code)\",\n")
            try output.append("\"exportedAt\": \"\(Timestamp.now)\",\n")
            try output.append("\"categories\": \(try text(categories)),\n\"budgets\": \(try text(budgets)),\n\"transactions\": [")
        }

        func write(_ transaction: Transaction, index: Int, to output: inout BufferedOutput) throws {
            try output.append((index == 0 ? "\n" : ",\n") + (try text(transaction.jsonObject)))
        }

        func end(_ output: inout BufferedOutput) throws { try output.append("\n]\n}\n") }

        private func text(_ value: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]),
                   as: UTF8.self)
        }
    }

    /// The transactions of a file this format wrote.
    public static func read(_ data: Data, file: String) throws -> [Transaction] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any], root["format"] as? String == "outlay",
              let items = root["transactions"] as? [[String: Any]] else {
            throw OutlayError.invalidImport(file, "not an Outlay JSON export (no \"format\": \"outlay\" with transactions)")
        }
        let currency = try Currency(code: root["currency"] as? String ?? "USD")
        return try items.enumerated().map { index, item in
            try Transaction(jsonObject: item, currency: currency, context: "\(file) transaction \(index + 1)")
        }
    }
}
