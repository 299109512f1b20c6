/// Streams RFC 4180 records from a `TextFile`: quoted fields may hold the
/// delimiter, doubled quotes and line breaks; lines end in LF, CRLF or CR.
/// Each record carries the line it starts on, for error messages.
final class DelimitedReader {
    let file: TextFile
    let delimiter: UInt8
    /// When set, only these columns are turned into text (the others come back empty):
    /// a pass that looks at two columns need not decode ten.
    var decodedColumns: Set<Int>?
    private var buffer: [UInt8] = []
    private var position = 0
    private var line = 1
    private var closedLastLine = false

    init(file: TextFile, delimiter: UInt8) {
        self.file = file
        self.delimiter = delimiter
    }

    /// The next record, or nil at the end of the file.
    func next() throws -> (line: Int, fields: [String])? {
        while true {
            if let record = try parseRecord() { return record }
            if file.atEnd {
                guard position < buffer.count else { return nil }
                // Still no record with the whole file read: a quote was opened and never closed.
                guard !closedLastLine else {
                    throw OutlayError.invalidImport(file.path, "line \(line): a quoted field is never closed")
                }
                // The last record may lack a line break.
                buffer.append(UInt8(ascii: "\n"))
                closedLastLine = true
                continue
            }
            buffer.removeFirst(position)
            position = 0
            buffer += try file.read()
        }
    }

    /// Parses one record from `position`, or returns nil (consuming nothing)
    /// when the buffer ends before the record does.
    private func parseRecord() throws -> (line: Int, fields: [String])? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var index = position
        var fields: [String] = []
        var linesInside = 0
        let startLine = line
        while true {
            // One field.
            guard index < buffer.count else { return nil }
            if buffer[index] == quote {
                var text: [UInt8] = []
                index += 1
                while true {
                    guard index < buffer.count else { return nil }
                    let byte = buffer[index]
                    if byte == quote {
                        guard index + 1 < buffer.count else { if file.atEnd { index += 1; break }; return nil }
                        if buffer[index + 1] == quote { text.append(quote); index += 2; continue }
                        index += 1
                        break
                    }
                    if byte == newline || (byte == carriage && (index + 1 < buffer.count && buffer[index + 1] != newline)) {
                        linesInside += 1
                    }
                    text.append(byte)
                    index += 1
                }
                // Stray characters after the closing quote are kept, as spreadsheets do.
                let rest = index
                while index < buffer.count, buffer[index] != delimiter, buffer[index] != newline, buffer[index] != carriage { index += 1 }
                guard index < buffer.count else { return nil }
                fields.append(wanted(fields.count) ? file.decode(text[...]) + (rest < index ? file.decode(buffer[rest..<index]) : "") : "")
            } else {
                let start = index
                while index < buffer.count, buffer[index] != delimiter, buffer[index] != newline, buffer[index] != carriage { index += 1 }
                guard index < buffer.count else { return nil }
                fields.append(wanted(fields.count) ? file.decode(buffer[start..<index]) : "")
            }
            // After a field: a delimiter, or the end of the record.
            if buffer[index] == delimiter { index += 1; continue }
            if buffer[index] == carriage {
                guard index + 1 < buffer.count else { if file.atEnd { index += 1; break }; return nil }
                index += buffer[index + 1] == newline ? 2 : 1
            } else {
                index += 1
            }
            break
        }
        position = index
        line = startLine + 1 + linesInside
        return (startLine, fields)
    }

    private func wanted(_ column: Int) -> Bool { decodedColumns?.contains(column) ?? true }

    /// The delimiter of a file: of comma, semicolon, tab and bar, the one that
    /// splits the first lines into the same number (more than one) of fields.
    static func detectDelimiter(in file: String) throws -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
        var best: (delimiter: UInt8, score: Int) = (candidates[0], -1)
        for candidate in candidates {
            let reader = DelimitedReader(file: try TextFile(path: file), delimiter: candidate)
            var counts: [Int] = []
            while counts.count < 30, let record = try? reader.next() {
                if record.fields.count > 1 || record.fields.first?.isEmpty == false { counts.append(record.fields.count) }
            }
            // The commonest field count, weighted by how often it occurs and by how many fields it is: a
            // decimal comma in a few lines of a semicolon file must not outweigh its real columns.
            let frequencies = Dictionary(grouping: counts.filter { $0 > 1 }, by: { $0 }).mapValues(\.count)
            guard let (fields, times) = frequencies.max(by: { ($0.value * $0.key, $0.key) < ($1.value * $1.key, $1.key) }) else { continue }
            let score = times * fields
            if score > best.score { best = (candidate, score) }
        }
        return best.delimiter
    }
}
