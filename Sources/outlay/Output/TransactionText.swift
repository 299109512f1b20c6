import OutlayKit
import TerminalUI

/// How transactions read in human (non-JSON) output.
enum TransactionText {
    static let columns = [
        TextTable.Column(title: "ID"), TextTable.Column(title: "DATE"), TextTable.Column(title: "CATEGORY"),
        TextTable.Column(title: "DESCRIPTION", flexible: true), TextTable.Column(title: "AMOUNT", alignRight: true),
    ]

    /// Income and refunds read "+1,200.00" in green, expenses "-4.50" in red.
    /// In another currency than the book's, the code follows; what was charged abroad goes in brackets before it.
    static func amountCell(_ t: Transaction, style: TerminalStyle, base: Currency? = nil) -> TextTable.Cell {
        let income = t.isMoneyIn
        var text = t.signedText
        if let base, t.amount.currency != base { text += " " + t.amount.currency.code }
        if let original = t.original { text = "(\(original.decimalString) \(original.currency.code)) " + text }
        return TextTable.Cell(text: text) { income ? style.green($0) : style.red($0) }
    }

    static func cells(_ t: Transaction, style: TerminalStyle, base: Currency? = nil) -> [TextTable.Cell] {
        [TextTable.Cell(text: RecordID.short(t.id)) { style.dim($0) }, TextTable.Cell(text: t.date.description),
         TextTable.Cell(text: t.isSplit ? "split" : t.category), TextTable.Cell(text: t.description), amountCell(t, style: style, base: base)]
    }

    /// A split's parts, each a row under it: its category, note and amount.
    static func partCells(_ t: Transaction, style: TerminalStyle) -> [[TextTable.Cell]] {
        t.splits.map { part in
            [TextTable.Cell(text: ""), TextTable.Cell(text: ""), TextTable.Cell(text: "· " + part.category),
             TextTable.Cell(text: part.note ?? "") { style.dim($0) },
             TextTable.Cell(text: (t.isMoneyIn ? "+" : "-") + part.amount.description) { style.dim($0) }]
        }
    }

    /// `base`: the book's currency; an amount of an account in another says its code.
    static func table(_ transactions: [Transaction], style: TerminalStyle = .standardOutput, base: Currency? = nil) -> String {
        var table = TextTable(columns)
        for t in transactions {
            table.append(cells(t, style: style, base: base))
            for row in partCells(t, style: style) { table.append(row) }
        }
        return table.render(width: TerminalStyle.width, style: style)
    }

    /// "groceries 120.00 + household 60.00": where a split's money went, in a line.
    static func parts(_ t: Transaction) -> String {
        t.isSplit ? SplitPart.listed(t.splits) : t.category
    }

    /// One line naming a transaction after a change: "Added 1a2b3c4d  2024-03-05  food  Coffee  -4.50".
    static func line(_ verb: String, _ t: Transaction, style: TerminalStyle = .standardOutput) -> String {
        let amount = amountCell(t, style: style)
        let parts = [RecordID.short(t.id), t.date.description, parts(t), TerminalSafeText.sanitize(t.description)]
        return "\(verb) " + parts.joined(separator: "  ") + "  " + amount.style(amount.text)
    }
}
