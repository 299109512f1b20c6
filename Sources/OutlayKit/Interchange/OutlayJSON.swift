import Foundation
import OutlayBasics

/// Outlay's JSON: the whole book, `{"format": "outlay", "version": 1,
/// "currency", "exportedAt", "categories": [...], "budgets": [...],
/// "accounts": [...], "transfers": [...], "transactions": [...]}`, with
/// transactions as SPEC 3 describes them (each naming its account).
public enum OutlayJSON {
    struct Writer: RecordWriter {
        let database: AppDatabase

        func begin(_ output: inout BufferedOutput) throws {
            let categories: [JSONValue] = try CategoryService(database: database).list().map { usage in
                ["name": .string(usage.category.name), "kind": .string(usage.category.kind.rawValue),
                 "parent": .optional(usage.category.parent), "color": .optional(usage.category.color)]
            }
            let budgets: [JSONValue] = try BudgetService(database: database).list().map { budget in
                ["id": .string(budget.id), "scope": .string(budget.scope.description), "amount": budget.amount.json(),
                 "period": .string(budget.period.rawValue), "threshold": .integer(budget.threshold), "rollover": .bool(budget.rollover),
                 "startDate": .string(budget.startDate.description)]
            }
            try output.append("{\n\"format\": \"outlay\",\n\"version\": 1,\n\"currency\": \"\(database.currency.code)\",\n")
            try output.append("\"exportedAt\": \"\(database.clock.now())\",\n")
            let accounts = try AccountService(database: database).list().map { $0.json() }
            let transfers = try TransferService(database: database).list().reversed().map { $0.json() }
            try output.append("\"categories\": \(JSONValue.array(categories).text),\n\"budgets\": \(JSONValue.array(budgets).text),\n")
            try output.append("\"accounts\": \(JSONValue.array(accounts).text),\n\"transfers\": \(JSONValue.array(transfers).text),\n\"transactions\": [")
        }

        func write(_ transaction: Transaction, index: Int, to output: inout BufferedOutput) throws {
            try output.append((index == 0 ? "\n" : ",\n") + transaction.json.text)
        }

        func end(_ output: inout BufferedOutput) throws { try output.append("\n]\n}\n") }
    }

    /// The transactions of a file this format wrote, for a book kept in
    /// `currency`. A file in another currency is refused, naming both: its
    /// amounts would otherwise be read as the book's (yen as dollars, a
    /// hundredfold change) until books hold several currencies.
    public static func read(_ data: Data, file: String, into currency: Currency) throws -> [Transaction] {
        guard let root = try? JSONParser.parse(Array(data)), root["format"]?.stringValue == "outlay",
              let items = root["transactions"]?.arrayValue else {
            throw OutlayError.invalidImport(file, "not an Outlay JSON export (no \"format\": \"outlay\" with transactions)")
        }
        let fileCurrency = try Currency(code: root["currency"]?.stringValue ?? "USD")
        guard fileCurrency == currency else { throw OutlayError.otherCurrency(file: file, fileCurrency.code, account: currency) }
        return try items.enumerated().map { index, item in
            try Transaction(json: item, currency: currency, context: "\(file) transaction \(index + 1)")
        }
    }
}
