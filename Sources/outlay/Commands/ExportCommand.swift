import ArgumentParser
import OutlayKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every transaction as CSV, JSON or a hledger/ledger journal.",
        discussion: """
            csv: Date, Type, Category, Description, Amount, Id, Note, Tags. json: the whole book \
            (categories, budgets, transactions). ledger: a journal that hledger and ledger read.
            """)

    @Option(help: "csv, json or ledger.") var format: String
    @Option(help: "The file to write (default: standard output). Written whole or not at all.") var output: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let kind = ExportFormat(rawValue: format) else {
            throw InputError(description: "--format: invalid format '\(format)': expected csv, json or ledger")
        }
        let count = try global.withDatabase(printingAlerts: false) { try Exporter(database: $0).export(kind, to: output) }
        if let output { print("Exported \(count) transactions to \(output)") }
    }
}
