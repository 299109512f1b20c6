/// One of a file's first rows as an import would store it, or why it would not.
public struct ImportPreviewRow: Sendable, Hashable {
    /// A transfer's day, and its amount as it moves the import's account.
    public struct Movement: Sendable, Hashable {
        public var date: LocalDate
        public var amount: Money
    }

    public enum Status: Sendable, Hashable {
        case new
        /// An earlier import brought it in: skipped by its fingerprint.
        case duplicate
        case leftOut(LeftOutReason)
        /// It is the bank's record of an entry already in the book (typed by hand, or a transfer's leg).
        case matched(MatchedEntry)
        /// Money moved between two accounts (a `transfer` rule, or the bank's mark; `Account.unassigned` for a side not known).
        case transfer(to: String, from: String)
        case unreadable(String)
    }

    /// The line of the file.
    public var line: Int
    public var status: Status
    /// Nil when the row is left out or cannot be read.
    public var transaction: Transaction?
    /// A left-out row's description, as the file has it.
    public var description: String?
    public var movement: Movement?

    public init(line: Int, status: Status, transaction: Transaction? = nil, description: String? = nil) {
        self.line = line
        self.status = status
        self.transaction = transaction
        self.description = description
    }
}

/// An entry already in the book that an imported row is the bank's record of.
public struct MatchedEntry: Sendable, Hashable {
    public var id: String
    public var description: String
    public var date: LocalDate
    /// Set for a transfer's leg: which side of it.
    public var side: TransferSide?

    public init(id: String, description: String, date: LocalDate, side: TransferSide? = nil) {
        self.id = id
        self.description = description
        self.date = date
        self.side = side
    }
}

/// One side of a transfer.
public enum TransferSide: String, Sendable, Hashable {
    case from, to
}

/// Collects the preview while the rows stream by: the reading side records
/// rows in file order, the writing side what became of each emitted row.
struct ImportPreviewSample: Sendable {
    let limit: Int
    private(set) var rows: [ImportPreviewRow] = []
    /// For each row in `rows` that was emitted to the loader: its position among the emitted rows.
    private var emitted: [(row: Int, item: Int)] = []
    private var emittedCount = 0

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { rows.count >= limit }

    /// Called for every emitted row, so positions stay right after the sample is full.
    mutating func emit(_ transaction: Transaction, line: Int) {
        defer { emittedCount += 1 }
        guard !isFull else { return }
        emitted.append((rows.count, emittedCount))
        rows.append(ImportPreviewRow(line: line, status: .new, transaction: transaction))
    }

    mutating func record(_ row: ImportPreviewRow) {
        if !isFull { rows.append(row) }
    }

    /// The rows, with those the loader found already stored, or matched to an entry, marked.
    func marked(_ outcomes: [BulkLoader.RowOutcome]) -> [ImportPreviewRow] {
        var result = rows
        for (row, item) in emitted where item < outcomes.count {
            switch outcomes[item] {
            case .inserted: break
            case .duplicate: result[row].status = .duplicate
            case let .matched(entry): result[row].status = .matched(entry)
            }
        }
        return result
    }
}
