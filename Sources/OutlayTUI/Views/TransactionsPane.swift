import OutlayKit
import TerminalUI

/// The Transactions pane: the visible slice of the window, a filter bar, and the period's totals.
enum TransactionsPane {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let list = state.transactions
        let inner = PaneFrame.draw(.transactions, state: state, area: area, notes: notes(state), into: &buffer)
        let filterOpen = list.filterInput != nil || !list.filterText.isEmpty
        let parts = Layout.split(inner, .vertical, [.fill(1), .length(filterOpen ? 1 : 0)])
        var cursor: (x: Int, y: Int)?
        if filterOpen {
            let bar = parts[1]
            buffer.put("/ ", x: bar.x, y: bar.y, style: theme.accentStyle)
            let field = Rect(x: bar.x + 2, y: bar.y, width: bar.width - 2, height: 1)
            let input = list.filterInput ?? TextInput(list.filterText)
            TextField(input: input, placeholder: "words, cat:fo, tag:trip, >50, =4.21, 2026-11 — Enter keeps, Esc clears",
                      style: theme.base, placeholderStyle: theme.mutedStyle).render(in: field, into: &buffer)
            if list.filterInput != nil { cursor = TextField(input: input).cursor(in: field) }
        }
        let body = parts[0]
        guard !list.rows.isEmpty else {
            let message = !list.loaded ? "Loading…"
                : !list.filterText.isEmpty ? "Nothing matches “\(list.filterText)”. Esc in the filter bar clears it."
                : state.period == .allTime
                ? "No transactions yet. Press \(state.keymap.label(for: .add)) to add one, \(state.keymap.label(for: .importFile)) to import a bank's export."
                : "No transactions in \(state.period.title). Press \(state.keymap.label(for: .add)) to add one, "
                    + "\(state.keymap.label(for: .importFile)) to import a bank's export, [ ] for another \(state.period.unit), "
                    + "\(state.keymap.label(for: .span)) for a week, month or year, \(state.keymap.label(for: .allTime)) for all time."
            Paragraph(message, style: theme.mutedStyle).render(in: Rect(x: body.x + 1, y: body.y + 1, width: body.width - 2, height: body.height - 1),
                                                               into: &buffer)
            return cursor
        }
        let visible = Swift.max(0, body.height - 1)
        let shown = list.rows.dropFirst(list.top).prefix(visible)
        let rows: [Table.Row] = shown.map { transaction in
            [(transaction.date.description, theme.mutedStyle), (transaction.description, theme.base),
             (Formatting.category(transaction), theme.series(0)), (Formatting.signed(transaction, base: state.currency), Formatting.style(for: transaction, theme))]
        }
        let wide = body.width >= 90
        // As wide as the longest category shown ("entertainment" whole), up to 16; the description takes the rest.
        let categoryWidth = Swift.min(16, Swift.max(8, shown.map { DisplayWidth.of(Formatting.category($0)) }.max() ?? 8))
        var columns: [Table.Column] = [Table.Column("Date", .length(10)), Table.Column("Description", .fill(1)),
                                       Table.Column("Category", .length(categoryWidth)), Table.Column("Amount", .length(13), alignRight: true)]
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

    /// The title's summary, from the whole to the shortest: amounts in the thousands shorten it, never drop it.
    static func notes(_ state: AppState) -> [String] {
        let title = state.period.title
        guard let summary = state.transactions.summary else { return [title] }
        let count = summary.count == 1 ? "1 row" : "\(summary.count.formatted()) rows"
        let money = "−\(summary.totalExpenses) +\(summary.totalIncome)"
        return ["\(title) · \(count) · out \(summary.totalExpenses) · in \(summary.totalIncome)", "\(title) · \(count) · \(money)",
                "\(title) · \(money)", "\(title) · \(count)", title]
    }

    static func note(_ state: AppState) -> String { notes(state)[0] }
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
