import ArgumentParser
import OutlayBasics
import OutlayKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a bank export: CSV, OFX/QFX, QIF, or Outlay's own CSV or JSON.",
        discussion: """
            The whole file is imported or none of it: a row that cannot be read stops the import and is \
            named with its line (--skip-bad imports the rest). Rows imported before are skipped. \
            Example: outlay import statement.csv --map "Buchungstag=date" --date-format DD.MM.YYYY
            """)

    @Argument(help: "The file.") var file: String
    @Option(name: .customLong("map"), help: ArgumentHelp("Read a column as a field: COLUMN=FIELD, by header name or number. Fields: \(ImportField.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "column=field"))
    var mappings: [String] = []
    @Option(help: ArgumentHelp("The dates' format when the file leaves it open: \(BankDateFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var dateFormat: String?
    @Option(help: "csv, ofx, qif or json (default: from the file's extension).") var format: String?
    @Flag(help: "Import the rows that can be read and list the others.") var skipBad = false
    @Flag(help: "Show what would be imported, and import nothing.") var dryRun = false
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        var options = ImportOptions(skipBad: skipBad, dryRun: dryRun)
        options.format = try format.map { text in
            guard let format = ImportFormat(rawValue: text.lowercased()) else {
                throw InputError(description: "--format: invalid format '\(text)': expected csv, ofx, qif or json")
            }
            return format
        }
        options.dateFormat = try dateFormat.map { text in try parseArgument("--date-format") { try BankDateFormat(parsing: text) } }
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let field = ImportField(rawValue: parts[1].lowercased()) else {
                throw InputError(description: "--map: '\(mapping)' is not COLUMN=FIELD with a field among \(ImportField.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.mappings[parts[0]] = field
        }
        let report = try global.withDatabase(printingAlerts: !output.json) { try ImportService(database: $0).importFile(file, options: options) }
        if output.json {
            return JSONOutput.print([
                "file": .string(report.file), "format": .string(report.format.rawValue), "imported": .integer(report.imported),
                "duplicates": .integer(report.duplicates), "badRowCount": .integer(report.badRowCount), "dryRun": .bool(report.dryRun),
                "badRows": .array(report.badRows.map { ["line": .integer($0.line), "reason": .string($0.reason)] }),
            ])
        }
        let verb = report.dryRun ? "Would import" : "Imported"
        print("\(verb) \(counted(report.imported, "transaction")) from \(report.file) (\(report.duplicates) already imported, skipped)")
        if report.badRowCount > 0 {
            print("Skipped \(report.badRowCount) rows that cannot be read:")
            report.badRows.forEach { print("  \($0)") }
            if report.badRowCount > report.badRows.count { print("  … and \(report.badRowCount - report.badRows.count) more") }
        }
    }
}
