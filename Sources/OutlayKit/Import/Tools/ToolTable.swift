import Foundation

/// A tool's CSV read whole, its columns by lowercased header name, with the date format and decimal mark
/// settled from all its values.
struct ToolTable {
    let path: String
    let columns: [String: Int]
    let records: [(line: Int, fields: [String])]
    let currency: Currency
    private(set) var dateFormat: BankDateFormat = .iso
    private(set) var decimalMark: Character = "."

    /// The header's columns by lowercased name; nil for an empty file.
    static func header(of path: String, delimiter: UInt8) throws -> [String: Int]? {
        let reader = DelimitedReader(file: try TextFile(path: path), delimiter: delimiter)
        guard let header = try reader.next() else { return nil }
        return Dictionary(header.fields.enumerated().map { ($0.element.trimmingWhitespace().lowercased(), $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    init(path: String, delimiter: UInt8, columns: [String: Int], currency: Currency) throws {
        let reader = DelimitedReader(file: try TextFile(path: path), delimiter: delimiter)
        _ = try reader.next()
        self.path = path
        self.currency = currency
        self.columns = columns
        var all: [(line: Int, fields: [String])] = []
        while let record = try reader.next() {
            guard record.fields.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { continue }
            all.append((record.line, record.fields.map { $0.trimmingWhitespace() }))
        }
        records = all
        var dates = DateFormatEvidence(), marks = DecimalMarkEvidence()
        for record in all {
            if let column = columns["date"], column < record.fields.count { dates.observe(record.fields[column]) }
            for name in ["amount", "outflow", "inflow", "split_amount"] {
                if let column = columns[name], column < record.fields.count { marks.observe(record.fields[column]) }
            }
        }
        if !all.isEmpty { dateFormat = try dates.decide(column: "date", file: path) }
        decimalMark = marks.mark
    }

    func text(_ record: (line: Int, fields: [String]), _ name: String) -> String {
        guard let column = columns[name], column < record.fields.count else { return "" }
        return record.fields[column]
    }

    func amount(_ record: (line: Int, fields: [String]), _ name: String) throws -> Int64 {
        let text = text(record, name)
        guard !text.isEmpty else { return 0 }
        guard let value = BankAmount.parse(text, decimalMark: decimalMark, currency: currency) else {
            throw OutlayError.invalidImport(path, "line \(record.line): \(name) '\(text)' is not an amount")
        }
        return value
    }

    /// A row with its date, description and note read; the amount is the reader's to set.
    func row(_ record: (line: Int, fields: [String]), date: String, description: String, note: String) throws -> ImportedRow {
        let day = text(record, date)
        guard let parsed = dateFormat.parse(day) ?? (try? LocalDate(parsing: String(day.prefix(10)))) else {
            throw OutlayError.invalidImport(path, "line \(record.line): date '\(day)' is not \(dateFormat.rawValue)")
        }
        return ImportedRow(line: record.line, date: parsed, signedAmount: 0, description: text(record, description),
                           note: text(record, note).nilIfEmpty)
    }

    /// The tool's category on the row: its name for the book's category where the tool's fixed names say, else
    /// the user's own name (made if new); money in under a spending category is money back (a refund).
    func categorise(_ row: inout ImportedRow, _ fixed: [String: String], name: String) {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, row.transferAccount == nil, !row.betweenOwnAccounts else { return }
        let income = ToolCategories.isIncome(trimmed)
        if row.signedAmount > 0, !income { row.isRefund = true }
        if income, ToolCategories.isReadyToAssign(trimmed) { return }
        row.category = fixed[trimmed.lowercased()] ?? trimmed
        row.ownCategory = true
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
