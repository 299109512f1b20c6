import Foundation
import GRDB

/// The stack of changes `undo` can take back, kept in the database so that
/// `outlay undo` works across processes. Undo pops; it is not itself undoable.
enum UndoEntry: Codable, Equatable {
    case added(id: String)
    case edited(before: TransactionSnapshot)
    case deleted(id: String)
    case restored(id: String)
    case categoryAdded(kind: String, name: String)
    /// Rename and merge both move `ids` (and the budgets `budgetIds`) from
    /// `from` to `into`; a rename also created `into`, so undoing it removes
    /// that category again.
    case categoryMoved(kind: String, from: CategorySnapshot, into: String, createdInto: Bool, ids: [String],
                       budgetIds: [String]?)

    /// Entries beyond this many are forgotten, oldest first.
    static let depth = 200

    func push(_ db: Database, at time: Timestamp) throws {
        let payload = String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        try db.cachedStatement(sql: "INSERT INTO undo_log(action, payload, created_at) VALUES (?, ?, ?)")
            .execute(arguments: [actionName, payload, time.milliseconds])
        try db.cachedStatement(sql: "DELETE FROM undo_log WHERE seq <= (SELECT max(seq) FROM undo_log) - ?")
            .execute(arguments: [Self.depth])
    }

    /// Removes and returns the newest entry.
    static func pop(_ db: Database) throws -> UndoEntry? {
        guard let row = try Row.fetchOne(db, sql: "SELECT seq, payload FROM undo_log ORDER BY seq DESC LIMIT 1") else {
            return nil
        }
        try db.execute(sql: "DELETE FROM undo_log WHERE seq = ?", arguments: [(try row.value(0) as Int64)])
        return try JSONDecoder().decode(UndoEntry.self, from: Data((try row.value(1) as String).utf8))
    }

    private var actionName: String {
        switch self {
        case .added: "add"
        case .edited: "edit"
        case .deleted: "delete"
        case .restored: "restore"
        case .categoryAdded: "category add"
        case .categoryMoved: "category move"
        }
    }
}

/// A transaction's stored fields, as the undo log keeps them.
struct TransactionSnapshot: Codable, Equatable {
    var id, kind, category, description, date: String
    var amount: Int64
    var note, account: String?
    var tags: [String]
    var createdAt, updatedAt: Int64
    var deletedAt: Int64?

    init(_ t: Transaction) {
        id = t.id; kind = t.kind.rawValue; category = t.category; description = t.description
        date = t.date.description; amount = t.amount.minorUnits; note = t.note; account = t.account
        tags = t.tags; createdAt = t.createdAt.milliseconds; updatedAt = t.updatedAt.milliseconds
        deletedAt = t.deletedAt?.milliseconds
    }

    func transaction(currency: Currency) throws -> Transaction {
        Transaction(id: id, kind: try TransactionKind(parsing: kind), amount: Money(minorUnits: amount, currency: currency),
                    category: category, description: description, date: try LocalDate(parsing: date), note: note,
                    tags: tags, account: account, createdAt: Timestamp(milliseconds: createdAt),
                    updatedAt: Timestamp(milliseconds: updatedAt), deletedAt: deletedAt.map(Timestamp.init(milliseconds:)))
    }
}

struct CategorySnapshot: Codable, Equatable {
    var name: String
    var parent, color: String?
    var createdAt: Int64
}

/// What an undo took back, in words, with the transaction it touched if any.
public struct UndoOutcome: Sendable, Hashable {
    public var summary: String
    public var transaction: Transaction?
}
