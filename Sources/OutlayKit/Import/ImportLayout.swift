/// What a column of an imported file holds.
public enum ImportField: String, Sendable, CaseIterable {
    case date, description, amount, debit, credit, category, type, note, id, tags
    /// The account's balance after the row (a running balance): the import checks the statement with it.
    case balance
    /// Whether the bank (or the tool the file comes from) has the row as cleared.
    case cleared
    case ignore

    /// Its index in `allCases`.
    var position: Int {
        switch self {
        case .date: 0
        case .description: 1
        case .amount: 2
        case .debit: 3
        case .credit: 4
        case .category: 5
        case .type: 6
        case .note: 7
        case .id: 8
        case .tags: 9
        case .balance: 10
        case .cleared: 11
        case .ignore: 12
        }
    }
}

/// Which column holds which field, found from the header row (a bank's
/// profile, else names banks use, in several languages) or set with
/// `--map COLUMN=FIELD`, and the profile's rules for signs and rows.
struct ImportLayout: Sendable {
    var columns: [ImportField: Int] = [:]
    var names: [String] = []
    /// The line of the header row; 0 when the file has none.
    var headerLine = 0
    /// The bank profile that fitted (or was asked for); nil when the columns came from their names.
    var profile: BankProfile?
    /// The profile's rules, with its column names turned into positions.
    var direction: (column: Int, outWords: Set<String>)?
    var feeColumn: Int?
    var currencyColumn: Int?
    /// What was charged in another currency: its amount's and its currency's columns.
    var originalColumns: (amount: Int, currency: Int)?
    var leaveOut: [(column: Int, match: BankProfile.RowMatch)] = []
    var pending: (column: Int, match: BankProfile.RowMatch)?
    /// Set when the columns were read from the file's content (`ContentColumns`): what each was found to be.
    var readFromContent: [String]?
    /// Money out is written positive (the content's running balance or its rows said so).
    var invertsAmounts = false
    /// Amounts say their direction after the number (`12.50 DR`, `12.50 CR`).
    var signSuffixes = false

    /// The profile's layout for a header row that fits it (`overrides` over its columns).
    static func fromProfile(_ profile: BankProfile, header fields: [String], line: Int, overrides: [String: ImportField]) -> ImportLayout? {
        let lowered = fields.map { $0.trimmingWhitespace().lowercased() }
        func index(_ name: String) -> Int? { lowered.firstIndex(of: name) }
        var layout = ImportLayout(names: fields, headerLine: line, profile: profile)
        layout.signSuffixes = profile.signSuffixes
        for (field, name) in profile.columns { if let column = index(name) { layout.columns[field] = column } }
        layout.applyRules(of: profile, index: index)
        layout.apply(overrides, to: lowered)
        return layout.isUsable ? layout : nil
    }

    /// The layout of a headerless profile, when `fields` (a first data row) has its shape.
    static func fromShape(_ profile: BankProfile, row fields: [String], line: Int, overrides: [String: ImportField]) -> ImportLayout? {
        // A row of data, nothing else: the date field a date alone, the amount an amount.
        guard let shape = profile.headerless, fields.count == shape.fieldCount,
              shape.marker.map({ fields[$0.position].trimmingWhitespace() == $0.text }) ?? true,
              let dateColumn = shape.positions[.date], let format = profile.dateFormat,
              fields[dateColumn].trimmingWhitespace().allSatisfy({ $0.isASCII && ($0.isNumber || "/.-".contains($0)) }),
              format.parse(fields[dateColumn].trimmingWhitespace()) != nil,
              let amountColumn = shape.positions[.amount],
              BankAmount.parse(fields[amountColumn], decimalMark: profile.decimalMark ?? ".", currency: .usd) != nil else { return nil }
        var layout = ImportLayout(columns: shape.positions, names: fields.indices.map { "column \($0 + 1)" }, headerLine: line - 1,
                                  profile: profile)
        layout.signSuffixes = profile.signSuffixes
        layout.apply(overrides, to: layout.names)
        return layout.isUsable ? layout : nil
    }

    private mutating func applyRules(of profile: BankProfile, index: (String) -> Int?) {
        if let direction = profile.direction, let column = index(direction.column) { self.direction = (column, direction.outWords) }
        feeColumn = profile.feeColumn.flatMap(index)
        currencyColumn = profile.currencyColumn.flatMap(index)
        if let amount = profile.originalAmountColumn.flatMap(index), let currency = profile.originalCurrencyColumn.flatMap(index) {
            originalColumns = (amount, currency)
        }
        leaveOut = profile.leaveOut.compactMap { match in index(match.column).map { ($0, match) } }
        pending = profile.pending.flatMap { match in index(match.column).map { ($0, match) } }
    }

    /// The columns the profile's rules read, by what they say ("direction", "fee", …), for the dashboard's preview.
    var ruleColumns: [Int: String] {
        var result: [Int: String] = [:]
        for (column, _) in leaveOut { result[column] = "state" }
        if let pending { result[pending.column] = "state" }
        if let direction { result[direction.column] = "direction" }
        if let feeColumn { result[feeColumn] = "fee" }
        if let currencyColumn { result[currencyColumn] = "currency" }
        if let originalColumns {
            result[originalColumns.amount] = "charged"
            result[originalColumns.currency] = "charged in"
        }
        return result
    }

    /// `--map` over whatever the layout found: by header name or 1-based column number.
    private mutating func apply(_ overrides: [String: ImportField], to lowered: [String]) {
        for (key, field) in overrides {
            guard let column = lowered.firstIndex(of: key.lowercased()) ?? Int(key).map({ $0 - 1 }), column >= 0 else { continue }
            columns = columns.filter { $0.value != column }
            if field != .ignore { columns[field] = column }
        }
    }

    static let synonyms: [ImportField: [String]] = [
        .date: ["date", "transaction date", "booking date", "posting date", "posted date", "value date", "trans date",
                "buchungstag", "buchungsdatum", "datum", "fecha", "data", "date opération", "valuta"],
        .description: ["description", "payee", "merchant", "name", "details", "narrative", "transaction description",
                       "counterparty", "beneficiary", "verwendungszweck", "beschreibung", "empfänger", "concepto", "libellé", "text"],
        .amount: ["amount", "value", "transaction amount", "amount (usd)", "amount (eur)", "amount (gbp)", "betrag",
                  "umsatz", "importe", "montant", "sum"],
        .debit: ["debit", "debits", "withdrawal", "withdrawals", "money out", "paid out", "outflow", "soll", "debit amount"],
        .credit: ["credit", "credits", "deposit", "deposits", "money in", "paid in", "inflow", "haben", "credit amount"],
        .category: ["category", "kategorie", "categoría", "catégorie"],
        .type: ["type", "transaction type", "kind"],
        .note: ["note", "notes", "memo", "comment", "reference"],
        .id: ["id"],
        .tags: ["tags"],
        .balance: ["balance", "running balance", "running bal.", "saldo", "kontostand", "solde", "balance (usd)", "balance (eur)",
                   "balance (gbp)"],
        .cleared: ["cleared"],
    ]

    /// The layout from a header row, with `overrides` (column name or 1-based number → field) applied.
    static func fromHeader(_ fields: [String], line: Int, overrides: [String: ImportField]) -> ImportLayout? {
        var layout = ImportLayout(names: fields, headerLine: line)
        for (index, raw) in fields.enumerated() {
            let name = raw.trimmingWhitespace().lowercased()
            if let field = overrides.first(where: { $0.key.lowercased() == name || $0.key == String(index + 1) })?.value {
                if field != .ignore { layout.columns[field] = index }
                continue
            }
            if let field = synonyms.first(where: { $0.value.contains(name) })?.key, layout.columns[field] == nil {
                layout.columns[field] = index
            }
        }
        return layout.isUsable ? layout : nil
    }

    /// A date, a description and an amount (or debit and credit).
    var isUsable: Bool {
        columns[.date] != nil && columns[.description] != nil
            && (columns[.amount] != nil || columns[.debit] != nil || columns[.credit] != nil)
    }

    func name(of field: ImportField) -> String {
        guard let index = columns[field] else { return field.rawValue }
        return index < names.count ? names[index] : "column \(index + 1)"
    }
}
