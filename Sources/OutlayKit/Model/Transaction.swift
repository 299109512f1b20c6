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
    /// An expense's money coming back (a return, a merchant's credit): it lowers its category's spending and is
    /// money into the account, never income. Only an expense is a refund.
    public var isRefund: Bool
    /// What the bank wrote, for a row an import brought or matched; the description is then the payee
    /// (the bank's text with its noise taken out, or what you typed).
    public var bankText: String?
    /// The parts of a split transaction (each its own category; they sum to `amount`), empty when not split.
    /// `category` is then the first part's.
    public var splits: [SplitPart]
    /// What was charged in another currency than the account's (12.00 EUR on a USD card); `amount` is what the account moved.
    public var original: Money?
    /// `amount` in the book's base currency at its day's rate, as stored (nil: not read, or no rate reaches it yet).
    /// Worked out by the store, not part of what the transaction is: it never makes two transactions differ.
    public var baseAmount: Money? {
        get { derivedBase.value }
        set { derivedBase.value = newValue }
    }
    private var derivedBase = Derived<Money>()

    public init(id: String, kind: TransactionKind, amount: Money, category: String, description: String,
                date: LocalDate, note: String? = nil, tags: [String] = [], account: String? = nil,
                createdAt: Timestamp, updatedAt: Timestamp, deletedAt: Timestamp? = nil, isRefund: Bool = false, bankText: String? = nil,
                splits: [SplitPart] = [], original: Money? = nil) {
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
        self.isRefund = isRefund && kind == .expense
        self.bankText = bankText
        self.splits = splits
        self.original = original
    }

    public var isSplit: Bool { !splits.isEmpty }

    func withBaseAmount(_ base: Money?) -> Transaction {
        var copy = self
        copy.baseAmount = base
        return copy
    }

    /// What it adds to each category's total (a refund's negative): its parts, or its whole amount in its category.
    public var categoryAmounts: [(category: String, amount: Money)] {
        guard isSplit else { return [(category, categoryAmount)] }
        return splits.map { ($0.category, isRefund ? Money(minorUnits: -$0.amount.minorUnits, currency: $0.amount.currency) : $0.amount) }
    }

    /// Whether money came into the account: income, or a refund.
    public var isMoneyIn: Bool { kind == .income || isRefund }

    /// The amount with its sign as it moves the account: income and refunds positive, spending negative.
    public var signedAmount: Money {
        isMoneyIn ? amount : Money(minorUnits: -amount.minorUnits, currency: amount.currency)
    }

    /// What it adds to its category's total: a refund takes away from its category's spending.
    public var categoryAmount: Money {
        isRefund ? Money(minorUnits: -amount.minorUnits, currency: amount.currency) : amount
    }

    /// "+1,200.00" for income and refunds, "-4.50" for spending: the sign reads without colour too.
    public var signedText: String { (isMoneyIn ? "+" : "-") + amount.description }
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
    /// An expense's money coming back (see `Transaction.isRefund`).
    public var isRefund = false
    /// Parts summing to the amount, each in its own category (see `Transaction.splits`); `category` is then ignored.
    public var splits: [SplitPart] = []
    /// What was charged in another currency than the account's (`--original 12.00EUR`).
    public var original: Money?

    public init(kind: TransactionKind = .expense, amount: Money, category: String? = nil, description: String,
                date: LocalDate, note: String? = nil, tags: [String] = [], account: String? = nil, id: String? = nil,
                isRefund: Bool = false, splits: [SplitPart] = [], original: Money? = nil) {
        self.kind = kind
        self.amount = amount
        self.category = category
        self.description = description
        self.date = date
        self.note = note
        self.tags = tags
        self.account = account
        self.id = id
        self.isRefund = isRefund
        self.splits = splits
        self.original = original
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
    public var isRefund: Bool?
    /// New parts (summing to the amount after the edit); `[]` makes it whole again, in `category` or its first part's.
    public var splits: [SplitPart]?
    /// A new original amount; `.some(nil)` removes it.
    public var original: Money??

    public init(kind: TransactionKind? = nil, amount: Money? = nil, category: String? = nil,
                description: String? = nil, date: LocalDate? = nil, note: String?? = nil,
                tags: [String]? = nil, account: String?? = nil, isRefund: Bool? = nil, splits: [SplitPart]? = nil,
                original: Money?? = nil) {
        self.original = original
        self.kind = kind
        self.amount = amount
        self.category = category
        self.description = description
        self.date = date
        self.note = note
        self.tags = tags
        self.account = account
        self.isRefund = isRefund
        self.splits = splits
    }

    public var isEmpty: Bool { self == TransactionPatch() }
}

/// A value kept beside a record that equality and hashing pass over: worked out from the record, not part of it.
struct Derived<Value: Sendable>: Sendable, Hashable {
    var value: Value?

    static func == (lhs: Derived, rhs: Derived) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
