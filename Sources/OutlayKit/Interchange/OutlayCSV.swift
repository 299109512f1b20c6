/// Outlay's CSV: the original web app's columns (Date, Type, Category,
/// Description, Amount) followed by Id, Note, Tags (separated by ";") and Account.
/// A refund's Type is REFUND.
public enum OutlayCSV {
    public static let header = ["Date", "Type", "Category", "Description", "Amount", "Id", "Note", "Tags", "Account"]

    static func fields(_ t: Transaction) -> [String] {
        [t.date.description, t.isRefund ? "REFUND" : t.kind.rawValue.uppercased(), t.category, t.description, t.amount.decimalString,
         t.id, t.note ?? "", t.tags.joined(separator: ";"), t.account ?? ""]
    }

    struct Writer: RecordWriter {
        func begin(_ output: inout BufferedOutput) throws { try output.append(CSVFormat.line(OutlayCSV.header)) }
        func write(_ transaction: Transaction, index: Int, to output: inout BufferedOutput) throws {
            try output.append(CSVFormat.line(OutlayCSV.fields(transaction)))
        }
        func end(_ output: inout BufferedOutput) throws {}
    }
}
