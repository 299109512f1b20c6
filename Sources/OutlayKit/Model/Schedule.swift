/// A bill, income or transfer that repeats: what it is, and when it comes round.
public struct Schedule: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case expense, income, transfer

        var transactionKind: TransactionKind? {
            switch self {
            case .expense: .expense
            case .income: .income
            case .transfer: nil
            }
        }
    }

    public var id: String
    public var kind: Kind
    public var amount: Money
    public var description: String
    /// Nil for a transfer.
    public var category: String?
    /// Where the money goes out (an expense, a transfer) or comes in (income).
    public var account: String
    /// A transfer's receiving account.
    public var toAccount: String?
    public var recurrence: Recurrence
    /// Its occurrences wait to be confirmed instead of being posted on their day.
    public var confirm: Bool
    public var note: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var deletedAt: Timestamp?

    public init(id: String, kind: Kind, amount: Money, description: String, category: String?, account: String, toAccount: String? = nil,
                recurrence: Recurrence, confirm: Bool = false, note: String? = nil, createdAt: Timestamp, updatedAt: Timestamp,
                deletedAt: Timestamp? = nil) {
        self.id = id
        self.kind = kind
        self.amount = amount
        self.description = description
        self.category = category
        self.account = account
        self.toAccount = toAccount
        self.recurrence = recurrence
        self.confirm = confirm
        self.note = note
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    /// The id every device gives the transaction (or transfer) of the occurrence on `date`,
    /// so devices that post it on their own post one record.
    public func occurrenceID(on date: LocalDate) -> String {
        RecordID.derived(from: "schedule/\(id)/\(date)", on: date)
    }

    /// How the money moves for `account`: negative out, positive in, zero when it does not touch it.
    public func delta(for account: String) -> Int64 {
        let name = account.lowercased()
        switch kind {
        case .expense: return self.account.lowercased() == name ? -amount.minorUnits : 0
        case .income: return self.account.lowercased() == name ? amount.minorUnits : 0
        case .transfer:
            if self.account.lowercased() == name { return -amount.minorUnits }
            return toAccount?.lowercased() == name ? amount.minorUnits : 0
        }
    }

    /// "every month on the 31st", "every 2 weeks", "every month on the last friday".
    public var rhythm: String { recurrence.words }
}

/// One time a schedule comes round.
public struct Occurrence: Sendable, Hashable {
    public var schedule: Schedule
    public var date: LocalDate
    /// Due and waiting for `y` (a `confirm` schedule's past occurrence).
    public var waiting: Bool

    public init(schedule: Schedule, date: LocalDate, waiting: Bool) {
        self.schedule = schedule
        self.date = date
        self.waiting = waiting
    }
}
