/// A delimited file. The delimiter, header and columns, and a first guess
/// at the date format and decimal mark, come from its first rows; reading
/// it then weighs the evidence of the whole date and amount columns, and if
/// that decides differently from the guess, asks to be read again (once).
struct CSVSource: ImportSource {
    let path: String
    let delimiter: UInt8
    let layout: ImportLayout
    let dateFormat: BankDateFormat
    let decimalMark: Character
    let currency: Currency
    /// `layout.columns` as an array by `ImportField.position`: no hashing per field.
    let columnIndex: [Int?]
    /// Whether `--date-format` or the profile gave the format (then it is not weighed).
    let dateFormatGiven: Bool
    /// Whether the profile gave the decimal mark.
    var decimalMarkGiven = false
    /// Pending rows are imported too (`--include-pending`).
    var includePending = false
    /// Rows looked at for the first guess.
    static let sampleRows = 10_000

    /// Reads the start of the file: its delimiter, its header (or shape) and so its layout, and a first
    /// guess at dates and amounts. `profiles` are tried on each row that could be the header; `forced` is used alone.
    /// No profile and no known header: the columns are read from the content (`ContentColumns`); `invertSign` says
    /// the user told which way the amounts go.
    static func prepare(path: String, overrides: [String: ImportField], dateFormat: BankDateFormat?, currency: Currency,
                        profiles: [BankProfile] = BankProfiles.all, forced: BankProfile? = nil, includePending: Bool = false,
                        invertSign: Bool = false) throws -> CSVSource {
        let delimiter = try DelimitedReader.detectDelimiter(in: path)
        let reader = DelimitedReader(file: try TextFile(path: path), delimiter: delimiter)
        var layout: ImportLayout?
        var dates = DateFormatEvidence()
        var marks = DecimalMarkEvidence()
        var recordsSeen = 0
        var sampledWholeFile = true
        while let record = try reader.next() {
            recordsSeen += 1
            if layout != nil && recordsSeen > Self.sampleRows { sampledWholeFile = false; break }
            guard let found = layout else {
                layout = detect(record.fields, line: record.line, overrides: overrides, profiles: profiles, forced: forced)
                if let found = layout {
                    reader.decodedColumns = Set([ImportField.date, .amount, .debit, .credit].compactMap { found.columns[$0] })
                }
                // Columns named by number, and this row is already data: the file has no header.
                if var headerless = layout, headerless.profile == nil, let index = headerless.columns[.date], index < record.fields.count,
                   BankDateFormat.allCases.contains(where: { $0.parse(record.fields[index]) != nil }) {
                    headerless.headerLine = record.line - 1
                    headerless.names = record.fields.indices.map { "column \($0 + 1)" }
                    layout = headerless
                    dates.observe(record.fields[index])
                }
                if layout == nil && recordsSeen >= 30 { break }
                continue
            }
            func value(_ field: ImportField) -> String? {
                found.columns[field].flatMap { $0 < record.fields.count ? record.fields[$0] : nil }
            }
            if let date = value(.date) { dates.observe(date) }
            for field in [ImportField.amount, .debit, .credit] { if let amount = value(field) { marks.observe(amount) } }
        }
        guard let layout else {
            if let forced {
                throw OutlayError.invalidImport(path, "the file does not have the columns of the \(forced.name) profile (\(forced.signature.joined(separator: ", ")))")
            }
            let reading = try ContentColumns.read(path: path, delimiter: delimiter, overrides: overrides, dateFormat: dateFormat,
                                                  signGiven: invertSign, currency: currency)
            var source = CSVSource(path: path, delimiter: delimiter, layout: reading.layout, dateFormat: reading.dateFormat,
                                   decimalMark: reading.decimalMark, currency: currency,
                                   columnIndex: ImportField.allCases.map { reading.layout.columns[$0] }, dateFormatGiven: true)
            source.decimalMarkGiven = true
            source.includePending = includePending
            return source
        }
        // A profile's date format holds unless --date-format says otherwise; else the column decides.
        let given = dateFormat ?? layout.profile?.dateFormat
        // When the sample leaves the format open but rows remain, guess: reading the whole file settles it.
        let format = try given ?? (sampledWholeFile ? dates.decide(column: layout.name(of: .date), file: path)
                                                    : (try? dates.decide(column: layout.name(of: .date), file: path)) ?? .dayMonthYear)
        var source = CSVSource(path: path, delimiter: delimiter, layout: layout, dateFormat: format,
                               decimalMark: layout.profile?.decimalMark ?? marks.mark, currency: currency,
                               columnIndex: ImportField.allCases.map { layout.columns[$0] }, dateFormatGiven: given != nil)
        source.decimalMarkGiven = layout.profile?.decimalMark != nil
        source.includePending = includePending
        return source
    }

    /// The layout a row describes: the forced profile; else the profile whose columns it has most; else
    /// columns known by their names; else, for a row of data, a headerless profile of its shape.
    static func detect(_ fields: [String], line: Int, overrides: [String: ImportField], profiles: [BankProfile],
                       forced: BankProfile?) -> ImportLayout? {
        if let forced {
            return forced.headerless == nil ? ImportLayout.fromProfile(forced, header: fields, line: line, overrides: overrides)
                : ImportLayout.fromShape(forced, row: fields, line: line, overrides: overrides)
        }
        let fitting = profiles.enumerated().compactMap { index, profile in profile.fit(fields).map { (profile, $0, index) } }
        // The best fit; on a tie, the earlier in the list (your own profiles come first).
        if let best = fitting.sorted(by: { ($0.1, -$0.2) > ($1.1, -$1.2) }).first,
           let layout = ImportLayout.fromProfile(best.0, header: fields, line: line, overrides: overrides) {
            return layout
        }
        if let named = ImportLayout.fromHeader(fields, line: line, overrides: overrides) { return named }
        return profiles.lazy.compactMap { ImportLayout.fromShape($0, row: fields, line: line, overrides: overrides) }.first
    }

    func read(_ emit: (Result<ImportedRow, BadRow>) -> Bool) throws -> (any ImportSource)? {
        let reader = DelimitedReader(file: try TextFile(path: path), delimiter: delimiter)
        var dates = DateFormatEvidence()
        var marks = DecimalMarkEvidence()
        let dateColumn = columnIndex[ImportField.date.position]
        let amountColumns = [ImportField.amount, .debit, .credit].compactMap { columnIndex[$0.position] }
        while let record = try reader.next() {
            guard record.line > layout.headerLine else { continue }
            guard record.fields.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { continue }
            // One look at the date serves both the evidence and the row.
            let shape = dateColumn.flatMap { $0 < record.fields.count ? DateShape(record.fields[$0]) : nil }
            if let shape, !dateFormatGiven { dates.observe(shape) }
            for column in amountColumns where column < record.fields.count { marks.observe(record.fields[column]) }
            guard emit(convert(record.fields, line: record.line, dateShape: shape)) else { return nil }
        }
        let format = dateFormatGiven ? dateFormat : try dates.decide(column: layout.name(of: .date), file: path)
        let mark = decimalMarkGiven ? decimalMark : marks.mark
        guard format != dateFormat || mark != decimalMark else { return nil }
        var corrected = CSVSource(path: path, delimiter: delimiter, layout: layout, dateFormat: format, decimalMark: mark,
                              currency: currency, columnIndex: columnIndex, dateFormatGiven: true)
        corrected.decimalMarkGiven = true
        corrected.includePending = includePending
        return corrected
    }

    /// A cleared column's word: YNAB's `Cleared`/`Uncleared`/`Reconciled`, Actual's `true`/`false`, ledger's `*`.
    static func isCleared(_ text: String) -> Bool {
        !["", "uncleared", "false", "no", "n", "0", "pending", "!"].contains(text.trimmingWhitespace().lowercased())
    }

    private func convert(_ fields: [String], line: Int, dateShape: DateShape?) -> Result<ImportedRow, BadRow> {
        func value(_ field: ImportField) -> String? {
            guard let index = columnIndex[field.position], index < fields.count else { return nil }
            let text = fields[index].trimmingWhitespace()
            return text.isEmpty ? nil : text
        }
        func bad(_ reason: String) -> Result<ImportedRow, BadRow> { .failure(BadRow(line: line, reason: reason)) }
        // The profile's rows that are neither spending nor income: counted, not imported; a transfer is read in full.
        var betweenOwnAccounts = false
        for rule in layout.leaveOut where rule.column < fields.count && rule.match.matches(fields[rule.column]) {
            guard rule.match.reason == .transfer else {
                return .success(.leftOut(line: line, reason: rule.match.reason, description: value(.description) ?? ""))
            }
            betweenOwnAccounts = true
        }
        if !includePending, let rule = layout.pending, rule.column < fields.count, rule.match.matches(fields[rule.column]) {
            return .success(.leftOut(line: line, reason: .pending, description: value(.description) ?? ""))
        }
        if let column = layout.currencyColumn, column < fields.count {
            let code = fields[column].trimmingWhitespace().uppercased()
            if !code.isEmpty, code != currency.code {
                return bad("the amount is in \(code) and the account keeps \(currency.code): a statement is in its account's currency")
            }
        }
        let needed = layout.columns.values.max() ?? 0
        guard fields.count > needed else { return bad("expected \(needed + 1) fields, found \(fields.count)") }
        guard let dateText = value(.date) else { return bad("no date in column '\(layout.name(of: .date))'") }
        // Columns read from the content: a line of words where the date goes is the statement's summary ("Total").
        if layout.readFromContent != nil, ContentColumns.isWords(dateText) {
            return .success(.leftOut(line: line, reason: .balance, description: value(.description) ?? dateText))
        }
        guard let date = dateShape.flatMap(dateFormat.parse) ?? dateFormat.parse(dateText) else {
            return bad("date '\(dateText)' is not \(dateFormat.rawValue)")
        }

        var amount: Int64
        if let text = value(.amount) {
            guard let parsed = BankAmount.parse(text, decimalMark: decimalMark, currency: currency) else {
                return bad("amount '\(text)' is not a number")
            }
            amount = layout.signSuffixes ? BankAmount.signedBySuffix(text, parsed) ?? parsed : parsed
        } else {
            let debit = value(.debit), credit = value(.credit)
            guard debit != nil || credit != nil else { return bad("no amount") }
            var total: Int64 = 0
            if let debit {
                guard let parsed = BankAmount.parse(debit, decimalMark: decimalMark, currency: currency) else { return bad("debit '\(debit)' is not a number") }
                total -= abs(parsed)
            }
            if let credit {
                guard let parsed = BankAmount.parse(credit, decimalMark: decimalMark, currency: currency) else { return bad("credit '\(credit)' is not a number") }
                total += abs(parsed)
            }
            amount = total
        }

        if let direction = layout.direction, direction.column < fields.count {
            let word = fields[direction.column].trimmingWhitespace().lowercased()
            amount = direction.outWords.contains(word) ? -abs(amount) : abs(amount)
        }
        if layout.profile?.purchasesPositive == true || layout.invertsAmounts { amount = -amount }
        if let column = layout.feeColumn, column < fields.count, !fields[column].trimmingWhitespace().isEmpty {
            guard let fee = BankAmount.parse(fields[column], decimalMark: decimalMark, currency: currency) else {
                return bad("fee '\(fields[column])' is not a number")
            }
            amount -= abs(fee)
        }

        // A type column that says income or expense decides the kind; other words (Sale, CARD_PAYMENT) leave it to the sign.
        var kind: TransactionKind?
        var refund = false
        if let type = value(.type)?.lowercased() {
            switch type {
            case "income", "credit", "cr", "deposit", "in": kind = .income
            case "expense", "debit", "dr", "withdrawal", "out": kind = .expense
            case "refund", "return", "returned": kind = .expense; refund = true
            default: kind = nil
            }
            if kind != nil { amount = abs(amount) }
        }
        // A transfer may have no text (PayPal's bank deposit): it is then described by its accounts.
        guard let description = value(.description) ?? (betweenOwnAccounts ? "" : nil) else { return bad("empty description") }
        var row = ImportedRow(
            line: line, date: date, signedAmount: amount, kind: kind, description: description, category: value(.category),
            note: value(.note), id: value(.id), tags: value(.tags)?.split(separator: ";").map { String($0) } ?? [])
        row.betweenOwnAccounts = betweenOwnAccounts
        row.isRefund = refund
        if let text = value(.balance) {
            guard let balance = BankAmount.parse(text, decimalMark: decimalMark, currency: currency) else {
                return bad("balance '\(text)' is not a number")
            }
            row.balance = layout.signSuffixes ? BankAmount.signedBySuffix(text, balance) ?? balance : balance
        }
        if let columnIndex = columnIndex[ImportField.cleared.position], columnIndex < fields.count {
            row.cleared = Self.isCleared(fields[columnIndex]) ? 1 : 0
        }
        // Charged abroad: the amount in the currency the card was charged in, beside what the account paid.
        if let columns = layout.originalColumns, max(columns.amount, columns.currency) < fields.count {
            let code = fields[columns.currency].trimmingWhitespace().uppercased(), text = fields[columns.amount].trimmingWhitespace()
            if !code.isEmpty, !text.isEmpty, code != currency.code {
                guard let charged = try? Currency(code: code), let minor = BankAmount.parse(text, decimalMark: decimalMark, currency: charged),
                      minor != 0 else { return bad("the amount charged '\(text) \(code)' is not an amount in a currency") }
                row.original = Money(minorUnits: abs(minor), currency: charged)
            }
        }
        return .success(row)
    }
}
