import Foundation
import GRDB
import OutlayBasics

public enum ImportFormat: String, Sendable, CaseIterable {
    case csv, ofx, qif, json

    /// From the file's extension (`.qfx` is OFX; anything unknown is read as CSV).
    static func guess(from path: String) -> ImportFormat {
        switch (path as NSString).pathExtension.lowercased() {
        case "ofx", "qfx": .ofx
        case "qif": .qif
        case "json": .json
        default: .csv
        }
    }
}

public struct ImportOptions: Sendable {
    public var format: ImportFormat?
    /// Column name (or 1-based number) → field, over what the header says.
    public var mappings: [String: ImportField]
    public var dateFormat: BankDateFormat?
    /// Import the readable rows and list the others, instead of importing nothing.
    public var skipBad: Bool
    /// Do everything, then roll back: report what would be imported.
    public var dryRun: Bool
    /// `--profile NAME`: read the file as this bank's layout, whatever its header says.
    public var profile: String?
    /// Import rows the bank marks pending too.
    public var includePending = false
    /// Make a bank's category a category when nothing else decides, instead of `other` and a tag.
    public var createCategories = false
    /// Money in is money out and the other way round (a card's export read the wrong way).
    public var invertSign = false
    /// Lines of the file not to import (the dashboard's preview skips them one by one).
    public var skipLines: Set<Int> = []
    /// How many of the file's first rows the report shows as they would be stored (`ImportReport.preview`).
    public var previewRows = 0
    /// The account the rows go in (nil: the default or only open account).
    public var account: String?
    /// Lines whose rows are not to be matched to an entry already in the book (the preview's unmatch).
    public var unmatchLines: Set<Int> = []
    /// Told the rows read so far, and the rows the file holds when `expectedRows` says.
    public var progress: ProgressReporter?
    public var expectedRows: Int?

    public init(format: ImportFormat? = nil, mappings: [String: ImportField] = [:], dateFormat: BankDateFormat? = nil,
                skipBad: Bool = false, dryRun: Bool = false) {
        self.format = format
        self.mappings = mappings
        self.dateFormat = dateFormat
        self.skipBad = skipBad
        self.dryRun = dryRun
    }
}

public struct ImportReport: Sendable, Hashable {
    public var file: String
    public var format: ImportFormat
    /// The bank profile the file was read with; nil when its columns were known by their names (or not a CSV).
    public var profile: BankProfile?
    /// The account the rows went in.
    public var account = ""
    /// Chosen because the file is a card's export and the book has one card account (no account was named).
    public var accountChosenForCard = false
    /// A card's export that went into another account: the book's card account, where it probably belongs.
    public var cardAccount: String?
    public var imported: Int
    public var duplicates: Int
    /// Rows that are entries already in the book (typed by hand, synced, a transfer's leg): they became those entries' bank records.
    public var matched = 0
    /// Rows read but not imported, by why (transfers, pending, cancelled).
    public var leftOut: [LeftOutReason: Int] = [:]
    /// Of the imported rows: the first and last day, money in and out.
    public var firstDate: LocalDate?
    public var lastDate: LocalDate?
    public var moneyIn: Money
    public var moneyOut: Money
    /// Of the imported rows: where each one's category came from.
    public var categorySources: [CategorySource: Int] = [:]
    /// Categories this import made (`--create-categories`), "kind:name".
    public var createdCategories: [String] = []
    /// How a CSV was read: its header, the header each field came from, the date format and decimal mark
    /// (what `--save-profile` keeps).
    public var header: [String] = []
    public var columns: [ImportField: String] = [:]
    public var dateFormat: BankDateFormat?
    public var decimalMark: Character?
    /// Every column's name (for a headerless file, "column N") and what each profile rule reads from which.
    public var columnNames: [String] = []
    public var columnFields: [ImportField: Int] = [:]
    public var ruleColumns: [Int: String] = [:]
    /// Set when no profile or known header fitted and the columns were read from the content: each one's role,
    /// and how the amounts' direction was settled.
    public var readFromContent: [String]?
    /// Money out is written positive in the file (a profile's rule, or the content said so).
    public var amountsInverted = false
    /// The amounts say their direction after the number (`12.40 DR`).
    public var signSuffixes = false
    /// The first rows of the file, as they would be stored (`ImportOptions.previewRows`).
    public var preview: [ImportPreviewRow] = []
    /// The currency a new book took from this file (its first statement); nil when the book kept its own.
    public var adoptedCurrency: Currency?
    /// Rows a `transfer` rule made transfers of, and those a transfer already recorded (another export's) matched.
    public var transfersMade = 0
    public var transfersMatched = 0
    /// Of the transfers made, those whose other account is not known yet (`Account.unassigned`).
    public var transfersOpen = 0
    /// The file's running balance checked, and the account's balance beside it; nil when the file has none.
    public var statement: StatementCheck?
    /// Rows dated before the account was opened, and rows inside a period already reconciled.
    public var beforeOpening = 0
    public var insideReconciled = 0
    /// The first 20 rows that could not be read.
    public var badRows: [BadRow]
    public var badRowCount: Int
    public var dryRun: Bool
}

/// `outlay import`: one transaction for the whole file. Rows are read and
/// categorised on a second thread while this one writes; any unreadable row
/// rolls everything back (unless `skipBad`), and so does `dryRun`. Rows an
/// earlier import brought in are skipped by fingerprint. Budgets evaluate
/// once, at the end, inside the same transaction.
public struct ImportService: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public static let reportedBadRows = 20
    /// How many rows a dry run lists (`ImportReport.preview`).
    public static let listedRows = 10_000

    /// The currency of the statement being read: its account's (migration v16), the book's base unless set.
    private var statementCurrency: Currency?
    private var currency: Currency { statementCurrency ?? database.currency }

    public init(database: AppDatabase) {
        self.database = database
    }

    public func importFile(_ path: String, options: ImportOptions = ImportOptions()) throws -> ImportReport {
        let format = options.format ?? ImportFormat.guess(from: path)
        // A new book nobody chose a currency for takes its first statement's (a dry run reads as if it had).
        // The book is asked first (one read): only a book that can take it reads the file's currency.
        if try database.takesCurrencyOfFirstImport(), let code = Self.declaredCurrency(format, path: path), code != database.currency.code,
           let currency = try? Currency(code: code) {
            let dry = options.dryRun || options.previewRows > 0
            let adopted = try dry || database.setCurrencyOfEmptyBook(currency)
            guard adopted else { return try load(format, path: path, options: options) }
            var report = try ImportService(database: database.assuming(currency: currency)).load(format, path: path, options: options)
            report.adoptedCurrency = currency
            return report
        }
        var options = options, service = self
        service.statementCurrency = try statementAccount(declaring: Self.declaredCurrency(format, path: path), path: path, options: &options)
        return try service.load(format, path: path, options: options)
    }

    /// A statement goes into an account of its currency: the one named, or the only open one that keeps the currency the
    /// file declares. Returns the statement's currency; a file whose currency no account keeps is refused, saying how.
    private func statementAccount(declaring code: String?, path: String, options: inout ImportOptions) throws -> Currency {
        let file = (path as NSString).lastPathComponent
        let declared = try code.map { code in
            do { return try Currency(code: code) } catch { throw OutlayError.invalidImport(path, "its currency '\(code)' is no ISO 4217 code") }
        }
        let accounts = AccountService(database: database)
        if let name = options.account, let named = try? accounts.named(name) {
            if let declared, declared != named.currency {
                throw OutlayError.invalidImport(path, "the file is in \(declared.code) and account '\(named.name)' keeps \(named.currency.code): "
                                                + "import it into an account in \(declared.code) (--account), or make one: "
                                                + "outlay accounts add NAME --type checking --currency \(declared.code)")
            }
            return named.currency
        }
        guard let declared, declared != database.currency else { return database.currency }
        let candidates = try accounts.list().filter { !$0.closed && $0.currency == declared }
        switch candidates.count {
        case 1:
            options.account = candidates[0].name
        case 0:
            throw OutlayError.invalidImport(path, "the file is in \(declared.code) and no account keeps \(declared.code): make one "
                                            + "(outlay accounts add NAME --type checking --currency \(declared.code)), then outlay import \(file) --account NAME")
        default:
            throw OutlayError.invalidImport(path, "the file is in \(declared.code), which \(candidates.map { "'\($0.name)'" }.joined(separator: " and ")) keep: "
                                            + "say which with --account")
        }
        return declared
    }

    /// The currency the file says it is in: a CSV's currency column (its first row), OFX's CURDEF, Outlay JSON's.
    static func declaredCurrency(_ format: ImportFormat, path: String) -> String? {
        switch format {
        case .csv:
            guard let source = try? CSVSource.prepare(path: path, overrides: [:], dateFormat: nil, currency: .usd),
                  let column = source.layout.currencyColumn, let delimiter = try? DelimitedReader.detectDelimiter(in: path),
                  let file = try? TextFile(path: path) else { return nil }
            let reader = DelimitedReader(file: file, delimiter: delimiter)
            while let record = try? reader.next() {
                guard record.line > source.layout.headerLine, column < record.fields.count else { continue }
                let code = record.fields[column].trimmingWhitespace().uppercased()
                if !code.isEmpty { return code }
            }
            return nil
        case .ofx:
            guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: 1 << 16) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            guard let start = text.range(of: "<CURDEF>") else { return nil }
            let code = text[start.upperBound...].prefix(3).uppercased()
            return code.count == 3 ? code : nil
        case .json:
            guard let data = FileManager.default.contents(atPath: path), let root = try? JSONParser.parse(Array(data)) else { return nil }
            return root["currency"]?.stringValue?.uppercased()
        case .qif:
            return nil
        }
    }

    private func load(_ format: ImportFormat, path: String, options: ImportOptions) throws -> ImportReport {
        // Another tool's export of several accounts would land in one: it has its own road.
        if let tool = try ToolReaders.recognise(path, currency: database.currency) {
            throw OutlayError.invalidImport(path, "this is \(tool.tool) of \(counted(tool.accounts.count, "account")): "
                                            + "outlay import \((path as NSString).lastPathComponent) brings each into its own account")
        }
        var source = try makeSource(format, path: path, options: options)
        while true {
            switch try load(source, path: path, format: format, options: options) {
            case let .finished(report): return report
            case let .readAgain(corrected): source = corrected  // the whole file read differently from its start
            }
        }
    }

    enum LoadOutcome {
        case finished(ImportReport)
        /// Nothing was kept: read the file again with this source.
        case readAgain(any ImportSource)
    }

    func load(_ source: any ImportSource, path: String, format: ImportFormat, options: ImportOptions) throws -> LoadOutcome {
        let known = try database.read { db in
            try CategoryRow.keys(in: db)
        }
        let settings = database.settings
        for rule in settings.importRules where rule.transfer == nil && !rule.category.isEmpty && !known.contains("expense:\(rule.category)") && !known.contains("income:\(rule.category)") {
            throw OutlayError.invalidImport("config.toml [[import.rules]]", "rule '\(rule.match)' names unknown category '\(rule.category)'")
        }
        let accountNames = try AccountService(database: database).list().map { $0.name.lowercased() }
        for rule in settings.importRules {
            guard let target = rule.transfer, !accountNames.contains(target.lowercased()) else { continue }
            throw OutlayError.invalidImport("config.toml [[import.rules]]", "rule '\(rule.match)' moves money to unknown account '\(target)'")
        }
        for (bank, category) in settings.importCategoryMap where !known.contains("expense:\(category)") && !known.contains("income:\(category)") {
            throw OutlayError.invalidImport("config.toml [import.category_map]", "'\(bank)' maps to unknown category '\(category)'")
        }
        // About 40 bytes a row: room for the occurrence counts up front instead of growing a million-entry table.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let reader = database
        let categories = ImportCategories(known: known, rules: settings.importRules, userMap: settings.importCategoryMap,
                                          createCategories: options.createCategories) { kind in
            (try? reader.read { db in try CategoryHistory.all(kind: kind, in: db) }) ?? [:]
        }
        let currency = currency
        var converter = RowConverter(categories: categories, currency: currency, now: clock.now(), expectedRows: size / 40)
        converter.invertSign = options.invertSign
        let database = database, clock = clock
        // A preview reads the file as an import that keeps the readable rows would, and reports the others.
        let keepsReadableRows = options.skipBad || options.previewRows > 0
        let skipLines = options.skipLines, previewing = options.previewRows > 0
        let sampleLimit = max(options.previewRows, options.dryRun ? Self.listedRows : 0), sampling = sampleLimit > 0

        var loader = BulkLoader(database: database)
        loader.sampleLimit = sampleLimit
        (loader.progress, loader.expectedRows) = (options.progress, options.expectedRows)
        let accounts = try AccountService(database: database).list()
        let cardAccount = Self.cardAccount(for: source, among: accounts)
        do {
            loader.defaultAccount = try AccountService(database: database).accountForNew(options.account)
        } catch OutlayError.accountNeeded where options.account == nil && cardAccount != nil {
            // Several accounts and none chosen, but a card's export and one card account: that is where it goes.
            loader.defaultAccount = cardAccount ?? ""
        }
        let account = loader.defaultAccount
        let accountChosenForCard = options.account == nil && account == cardAccount
        let matcher = ImportMatcher(account: account, unmatchedLines: options.unmatchLines)
        loader.matcher = matcher
        converter.account = account
        let accountType = accounts.first { $0.name == account }?.type
        converter.cardRows = (source as? CSVSource)?.layout.profile?.isCard == true || accountType == .credit
        converter.learnedPayees = try database.read { db in try PayeeNameRow.all(in: db) }
        let opening = try database.read { db in try ImportBookkeeping.Opening.read(account, in: db) }
        var bookkeeping = ImportBookkeeping()
        var transfers = ImportedTransfers()
        let (counts, problems) = try loader.load(produce: { [converter] emit in
            var converter = converter
            var problems = Problems()
            problems.sample = ImportPreviewSample(limit: sampleLimit)
            do {
                problems.corrected = try source.read { result in
                    if !skipLines.isEmpty, skipLines.contains(result.line) {
                        problems.leftOut[.skipped, default: 0] += 1
                        if sampling {
                            let description = (try? result.get())?.description
                            problems.sample.record(ImportPreviewRow(line: result.line, status: .leftOut(.skipped), description: description))
                        }
                        return true
                    }
                    if case let .success(row) = result, let reason = row.leftOut {
                        problems.leftOut[reason, default: 0] += 1
                        if sampling {
                            problems.sample.record(ImportPreviewRow(line: row.line, status: .leftOut(reason), description: row.description))
                        }
                        return true
                    }
                    if case let .success(row) = result, let transfer = converter.transfer(row) {
                        problems.transfers.append(transfer)
                        if let balance = row.balance {
                            problems.balances.append(StatementCheck.Row(line: row.line, date: row.date, amount: transfer.signed(for: account),
                                                                        balance: balance))
                        }
                        if sampling {
                            var shown = ImportPreviewRow(line: row.line, status: .transfer(to: transfer.to, from: transfer.from),
                                                         description: transfer.description)
                            shown.movement = .init(date: transfer.date, amount: Money(minorUnits: transfer.signed(for: account), currency: currency))
                            problems.sample.record(shown)
                        }
                        return true
                    }
                    switch result.flatMap({ converter.transaction($0) }) {
                    case let .success(item):
                        // Once a bad row means nothing will be kept, read on only to count the bad rows.
                        if problems.count > 0 && !keepsReadableRows { return true }
                        if let balance = (try? result.get())?.balance { problems.balances.append(item.statementRow(balance: balance)) }
                        if sampling { problems.sample.emit(item.transaction, line: result.line) }
                        return emit(item)
                    case let .failure(bad):
                        problems.add(bad)
                        if sampling { problems.sample.record(ImportPreviewRow(line: bad.line, status: .unreadable(bad.reason))) }
                        return true
                    }
                }
            } catch let error as OutlayError {
                problems.fatal = error
            } catch {
                problems.fatal = .invalidImport(path, "\(error)")
            }
            problems.created = converter.categories.created
            return problems
        }, finish: { (db: Database, problems: Problems, counts: BulkLoader.Counts) in
            if problems.fatal != nil || problems.corrected != nil { return .rollback }
            let now = clock.now()
            // Recorded (and counted) in a dry run too; the rollback takes them back.
            transfers = try ImportedTransfers.record(problems.transfers, account: account, taken: matcher.matchedTransfers,
                                                     currency: currency, at: now, in: db)
            bookkeeping = try ImportBookkeeping.settle(account: account, opening: opening, statement: StatementCheck.check(problems.balances),
                                                       firstSeq: counts.firstSeq, currency: currency, at: now, in: db)
            try ChangeLog.stamp(db, now: now)
            if options.dryRun || previewing || (problems.count > 0 && !options.skipBad) { return .rollback }
            for entry in problems.created.sorted() {
                let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
                guard let kind = TransactionKind(rawValue: parts[0]) else { continue }
                try CategoryRow.insertIfAbsent(kind: kind, name: parts[1], at: now, in: db)
            }
            let matches = matcher.matches.map(UndoneMatch.init) + transfers.undone
            if counts.inserted > 0 || transfers.made > 0 || !matches.isEmpty || bookkeeping.openingBefore != nil {
                // The rows this import wrote, and only they, have these sequence numbers: it held the write lock throughout.
                try UndoEntry.imported(file: (path as NSString).lastPathComponent, firstSeq: counts.firstSeq, lastSeq: try TransactionRow.lastSeq(in: db),
                                       count: counts.inserted, transfers: transfers.seqs, matches: matches,
                                       opening: bookkeeping.openingBefore.map { ImportedOpening(account: account, balance: $0) }).push(db, at: now)
            }
            try BudgetEvaluator.evaluate(categories: nil, database: database, clock: clock, in: db)
            return .commit
        })
        let found = problems ?? Problems()
        if let fatal = found.fatal { throw fatal }
        if let corrected = found.corrected { return .readAgain(corrected) }
        if found.count > 0 && !keepsReadableRows {
            throw OutlayError.importRejected(file: path, rows: found.rows, total: found.count)
        }
        let csv = source as? CSVSource
        var sources: [CategorySource: Int] = [:]
        for source in CategorySource.allCases where counts.byLabel[source.rawValue] > 0 { sources[source] = counts.byLabel[source.rawValue] }
        return .finished(ImportReport(
            file: path, format: format, profile: csv?.layout.profile, account: account,
            accountChosenForCard: accountChosenForCard, cardAccount: cardAccount.flatMap { $0 == account ? nil : $0 }, imported: counts.inserted,
            duplicates: counts.duplicates, matched: counts.matched, leftOut: found.leftOut, firstDate: counts.firstDate.flatMap { try? LocalDate(parsing: $0) },
            lastDate: counts.lastDate.flatMap { try? LocalDate(parsing: $0) }, moneyIn: Money(minorUnits: counts.moneyIn, currency: currency),
            moneyOut: Money(minorUnits: counts.moneyOut, currency: currency), categorySources: sources,
            createdCategories: found.created.sorted(),
            header: csv.map { $0.layout.headerLine > 0 ? $0.layout.names : [] } ?? [],
            columns: csv?.layout.columns.mapValues { index in csv.map { $0.layout.names.indices.contains(index) ? $0.layout.names[index] : "" } ?? "" } ?? [:],
            dateFormat: csv?.dateFormat, decimalMark: csv?.decimalMark,
            columnNames: csv?.layout.names ?? [], columnFields: csv?.layout.columns ?? [:], ruleColumns: csv?.layout.ruleColumns ?? [:],
            readFromContent: csv?.layout.readFromContent,
            amountsInverted: csv.map { $0.layout.invertsAmounts || $0.layout.profile?.purchasesPositive == true } ?? false,
            signSuffixes: csv?.layout.signSuffixes ?? false,
            preview: found.sample.marked(counts.firstRowsOutcome),
            transfersMade: transfers.made, transfersMatched: transfers.matched, transfersOpen: transfers.open, statement: bookkeeping.statement,
            beforeOpening: bookkeeping.beforeOpening, insideReconciled: bookkeeping.insideReconciled,
            badRows: found.rows, badRowCount: found.count, dryRun: options.dryRun || previewing))
    }

    /// The one open credit card account, when the file is a card's export (its profile says so).
    private static func cardAccount(for source: any ImportSource, among accounts: [Account]) -> String? {
        guard (source as? CSVSource)?.layout.profile?.isCard == true else { return nil }
        let cards = accounts.filter { !$0.closed && $0.type == .credit }
        return cards.count == 1 ? cards[0].name : nil
    }

    /// The fields of a delimited file's first row (its header, mostly), so columns can be named when
    /// nothing recognised the layout; empty when it is not such a file.
    public static func firstRowFields(of path: String) -> [String] {
        guard ImportFormat.guess(from: path) == .csv, let delimiter = try? DelimitedReader.detectDelimiter(in: path),
              let file = try? TextFile(path: path) else { return [] }
        let reader = DelimitedReader(file: file, delimiter: delimiter)
        while let record = try? reader.next() {
            if record.fields.contains(where: { !$0.trimmingWhitespace().isEmpty }) { return record.fields }
        }
        return []
    }

    private func makeSource(_ format: ImportFormat, path: String, options: ImportOptions) throws -> any ImportSource {
        switch format {
        case .csv:
            let profiles = database.settings.importProfiles + BankProfiles.all
            let forced = try options.profile.map { name in
                guard let profile = profiles.first(where: { $0.name == name.lowercased() }) else {
                    throw OutlayError.invalidImport("--profile", "no profile '\(name)'; outlay import --profiles lists them")
                }
                return profile
            }
            return try CSVSource.prepare(path: path, overrides: options.mappings, dateFormat: options.dateFormat, currency: currency,
                                         profiles: profiles, forced: forced, includePending: options.includePending,
                                         invertSign: options.invertSign)
        case .ofx: return OFXSource(path: path, currency: currency)
        case .qif: return QIFSource(path: path, currency: currency, dateFormat: options.dateFormat)
        case .json: return OutlayJSONSource(path: path, currency: currency)
        }
    }

    struct Problems: Sendable {
        var rows: [BadRow] = []
        var count = 0
        var fatal: OutlayError?
        /// Set when the source asks to be read again differently (see `ImportSource.read`).
        var corrected: (any ImportSource)?
        var leftOut: [LeftOutReason: Int] = [:]
        /// Categories to make, "kind:name".
        var created: Set<String> = []
        var sample = ImportPreviewSample(limit: 0)
        var transfers: [ImportedTransfer] = []
        /// The rows with a running balance, in file order.
        var balances: [StatementCheck.Row] = []

        mutating func add(_ row: BadRow) {
            count += 1
            if rows.count < ImportService.reportedBadRows { rows.append(row) }
        }
    }
}
