/// Outlay's CSV: the original web app's columns (Date, Type, Category,
/// Description, Amount) followed by Id, Note and Tags (separated by ";").
public enum OutlayCSV {
    public static let header = ["Date", "Type", "Category", "Description", "Amount", "Id", "Note", "Tags"]

    static func fields(_ t: Transaction) -> [String] {
        [t.date.description, t.kind.rawValue.uppercased(), t.category, t.description, t.amount.decimalString,
         t.id, t.note ?? "", t.tags.joined(separator: ";")]
    }

    struct Writer: RecordWriter {
        func begin(_ output: inout BufferedOutput) throws { try output.append(CSVFormat.line(OutlayCSV.header)) }
        func write(_ transaction: Transaction, index: Int, to output: inout BufferedOutput) throws {
            try output.append(CSVFormat.line(OutlayCSV.fields(transaction)))
        }
        func end(_ output: inout BufferedOutput) throws {}
    }

    /// Reads a file this format wrote, naming the line of any bad row.
    public static func read(_ text: String, currency: Currency, file: String) throws -> [Transaction] {
        let records = try CSVFormat.records(text)
        guard let first = records.first, first.fields == header else {
            throw OutlayError.invalidImport(file, "line 1 is not Outlay's CSV header (\(header.joined(separator: ",")))")
        }
        return try records.dropFirst().map { line, fields in
            let place = "\(file) line \(line)"
            guard fields.count == header.count else {
                throw OutlayError.invalidImport(place, "expected \(header.count) fields, found \(fields.count)")
            }
            do {
                let stamp = Timestamp.now
                return Transaction(
                    id: fields[5], kind: try TransactionKind(parsing: fields[1]),
                    amount: try Money.parse(fields[4], currency: currency), category: fields[2], description: fields[3],
                    date: try LocalDate(parsing: fields[0]), note: fields[6].isEmpty ? nil : fields[6],
                    tags: fields[7].split(separator: ";").map(String.init), createdAt: stamp, updatedAt: stamp)
            } catch let error as OutlayError {
                throw OutlayError.invalidImport(place, error.description)
            }
        }
    }
}
