/// Whether money came in or went out.
public enum TransactionKind: String, Sendable, Hashable, CaseIterable {
    case income, expense

    public init(parsing text: String) throws(OutlayError) {
        guard let kind = TransactionKind(rawValue: text.lowercased()) else { throw .invalidKind(text) }
        self = kind
    }
}

/// One income or expense, as the services hand it out.
public struct Transaction: Sendable, Hashable {
    public var id: String
    public var kind: TransactionKind
    /// Always positive; `kind` says which way it went.
    public var amount: Money
    public var category: String
    public var description: String
    public var date: LocalDate
    public var note: String?
    public var tags: [String]
    public var account: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    /// Set when deleted: deletes are soft so that undo and sync work.
    public var deletedAt: Timestamp?

    public init(id: String, kind: TransactionKind, amount: Money, category: String, description: String,
                date: LocalDate, note: String? = nil, tags: [String] = [], account: String? = nil,
                createdAt: Timestamp, updatedAt: Timestamp, deletedAt: Timestamp? = nil) {
        self.id = id
        self.kind = kind
        self.amount = amount
        self.category = category
        self.description = description
        self.date = date
        self.note = note
        self.tags = tags
        self.account = account
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    /// The amount with its sign: income positive, expense negative.
    public var signedAmount: Money {
        kind == .income ? amount : Money(minorUnits: -amount.minorUnits, currency: amount.currency)
    }

    /// "+1,200.00" for income, "-4.50" for spending: the sign reads without colour too.
    public var signedText: String { (kind == .income ? "+" : "-") + amount.description }
}

/// What a user gives to add a transaction; the service validates it.
public struct TransactionDraft: Sendable, Hashable {
    public var kind: TransactionKind
    public var amount: Money
    public var category: String?
    public var description: String
    public var date: LocalDate
    public var note: String?
    public var tags: [String]
    public var account: String?
    /// A client-made id (sync, import); a new UUIDv7 when nil.
    public var id: String?

    public init(kind: TransactionKind = .expense, amount: Money, category: String? = nil, description: String,
                date: LocalDate, note: String? = nil, tags: [String] = [], account: String? = nil, id: String? = nil) {
        self.kind = kind
        self.amount = amount
        self.category = category
        self.description = description
        self.date = date
        self.note = note
        self.tags = tags
        self.account = account
        self.id = id
    }
}

/// The fields an edit changes; nil leaves a field as it is.
public struct TransactionPatch: Sendable, Hashable {
    public var kind: TransactionKind?
    public var amount: Money?
    public var category: String?
    public var description: String?
    public var date: LocalDate?
    /// `.some(nil)` clears the note.
    public var note: String??
    public var tags: [String]?
    public var account: String??

    public init(kind: TransactionKind? = nil, amount: Money? = nil, category: String? = nil,
                description: String? = nil, date: LocalDate? = nil, note: String?? = nil,
                tags: [String]? = nil, account: String?? = nil) {
        self.kind = kind
        self.amount = amount
        self.category = category
        self.description = description
        self.date = date
        self.note = note
        self.tags = tags
        self.account = account
    }

    public var isEmpty: Bool { self == TransactionPatch() }
}
