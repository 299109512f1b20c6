/// A row as an imported file gives it, before categories and ids are settled.
struct ImportedRow: Sendable {
    var line: Int
    var date: LocalDate
    /// Negative for money going out, unless `kind` says otherwise.
    var signedAmount: Int64
    /// When the file says (a type column); otherwise the sign decides.
    var kind: TransactionKind?
    var description: String
    var category: String?
    var note: String?
    var id: String?
    var tags: [String] = []
    var createdAt: Timestamp?
    var updatedAt: Timestamp?
    /// Set for a row the file's profile leaves out (a pending or cancelled payment, a balance line).
    var leftOut: LeftOutReason?
    /// The bank marks it as money moved between the person's own accounts (a top-up, a card's payment): a transfer.
    var betweenOwnAccounts = false
    /// The other account of a transfer, where the file names it (another tool's export: YNAB's `Transfer : Savings`).
    var transferAccount: String?
    /// `category` is the user's own (another tool's export): kept, and made when the book has no such category.
    var ownCategory = false
    /// The account's balance after this row, where the file has a running balance.
    var balance: Int64?
    /// 0 or 1 where the file says whether the row is cleared; nil: the bank has it, so it is.
    var cleared: Int?
    /// The file says it is money back from a merchant (a type column's `Return`, `Refund`).
    var isRefund = false
    /// What a bank wrote, for a row of Outlay's own export that kept it.
    var bankText: String?
    /// What was charged in another currency than the account's.
    var original: Money?
    /// A split's parts, for a row of Outlay's own export.
    var splits: [SplitPart] = []

    /// A row that is read but not imported.
    static func leftOut(line: Int, reason: LeftOutReason, description: String = "") -> ImportedRow {
        ImportedRow(line: line, date: LocalDate(daysSinceEpoch: 0), signedAmount: 0, description: description, leftOut: reason)
    }
}

extension Result where Success == ImportedRow, Failure == BadRow {
    /// The line of the file, read or not.
    var line: Int {
        switch self {
        case let .success(row): row.line
        case let .failure(bad): bad.line
        }
    }
}

/// A row that cannot be read, and why.
public struct BadRow: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public var description: String { "line \(line): \(reason)" }
}

extension OutlayError {
    /// A file whose amounts are in another currency than the account it goes into: refused, naming both, since they
    /// would otherwise be stored as the account's (francs as dollars).
    static func otherCurrency(file: String, _ code: String, account: Currency) -> OutlayError {
        .invalidImport(file, "the file is in \(code) and its account keeps \(account.code): import it into an account in \(code) with --account "
            + "(outlay accounts add NAME --type checking --currency \(code) makes one)")
    }
}

/// One kind of file: CSV, OFX, QIF, Outlay's JSON.
protocol ImportSource: Sendable {
    /// Calls `row` for each row in file order; stops early when it returns false.
    /// Returns a corrected source when what the whole file showed contradicts
    /// what reading it assumed: the rows emitted must then be thrown away and
    /// the file read again with that source.
    func read(_ row: (Result<ImportedRow, BadRow>) -> Bool) throws -> (any ImportSource)?
}
