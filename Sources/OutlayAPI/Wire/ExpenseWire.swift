import OutlayBasics

/// An expense's fields as a client sends them to create (`POST`) or change (`PUT`) one.
///
/// Values stay text here; the server parses amounts and dates with the domain
/// library's rules and names the field when they are wrong.
public struct ExpenseInput: Sendable, Hashable {
    public var amount: String?
    public var description: String?
    public var category: String?
    /// `INCOME` or `EXPENSE`, in any case.
    public var type: String?
    /// `YYYY-MM-DD`, or an ISO 8601 timestamp whose day is used.
    public var date: String?
    /// `.some(nil)` clears the note on `PUT`.
    public var note: String??
    public var tags: [String]?
    public var account: String??
    /// A client-made id (UUID); the server makes one when absent.
    public var id: String?
    /// Parts in their own categories, summing to the amount; `[]` on `PUT` makes a split expense whole.
    public var splits: [SplitWire]?
    /// An expense's money coming back (it lowers its category's spending, never income); `false` makes it a plain
    /// expense again. Left out, a refund stays one: the original clients, which never send it, keep it.
    public var refund: Bool?

    public init(amount: String? = nil, description: String? = nil, category: String? = nil, type: String? = nil,
                date: String? = nil, note: String?? = nil, tags: [String]? = nil, account: String?? = nil, id: String? = nil,
                splits: [SplitWire]? = nil, refund: Bool? = nil) {
        self.amount = amount
        self.description = description
        self.category = category
        self.type = type
        self.date = date
        self.note = note
        self.tags = tags
        self.account = account
        self.id = id
        self.splits = splits
        self.refund = refund
    }

    /// Reads a body; `creating` requires `amount` and `description`.
    public init(json: JSONValue, creating: Bool) throws(WireError) {
        let fields = try WireFields(json)
        self.init()
        amount = try fields.decimalText("amount")
        description = try fields.optionalString("description", maximumLength: FieldLimits.descriptionLength)
        category = try fields.optionalString("category", maximumLength: FieldLimits.categoryNameLength)
        type = try fields.optionalString("type", maximumLength: 7)
        if let type, !["income", "expense"].contains(type.lowercased()) {
            throw WireError(field: "type", "expected INCOME or EXPENSE")
        }
        if let raw = try fields.optionalString("date", maximumLength: 40) {
            date = Self.calendarDay(raw)
        }
        if fields.object["note"] != nil { note = .some(try fields.optionalString("note", maximumLength: FieldLimits.noteLength)) }
        if fields.object["account"] != nil { account = .some(try fields.optionalString("account", maximumLength: FieldLimits.accountNameLength)) }
        // The original clients' name for it; `account` wins when both come.
        else if fields.object["paymentMethod"] != nil { account = .some(try fields.optionalString("paymentMethod", maximumLength: FieldLimits.accountNameLength)) }
        tags = try fields.strings("tags", maximumCount: FieldLimits.maximumTags, maximumLength: FieldLimits.tagLength)
        id = creating ? try fields.optionalString("id", maximumLength: FieldLimits.clientIDLength) : nil
        splits = try SplitWire.parts(fields)
        refund = try fields.bool("refund")
        if creating {
            guard amount != nil else { throw WireError(field: "amount", "is required") }
            guard description != nil else { throw WireError(field: "description", "is required") }
        } else if self == ExpenseInput() {
            throw WireError(field: nil, "nothing to change: give at least one of amount, description, category, type, date, note, tags, account, splits, refund")
        }
    }

    /// "2024-03-15T10:00:00.000Z" → "2024-03-15": browsers send timestamps.
    public static func calendarDay(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        if scalars.count > 10, scalars[10] == "T" { return String(String.UnicodeScalarView(scalars[0..<10])) }
        return text
    }

    public var json: JSONValue {
        var object = JSONObject()
        if let amount { object["amount"] = .string(amount) }
        if let description { object["description"] = .string(description) }
        if let category { object["category"] = .string(category) }
        if let type { object["type"] = .string(type) }
        if let date { object["date"] = .string(date) }
        if let note { object["note"] = .optional(note) }
        if let tags { object["tags"] = .array(tags.map(JSONValue.string)) }
        if let account { object["account"] = .optional(account) }
        if let id { object["id"] = .string(id) }
        if let splits { object["splits"] = .array(splits.map(\.json)) }
        if let refund { object["refund"] = .bool(refund) }
        return .object(object)
    }
}

/// An expense (or income) as responses show it, as the original gateway did:
/// the amount a JSON number (`15.5`, written from the decimal text, never a
/// float), `_id` beside `id`, and the account also as `paymentMethod`.
public struct ExpenseWire: Sendable, Hashable {
    public var id: String
    /// Positive decimal text in the currency's minor digits: "12.50".
    public var amount: String
    public var currency: String
    /// `INCOME` or `EXPENSE`, as the original gateway spelled it.
    public var type: String
    public var category: String
    public var description: String
    public var date: String
    public var note: String?
    public var tags: [String]
    public var account: String?
    public var createdAt: String
    public var updatedAt: String
    /// A split expense's parts; the member is left out when it is whole, as the original gateway's expenses were.
    public var splits: [SplitWire]

    public init(id: String, amount: String, currency: String, type: String, category: String, description: String,
                date: String, note: String?, tags: [String], account: String?, createdAt: String, updatedAt: String,
                splits: [SplitWire] = []) {
        self.id = id
        self.amount = amount
        self.currency = currency
        self.type = type
        self.category = category
        self.description = description
        self.date = date
        self.note = note
        self.tags = tags
        self.account = account
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.splits = splits
    }

    public var json: JSONValue {
        var object: JSONObject = [
            "id": .string(id), "_id": .string(id), "amount": .decimal(amount), "currency": .string(currency), "type": .string(type),
            "category": .string(category), "description": .string(description), "date": .string(date),
            "note": .optional(note), "tags": .array(tags.map(JSONValue.string)), "account": .optional(account),
            "paymentMethod": .optional(account), "createdAt": .string(createdAt), "updatedAt": .string(updatedAt)]
        if !splits.isEmpty { object["splits"] = .array(splits.map(\.json)) }
        return .object(object)
    }

    /// `json`'s members, streamed.
    func write(to stream: inout JSONStream) {
        stream.object { stream in
            stream.string("id", id)
            stream.string("_id", id)
            stream.number("amount", JSONValue.decimalLiteral(amount))
            stream.string("currency", currency)
            stream.string("type", type)
            stream.string("category", category)
            stream.string("description", description)
            stream.string("date", date)
            stream.string("note", note)
            stream.strings("tags", tags)
            stream.string("account", account)
            stream.string("paymentMethod", account)
            stream.string("createdAt", createdAt)
            stream.string("updatedAt", updatedAt)
            if !splits.isEmpty {
                stream.array("splits", splits) { stream, part in
                    stream.object { stream in
                        stream.string("category", part.category)
                        stream.number("amount", JSONValue.decimalLiteral(part.amount))
                        if let note = part.note { stream.string("note", note) }
                    }
                }
            }
        }
    }
}

/// `{totalIncome, totalExpenses, balance, count}`: amounts (decimal text here, numbers on the wire) and a count.
public struct SummaryWire: Sendable, Hashable {
    public var totalIncome: String
    public var totalExpenses: String
    public var balance: String
    public var count: Int

    public init(totalIncome: String, totalExpenses: String, balance: String, count: Int) {
        self.totalIncome = totalIncome
        self.totalExpenses = totalExpenses
        self.balance = balance
        self.count = count
    }

    /// Money as JSON numbers, as the original dashboard reads them (`summary.totalIncome.toFixed(2)`).
    public var json: JSONValue {
        .object(["totalIncome": .decimal(totalIncome), "totalExpenses": .decimal(totalExpenses),
                 "balance": .decimal(balance), "count": .integer(count)])
    }
}

/// `GET /api/expenses`'s answer: one page, the filter's summary, and where the next page starts.
public struct ExpenseListResponse: Sendable, Hashable {
    public var expenses: [ExpenseWire]
    public var summary: SummaryWire
    /// Pass as `cursor` for the next page; nil on the last one.
    public var nextCursor: String?

    public init(expenses: [ExpenseWire], summary: SummaryWire, nextCursor: String?) {
        self.expenses = expenses
        self.summary = summary
        self.nextCursor = nextCursor
    }

    public var json: JSONValue {
        .object(["expenses": .array(expenses.map(\.json)), "summary": summary.json, "nextCursor": .optional(nextCursor)])
    }

    /// `json.bytes`, written without the tree: the gateway's busiest answer.
    public var bytes: [UInt8] {
        var stream = JSONStream(capacity: 256 + expenses.count * 320)
        stream.object { stream in
            stream.array("expenses", expenses) { stream, expense in expense.write(to: &stream) }
            stream.member("summary") { stream in
                stream.object { stream in
                    stream.number("totalIncome", JSONValue.decimalLiteral(summary.totalIncome))
                    stream.number("totalExpenses", JSONValue.decimalLiteral(summary.totalExpenses))
                    stream.number("balance", JSONValue.decimalLiteral(summary.balance))
                    stream.integer("count", summary.count)
                }
            }
            stream.string("nextCursor", nextCursor)
        }
        return stream.bytes
    }
}
