import OutlayKit
import TerminalUI

/// The Transactions pane: the visible slice of the window, a filter bar, and the period's totals.
enum TransactionsPane {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let list = state.transactions
        let inner = PaneFrame.draw(.transactions, state: state, area: area, note: note(state), into: &buffer)
        let filterOpen = list.filterInput != nil || !list.filterText.isEmpty
        let parts = Layout.split(inner, .vertical, [.fill(1), .length(filterOpen ? 1 : 0)])
        var cursor: (x: Int, y: Int)?
        if filterOpen {
            let bar = parts[1]
            buffer.put("/ ", x: bar.x, y: bar.y, style: theme.accentStyle)
            let field = Rect(x: bar.x + 2, y: bar.y, width: bar.width - 2, height: 1)
            let input = list.filterInput ?? TextInput(list.filterText)
            TextField(input: input, placeholder: "words, cat:food, tag:trip, >50, <10 — Enter keeps, Esc clears",
                      style: theme.base, placeholderStyle: theme.mutedStyle).render(in: field, into: &buffer)
            if list.filterInput != nil { cursor = TextField(input: input).cursor(in: field) }
        }
        let body = parts[0]
        guard !list.rows.isEmpty else {
            let message = !list.loaded ? "Loading…"
                : !list.filterText.isEmpty ? "Nothing matches “\(list.filterText)”. Esc in the filter bar clears it."
                : "No transactions in \(state.period.title). Press \(state.keymap.label(for: .add)) to add one, [ ] to change month, A for all time."
            Paragraph(message, style: theme.mutedStyle).render(in: Rect(x: body.x + 1, y: body.y + 1, width: body.width - 2, height: body.height - 1),
                                                               into: &buffer)
            return cursor
        }
        let visible = Swift.max(0, body.height - 1)
        let shown = list.rows.dropFirst(list.top).prefix(visible)
        let rows: [Table.Row] = shown.map { transaction in
            [(transaction.date.description, theme.mutedStyle), (transaction.description, theme.base),
             (transaction.category, theme.series(0)), (transaction.signedText, Formatting.style(for: transaction.kind, theme))]
        }
        let wide = body.width >= 90
        var columns: [Table.Column] = [Table.Column("Date", .length(10)), Table.Column("Description", .fill(1)),
                                       Table.Column("Category", .length(wide ? 16 : 12)), Table.Column("Amount", .length(13), alignRight: true)]
        var tableRows = rows
        if wide {
            columns.insert(Table.Column("Tags", .length(12)), at: 3)
            tableRows = zip(rows, shown).map { row, transaction in
                var row = row
                row.insert((transaction.tags.map { "#" + $0 }.joined(separator: " "), theme.mutedStyle), at: 3)
                return row
            }
        }
        Table(columns: columns, rows: tableRows, selected: list.selected - list.top,
              headerStyle: theme.mutedStyle.adding(.bold),
              selectedStyle: state.focus == .transactions ? theme.selectionStyle : theme.base.adding(.underline))
            .render(in: body, into: &buffer)
        return cursor
    }

    static func note(_ state: AppState) -> String {
        guard let summary = state.transactions.summary else { return state.period.title }
        let count = summary.count == 1 ? "1 row" : "\(summary.count.formatted()) rows"
        return "\(state.period.title) · \(count) · out \(summary.totalExpenses) · in \(summary.totalIncome)"
    }
}

extension Int {
    /// 1,234,567: thousands grouped, for counts.
    func formatted() -> String {
        let digits = String(Swift.abs(self))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (self < 0 ? "-" : "") + out
    }
}
