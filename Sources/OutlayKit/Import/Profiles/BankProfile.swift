import OutlayBasics
/// How one bank lays out its export: which header means which field, how
/// its dates, amounts and signs read, and which rows are neither spending
/// nor income (a card paid off from the bank account is a transfer; a
/// declined payment never happened).
public struct BankProfile: Sendable, Hashable {
    /// A short name for `--profile` and the summary: `chase-card`.
    public var name: String
    /// Who writes it: "Chase (credit card)".
    public var bank: String
    public var region: String
    /// Header names that must all be in the header row (compared trimmed and lowercased).
    public var signature: [String]
    /// The header name each field is read from.
    public var columns: [ImportField: String]
    /// Nil: decided from the whole column, as for any file.
    public var dateFormat: BankDateFormat?
    public var decimalMark: Character?
    /// Purchases are written as positive numbers (many card statements): the sign is turned round.
    public var purchasesPositive = false
    /// Amounts and balances say their direction after the number (`12.50 DR`, `12.50 CR`).
    public var signSuffixes = false
    /// A column of its own says whether money went out or came in (ING's `Af`/`Bij`); the amounts are unsigned.
    public var direction: Direction?
    /// A column of fees taken on top of the amount (Revolut).
    public var feeColumn: String?
    /// A column naming each row's currency, which must be the book's.
    public var currencyColumn: String?
    /// Rows that are not imported, and why.
    public var leaveOut: [RowMatch] = []
    /// Rows still pending at the bank: left out unless `--include-pending`.
    public var pending: RowMatch?
    /// For files without a header row: how many fields a row has, and which is which (by position).
    public var headerless: Headerless?
    /// Columns of what a card was charged in another currency (N26's `Original Amount` and `Original Currency`).
    public var originalAmountColumn: String?
    public var originalCurrencyColumn: String?

    public struct Direction: Sendable, Hashable {
        public var column: String
        /// Words (lowercased) that mean money going out; anything else is money in.
        public var outWords: Set<String>
    }

    /// Rows whose `column` holds one of `values` (lowercased; with `prefix`, starts with one).
    public struct RowMatch: Sendable, Hashable {
        public var column: String
        public var values: Set<String>
        public var prefix = false
        public var reason: LeftOutReason

        public func matches(_ text: String) -> Bool {
            let lowered = text.trimmingWhitespace().lowercased()
            return prefix ? values.contains { lowered.hasPrefix($0) } : values.contains(lowered)
        }
    }

    public struct Headerless: Sendable, Hashable {
        public var fieldCount: Int
        /// Position (from 0) of each field.
        public var positions: [ImportField: Int]
        /// A position that holds this exact text in every row (Wells Fargo's `*`), if any.
        public var marker: (position: Int, text: String)?

        public static func == (lhs: Headerless, rhs: Headerless) -> Bool {
            lhs.fieldCount == rhs.fieldCount && lhs.positions == rhs.positions && lhs.marker?.position == rhs.marker?.position
                && lhs.marker?.text == rhs.marker?.text
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(fieldCount)
            hasher.combine(positions)
        }
    }

    /// A credit card's export: its rows belong in a card account.
    public var isCard: Bool {
        let bank = bank.lowercased()
        return name.contains("card") || bank.contains("credit card") || bank.contains("american express") || purchasesPositive
    }

    /// How many of its columns a header row has: the better fit wins when two profiles match.
    func fit(_ header: [String]) -> Int? {
        let names = Set(header.map { $0.trimmingWhitespace().lowercased() })
        guard headerless == nil, signature.allSatisfy(names.contains) else { return nil }
        return columns.values.filter(names.contains).count + signature.count
    }
}

/// Why a row of a file was not imported.
public enum LeftOutReason: String, Sendable, Hashable, CaseIterable {
    /// Money moved between the person's own accounts (a card paid off, a top-up): neither spending nor income.
    case transfer
    /// Still pending at the bank (`--include-pending` imports it).
    case pending
    /// Declined, reverted or cancelled: it never happened.
    case cancelled
    /// A line of the statement that states a balance, not a payment.
    case balance
    /// Left out by the user in the dashboard's import preview.
    case skipped

    /// How a summary counts them: "2 transfers between your own accounts".
    public func counted(_ count: Int) -> String {
        switch self {
        case .transfer: OutlayBasics.counted(count, "transfer") + " between your own accounts"
        case .pending: "\(count) pending"
        case .cancelled: "\(count) declined or reverted"
        case .balance: OutlayBasics.counted(count, "balance line")
        case .skipped: "\(count) skipped by you"
        }
    }
}
