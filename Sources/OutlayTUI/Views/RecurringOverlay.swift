import OutlayKit
import TerminalUI

/// The recurring view: the schedules with their next dates, the series
/// history suggests, and one account's forecast as a line with the zero (or
/// floor) line and its lowest point marked.
enum RecurringOverlay {
    static func render(_ view: RecurringViewState, state: AppState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let modal = Modal(block: Block(title: "Recurring and forecast", borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: Swift.min(120, buffer.width - 2), height: buffer.height - 2)
        let inner = modal.render(in: buffer.area, into: &buffer)
        guard inner.height >= 8 else { return nil }
        guard let data = view.data else {
            buffer.put("Loading…", x: inner.x, y: inner.y, width: inner.width, style: theme.surfaceMuted)
            return nil
        }
        let chartHeight = Swift.min(10, Swift.max(4, inner.height / 3))
        let listArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - chartHeight - 2)
        if data.schedules.isEmpty && data.suggestions.isEmpty {
            Paragraph("No recurring items yet. a adds one (rent, salary, a subscription); they are posted on their day from then on.",
                      style: theme.surfaceMuted).render(in: listArea, into: &buffer)
        } else {
            table(view, data, state: state, in: listArea, into: &buffer)
        }
        chart(view, data, state: state, in: Rect(x: inner.x, y: listArea.bottom, width: inner.width, height: chartHeight + 1), into: &buffer)
        let hint = "a add · e edit · s skip next · y post a waiting one · d stop · Enter on a suggestion makes it · ←/→ account · Esc"
        Paragraph(hint, style: theme.surfaceMuted).render(in: Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1), into: &buffer)
        return nil
    }

    private static func table(_ view: RecurringViewState, _ data: RecurringViewData, state: AppState, in area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        var rows: [Table.Row] = data.schedules.map { item in
            let s = item.schedule
            let amount = Money(minorUnits: s.delta(for: s.account), currency: s.amount.currency)
            let when = item.waiting > 0 ? "\(item.waiting) waiting (y)" : item.next?.description ?? "ended"
            return [(s.description + (s.confirm ? " ⟳?" : ""), theme.surfaceStyle), (s.rhythm, theme.surfaceMuted),
                    (s.toAccount.map { "\(s.account) → \($0)" } ?? s.account, theme.surfaceMuted),
                    (Formatting.balance(amount), theme.onSurface(amount.minorUnits < 0 ? theme.expenseStyle : theme.incomeStyle)),
                    (when, item.waiting > 0 ? theme.surfaceAccent : theme.surfaceStyle)]
        }
        rows += data.suggestions.map { suggestion in
            let d = suggestion.draft
            return [("+ " + d.description, theme.surfaceAccent), ("suggested: \(d.recurrence.words), seen \(suggestion.seen)×", theme.surfaceMuted),
                    (d.account ?? "", theme.surfaceMuted), (Formatting.balance(d.kind == .income ? d.amount : Money(minorUnits: -d.amount.minorUnits, currency: d.amount.currency)), theme.surfaceMuted),
                    (d.recurrence.start.description, theme.surfaceMuted)]
        }
        let visible = Swift.max(1, area.height - 1)
        let first = Swift.max(0, Swift.min(view.selected - visible / 2, rows.count - visible))
        Table(columns: [Table.Column("RECURRING", .fill(2)), Table.Column("WHEN", .fill(2)), Table.Column("ACCOUNT", .length(18)),
                        Table.Column("AMOUNT", .length(13), alignRight: true), Table.Column("NEXT", .length(14))],
              rows: Array(rows.dropFirst(first).prefix(visible)), selected: view.selected - first, headerStyle: theme.surfaceAccent,
              selectedStyle: theme.selectionStyle)
            .render(in: area, into: &buffer)
    }

    /// The chosen account's projected balance over 90 days: the zero (or floor) line, the lowest point marked and named.
    private static func chart(_ view: RecurringViewState, _ data: RecurringViewData, state: AppState, in area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let forecast = data.forecast
        guard forecast.accounts.indices.contains(view.account) else { return }
        let account = forecast.accounts[view.account]
        var title = "\(account.account.name) · 90 days · today \(Formatting.balance(account.start)) → \(Formatting.balance(account.balances.last ?? account.start))"
            + " · lowest \(Formatting.balance(account.lowest)) on \(account.lowestOn)"
        if let crossing = account.crossing { title += " · ! below \(Formatting.balance(crossing.floor)) on \(crossing.date) after '\(crossing.after)'" }
        buffer.put(title, x: area.x, y: area.y, width: area.width, style: theme.onSurface(account.crossing == nil ? theme.base.adding(.bold) : theme.expenseStyle))
        let values = account.balances.map(\.minorUnits)
        let lowestIndex = account.lowestOn.daysSinceEpoch - forecast.from.daysSinceEpoch
        LineChart(values: values, style: theme.onSurface(theme.incomeStyle), axisStyle: theme.surfaceMuted,
                  maximumLabel: Formatting.balance(Money(minorUnits: Swift.max(values.max() ?? 0, forecast.floor.minorUnits), currency: state.currency)),
                  minimumLabel: Formatting.balance(Money(minorUnits: Swift.min(values.min() ?? 0, forecast.floor.minorUnits), currency: state.currency)),
                  baseline: forecast.floor.minorUnits, markedIndex: lowestIndex, markStyle: theme.onSurface(theme.expenseStyle).adding(.bold))
            .render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), into: &buffer)
    }
}
