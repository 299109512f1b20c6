import Foundation

extension Transaction {
    /// SPEC 3's transaction object; amounts are decimal strings.
    public var jsonObject: [String: Any] {
        var object: [String: Any] = [
            "id": id, "kind": kind.rawValue, "amount": amount.decimalString, "currency": amount.currency.code,
            "category": category, "description": description, "date": date.description,
            "note": note ?? NSNull(), "tags": tags, "account": account ?? NSNull(),
            "createdAt": createdAt.description, "updatedAt": updatedAt.description,
        ]
        if let deletedAt { object["deletedAt"] = deletedAt.description }
        return object
    }

    /// Reads the object `jsonObject` writes; `context` names where it came from in errors.
    public init(jsonObject object: [String: Any], currency: Currency, context: String) throws {
        func string(_ key: String) throws -> String {
            guard let value = object[key] as? String else { throw OutlayError.invalidImport(context, "missing or non-text '\(key)'") }
            return value
        }
        func optional(_ key: String) -> String? { object[key] as? String }
        func timestamp(_ key: String) throws -> Timestamp {
            guard let value = optional(key) else { return .now }
            guard let parsed = Timestamp(parsing: value) else { throw OutlayError.invalidImport(context, "bad '\(key)' \(value)") }
            return parsed
        }
        self.init(id: try string("id"), kind: try TransactionKind(parsing: string("kind")),
                  amount: try Money.parse(string("amount"), currency: currency), category: try string("category"),
                  description: try string("description"), date: try LocalDate(parsing: string("date")),
                  note: optional("note"), tags: object["tags"] as? [String] ?? [], account: optional("account"),
                  createdAt: try timestamp("createdAt"), updatedAt: try timestamp("updatedAt"))
    }
}
