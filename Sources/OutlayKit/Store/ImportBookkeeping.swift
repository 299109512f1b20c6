import GRDB

/// What an import settles about its account once its rows are in: a new
/// account starts from the statement's balance before its first row, the
/// account's balance is set beside the statement's, and rows that land before
/// the account's opening or inside a period already reconciled are counted
/// (the summary warns of them).
struct ImportBookkeeping: Sendable {
    var statement: StatementCheck?
    /// The opening balance the account had before the statement's became it (for undo).
    var openingBefore: Int64?
    var beforeOpening = 0
    var insideReconciled = 0

    /// The account as it was before the import.
    struct Opening: Sendable {
        /// No opening balance: a statement may say what it held, when nothing in it is from before the statement.
        var hasNoOpeningBalance: Bool
        var openedOn: LocalDate?
        /// The last day of a line reconciled in it.
        var reconciledThrough: LocalDate?

        static func read(_ account: String, in db: Database) throws -> Opening {
            let stored = try AccountRow.named(account, in: db)
            let reconciled = try String.fetchOne(db, sql: """
                SELECT MAX(date) FROM (
                    SELECT date FROM transactions WHERE account = ?1 COLLATE NOCASE AND cleared = 2 AND deleted_at IS NULL
                    UNION ALL SELECT date FROM transfers WHERE from_account = ?1 COLLATE NOCASE AND from_cleared = 2 AND deleted_at IS NULL
                    UNION ALL SELECT date FROM transfers WHERE to_account = ?1 COLLATE NOCASE AND to_cleared = 2 AND deleted_at IS NULL)
                """, arguments: [account])
            return Opening(hasNoOpeningBalance: (stored?.openingBalance.minorUnits ?? 0) == 0, openedOn: stored?.openedOn,
                           reconciledThrough: reconciled.flatMap { try? LocalDate(parsing: $0) })
        }
    }

    static func settle(account: String, opening: Opening, statement: StatementCheck?, firstSeq: Int64, currency: Currency,
                       at now: Timestamp, in db: Database) throws -> ImportBookkeeping {
        var result = ImportBookkeeping()
        func newRows(_ condition: String, _ date: LocalDate) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM transactions WHERE seq >= ? AND deleted_at IS NULL AND date \(condition) ?",
                             arguments: [firstSeq, date.description]) ?? 0
        }
        if let openedOn = opening.openedOn { result.beforeOpening = try newRows("<", openedOn) }
        if let reconciled = opening.reconciledThrough { result.insideReconciled = try newRows("<=", reconciled) }
        guard var statement else { return result }
        // Entries typed up to a week before the bank's first day are the statement's too (they matched, or wait to).
        let earlier = try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(count), 0) FROM account_daily WHERE account = ? AND date < ?",
                                         arguments: [account, statement.firstDate.adding(days: -ImportMatcher.days).description]) ?? 0
        if opening.hasNoOpeningBalance, earlier == 0, statement.opening != 0 {
            try db.execute(sql: "UPDATE accounts SET opening_balance = ?, updated_at = ? WHERE name = ?",
                           arguments: [statement.opening, now.milliseconds, account])
            result.openingBefore = 0
            statement.openedAccount = true
        }
        statement.accountBalance = try AccountService.balances(on: statement.closingDate, currency: currency, in: db)
            .first { $0.account.name == account }?.balance.minorUnits
        result.statement = statement
        return result
    }

    /// Undo: the opening balance the account had before the import.
    static func restore(_ opening: ImportedOpening, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE accounts SET opening_balance = ?, updated_at = ? WHERE name = ?",
                       arguments: [opening.balance, now.milliseconds, opening.account])
    }
}

/// An account's opening balance before an import set it from the statement.
struct ImportedOpening: Sendable, Hashable {
    var account: String
    var balance: Int64
}
