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
        // OFX 1.x files are often Windows-1252; UTF-8 when they are that.
        let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? ""
        // Tags are ASCII: they are found in the UTF-8 bytes, case-insensitively, so text around them (a `ß`
        // whose uppercase is two letters) can never shift a position.
        let bytes = Array(text.utf8)
        guard Self.find("<OFX>", in: bytes, from: 0) != nil || Self.find("<STMTTRN>", in: bytes, from: 0) != nil else {
            throw OutlayError.invalidImport(path, "not an OFX file (no <OFX>)")
        }
        // The statement's currency (<CURDEF>) must be the book's.
        if let start = Self.find("<CURDEF>", in: bytes, from: 0) {
            let code = Self.value("CURDEF", in: String(decoding: bytes[start..<Swift.min(bytes.count, start + 40)], as: UTF8.self)) ?? ""
            if code.count == 3, code.uppercased() != currency.code { throw OutlayError.otherCurrency(file: path, code.uppercased(), account: currency) }
        }
        var line = 1, counted = 0
        var position = 0
        while let open = Self.find("<STMTTRN>", in: bytes, from: position) {
            let start = open + "<STMTTRN>".utf8.count
            let close = Self.find("</STMTTRN>", in: bytes, from: start)
            let end = close ?? Self.find("<STMTTRN>", in: bytes, from: start) ?? bytes.count
            // Lines are counted once, from where the last block ended: one pass over the file.
            line += bytes[counted..<open].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            counted = open
            let block = String(decoding: bytes[start..<end], as: UTF8.self)
            guard emit(row(block, line: line)) else { return nil }
            position = close.map { $0 + "</STMTTRN>".utf8.count } ?? end
        }
        return nil
    }

    /// Where `tag` (ASCII) starts in `bytes` at or after `start`, ignoring ASCII case.
    static func find(_ tag: StaticString, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = tag.withUTF8Buffer { Array($0).map(lowercase) }
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if lowercase(bytes[index]) == first, zip(bytes[index..<index + pattern.count], pattern).allSatisfy({ lowercase($0) == $1 }) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte | 0x20 : byte }

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
