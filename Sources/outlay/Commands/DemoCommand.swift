import ArgumentParser
import Foundation
import OutlayBasics
import OutlayKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill the database with deterministic, realistic sample data.",
        discussion: "The same --transactions, --seed and --end always give the same data.")

    @Option(help: "How many transactions.") var transactions = 1_000
    @Option(help: "The random seed.") var seed: UInt64 = 1
    @Option(help: "The last day of the data, YYYY-MM-DD (default: today).") var end: String?
    @Flag(help: "Add to a database that already has transactions.") var append = false
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard transactions >= 0 else { throw ValidationError("--transactions must not be negative") }
    }

    func run() throws {
        let lastDay = try parseDate("--end", end) ?? LocalDate.today()
        let started = Date()
        let progress = ProgressLine("Adding", unit: "transactions", json: output.json)
        defer { progress?.clear() }
        let (database, count) = try global.withDatabase(printingAlerts: false) { database in
            (database, try DemoService(database: database).populate(count: transactions, seed: seed, end: lastDay, append: append,
                                                                    progress: progress?.reporter))
        }
        progress?.finish()
        let seconds = Date().timeIntervalSince(started)
        let first = DemoGenerator.startDate(count: transactions, end: lastDay)
        if output.json {
            JSONOutput.print(["transactions": .integer(count), "from": .string(first.description), "to": .string(lastDay.description),
                              "seconds": .number(String(format: "%.3f", seconds)), "database": .string(database.path)])
        } else {
            print("Added \(count) demo transactions from \(first) to \(lastDay) in \(String(format: "%.2f", seconds)) s to \(database.path)")
        }
    }
}
