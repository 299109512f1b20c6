import Foundation

/// Quicken Interchange Format: records of lines `D` (date), `T` or `U`
/// (amount), `P` (payee), `M` (memo), `L` (category) ended by `^`. The date
/// order (day or month first) is decided from every `D` line of the file.
struct QIFSource: ImportSource {
    let path: String
    let currency: Currency
    let dateFormat: BankDateFormat?

    func read(_ emit: (Result<ImportedRow, BadRow>) -> Bool) throws -> (any ImportSource)? {
        guard let data = FileManager.default.contents(atPath: path) else { throw OutlayError.invalidImport(path, "cannot be read") }
        let text = String(data: data, encoding: .utf8) ?? String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }
        guard lines.contains(where: { $0.hasPrefix("!Type:") || $0 == "^" }) else {
            throw OutlayError.invalidImport(path, "not a QIF file (no !Type: header or ^ record ends)")
        }
        // QIF writes 3/5'24 or 03/05/2024: make them one shape first.
        func normalized(_ date: String) -> String {
            date.replacingOccurrences(of: "'", with: "/").replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "/")
        }
        var evidence = DateFormatEvidence()
        for line in lines where line.hasPrefix("D") { evidence.observe(normalized(String(line.dropFirst()))) }
        let format = try dateFormat ?? evidence.decide(column: "D", file: path)

        var fields: [Character: String] = [:]
        var recordLine = 1
        for (index, line) in lines.enumerated() {
            guard let code = line.first else { continue }
            if line.hasPrefix("!") { recordLine = index + 2; continue }
            if code == "^" {
                if !fields.isEmpty { guard emit(row(fields, line: recordLine, format: format, normalize: normalized)) else { return nil } }
                fields = [:]
                recordLine = index + 2
                continue
            }
            if fields.isEmpty { recordLine = index + 1 }
            fields[code] = String(line.dropFirst())
        }
        if !fields.isEmpty { _ = emit(row(fields, line: recordLine, format: format, normalize: normalized)) }
        return nil
    }

    private func row(_ fields: [Character: String], line: Int, format: BankDateFormat,
                     normalize: (String) -> String) -> Result<ImportedRow, BadRow> {
        func bad(_ reason: String) -> Result<ImportedRow, BadRow> { .failure(BadRow(line: line, reason: reason)) }
        guard let dateText = fields["D"] else { return bad("no D (date) line") }
        guard let date = format.parse(normalize(dateText)) else { return bad("date '\(dateText)' is not \(format.rawValue)") }
        guard let amountText = fields["T"] ?? fields["U"] else { return bad("no T (amount) line") }
        let mark: Character = amountText.contains(",") && !amountText.contains(".") ? "," : "."
        guard let amount = BankAmount.parse(amountText, decimalMark: mark, currency: currency) else {
            return bad("amount '\(amountText)' is not a number")
        }
        guard let description = fields["P"] ?? fields["M"], !description.isEmpty else { return bad("no P (payee) line") }
        // Quicken categories may carry a subcategory ("Food:Groceries"); Outlay's parent comes first.
        let category = fields["L"].map { String($0.split(separator: ":").first ?? "") }.flatMap { $0.isEmpty || $0.hasPrefix("[") ? nil : $0 }
        return .success(ImportedRow(line: line, date: date, signedAmount: amount, description: description,
                                    category: category, note: fields["M"] == description ? nil : fields["M"]))
    }
}
