import ArgumentParser
import Foundation
import OutlayKit

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Outlay on a temporary database of demo data.",
        discussion: """
            Timings are the median of 15 runs after a warm-up. The temporary \
            database is deleted afterwards; your own data is never touched.
            """)

    @Option(help: "How many demo transactions to build.") var transactions = 1_000_000
    @Option(help: "The demo seed.") var seed: UInt64 = 1
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard transactions >= 100 else { throw ValidationError("--transactions must be at least 100") }
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var (database, figures) = try ExpenseBenchmark(transactions: transactions, seed: seed).run(in: folder)
        try BudgetBenchmark().run(on: database, into: &figures)
        try AnalyticsBenchmark().run(on: database, into: &figures)
        try AccountBenchmark().run(on: database, into: &figures)
        try ScheduleBenchmark().run(on: database, into: &figures)
        try DashboardBenchmark().run(databasePath: database.path, into: &figures)
        try ImportBenchmark(rows: transactions).run(in: folder, into: &figures)
        figures.record("peak_rss_mb", BenchmarkFigures.peakResidentMegabytes())
        // Last: it turns the book into one of three currencies.
        try CurrencyBenchmark().run(on: database, in: folder, into: &figures)

        if output.json {
            // One flat object, keys in the order measured.
            let body = figures.entries.map { "  \"\($0.key)\": \(Self.number($0.value))" }.joined(separator: ",\n")
            print("{\n\(body)\n}")
        } else {
            for entry in figures.entries {
                print(entry.key.padding(toLength: 22, withPad: " ", startingAt: 0) + Self.number(entry.value))
            }
        }
    }

    /// Whole numbers print without a fraction; timings with three decimals.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.3f", value)
    }
}
