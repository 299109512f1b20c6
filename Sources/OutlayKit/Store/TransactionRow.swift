import Foundation
import GRDB

/// How transactions are read from and written to the `transactions` table.
/// Column order here is the one `decode` expects.
enum TransactionRow {
    static let columns = "id, kind, amount, category, description, date, note, tags, account, created_at, updated_at, deleted_at"

    /// Qualified with a table alias, for joins.
    static func columns(alias: String) -> String {
        columns.split(separator: ",").map { "\(alias).\($0.trimmingCharacters(in: .whitespaces))" }.joined(separator: ", ")
    }

    static func decode(_ row: Row, currency: Currency) throws -> Transaction {
        let kindText: String = row[1]
        let dateText: String = row[5]
        guard let kind = TransactionKind(rawValue: kindText), let date = try? LocalDate(parsing: dateText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "transaction \(row[0] as String) has a bad kind or date")
        }
        let deletedAt: Int64? = row[11]
        return Transaction(
            id: row[0], kind: kind, amount: Money(minorUnits: row[2], currency: currency), category: row[3],
            description: row[4], date: date, note: row[6], tags: decodeTags(row[7]), account: row[8],
            createdAt: Timestamp(milliseconds: row[9]), updatedAt: Timestamp(milliseconds: row[10]),
            deletedAt: deletedAt.map(Timestamp.init(milliseconds:)))
    }

    static func insert(_ transaction: Transaction, into db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO transactions(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments(arguments(transaction)))
    }

    /// Writes every field of `transaction` over the row with its id.
    static func update(_ transaction: Transaction, in db: Database) throws {
        let values = arguments(transaction)  // id first; the UPDATE wants it last
        try db.cachedStatement(sql: """
            UPDATE transactions SET kind = ?, amount = ?, category = ?, description = ?, date = ?, note = ?,
                tags = ?, account = ?, created_at = ?, updated_at = ?, deleted_at = ? WHERE id = ?
            """).execute(arguments: StatementArguments(Array(values.dropFirst()) + [values[0]]))
    }

    private static func arguments(_ t: Transaction) -> [any DatabaseValueConvertible & Sendable] {
        let values: [(any DatabaseValueConvertible & Sendable)?] = [
            t.id, t.kind.rawValue, t.amount.minorUnits, t.category, t.description, t.date.description,
            t.note, encodeTags(t.tags), t.account, t.createdAt.milliseconds, t.updatedAt.milliseconds,
            t.deletedAt?.milliseconds,
        ]
        return values.map { $0 ?? DatabaseValue.null }
    }

    // MARK: - Tags as a JSON array of strings

    static func encodeTags(_ tags: [String]) -> String {
        guard !tags.isEmpty, let data = try? JSONSerialization.data(withJSONObject: tags),
              let text = String(data: data, encoding: .utf8) else { return "[]" }
        return text
    }

    static func decodeTags(_ text: String) -> [String] {
        guard text != "[]", let data = text.data(using: .utf8),
              let tags = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return tags
    }
}
