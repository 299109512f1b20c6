import GRDB

/// An account's lines as the store reads and clears them: its transactions and
/// its legs of transfers, with their cleared states (0 not cleared, 1 cleared,
/// 2 reconciled).
extension AccountLine {
    /// The account's live lines, oldest or newest first; only those not cleared through `unclearedThrough` when given.
    static func fetch(_ account: String, unclearedThrough: LocalDate? = nil, newestFirst: Bool = false, limit: Int = -1,
                      currency: Currency, in db: Database) throws -> [AccountLine] {
        let condition = unclearedThrough == nil ? "1" : "cleared = 0 AND date <= ?2"
        let order = newestFirst ? "date DESC, id DESC" : "date, id"
        var arguments: [any DatabaseValueConvertible] = [account]
        if let unclearedThrough { arguments.append(unclearedThrough.description) }
        return try Row.fetchAll(db, sql: """
            SELECT id, date, description, amount, cleared, other FROM (
                SELECT id, date, description, CASE WHEN kind = 'income' OR refund = 1 THEN amount ELSE -amount END AS amount, cleared, NULL AS other
                    FROM transactions WHERE account = ?1 COLLATE NOCASE AND deleted_at IS NULL
                UNION ALL SELECT id, date, description, -amount, from_cleared, to_account FROM transfers
                    WHERE from_account = ?1 COLLATE NOCASE AND deleted_at IS NULL
                UNION ALL SELECT id, date, description, amount, to_cleared, from_account FROM transfers
                    WHERE to_account = ?1 COLLATE NOCASE AND deleted_at IS NULL)
            WHERE \(condition) ORDER BY \(order) LIMIT \(limit)
            """, arguments: StatementArguments(arguments)).map { row in
            AccountLine(id: try row.value(0), date: try LocalDate(parsing: try row.value(1)), description: try row.value(2),
                        amount: Money(minorUnits: try row.value(3), currency: currency), cleared: Int(try row.value(4) as Int64),
                        transferWith: try row.value(5))
        }
    }

    /// What a change of cleared state does to the current one.
    enum ClearedChange {
        /// Not cleared becomes cleared; cleared and reconciled stay.
        case clear
        /// Not cleared and cleared swap; reconciled stays (its statement agreed).
        case toggle

        func expression(_ column: String) -> String {
            switch self {
            case .clear: "CASE \(column) WHEN 0 THEN 1 ELSE \(column) END"
            case .toggle: "CASE \(column) WHEN 0 THEN 1 WHEN 1 THEN 0 ELSE 2 END"
            }
        }
    }

    /// Changes the cleared state of a transaction of this account, or of this account's leg of a transfer; returns the new state.
    @discardableResult
    static func setCleared(_ idOrTail: String, account: String, _ change: ClearedChange, in db: Database) throws -> Int {
        let id = try lineID(idOrTail, in: db)
        for (table, column, accountColumn) in [("transactions", "cleared", "account"), ("transfers", "from_cleared", "from_account"),
                                               ("transfers", "to_cleared", "to_account")] {
            try db.execute(sql: "UPDATE \(table) SET \(column) = \(change.expression(column)) WHERE id = ? AND \(accountColumn) = ? COLLATE NOCASE",
                           arguments: [id, account])
            if db.changesCount > 0 { return try Int.fetchOne(db, sql: "SELECT \(column) FROM \(table) WHERE id = ?", arguments: [id]) ?? 0 }
        }
        throw OutlayError.unknownTransaction("\(id) (in account \(account))")
    }

    /// The full id of the live transaction or transfer named by its id or its last 4 or more characters.
    private static func lineID(_ idOrTail: String, in db: Database) throws -> String {
        let ids = try IDLookup.matches(idOrTail, in: .transactions, liveOnly: true, limit: 2, db: db)
            + IDLookup.matches(idOrTail, in: .transfers, liveOnly: true, limit: 2, db: db)
        guard ids.count <= 1 else { throw OutlayError.ambiguousTransaction(idOrTail, matches: ids.map(RecordID.short)) }
        return ids.first ?? idOrTail
    }

    /// Everything of the account cleared through `date` becomes reconciled; returns how many lines.
    static func reconcileCleared(_ account: String, through date: LocalDate, in db: Database) throws -> Int {
        try db.execute(sql: "UPDATE transactions SET cleared = 2 WHERE account = ? COLLATE NOCASE AND cleared = 1 AND date <= ? AND deleted_at IS NULL",
                       arguments: [account, date.description])
        var count = db.changesCount
        try db.execute(sql: "UPDATE transfers SET from_cleared = 2 WHERE from_account = ? COLLATE NOCASE AND from_cleared = 1 AND date <= ?",
                       arguments: [account, date.description])
        count += db.changesCount
        try db.execute(sql: "UPDATE transfers SET to_cleared = 2 WHERE to_account = ? COLLATE NOCASE AND to_cleared = 1 AND date <= ?",
                       arguments: [account, date.description])
        return count + db.changesCount
    }

    /// Whether a transaction is reconciled (its edits and delete then ask for `force`).
    static func isReconciled(_ id: String, in db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT cleared FROM transactions WHERE id = ?", arguments: [id]) == 2
    }

    /// A transaction made cleared as it is stored (a reconciliation's adjustment).
    static func markTransactionCleared(_ id: String, in db: Database) throws {
        try db.execute(sql: "UPDATE transactions SET cleared = 1 WHERE id = ?", arguments: [id])
    }
}

/// A signed movement of an account on a day: a transaction, or one leg of a transfer.
struct AccountMovement {
    var account: String
    var date: LocalDate
    var description: String
    var amount: Int64

    /// Every account's live movements after `start` through `end`.
    static func all(after start: LocalDate, through end: LocalDate, in db: Database) throws -> [AccountMovement] {
        var movements: [AccountMovement] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT COALESCE(account, 'cash'), CASE WHEN kind = 'income' OR refund = 1 THEN amount ELSE -amount END, description, date
            FROM transactions WHERE deleted_at IS NULL AND date > ? AND date <= ?
            """, arguments: [start.description, end.description]) {
            movements.append(AccountMovement(account: try row.value(0), date: try LocalDate(parsing: try row.value(3)),
                                             description: try row.value(2), amount: try row.value(1)))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT from_account, to_account, amount, description, date FROM transfers WHERE deleted_at IS NULL AND date > ? AND date <= ?
            """, arguments: [start.description, end.description]) {
            let amount: Int64 = try row.value(2), date = try LocalDate(parsing: try row.value(4)), description: String = try row.value(3)
            movements.append(AccountMovement(account: try row.value(0), date: date, description: description, amount: -amount))
            movements.append(AccountMovement(account: try row.value(1), date: date, description: description, amount: amount))
        }
        return movements
    }
}
