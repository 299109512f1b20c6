import GRDB
import OutlayBasics

/// The stack of changes `undo` can take back, kept in the database so that
/// `outlay undo` works across processes. Undo pops; it is not itself undoable.
enum UndoEntry: Equatable {
    case added(id: String)
    case edited(before: TransactionSnapshot)
    case deleted(id: String)
    case restored(id: String)
    case categoryAdded(kind: String, name: String)
    /// Rename and merge both move `ids` (and the budgets `budgetIds`) from
    /// `from` to `into`; a rename also created `into`, so undoing it removes
    /// that category again.
    /// `splitsBefore`: the parts (as stored) of split transactions that had one in `from`, by id.
    case categoryMoved(kind: String, from: CategorySnapshot, into: String, createdInto: Bool, ids: [String],
                       budgetIds: [String]?, splitsBefore: [String: String] = [:])
    /// A budget set or changed: `before` is how it was, nil when it was new.
    case budgetSaved(id: String, before: BudgetSnapshot?)
    case budgetDeleted(id: String)
    case alertDeleted(NotificationSnapshot)
    /// An import: the rows with sequence numbers `firstSeq...lastSeq`.
    /// The transfers it made, by their sequence numbers too; the records it matched, as they were; the account's
    /// opening balance, when the statement's became it.
    case imported(file: String, firstSeq: Int64, lastSeq: Int64, count: Int, transfers: ClosedRange<Int64>? = nil, matches: [UndoneMatch] = [],
                  opening: ImportedOpening? = nil)
    case transferAdded(id: String)
    case transferEdited(before: TransferSnapshot)
    case transferDeleted(id: String)
    /// A schedule made, changed or removed: `before` is its columns as they were (`ScheduleRow.snapshot`), nil when it was new.
    case scheduleSaved(id: String, before: String?)

    /// Entries beyond this many are forgotten, oldest first.
    static let depth = 200

    func push(_ db: Database, at time: Timestamp) throws {
        let payload = json.text
        try db.cachedStatement(sql: "INSERT INTO undo_log(action, payload, created_at) VALUES (?, ?, ?)")
            .execute(arguments: [actionName, payload, time.milliseconds])
        try db.cachedStatement(sql: "DELETE FROM undo_log WHERE seq <= (SELECT max(seq) FROM undo_log) - ?")
            .execute(arguments: [Self.depth])
    }

    /// Removes and returns the newest entry.
    static func pop(_ db: Database) throws -> UndoEntry? {
        guard let (seq, entry) = try newest(db) else { return nil }
        try db.execute(sql: "DELETE FROM undo_log WHERE seq = ?", arguments: [seq])
        return entry
    }

    /// The newest entry, left in place.
    static func peek(_ db: Database) throws -> UndoEntry? { try newest(db)?.entry }

    private static func newest(_ db: Database) throws -> (seq: Int64, entry: UndoEntry)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT seq, payload FROM undo_log ORDER BY seq DESC LIMIT 1") else {
            return nil
        }
        let payload: String = try row.value(1)
        guard let json = try? JSONParser.parse(Array(payload.utf8)), let entry = UndoEntry(json: json) else {
            throw OutlayError.storedValueInvalid("an undo entry reads '\(payload.prefix(80))'")
        }
        return (try row.value(0), entry)
    }

    // MARK: - Stored form

    /// `{"case": {"label": value, ...}}`: the form Swift's synthesized Codable
    /// gave the entries earlier releases stored, so those still undo.
    var json: JSONValue {
        switch self {
        case let .added(id): ["added": ["id": .string(id)]]
        case let .edited(before): ["edited": ["before": before.json]]
        case let .deleted(id): ["deleted": ["id": .string(id)]]
        case let .restored(id): ["restored": ["id": .string(id)]]
        case let .categoryAdded(kind, name): ["categoryAdded": ["kind": .string(kind), "name": .string(name)]]
        case let .categoryMoved(kind, from, into, createdInto, ids, budgetIds, splitsBefore):
            ["categoryMoved": ["kind": .string(kind), "from": from.json, "into": .string(into), "createdInto": .bool(createdInto),
                               "ids": .array(ids.map(JSONValue.string)), "budgetIds": budgetIds.map { .array($0.map(JSONValue.string)) } ?? .null,
                               "splitsBefore": .object(JSONObject(splitsBefore.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }))]]
        case let .budgetSaved(id, before): ["budgetSaved": ["id": .string(id), "before": before?.json ?? .null]]
        case let .budgetDeleted(id): ["budgetDeleted": ["id": .string(id)]]
        case let .alertDeleted(alert): ["alertDeleted": ["alert": alert.json]]
        case let .imported(file, firstSeq, lastSeq, count, transfers, matches, opening):
            ["imported": ["file": .string(file), "firstSeq": .integer(firstSeq), "lastSeq": .integer(lastSeq), "count": .integer(count),
                          "transfers": transfers.map { .array([.integer($0.lowerBound), .integer($0.upperBound)]) } ?? .null,
                          "matches": .array(matches.map(\.json)),
                          "opening": opening.map { ["account": .string($0.account), "balance": .integer($0.balance)] } ?? .null]]
        case let .transferAdded(id): ["transferAdded": ["id": .string(id)]]
        case let .transferEdited(before): ["transferEdited": ["before": before.json]]
        case let .transferDeleted(id): ["transferDeleted": ["id": .string(id)]]
        case let .scheduleSaved(id, before): ["scheduleSaved": ["id": .string(id), "before": .optional(before)]]
        }
    }

    init?(json: JSONValue) {
        guard let member = json.objectValue?.members.first, let fields = member.value.objectValue else { return nil }
        func text(_ key: String) -> String? { fields[key]?.stringValue }
        switch member.key {
        case "added": guard let id = text("id") else { return nil }; self = .added(id: id)
        case "deleted": guard let id = text("id") else { return nil }; self = .deleted(id: id)
        case "restored": guard let id = text("id") else { return nil }; self = .restored(id: id)
        case "edited":
            guard let before = fields["before"].flatMap(TransactionSnapshot.init(json:)) else { return nil }
            self = .edited(before: before)
        case "categoryAdded":
            guard let kind = text("kind"), let name = text("name") else { return nil }
            self = .categoryAdded(kind: kind, name: name)
        case "categoryMoved":
            guard let kind = text("kind"), let from = fields["from"].flatMap(CategorySnapshot.init(json:)), let into = text("into"),
                  case let .bool(createdInto)? = fields["createdInto"], let ids = fields["ids"]?.arrayValue?.compactMap(\.stringValue)
            else { return nil }
            let splitsBefore = (fields["splitsBefore"]?.objectValue?.members ?? []).compactMap { member in member.value.stringValue.map { (member.key, $0) } }
            self = .categoryMoved(kind: kind, from: from, into: into, createdInto: createdInto, ids: ids,
                                  budgetIds: fields["budgetIds"]?.arrayValue?.compactMap(\.stringValue),
                                  splitsBefore: Dictionary(splitsBefore, uniquingKeysWith: { first, _ in first }))
        case "budgetSaved":
            guard let id = text("id") else { return nil }
            let before = fields["before"].flatMap { $0 == .null ? nil : BudgetSnapshot(json: $0) }
            if fields["before"] != .null, before == nil { return nil }
            self = .budgetSaved(id: id, before: before)
        case "budgetDeleted": guard let id = text("id") else { return nil }; self = .budgetDeleted(id: id)
        case "alertDeleted":
            guard let alert = fields["alert"].flatMap(NotificationSnapshot.init(json:)) else { return nil }
            self = .alertDeleted(alert)
        case "imported":
            func integer(_ key: String) -> Int64? { fields[key].flatMap { if case let .number(text) = $0 { Int64(text) } else { nil } } }
            guard let file = text("file"), let first = integer("firstSeq"), let last = integer("lastSeq"), let count = integer("count") else { return nil }
            let bounds = fields["transfers"]?.arrayValue?.compactMap { value -> Int64? in if case let .number(text) = value { Int64(text) } else { nil } }
            let opening = fields["opening"]?.objectValue.flatMap { object -> ImportedOpening? in
                guard let account = object["account"]?.stringValue, case let .number(text)? = object["balance"], let balance = Int64(text) else { return nil }
                return ImportedOpening(account: account, balance: balance)
            }
            self = .imported(file: file, firstSeq: first, lastSeq: last, count: Int(count),
                             transfers: bounds.flatMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]...$0[1] : nil },
                             matches: fields["matches"]?.arrayValue?.compactMap(UndoneMatch.init(json:)) ?? [], opening: opening)
        case "transferAdded": guard let id = text("id") else { return nil }; self = .transferAdded(id: id)
        case "transferDeleted": guard let id = text("id") else { return nil }; self = .transferDeleted(id: id)
        case "transferEdited":
            guard let before = fields["before"].flatMap(TransferSnapshot.init(json:)) else { return nil }
            self = .transferEdited(before: before)
        case "scheduleSaved": guard let id = text("id") else { return nil }; self = .scheduleSaved(id: id, before: text("before"))
        default: return nil
        }
    }

    private var actionName: String {
        switch self {
        case .added: "add"
        case .edited: "edit"
        case .deleted: "delete"
        case .restored: "restore"
        case .categoryAdded: "category add"
        case .categoryMoved: "category move"
        case .budgetSaved: "budget set"
        case .budgetDeleted: "budget delete"
        case .alertDeleted: "alert delete"
        case .imported: "import"
        case .transferAdded: "transfer add"
        case .transferEdited: "transfer edit"
        case .transferDeleted: "transfer delete"
        case .scheduleSaved: "recurring"
        }
    }
}

/// A transaction's stored fields, as the undo log keeps them.
struct TransactionSnapshot: Equatable {
    var id, kind, category, description, date: String
    var amount: Int64
    var note, account: String?
    var tags: [String]
    var createdAt, updatedAt: Int64
    var deletedAt: Int64?
    var isRefund = false
    var bankText: String?
    /// The parts as stored (`SplitParts`), nil when whole.
    var splits: String?

    init(_ t: Transaction) {
        id = t.id; kind = t.kind.rawValue; category = t.category; description = t.description
        date = t.date.description; amount = t.amount.minorUnits; note = t.note; account = t.account
        tags = t.tags; createdAt = t.createdAt.milliseconds; updatedAt = t.updatedAt.milliseconds
        deletedAt = t.deletedAt?.milliseconds
        isRefund = t.isRefund
        bankText = t.bankText
        splits = SplitParts.encode(t.splits)
    }

    var json: JSONValue {
        var object: JSONObject = ["id": .string(id), "kind": .string(kind), "category": .string(category),
                                  "description": .string(description), "date": .string(date), "amount": .integer(amount),
                                  "tags": .array(tags.map(JSONValue.string)), "createdAt": .integer(createdAt), "updatedAt": .integer(updatedAt)]
        if let note { object["note"] = .string(note) }
        if let account { object["account"] = .string(account) }
        if let deletedAt { object["deletedAt"] = .integer(deletedAt) }
        if isRefund { object["refund"] = .bool(true) }
        if let bankText { object["bankText"] = .string(bankText) }
        if let splits { object["splits"] = .string(splits) }
        return .object(object)
    }

    init?(json: JSONValue) {
        func integer(_ key: String) -> Int64? { json[key].flatMap { if case let .number(text) = $0 { Int64(text) } else { nil } } }
        guard let id = json["id"]?.stringValue, let kind = json["kind"]?.stringValue, let category = json["category"]?.stringValue,
              let description = json["description"]?.stringValue, let date = json["date"]?.stringValue, let amount = integer("amount"),
              let tags = json["tags"]?.arrayValue?.compactMap(\.stringValue), let createdAt = integer("createdAt"),
              let updatedAt = integer("updatedAt") else { return nil }
        (self.id, self.kind, self.category, self.description, self.date, self.amount) = (id, kind, category, description, date, amount)
        (note, account, self.tags, self.createdAt, self.updatedAt) = (json["note"]?.stringValue, json["account"]?.stringValue, tags, createdAt, updatedAt)
        deletedAt = integer("deletedAt")
        isRefund = json["refund"] == .bool(true)
        bankText = json["bankText"]?.stringValue
        splits = json["splits"]?.stringValue
    }

    func transaction(currency: Currency) throws -> Transaction {
        Transaction(id: id, kind: try TransactionKind(parsing: kind), amount: Money(minorUnits: amount, currency: currency),
                    category: category, description: description, date: try LocalDate(parsing: date), note: note,
                    tags: tags, account: account, createdAt: Timestamp(milliseconds: createdAt),
                    updatedAt: Timestamp(milliseconds: updatedAt), deletedAt: deletedAt.map(Timestamp.init(milliseconds:)), isRefund: isRefund,
                    bankText: bankText, splits: splits.flatMap { SplitParts.decode($0, currency: currency) } ?? [])
    }
}

struct CategorySnapshot: Equatable {
    var name: String
    var parent, color: String?
    var createdAt: Int64

    init(name: String, parent: String?, color: String?, createdAt: Int64) {
        self.name = name
        self.parent = parent
        self.color = color
        self.createdAt = createdAt
    }

    var json: JSONValue {
        var object: JSONObject = ["name": .string(name), "createdAt": .integer(createdAt)]
        if let parent { object["parent"] = .string(parent) }
        if let color { object["color"] = .string(color) }
        return .object(object)
    }

    init?(json: JSONValue) {
        guard let name = json["name"]?.stringValue, case let .number(literal)? = json["createdAt"], let createdAt = Int64(literal) else { return nil }
        self.init(name: name, parent: json["parent"]?.stringValue, color: json["color"]?.stringValue, createdAt: createdAt)
    }
}

/// A budget's changeable fields, as the undo log keeps them.
struct BudgetSnapshot: Equatable {
    var amount: Int64
    var period: String
    var threshold: Int
    var rollover: Bool

    init(_ budget: Budget) {
        amount = budget.amount.minorUnits
        period = budget.period.rawValue
        threshold = budget.threshold
        rollover = budget.rollover
    }

    var json: JSONValue {
        ["amount": .integer(amount), "period": .string(period), "threshold": .integer(threshold), "rollover": .bool(rollover)]
    }

    init?(json: JSONValue) {
        guard case let .number(amountText)? = json["amount"], let amount = Int64(amountText), let period = json["period"]?.stringValue,
              case let .number(thresholdText)? = json["threshold"], let threshold = Int(thresholdText),
              case let .bool(rollover)? = json["rollover"] else { return nil }
        (self.amount, self.period, self.threshold, self.rollover) = (amount, period, threshold, rollover)
    }
}

/// A deleted notification's row, to put back as it was.
struct NotificationSnapshot: Equatable {
    var id, type, message, priority, metadata: String
    var isRead: Bool
    var createdAt: Int64
    var readAt: Int64?

    init(_ notification: OutlayNotification) {
        id = notification.id; type = notification.type.rawValue; message = notification.message
        priority = notification.priority.rawValue; metadata = notification.metadata; isRead = notification.isRead
        createdAt = notification.createdAt.milliseconds; readAt = notification.readAt?.milliseconds
    }

    var json: JSONValue {
        var object: JSONObject = ["id": .string(id), "type": .string(type), "message": .string(message), "priority": .string(priority),
                                  "metadata": .string(metadata), "isRead": .bool(isRead), "createdAt": .integer(createdAt)]
        if let readAt { object["readAt"] = .integer(readAt) }
        return .object(object)
    }

    init?(json: JSONValue) {
        func integer(_ key: String) -> Int64? { json[key].flatMap { if case let .number(text) = $0 { Int64(text) } else { nil } } }
        guard let id = json["id"]?.stringValue, let type = json["type"]?.stringValue, let message = json["message"]?.stringValue,
              let priority = json["priority"]?.stringValue, let metadata = json["metadata"]?.stringValue,
              case let .bool(isRead)? = json["isRead"], let createdAt = integer("createdAt") else { return nil }
        (self.id, self.type, self.message, self.priority, self.metadata) = (id, type, message, priority, metadata)
        (self.isRead, self.createdAt, readAt) = (isRead, createdAt, integer("readAt"))
    }
}

/// What an undo took back, in words, with the transaction it touched if any.
public struct UndoOutcome: Sendable, Hashable {
    public var summary: String
    public var transaction: Transaction?
}
