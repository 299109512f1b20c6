/// One of a file's first rows as an import would store it, or why it would not.
public struct ImportPreviewRow: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        case new
        /// An earlier import brought it in: skipped by its fingerprint.
        case duplicate
        case leftOut(LeftOutReason)
        /// A `transfer` rule makes it money moved between two accounts.
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

    public init(line: Int, status: Status, transaction: Transaction? = nil, description: String? = nil) {
        self.line = line
        self.status = status
        self.transaction = transaction
        self.description = description
    }
}

/// Collects the preview while the rows stream by: the reading side records
/// rows in file order, the writing side whether each emitted row was a duplicate.
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

    /// The rows, with those the loader found already stored marked.
    func marked(duplicates: [Bool]) -> [ImportPreviewRow] {
        var result = rows
        for (row, item) in emitted where item < duplicates.count && duplicates[item] { result[row].status = .duplicate }
        return result
    }
}
