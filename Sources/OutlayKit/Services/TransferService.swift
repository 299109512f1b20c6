import OutlayBasics
import GRDB

/// Money moved between two of the person's accounts: added, edited,
/// deleted and restored as one record (both legs), each one step of undo.
/// Transfers live in their own table, so no report, budget, insight or
/// summary of income and spending can count them; balances do.
public struct TransferService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// A transfer to make; the service validates it.
    public struct Draft: Sendable, Hashable {
        public var amount: Money
        public var from: String
        public var to: String
        public var date: LocalDate
        public var description: String?
        public var note: String?
        /// What arrives in `to` when it keeps another currency than `from`.
        public var received: Money?

        public init(amount: Money, from: String, to: String, date: LocalDate, description: String? = nil, note: String? = nil,
                    received: Money? = nil) {
            self.received = received
            self.amount = amount
            self.from = from
            self.to = to
            self.date = date
            self.description = description
            self.note = note
        }
    }

    @discardableResult
    public func add(_ draft: Draft) throws -> Transfer {
        let now = clock.now()
        return try database.write { db in
            let transfer = try valid(Transfer(id: RecordID.make(at: now), from: draft.from, to: draft.to, amount: draft.amount, date: draft.date,
                                              description: draft.description ?? "", note: draft.note, createdAt: now, updatedAt: now,
                                              received: draft.received), in: db)
            try TransferRow.save(transfer, in: db)
            try UndoEntry.transferAdded(id: transfer.id).push(db, at: now)
            return transfer
        }
    }

    /// Changes a transfer: `change` edits a copy, which is validated and saved whole.
    @discardableResult
    public func edit(id: String, _ change: (inout Transfer) -> Void) throws -> Transfer {
        let now = clock.now()
        return try database.write { db in
            let before = try fetch(id, in: db)
            var after = before
            change(&after)
            // A description the service wrote ("Transfer from A to B") follows new accounts; one the user wrote stays.
            if after.description == before.description, before.description == Self.describe(from: before.from, to: before.to),
               after.from != before.from || after.to != before.to {
                after.description = ""
            }
            after = try valid(after, in: db)
            guard after != before else { return before }
            after.updatedAt = now
            try TransferRow.save(after, in: db)
            try UndoEntry.transferEdited(before: TransferSnapshot(before)).push(db, at: now)
            return after
        }
    }

    /// Names the account on an open side (`Account.unassigned`); a side that names one is changed with `edit`.
    @discardableResult
    public func assign(id: String, side: TransferSide, to account: String) throws -> Transfer {
        let current = try database.read { db in try fetch(id, in: db) }
        let named = side == .from ? current.from : current.to
        guard named == Account.unassigned else {
            throw OutlayError.invalidAccount(account, reason: "the transfer's \(side.rawValue) side is \(named) already; transfer edit changes it")
        }
        guard account.lowercased() != Account.unassigned else {
            throw OutlayError.invalidAccount(account, reason: "name the account the money \(side == .from ? "left" : "arrived in")")
        }
        return try edit(id: current.id) { transfer in
            if side == .from { transfer.from = account } else { transfer.to = account }
        }
    }

    @discardableResult
    public func delete(id: String) throws -> Transfer {
        let now = clock.now()
        return try database.write { db in
            let transfer = try Self.setDeleted(id, to: now, at: now, currency: database.currency, in: db)
            try UndoEntry.transferDeleted(id: transfer.id).push(db, at: now)
            return transfer
        }
    }

    /// Transfers in or out of `account` (nil: all), newest first, between the days given.
    public func list(account: String? = nil, from: LocalDate? = nil, to: LocalDate? = nil) throws -> [Transfer] {
        try database.read { db in try TransferRow.list(account: account, from: from, to: to, currency: database.currency, in: db) }
    }

    static func describe(from: String, to: String) -> String { "Transfer from \(from) to \(to)" }

    /// A live transfer by id or by a unique tail of it.
    public func get(id: String) throws -> Transfer {
        try database.read { db in try fetch(id, in: db) }
    }

    func fetch(_ id: String, includeDeleted: Bool = false, in db: Database) throws -> Transfer {
        guard let transfer = try TransferRow.fetch(try Self.resolve(id, liveOnly: !includeDeleted, in: db), currency: database.currency, in: db),
              includeDeleted || transfer.deletedAt == nil else { throw OutlayError.unknownTransfer(id) }
        return transfer
    }

    /// The full id of the transfer named by its id or its last 4 or more characters (as lists show them).
    static func resolve(_ idOrTail: String, liveOnly: Bool, in db: Database) throws -> String {
        let ids = try IDLookup.matches(idOrTail, in: .transfers, liveOnly: liveOnly, limit: 2, db: db)
        guard ids.count <= 1 else { throw OutlayError.ambiguousTransaction(idOrTail, matches: ids.map(RecordID.short)) }
        guard let id = ids.first else { throw OutlayError.unknownTransfer(idOrTail) }
        return id
    }

    static func setDeleted(_ id: String, to deletedAt: Timestamp?, at now: Timestamp, currency: Currency, in db: Database) throws -> Transfer {
        guard var transfer = try TransferRow.fetch(try resolve(id, liveOnly: deletedAt != nil, in: db), currency: currency, in: db),
              (transfer.deletedAt == nil) == (deletedAt != nil) else { throw OutlayError.unknownTransfer(id) }
        transfer.deletedAt = deletedAt
        transfer.updatedAt = now
        try TransferRow.save(transfer, in: db)
        return transfer
    }

    /// Both accounts exist (named as the book spells them) and differ, the amount is one an expense could have,
    /// and the description says what it is when none was given.
    private func valid(_ transfer: Transfer, in db: Database) throws -> Transfer {
        var transfer = transfer
        let from = try AccountService.existing(transfer.from, in: db), to = try AccountService.existing(transfer.to, in: db)
        transfer.from = from.name
        transfer.to = to.name
        guard transfer.from.lowercased() != transfer.to.lowercased() else {
            throw OutlayError.invalidAccount(transfer.to, reason: "a transfer goes between two different accounts")
        }
        guard transfer.amount.minorUnits > 0 else {
            throw OutlayError.invalidAmount(transfer.amount.description, reason: "a transfer moves more than zero (--from and --to say which way)")
        }
        transfer.amount = try FieldRules.amount(transfer.amount.relabelled(as: from.currency))
        // Between currencies both amounts are the bank's: what left one account and what arrived in the other.
        if from.currency == to.currency {
            if let received = transfer.received, received.minorUnits != transfer.amount.minorUnits {
                throw OutlayError.invalidAmount(received.decimalString, reason: "\(from.name) and \(to.name) both keep \(from.currency.code): what arrives is what was sent")
            }
            transfer.received = nil
        } else {
            guard let received = transfer.received else {
                throw OutlayError.invalidAmount(transfer.amount.decimalString, reason: "\(from.name) keeps \(from.currency.code) and \(to.name) \(to.currency.code): "
                                                + "say what arrived with --received (in \(to.currency.code))")
            }
            transfer.received = try FieldRules.amount(received.relabelled(as: to.currency))
        }
        let description = transfer.description.trimmingWhitespace()
        transfer.description = try FieldRules.description(description.isEmpty ? Self.describe(from: transfer.from, to: transfer.to) : description)
        transfer.note = try FieldRules.note(transfer.note)
        return transfer
    }
}

/// A transfer as it was, for undoing an edit.
struct TransferSnapshot: Sendable, Hashable {
    var id, from, to, date, description: String
    var amount: Int64
    var note: String?
    var received: Int64?

    init(_ t: Transfer) {
        (id, from, to, date, description, amount, note) = (t.id, t.from, t.to, t.date.description, t.description, t.amount.minorUnits, t.note)
        received = t.received?.minorUnits
    }

    init?(json: JSONValue) {
        guard let fields = json.objectValue, let id = fields["id"]?.stringValue, let from = fields["from"]?.stringValue,
              let to = fields["to"]?.stringValue, let date = fields["date"]?.stringValue, let description = fields["description"]?.stringValue,
              case let .number(amount)? = fields["amount"], let minor = Int64(amount) else { return nil }
        (self.id, self.from, self.to, self.date, self.description, self.amount, note) = (id, from, to, date, description, minor, fields["note"]?.stringValue)
        if case let .number(received)? = fields["received"] { self.received = Int64(received) }
    }

    var json: JSONValue {
        ["id": .string(id), "from": .string(from), "to": .string(to), "date": .string(date), "description": .string(description),
         "amount": .integer(amount), "note": .optional(note), "received": received.map { .integer($0) } ?? .null]
    }
}
