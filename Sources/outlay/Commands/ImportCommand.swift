import ArgumentParser
import OutlayBasics
import OutlayKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a bank export: CSV (29 banks' layouts known), OFX/QFX, QIF, or Outlay's own CSV or JSON.",
        discussion: """
            The whole file is imported or none of it: a row that cannot be read stops the import and is \
            named with its line (--skip-bad imports the rest). Rows imported before are skipped. A bank's \
            layout is recognised by its header (outlay import --profiles lists them); categories never stop \
            an import. Example: outlay import statement.csv --map "Buchungstag=date" --date-format DD.MM.YYYY \
            --save-profile my-bank
            """)

    @Argument(help: "The file.") var file: String?
    @Flag(help: "List the bank layouts Outlay recognises, and yours, and exit.") var profiles = false
    @Option(help: "Read the file as this bank's layout (see --profiles), whatever its header says.") var profile: String?
    @Option(help: "The account the rows go in (default: [accounts] default_account, else the only open account).") var account: String?
    @Option(name: .customLong("map"), help: ArgumentHelp("Read a column as a field: COLUMN=FIELD, by header name or number. Fields: \(ImportField.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "column=field"))
    var mappings: [String] = []
    @Option(help: ArgumentHelp("Keep this file's layout (its header and --map) in config.toml under this name: the next file with this header needs no flags.", valueName: "name"))
    var saveProfile: String?
    @Option(help: ArgumentHelp("The dates' format when the file leaves it open: \(BankDateFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var dateFormat: String?
    @Option(help: "csv, ofx, qif or json (default: from the file's extension).") var format: String?
    @Flag(help: "Import the rows the bank marks pending too.") var includePending = false
    @Flag(help: "Read the amounts with the other sign: money out written positive (as some cards' exports do).") var invertSign = false
    @Flag(help: "Make a bank's category a category of the book when nothing else decides, instead of other with the bank's as a tag.")
    var createCategories = false
    @Flag(help: "Import the rows that can be read and list the others.") var skipBad = false
    @Flag(help: "List each row with what it would become (new, matched, transfer, left out), and import nothing.") var dryRun = false
    @Option(help: ArgumentHelp("Do not match the row on this line of the file to an entry already in the book (see --dry-run).", valueName: "line"))
    var unmatch: [Int] = []
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        if profiles { return try listProfiles() }
        guard let file else { throw ValidationError("Missing the file to import (or --profiles to list the banks)") }
        var options = ImportOptions(skipBad: skipBad, dryRun: dryRun)
        options.profile = profile
        options.account = account
        options.unmatchLines = Set(unmatch)
        options.includePending = includePending
        options.invertSign = invertSign
        options.createCategories = createCategories
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
        let session = try global.open()
        defer { session.finish(printing: !output.json) }
        if let name = saveProfile { try SavedProfile.checkNameIsFree(name, existing: session.database.settings.importProfiles) }
        let progress = ProgressLine(dryRun ? "Reading" : "Importing", unit: "rows", json: output.json)
        defer { progress?.clear() }
        if let progress {
            options.progress = progress.reporter
            options.expectedRows = WorkProgress.expectedRows(inFile: file)
        }
        // Another tool's export (Mint, YNAB, Actual, Firefly, a journal): its accounts, each with its rows.
        if let moved = try ImportService(database: session.database).importTool(file, options: options) {
            progress?.clear()
            if output.json { return JSONOutput.print(ImportSummary.json(moved)) }
            return print(ImportSummary.text(moved))
        }
        let report = try ImportService(database: session.database).importFile(file, options: options)
        progress?.finish()
        if let name = saveProfile {
            guard report.format == .csv, !report.columnNames.isEmpty else {
                throw InputError(description: "--save-profile: only a CSV file's layout can be kept as a profile")
            }
            // A file with a header is known by it next time; a headerless one by its field count and dates.
            let columns: SavedProfile.Columns = report.header.isEmpty
                ? .numbered(fieldCount: report.columnNames.count, positions: report.columnFields)
                : .named(header: report.header, columns: report.columns)
            let text = SavedProfile.toml(name: name, columns: columns, dateFormat: report.dateFormat, decimalMark: report.decimalMark,
                                         purchasesPositive: report.amountsInverted != invertSign, signSuffixes: report.signSuffixes)
            try SavedProfile.save(text, name: name, existing: session.database.settings.importProfiles, configPath: session.configPath)
        }
        if output.json { return JSONOutput.print(ImportSummary.json(report)) }
        if report.dryRun { print(ImportSummary.rows(report)) }
        print(ImportSummary.text(report, savedAs: saveProfile, configPath: session.configPath))
    }

    private func listProfiles() throws {
        let saved = try global.open().database.settings.importProfiles
        let all = saved + BankProfiles.all
        if output.json {
            return JSONOutput.print(.array(all.map { ["name": .string($0.name), "bank": .string($0.bank), "region": .string($0.region)] }))
        }
        var table = TextTable([TextTable.Column(title: "PROFILE"), TextTable.Column(title: "BANK", flexible: true), TextTable.Column(title: "REGION")])
        for profile in all { table.append([TextTable.Cell(text: profile.name), TextTable.Cell(text: profile.bank), TextTable.Cell(text: profile.region)]) }
        print(table.render(width: TerminalStyle.width, style: .standardOutput))
    }
}
