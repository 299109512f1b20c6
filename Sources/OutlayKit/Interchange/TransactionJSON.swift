import OutlayBasics

extension Transaction {
    /// SPEC 3's transaction object; amounts are decimal strings.
    public var json: JSONValue {
        var object: JSONObject = [
            "id": .string(id), "kind": .string(kind.rawValue), "amount": amount.json(), "currency": .string(amount.currency.code),
            "category": .string(category), "description": .string(description), "date": .string(date.description),
            "note": .optional(note), "tags": .array(tags.map(JSONValue.string)), "account": .optional(account),
            "createdAt": .string(createdAt.description), "updatedAt": .string(updatedAt.description),
        ]
        if let deletedAt { object["deletedAt"] = .string(deletedAt.description) }
        // Only a refund says so: every other transaction is SPEC 3's object, key for key.
        if isRefund { object["refund"] = .bool(true) }
        if let bankText { object["bankText"] = .string(bankText) }
        if let original {
            object["originalAmount"] = original.json()
            object["originalCurrency"] = .string(original.currency.code)
        }
        if isSplit {
            object["splits"] = .array(splits.map { part in
                var object: JSONObject = ["category": .string(part.category), "amount": part.amount.json()]
                if let note = part.note { object["note"] = .string(note) }
                return .object(object)
            })
        }
        return .object(object)
    }

    /// Reads the object `json` writes; `context` names where it came from in errors.
    public init(json: JSONValue, currency: Currency, context: String) throws {
        func string(_ key: String) throws -> String {
            guard let value = json[key]?.stringValue else { throw OutlayError.invalidImport(context, "missing or non-text '\(key)'") }
            return value
        }
        func optional(_ key: String) -> String? { json[key]?.stringValue }
        func timestamp(_ key: String) throws -> Timestamp {
            guard let value = optional(key) else { return .now }
            guard let parsed = Timestamp(parsing: value) else { throw OutlayError.invalidImport(context, "bad '\(key)' \(value)") }
            return parsed
        }
        var splits: [SplitPart] = []
        for (index, part) in (json["splits"]?.arrayValue ?? []).enumerated() {
            guard let category = part["category"]?.stringValue, let amount = part["amount"]?.stringValue ?? part["amount"].flatMap({
                if case let .number(text) = $0 { text } else { nil }
            }) else { throw OutlayError.invalidImport(context, "part \(index + 1) of 'splits' lacks a category or an amount") }
            splits.append(SplitPart(category: category, amount: try Money.parse(amount, currency: currency), note: part["note"]?.stringValue))
        }
        // Each row says its currency (an account's own, in a book of several): it must be the statement's.
        if let code = optional("currency"), code.uppercased() != currency.code {
            throw OutlayError.invalidImport(context, "its amount is in \(code) and the account it goes into keeps \(currency.code)")
        }
        let original = try optional("originalCurrency").map { code in
            try Money.parse(try string("originalAmount"), currency: try Currency(code: code))
        }
        self.init(id: try string("id"), kind: try TransactionKind(parsing: string("kind")),
                  amount: try Money.parse(string("amount"), currency: currency), category: try string("category"),
                  description: try string("description"), date: try LocalDate(parsing: string("date")),
                  note: optional("note"), tags: json["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [], account: optional("account"),
                  createdAt: try timestamp("createdAt"), updatedAt: try timestamp("updatedAt"), isRefund: json["refund"] == .bool(true),
                  bankText: optional("bankText"), splits: splits, original: original)
    }
}
