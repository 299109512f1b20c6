/// A statement's running balance, checked: each row's balance must be the
/// previous one plus the row's amount. The first row where that fails is
/// where a row is missing or a sign is wrong. Files list rows oldest or
/// newest first; the order that breaks least (the dates' order on a tie) is
/// taken as the statement's.
public struct StatementCheck: Sendable, Hashable {
    /// A row whose balance does not follow from the one before it.
    public struct Break: Sendable, Hashable {
        public var line: Int
        /// What the previous balance plus this row's amount gives, and what the file says.
        public var expected: Int64
        public var stated: Int64
    }

    /// The balance before the statement's first row, and after its last.
    public var opening: Int64
    public var closing: Int64
    public var firstDate: LocalDate
    public var closingDate: LocalDate
    public var firstBreak: Break?
    /// The account's balance on `closingDate` once the import is in (nil in a dry run of a file it cannot see yet).
    public var accountBalance: Int64?
    /// The statement's opening balance became the account's (it held nothing before this import).
    public var openedAccount = false

    /// Whether the account ends where the statement does.
    public var agrees: Bool { firstBreak == nil && accountBalance == closing }

    struct Row: Sendable, Hashable {
        var line: Int
        var date: LocalDate
        var amount: Int64
        var balance: Int64
    }

    /// Nil when the file has no running balance.
    static func check(_ rows: [Row]) -> StatementCheck? {
        guard let first = rows.first, let last = rows.last else { return nil }
        let forward = breaks(rows), backward = breaks(rows.reversed())
        let datesDescend = first.date > last.date
        let useBackward = backward.count < forward.count || (backward.count == forward.count && datesDescend)
        let ordered = useBackward ? Array(rows.reversed()) : rows
        return StatementCheck(opening: ordered[0].balance - ordered[0].amount, closing: ordered[ordered.count - 1].balance,
                              firstDate: ordered[0].date, closingDate: ordered[ordered.count - 1].date,
                              firstBreak: (useBackward ? backward : forward).first)
    }

    private static func breaks<C: Collection>(_ rows: C) -> [Break] where C.Element == Row {
        var result: [Break] = []
        var previous: Int64?
        for row in rows {
            if let previous, previous &+ row.amount != row.balance {
                result.append(Break(line: row.line, expected: previous &+ row.amount, stated: row.balance))
            }
            previous = row.balance
        }
        return result
    }
}
