/// Which transactions a list or summary covers. Every field narrows it.
public struct TransactionFilter: Sendable, Hashable {
    public var from: LocalDate?
    public var to: LocalDate?
    public var kind: TransactionKind?
    public var category: String?
    /// Any one of these categories (with `category`, both must hold).
    public var categories: Set<String>?
    public var tag: String?
    /// Words that must all appear (as word prefixes) in the description or note.
    public var search: String?
    /// Inclusive bounds on the (positive) amount, in minor units.
    public var minimumAmount: Int64?
    public var maximumAmount: Int64?
    /// Only this account's transactions (its name, any case).
    public var account: String?

    public init(from: LocalDate? = nil, to: LocalDate? = nil, kind: TransactionKind? = nil, category: String? = nil,
                tag: String? = nil, search: String? = nil, minimumAmount: Int64? = nil, maximumAmount: Int64? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.category = category
        self.tag = tag
        self.search = search
        self.minimumAmount = minimumAmount
        self.maximumAmount = maximumAmount
    }

    /// True when only dates, kind and category narrow it: the daily roll-ups
    /// can answer a summary without touching transaction rows.
    var isAnsweredByRollups: Bool {
        tag == nil && (search ?? "").trimmingWhitespace().isEmpty && minimumAmount == nil && maximumAmount == nil && account == nil
    }
}

/// Where a keyset page starts: the (date, id) of the last row already seen.
public struct TransactionCursor: Sendable, Hashable, CustomStringConvertible {
    public let date: LocalDate
    public let id: String

    public init(date: LocalDate, id: String) {
        self.date = date
        self.id = id
    }

    /// Parses the `DATE/ID` text form that `description` prints.
    public init(parsing text: String) throws(OutlayError) {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let date = try? LocalDate(parsing: String(parts[0])),
              let id = RecordID.canonical(String(parts[1])) else { throw .invalidCursor(text) }
        self.init(date: date, id: id)
    }

    public var description: String { "\(date)/\(id)" }
}

public enum TransactionOrder: Sendable, Hashable {
    case newestFirst, oldestFirst
}

/// One page of a listing: a filter, an order, a size and where to start.
public struct TransactionPageRequest: Sendable, Hashable {
    public static let maximumLimit = 10_000

    public var filter: TransactionFilter
    public var order: TransactionOrder
    public var limit: Int
    public var after: TransactionCursor?

    public init(filter: TransactionFilter = TransactionFilter(), order: TransactionOrder = .newestFirst,
                limit: Int = 50, after: TransactionCursor? = nil) {
        self.filter = filter
        self.order = order
        self.limit = limit
        self.after = after
    }
}

public struct TransactionPage: Sendable, Hashable {
    public var transactions: [Transaction]
    /// Where the next page starts; nil on the last page.
    public var nextCursor: TransactionCursor?
}

/// Income, expenses and what is left, for any filter.
public struct TransactionSummary: Sendable, Hashable {
    public var totalIncome: Money
    public var totalExpenses: Money
    public var count: Int

    public var balance: Money {
        Money(minorUnits: totalIncome.minorUnits - totalExpenses.minorUnits, currency: totalIncome.currency)
    }
}
