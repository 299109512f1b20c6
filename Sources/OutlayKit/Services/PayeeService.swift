import GRDB

/// One payee of the book: the description its transactions share.
public struct PayeeSummary: Sendable, Hashable {
    public var name: String
    public var count: Int
    /// Money in minus money out.
    public var net: Money
    /// One of the bank's texts behind it (nil when none came from a bank).
    public var bankText: String?
}

/// `outlay payees`: the payees, and renaming one, which later imports remember.
public struct PayeeService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    public func list(limit: Int = 200) throws -> [PayeeSummary] {
        try database.read { db in try PayeeNameRow.summaries(limit: max(1, limit), currency: database.currency, in: db) }
    }

    /// Renames a payee everywhere; returns how many transactions changed. The merchants behind it keep the new name.
    @discardableResult
    public func rename(_ old: String, to new: String) throws -> Int {
        let name = try FieldRules.description(new)
        let now = clock.now()
        return try database.write { db in
            let count = try PayeeNameRow.rename(old, to: name, at: now, in: db)
            guard count > 0 else { throw OutlayError.unknownPayee(old) }
            return count
        }
    }
}
