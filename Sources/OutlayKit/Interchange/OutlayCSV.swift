/// Outlay's CSV: the original web app's columns (Date, Type, Category,
/// Description, Amount) followed by Id, Note, Tags (separated by ";") and Account.
/// A refund's Type is REFUND. A split transaction is one row per part (its category, amount and note),
/// sharing the transaction's Id, so a spreadsheet's sums by category count each part.
public enum OutlayCSV {
    public static let header = ["Date", "Type", "Category", "Description", "Amount", "Id", "Note", "Tags", "Account"]

    static func rows(_ t: Transaction) -> [[String]] {
        let parts = t.isSplit ? t.splits : [SplitPart(category: t.category, amount: t.amount, note: t.note)]
        return parts.map { part in
            [t.date.description, t.isRefund ? "REFUND" : t.kind.rawValue.uppercased(), part.category, t.description, part.amount.decimalString,
             t.id, part.note ?? t.note ?? "", t.tags.joined(separator: ";"), t.account ?? ""]
        }
    }

    struct Writer: RecordWriter {
        func begin(_ output: inout BufferedOutput) throws { try output.append(CSVFormat.line(OutlayCSV.header)) }
        func write(_ transaction: Transaction, index: Int, to output: inout BufferedOutput) throws {
            for row in OutlayCSV.rows(transaction) { try output.append(CSVFormat.line(row)) }
        }
        func end(_ output: inout BufferedOutput) throws {}
    }
}
