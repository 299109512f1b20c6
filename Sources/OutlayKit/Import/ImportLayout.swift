/// What a column of an imported file holds.
public enum ImportField: String, Sendable, CaseIterable {
    case date, description, amount, debit, credit, category, type, note, id, tags, ignore

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
        case .ignore: 10
        }
    }
}

/// Which column holds which field, found from the header row (names banks
/// use, in several languages) or set with `--map COLUMN=FIELD`.
struct ImportLayout: Sendable {
    var columns: [ImportField: Int] = [:]
    var names: [String] = []
    /// The line of the header row; 0 when the file has none.
    var headerLine = 0

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
