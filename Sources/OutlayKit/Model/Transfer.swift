/// Money moved from one of the person's accounts to another: one record,
/// both legs. It is never income or spending, so no report, budget or
/// insight sees it; only balances do.
public struct Transfer: Sendable, Hashable {
    public var id: String
    public var from: String
    public var to: String
    /// Always positive: it leaves `from` and arrives in `to`.
    /// What left `from`, in its currency.
    public var amount: Money
    /// What arrived in `to` when it keeps another currency (500.00 USD sent, 458.20 EUR received); nil: `amount`.
    public var received: Money?
    public var date: LocalDate
    public var description: String
    public var note: String?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var deletedAt: Timestamp?

    public init(id: String, from: String, to: String, amount: Money, date: LocalDate, description: String, note: String? = nil,
                createdAt: Timestamp, updatedAt: Timestamp, deletedAt: Timestamp? = nil, received: Money? = nil) {
        self.received = received
        self.id = id
        self.from = from
        self.to = to
        self.amount = amount
        self.date = date
        self.description = description
        self.note = note
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }
}

extension Transfer {
    /// What arrived in `to`, in its currency.
    public var amountReceived: Money { received ?? amount }
}
