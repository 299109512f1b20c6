import OutlayBasics

/// One part of a split expense on the wire: `{category, amount, note?}`, the amount a decimal
/// (a string or number in requests, a number in responses, as an expense's own amount).
public struct SplitWire: Sendable, Hashable {
    public var category: String
    /// Positive decimal text: "120.00".
    public var amount: String
    public var note: String?

    public init(category: String, amount: String, note: String? = nil) {
        self.category = category
        self.amount = amount
        self.note = note
    }

    /// `splits` of a request: an array of parts; `[]` makes a split expense whole again (on `PUT`).
    static func parts(_ fields: WireFields) throws(WireError) -> [SplitWire]? {
        guard let value = fields.object["splits"], value != .null else { return nil }
        guard case let .array(items) = value else { throw WireError(field: "splits", "expected an array of parts, got \(value.kindName)") }
        guard items.count <= FieldLimits.maximumSplitParts else {
            throw WireError(field: "splits", "has more than \(FieldLimits.maximumSplitParts) parts")
        }
        var parts: [SplitWire] = []
        for (index, item) in items.enumerated() {
            let position = "splits[\(index)]"
            let part: WireFields
            do throws(WireError) { part = try WireFields(item) } catch { throw WireError(field: position, "expected an object {category, amount, note?}") }
            do throws(WireError) {
                guard let amount = try part.decimalText("amount") else { throw WireError(field: "amount", "is required") }
                parts.append(SplitWire(category: try part.string("category", maximumLength: FieldLimits.categoryNameLength), amount: amount,
                                       note: try part.optionalString("note", maximumLength: FieldLimits.noteLength)))
            } catch { throw WireError(field: "\(position).\(error.field ?? "")", error.reason) }
        }
        return parts
    }

    public var json: JSONValue {
        var object: JSONObject = ["category": .string(category), "amount": .decimal(amount)]
        if let note { object["note"] = .string(note) }
        return .object(object)
    }
}
