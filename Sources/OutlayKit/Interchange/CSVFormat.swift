/// RFC 4180 CSV: writing fields and reading records (quotes, doubled
/// quotes, delimiters and line breaks inside quotes, CRLF or LF).
public enum CSVFormat {
    public static func line(_ fields: [String], delimiter: Character = ",") -> String {
        fields.map { field in
            field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: String(delimiter)) + "\n"
    }

    /// Records with the line each starts on (from 1).
    public static func records(_ text: String, delimiter: Character = ",") throws(OutlayError) -> [(line: Int, fields: [String])] {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, afterQuote = false
        var line = 1, recordLine = 1
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterQuote:
                field.append("\"")  // a doubled quote inside a quoted field
                quoted = true
                afterQuote = false
            case "\"" where field.isEmpty:
                quoted = true
            case delimiter:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                afterQuote = false
                line += 1
                recordLine = line
            default:
                guard !afterQuote else { throw .invalidImport("line \(line)", "text after a closing quote") }
                field.append(character)
            }
        }
        guard !quoted else { throw .invalidImport("line \(recordLine)", "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append((recordLine, fields)) }
        return records
    }
}
