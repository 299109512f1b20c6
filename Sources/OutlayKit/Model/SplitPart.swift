import OutlayBasics

/// One part of a split transaction: its own category, amount and note. A split
/// transaction's parts sum exactly to its amount; budgets and reports count
/// each part in its category, and the transaction's `category` is its first part's.
public struct SplitPart: Sendable, Hashable {
    public var category: String
    /// Positive, like a transaction's amount; a refund's parts are all refunded.
    public var amount: Money
    public var note: String?

    public init(category: String, amount: Money, note: String? = nil) {
        self.category = category
        self.amount = amount
        self.note = note
    }

    /// `groceries=120`, `household=60.50:paper towels`: the category up to the first `=`,
    /// the amount up to a `:`, and what follows it the part's note.
    public init(parsing text: String, currency: Currency) throws(OutlayError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .invalidSplit("'\(text)' is not CATEGORY=AMOUNT (groceries=120, or household=60:paper towels with a note)")
        }
        let category = String(text[..<equals]).trimmingWhitespace()
        let rest = text[text.index(after: equals)...]
        let colon = rest.firstIndex(of: ":")
        let amountText = String(rest[..<(colon ?? rest.endIndex)]).trimmingWhitespace()
        guard !category.isEmpty else { throw .invalidSplit("'\(text)' names no category before '='") }
        let amount: Money
        do { amount = try Money.parseTyped(amountText, currency: currency) } catch {
            throw .invalidSplit("'\(text)': '\(amountText)' is not an amount")
        }
        self.init(category: category, amount: amount, note: colon.map { String(rest[rest.index(after: $0)...]) })
    }

    /// As the command line takes it back: `household=60.00:paper towels`.
    public var argument: String {
        "\(category)=\(amount.decimalString)" + (note.map { ":\($0)" } ?? "")
    }
}

extension SplitPart {
    /// Parts as the dashboard's form takes them on one line: `groceries 120; household 60: paper towels`
    /// (or `groceries=120`), separated by `;`. One part may leave out its amount: it gets what the others
    /// leave of `total`. Empty text is no split.
    public static func list(parsing text: String, currency: Currency, total: Money?) throws(OutlayError) -> [SplitPart] {
        var parts: [SplitPart] = []
        var open: Int?
        for piece in text.split(separator: ";") {
            let typed = String(piece).trimmingWhitespace()
            guard !typed.isEmpty else { continue }
            let colon = typed.firstIndex(of: ":")
            let note = colon.map { String(typed[typed.index(after: $0)...]).trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            let main = String(typed[..<(colon ?? typed.endIndex)]).trimmingWhitespace()
            var category = main, amount: Money?
            if let equals = main.firstIndex(of: "=") {
                category = String(main[..<equals]).trimmingWhitespace()
                let amountText = String(main[main.index(after: equals)...]).trimmingWhitespace()
                if !amountText.isEmpty {
                    do { amount = try Money.parseTyped(amountText, currency: currency) } catch {
                        throw .invalidSplit("'\(typed)': '\(amountText)' is not an amount")
                    }
                }
            } else if let space = main.lastIndex(of: " "), let parsed = try? Money.parseTyped(String(main[main.index(after: space)...]), currency: currency) {
                category = String(main[..<space]).trimmingWhitespace()
                amount = parsed
            }
            guard !category.isEmpty else { throw .invalidSplit("'\(typed)' names no category") }
            if amount == nil {
                guard open == nil else { throw .invalidSplit("only one part may leave out its amount (it gets the rest)") }
                open = parts.count
            }
            parts.append(SplitPart(category: category, amount: amount ?? .zero(currency), note: note))
        }
        if let open {
            guard let total else { throw .invalidSplit("'\(parts[open].category)' has no amount, and there is no total to take the rest of") }
            let rest = total.minorUnits - parts.reduce(0) { $0 + $1.amount.minorUnits }
            guard rest > 0 else { throw .invalidSplit("nothing is left of \(total) for '\(parts[open].category)'") }
            parts[open].amount = Money(minorUnits: rest, currency: currency)
        }
        return parts
    }

    /// "groceries 120.00 + household 60.00": where parts' money went, in a line.
    public static func listed(_ parts: [SplitPart]) -> String {
        parts.map { "\($0.category) \($0.amount)" }.joined(separator: " + ")
    }

    /// The parts as `list(parsing:)` reads them back.
    public static func text(_ parts: [SplitPart]) -> String {
        parts.map { "\($0.category) \($0.amount.decimalString)" + ($0.note.map { ": \($0)" } ?? "") }.joined(separator: "; ")
    }
}

/// How parts are stored and synced: one JSON array, `[{"category":…,"amount":minor units,"note":…}]`,
/// so that two devices' edits of a split merge as one field.
public enum SplitParts {
    public static func encode(_ parts: [SplitPart]) -> String? {
        guard !parts.isEmpty else { return nil }
        return JSONValue.array(parts.map { part in
            var object = JSONObject()
            object["category"] = .string(part.category)
            object["amount"] = .integer(part.amount.minorUnits)
            if let note = part.note { object["note"] = .string(note) }
            return .object(object)
        }).text
    }

    /// The parts a stored or synced array holds; nil when it is not such an array.
    public static func decode(_ text: String, currency: Currency) -> [SplitPart]? {
        guard let values = (try? JSONParser.parse(Array(text.utf8)))?.arrayValue else { return nil }
        var parts: [SplitPart] = []
        for value in values {
            guard let object = value.objectValue, let category = object["category"]?.stringValue,
                  case let .number(literal)? = object["amount"], let minorUnits = Int64(literal) else { return nil }
            let note = object["note"]
            guard note == nil || note == .null || note?.stringValue != nil else { return nil }
            parts.append(SplitPart(category: category, amount: Money(minorUnits: minorUnits, currency: currency), note: note?.stringValue))
        }
        return parts
    }
}
