import OutlayBasics
import ArgumentParser
import Foundation
import OutlayKit
import TerminalUI

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
        // On a terminal, descriptions are shown as `list` shows them: an escape sequence cannot act.
        let displayLine: (@Sendable (String) -> String)? = output == nil && isatty(STDOUT_FILENO) == 1
            ? TerminalSafeText.sanitize : nil
        // Into a file only: on standard output the line would mix with what is written.
        let progress = output == nil ? nil : ProgressLine("Exporting", unit: "transactions")
        defer { progress?.clear() }
        let count = try global.withDatabase(printingAlerts: false) { database in
            try Exporter(database: database).export(kind, to: output, displayLine: displayLine, progress: progress?.reporter)
        }
        progress?.finish()
        if let output { print("Exported \(counted(count, "transaction")) to \(output)") }
    }
}
