import OutlayKit
import TerminalUI

/// How transactions read in human (non-JSON) output.
enum TransactionText {
    static let columns = [
        TextTable.Column(title: "ID"), TextTable.Column(title: "DATE"), TextTable.Column(title: "CATEGORY"),
        TextTable.Column(title: "DESCRIPTION", flexible: true), TextTable.Column(title: "AMOUNT", alignRight: true),
    ]

    /// Income and refunds read "+1,200.00" in green, expenses "-4.50" in red.
    static func amountCell(_ t: Transaction, style: TerminalStyle) -> TextTable.Cell {
        let income = t.isMoneyIn
        return TextTable.Cell(text: t.signedText) { income ? style.green($0) : style.red($0) }
    }

    static func cells(_ t: Transaction, style: TerminalStyle) -> [TextTable.Cell] {
        [TextTable.Cell(text: RecordID.short(t.id)) { style.dim($0) }, TextTable.Cell(text: t.date.description),
         TextTable.Cell(text: t.category), TextTable.Cell(text: t.description), amountCell(t, style: style)]
    }

    static func table(_ transactions: [Transaction], style: TerminalStyle = .standardOutput) -> String {
        var table = TextTable(columns)
        for t in transactions { table.append(cells(t, style: style)) }
        return table.render(width: TerminalStyle.width, style: style)
    }

    /// One line naming a transaction after a change: "Added 1a2b3c4d  2024-03-05  food  Coffee  -4.50".
    static func line(_ verb: String, _ t: Transaction, style: TerminalStyle = .standardOutput) -> String {
        let amount = amountCell(t, style: style)
        let parts = [RecordID.short(t.id), t.date.description, t.category, TerminalSafeText.sanitize(t.description)]
        return "\(verb) " + parts.joined(separator: "  ") + "  " + amount.style(amount.text)
    }
}
