import Foundation

/// OFX and QFX statements, SGML (1.x, unclosed tags) or XML (2.x): each
/// `<STMTTRN>` gives a date (`DTPOSTED`), a signed amount (`TRNAMT`), a
/// payee (`NAME`, or `PAYEE`) and a memo (`MEMO`, kept as the note).
struct OFXSource: ImportSource {
    let path: String
    let currency: Currency

    func read(_ emit: (Result<ImportedRow, BadRow>) -> Bool) throws -> (any ImportSource)? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutlayError.invalidImport(path, "cannot be read")
        }
        let text = String(data: data, encoding: .utf8) ?? String(decoding: data.map { $0 }, as: Unicode.ASCII.self)
        let upper = text.uppercased()
        guard upper.contains("<OFX>") || upper.contains("<STMTTRN>") else { throw OutlayError.invalidImport(path, "not an OFX file (no <OFX>)") }
        var searchStart = upper.startIndex
        while let open = upper.range(of: "<STMTTRN>", range: searchStart..<upper.endIndex) {
            let close = upper.range(of: "</STMTTRN>", range: open.upperBound..<upper.endIndex)
                ?? upper.range(of: "<STMTTRN>", range: open.upperBound..<upper.endIndex).map { $0.lowerBound..<$0.lowerBound }
                ?? upper.endIndex..<upper.endIndex
            let block = String(text[open.upperBound..<close.lowerBound])
            let line = text[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            guard emit(row(block, line: line)) else { return nil }
            searchStart = close.upperBound
        }
        return nil
    }

    /// The text after `<TAG>` up to the next tag or line end.
    static func value(_ tag: String, in block: String) -> String? {
        guard let start = block.range(of: "<\(tag)>", options: .caseInsensitive) else { return nil }
        let rest = block[start.upperBound...]
        let end = rest.firstIndex(where: { $0 == "<" || $0 == "\n" || $0 == "\r" }) ?? rest.endIndex
        let value = String(rest[..<end]).trimmingWhitespace()
        return value.isEmpty ? nil : decodeEntities(value)
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private func row(_ block: String, line: Int) -> Result<ImportedRow, BadRow> {
        func bad(_ reason: String) -> Result<ImportedRow, BadRow> { .failure(BadRow(line: line, reason: reason)) }
        guard let posted = Self.value("DTPOSTED", in: block) else { return bad("no <DTPOSTED>") }
        let digits = posted.prefix(8)
        guard digits.count == 8, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2)), let date = LocalDate(year: year, month: month, day: day) else {
            return bad("<DTPOSTED> '\(posted)' is not a date")
        }
        guard let amountText = Self.value("TRNAMT", in: block) else { return bad("no <TRNAMT>") }
        let mark: Character = amountText.contains(",") && !amountText.contains(".") ? "," : "."
        guard let amount = BankAmount.parse(amountText, decimalMark: mark, currency: currency) else {
            return bad("<TRNAMT> '\(amountText)' is not a number")
        }
        let memo = Self.value("MEMO", in: block)
        guard let name = Self.value("NAME", in: block) ?? Self.value("PAYEE", in: block) ?? memo else {
            return bad("no <NAME> or <MEMO>")
        }
        return .success(ImportedRow(line: line, date: date, signedAmount: amount, description: name,
                                    note: memo == name ? nil : memo))
    }
}
