/// One recorded change: some fields of one record, as one write left them.
///
/// `origin` and `originSeq` name it everywhere (the device that made it and
/// its place in that device's log), so receiving it twice changes nothing.
/// `fields` holds column values as SQLite stores them: text, integers, null.
public struct SyncChange: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int64)
        case null
    }

    public var origin: String
    public var originSeq: Int64
    public var clock: HybridTimestamp
    public var entity: SyncEntity
    public var entityID: String
    public var fields: [String: Value]

    public init(origin: String, originSeq: Int64, clock: HybridTimestamp, entity: SyncEntity, entityID: String,
                fields: [String: Value]) {
        self.origin = origin
        self.originSeq = originSeq
        self.clock = clock
        self.entity = entity
        self.entityID = entityID
        self.fields = fields
    }

    /// Last writer wins: the later clock, and on a tie the larger device id,
    /// so every replica picks the same winner whatever order changes arrive in.
    /// Changes one write made share its clock and origin: their order in that write (`originSeq`) settles them,
    /// so a record inserted and then changed in one write ends as changed on every device.
    func beats(_ clock: HybridTimestamp, _ origin: String, _ originSeq: Int64) -> Bool {
        (self.clock, self.origin, self.originSeq) > (clock, origin, originSeq)
    }
}

/// What a change is about, and which of its columns travel.
public enum SyncEntity: String, Sendable, Hashable, CaseIterable {
    case transaction, category, budget, notification, account, transfer, schedule
    /// An exchange rate of a day (migration v16), named `EUR/USD/2024-11-28`.
    case rate

    var table: String {
        switch self {
        case .transaction: "transactions"
        case .category: "categories"
        case .budget: "budgets"
        case .notification: "notifications"
        case .account: "accounts"
        case .transfer: "transfers"
        case .schedule: "schedules"
        case .rate: "rates"
        }
    }

    /// The columns that name a record; their values joined by "/" are its entity id.
    /// An account is named by its name (any case), as transactions name it.
    var keyColumns: [String] {
        switch self {
        case .category: ["kind", "name"]
        case .account: ["name"]
        case .rate: ["currency", "quote", "date"]
        default: ["id"]
        }
    }

    /// Tables without a `deleted_at` column remove the row on delete; the
    /// delete still travels, as a `deleted_at` field, like a soft delete.
    var removesRows: Bool {
        self == .category || self == .notification || self == .account || self == .rate
    }

    /// Every column that syncs (keys aside); a change may carry any subset.
    var columns: [String] {
        switch self {
        case .transaction:
            ["kind", "amount", "category", "description", "date", "note", "tags", "account", "cleared", "refund", "splits", "original_amount",
             "original_currency", "created_at", "updated_at", "deleted_at"]
        case .category: ["parent", "color", "created_at"]
        case .budget:
            ["category", "amount", "period", "threshold", "rollover", "start_date", "created_at", "updated_at", "deleted_at"]
        case .notification: ["type", "message", "priority", "metadata", "is_read", "created_at", "read_at"]
        case .account: ["type", "currency", "opening_balance", "opened_on", "closed", "note", "created_at", "updated_at"]
        case .transfer:
            ["from_account", "to_account", "amount", "received", "date", "description", "note", "from_cleared", "to_cleared", "created_at",
             "updated_at", "deleted_at"]
        case .schedule:
            ["kind", "amount", "description", "category", "account", "to_account", "every", "unit", "day", "weekday", "start_date", "end_date",
             "count", "confirm", "note", "created_at", "updated_at", "deleted_at"]
        case .rate: ["rate", "updated_at"]
        }
    }

    /// Columns a record cannot be created without.
    var requiredColumns: [String] {
        switch self {
        case .transaction: ["kind", "amount", "category", "description", "date", "tags", "created_at", "updated_at"]
        case .category: ["created_at"]
        case .budget: ["amount", "period", "threshold", "rollover", "start_date", "created_at", "updated_at"]
        case .notification: ["type", "message", "priority", "metadata", "is_read", "created_at"]
        case .account: ["type", "currency", "opening_balance", "closed", "created_at", "updated_at"]
        case .transfer: ["from_account", "to_account", "amount", "date", "description", "from_cleared", "to_cleared", "created_at", "updated_at"]
        case .schedule: ["kind", "amount", "description", "account", "every", "unit", "start_date", "confirm", "created_at", "updated_at"]
        case .rate: ["rate", "updated_at"]
        }
    }

    /// The key columns' values an entity id stands for; nil when it names none.
    func keyValues(_ entityID: String) -> [String]? {
        guard keyColumns.count > 1 else { return [entityID] }
        let parts = entityID.split(separator: "/", maxSplits: keyColumns.count - 1, omittingEmptySubsequences: false)
        return parts.count == keyColumns.count ? parts.map(String.init) : nil
    }
}
