import Foundation

public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json, ledger
}

/// Writes every live transaction, oldest first, a page at a time, so a
/// million-row export never holds the book in memory.
public struct Exporter: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Writes to `path` (through a temporary file renamed into place, so a
    /// failed export never leaves half a file), or to standard output when nil.
    /// `displayLine`, for standard output that is a terminal, rewrites each
    /// line as it is shown (escape sequences made harmless); files stay exact.
    /// Returns how many transactions were written.
    @discardableResult
    /// `progress` is told the transactions written so far, of all there are, after each page of them.
    public func export(_ format: ExportFormat, to path: String?, displayLine: (@Sendable (String) -> String)? = nil,
                       progress: ProgressReporter? = nil) throws -> Int {
        guard let path else { return try write(format, to: FileHandle.standardOutput, displayLine: displayLine, progress: progress) }
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        // An export holds the whole book: as private as the book itself.
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw OutlayError.cannotWrite(path: path, reason: "cannot create a file there")
        }
        do {
            let count = try write(format, to: handle, progress: progress)
            try handle.synchronize()
            try handle.close()
            // rename(2) puts the finished file in place atomically, new or replacing.
            guard rename(temporary, path) == 0 else {
                throw OutlayError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            return count
        } catch let error as OutlayError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutlayError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    func write(_ format: ExportFormat, to handle: FileHandle, displayLine: (@Sendable (String) -> String)? = nil,
               progress: ProgressReporter? = nil) throws -> Int {
        var output = BufferedOutput(handle: handle, displayLine: displayLine)
        let writer: any RecordWriter = switch format {
        case .csv: OutlayCSV.Writer()
        case .json: OutlayJSON.Writer(database: database)
        case .ledger: LedgerJournal.Writer(accounts: try AccountService(database: database).list(),
                                           transfers: try TransferService(database: database).list().reversed(), base: database.currency,
                                           baseAmounts: try database.read { try BaseAmounts.ofForeignRows(in: $0) },
                                           rates: try RateService(database: database).list(everyDay: true))
        }
        try writer.begin(&output)
        var count = 0
        let expenses = TransactionService(database: database)
        let total = progress == nil ? nil : try expenses.count()
        var cursor: TransactionCursor?
        repeat {
            let page = try expenses.list(TransactionPageRequest(order: .oldestFirst, limit: 5_000, after: cursor))
            for transaction in page.transactions {
                try writer.write(transaction, index: count, to: &output)
                count += 1
            }
            progress?(WorkProgress(done: count, total: total))
            cursor = page.nextCursor
        } while cursor != nil
        try writer.end(&output)
        try output.flush()
        return count
    }
}

protocol RecordWriter {
    func begin(_ output: inout BufferedOutput) throws
    func write(_ transaction: Transaction, index: Int, to output: inout BufferedOutput) throws
    func end(_ output: inout BufferedOutput) throws
}

/// Collects text and writes it in large blocks.
struct BufferedOutput {
    let handle: FileHandle
    /// Applied to each line on its way to a terminal.
    let displayLine: (@Sendable (String) -> String)?
    private var buffer = Data()

    init(handle: FileHandle, displayLine: (@Sendable (String) -> String)? = nil) {
        self.handle = handle
        self.displayLine = displayLine
    }

    mutating func append(_ text: String) throws {
        if let displayLine {
            buffer.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { displayLine(String($0)) }.joined(separator: "\n").utf8)
        } else {
            buffer.append(contentsOf: text.utf8)
        }
        if buffer.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
