import Foundation

/// `import_rows_per_s` of `outlay bench`: a bank-style CSV of `rows` rows
/// (semicolons, DD.MM.YYYY dates, decimal commas, quoted fields) written to
/// `folder`, then imported into a fresh database with five categorisation
/// rules: both passes, parsing, categorising, fingerprints, roll-ups, search index.
/// `import_into_full_rows_per_s`: then a thousand entries typed by hand, and
/// another statement of as many rows imported into the book that now holds
/// the first: the duplicate check against a full book, and matching.
/// `import_unknown_layout_rows_per_s`: the first file without its header, its columns read from the content.
public struct ImportBenchmark {
    public let rows: Int

    public init(rows: Int) { self.rows = rows }

    public func run(in folder: URL, into figures: inout BenchmarkFigures) throws {
        let csv = folder.appendingPathComponent("bank-export.csv")
        try write(to: csv, seed: 3)
        let rules = try [("grocery", "food"), ("coffee", "food"), ("fuel", "transport"), ("/^(taxi|train)/", "transport"),
                         ("cinema", "entertainment")].map { try CategoryRule(match: $0.0, category: $0.1) }
        func book(_ name: String) throws -> AppDatabase {
            try AppDatabase.open(path: folder.appendingPathComponent(name).path, settings: OutlaySettings(importRules: rules))
        }
        let database = try book("import.sqlite")
        figures.record("import_rows_per_s", try Self.rowsPerSecond(importing: csv, into: database))

        // The same file again into a fresh book, told its progress as the dashboard and the command line are.
        let latest = LatestProgress()
        var options = ImportOptions()
        options.progress = { latest.set($0) }
        figures.record("import_with_progress_rows_per_s", try Self.rowsPerSecond(importing: csv, into: book("import-progress.sqlite"), options: options))

        // The same rows with no header, so that no profile or known name fits: the columns are read from the content.
        let unknown = folder.appendingPathComponent("unknown-export.csv")
        try Self.writeStatement(rows: rows, to: unknown, seed: 3, header: false)
        figures.record("import_unknown_layout_rows_per_s", try Self.rowsPerSecond(importing: unknown, into: book("import-unknown.sqlite")))

        _ = try BulkLoader(database: database).insert(DemoGenerator(count: 1_000, seed: 5, end: LocalDate.today()))
        let next = folder.appendingPathComponent("next-export.csv")
        try write(to: next, seed: 4)
        figures.record("import_into_full_rows_per_s", try Self.rowsPerSecond(importing: next, into: database))
    }

    /// Rows imported (or matched) a second, for one import of `file`.
    private static func rowsPerSecond(importing file: URL, into database: AppDatabase, options: ImportOptions = ImportOptions()) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        let report = try ImportService(database: database).importFile(file.path, options: options)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (Double(report.imported + report.matched) / seconds).rounded()
    }

    private func write(to url: URL, seed: UInt64) throws {
        try Self.writeStatement(rows: rows, to: url, seed: seed)
    }

    /// A bank-style statement of `rows` rows in `currency` (the dashboard's bench imports one while keys are pressed);
    /// without its header row, no bank's layout or known name fits it.
    public static func writeStatement(rows: Int, to url: URL, seed: UInt64, currency: String = "EUR", header: Bool = true) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw OutlayError.cannotWrite(path: url.path, reason: "cannot create the benchmark CSV")
        }
        defer { try? handle.close() }
        var output = BufferedOutput(handle: handle)
        if header { try output.append("Buchungstag;Verwendungszweck;Betrag;Währung\n") }
        for t in DemoGenerator(count: rows, seed: seed, end: LocalDate.today()) {
            let date = "\(two(t.date.day)).\(two(t.date.month)).\(t.date.year)"
            let sign = t.kind == .expense ? "-" : ""
            // 1234.56 written as 1.234,56
            let whole = t.amount.minorUnits / 100, cents = t.amount.minorUnits % 100
            let grouped = whole >= 1_000 ? "\(whole / 1_000).\(String(format: "%03d", whole % 1_000))" : "\(whole)"
            try output.append(CSVFormat.line([date, t.description + (t.note.map { "; \($0)" } ?? ""),
                                              "\(sign)\(grouped),\(two(Int(cents)))", currency], delimiter: ";"))
        }
        try output.flush()
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// What a progress reporter keeps: the latest report, behind a lock (as the dashboard's queue keeps it).
private final class LatestProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: WorkProgress?
    func set(_ progress: WorkProgress) { lock.withLock { self.progress = progress } }
}
