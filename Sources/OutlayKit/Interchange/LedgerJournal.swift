/// A journal that hledger and ledger both read: one entry per transaction,
/// `expenses:CATEGORY` or `income:CATEGORY` against `assets:ACCOUNT`
/// (`assets:cash` without an account), with the id in a comment.
public enum LedgerJournal {
    struct Writer: RecordWriter {
        func begin(_ output: inout BufferedOutput) throws {
            try output.append("; Exported by Outlay. One entry per transaction; ids in the comments.\n")
        }

        func write(_ t: Transaction, index: Int, to output: inout BufferedOutput) throws {
            let amount = t.amount.decimalString + " " + t.amount.currency.code
            let negative = "-" + amount
            let category = (t.kind == .expense ? "expenses:" : "income:") + LedgerJournal.accountName(t.category)
            let asset = "assets:" + LedgerJournal.accountName(t.account ?? "cash")
            let (first, second) = t.kind == .expense ? ((category, amount), (asset, negative)) : ((asset, amount), (category, negative))
            try output.append("\n\(t.date) \(LedgerJournal.description(t.description))\n    ; id: \(t.id)\n")
            try output.append("    \(first.0)  \(first.1)\n    \(second.0)  \(second.1)\n")
        }

        func end(_ output: inout BufferedOutput) throws {}
    }

    /// A description is the rest of the entry's first line. Neither tool has
    /// escapes, so what they would read as syntax is replaced: control
    /// characters and line breaks by spaces, `;` (a comment) by `,`, and a
    /// leading `*` or `!` (a status) or `(` (a code) by a bracket or dropped.
    static func description(_ text: String) -> String {
        var cleaned = String(text.map { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 == ";" ? "," : $0 })
        cleaned = cleaned.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        while let first = cleaned.first, first == "*" || first == "!" { cleaned.removeFirst(); cleaned = cleaned.trimmingWhitespace() }
        if cleaned.first == "(" { cleaned = "[" + cleaned.dropFirst() }
        return cleaned.isEmpty ? "-" : cleaned
    }

    /// Account names end at two spaces and are split by colons.
    static func accountName(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == ":" || $0.isNewline }).joined(separator: " ")
    }
}
