import GRDB

/// Sums from the account roll-ups (`account_monthly`, `account_daily`): what
/// balances and net worth are made of, whatever the number of transactions.
enum AccountRollupQuery {
    struct Sums {
        var delta: Int64 = 0
        var cleared: Int64 = 0
        var count: Int64 = 0
    }

    /// What moved the account, and what of it is cleared, through `day` (nil: everything recorded).
    static func sums(of account: String, through day: LocalDate?, in db: Database) throws -> Sums {
        var sums = Sums()
        func add(_ row: Row?) throws {
            guard let row else { return }
            sums.delta += try row.value(0) as Int64? ?? 0
            sums.cleared += try row.value(1) as Int64? ?? 0
            sums.count += try row.value(2) as Int64? ?? 0
        }
        guard let day else {
            try add(Row.fetchOne(db, sql: "SELECT SUM(delta), SUM(cleared), SUM(count) FROM account_monthly WHERE account = ?", arguments: [account]))
            return sums
        }
        let month = YearMonth(day)
        try add(Row.fetchOne(db, sql: "SELECT SUM(delta), SUM(cleared), SUM(count) FROM account_monthly WHERE account = ? AND month < ?",
                             arguments: [account, month.description]))
        try add(Row.fetchOne(db, sql: "SELECT SUM(delta), SUM(cleared), SUM(count) FROM account_daily WHERE account = ? AND date BETWEEN ? AND ?",
                             arguments: [account, month.range.lowerBound.description, day.description]))
        return sums
    }

    /// Each account's (lowercased) total before `month`.
    static func totals(before month: YearMonth, in db: Database) throws -> [String: Int64] {
        var totals: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account, SUM(delta) FROM account_monthly WHERE month < ? GROUP BY account",
                                    arguments: [month.description]) {
            totals[(try row.value(0) as String).lowercased(), default: 0] += try row.value(1)
        }
        return totals
    }

    /// Month (`YYYY-MM`) → account (lowercased) → what moved it that month, for `first` through `last`.
    static func monthly(from first: YearMonth, through last: YearMonth, in db: Database) throws -> [String: [String: Int64]] {
        var byMonth: [String: [String: Int64]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account, month, delta FROM account_monthly WHERE month BETWEEN ? AND ?",
                                    arguments: [first.description, last.description]) {
            byMonth[try row.value(1), default: [:]][(try row.value(0) as String).lowercased(), default: 0] += try row.value(2)
        }
        return byMonth
    }
}

extension AccountRow {
    /// Transactions and transfers follow an account to its new name.
    static func rename(_ old: String, to new: String, in db: Database) throws {
        try db.execute(sql: "UPDATE transactions SET account = ? WHERE account = ? COLLATE NOCASE", arguments: [new, old])
        try db.execute(sql: "UPDATE transfers SET from_account = ? WHERE from_account = ? COLLATE NOCASE", arguments: [new, old])
        try db.execute(sql: "UPDATE transfers SET to_account = ? WHERE to_account = ? COLLATE NOCASE", arguments: [new, old])
    }

    /// How many transactions and transfers were ever recorded in the account (deleted ones too).
    static func useCount(_ name: String, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM transactions WHERE account = ?1 COLLATE NOCASE)
                 + (SELECT COUNT(*) FROM transfers WHERE from_account = ?1 COLLATE NOCASE OR to_account = ?1 COLLATE NOCASE)
            """, arguments: [name]) ?? 0
    }

    static func delete(id: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM accounts WHERE id = ?", arguments: [id])
    }
}

extension AccountRollupQuery {
    /// The account with the most transactions, nil in a book without any.
    static func busiestAccount(in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT account FROM account_monthly WHERE count > 0 GROUP BY account ORDER BY SUM(count) DESC LIMIT 1")
    }
}
