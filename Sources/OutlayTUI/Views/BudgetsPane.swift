import OutlayKit
import TerminalUI

/// The Budgets pane: for each budget a line of figures and a gauge coloured by level.
enum BudgetsPane {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        var inner = PaneFrame.draw(.budgets, state: state, area: area, notes: [note(state), shortNote(state)], into: &buffer)
        // What the schedules bring shares the pane, below the budgets, when there is room for both.
        if !state.upcoming.isEmpty, inner.height >= 6 {
            let rows = Swift.min(state.upcoming.count + 1, Swift.max(3, inner.height / 2))
            UpcomingList.render(state, area: Rect(x: inner.x, y: inner.bottom - rows, width: inner.width, height: rows), into: &buffer)
            inner = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - rows)
        }
        guard !state.budgets.isEmpty else {
            let hint = "No budgets yet. Focus this pane (\(state.keymap.label(for: .focusBudgets))) and press \(state.keymap.label(for: .add)) to set one."
            Paragraph(hint, style: theme.mutedStyle).render(in: inner.inset(by: 1), into: &buffer)
            return
        }
        let rowsPerBudget = inner.height >= state.budgets.count * 3 ? 3 : 2
        let fits = Swift.max(1, inner.height / rowsPerBudget)
        let first = Swift.max(0, Swift.min(state.budgetSelected - fits + 1, state.budgets.count - fits))
        for (offset, status) in state.budgets.dropFirst(first).prefix(fits).enumerated() {
            let index = first + offset
            let y = inner.y + offset * rowsPerBudget
            let selected = index == state.budgetSelected && state.focus == .budgets
            let levelStyle = Formatting.level(status.level, theme)
            let marker = selected ? "▌" : " "
            buffer.put(marker, x: inner.x, y: y, style: theme.accentStyle)
            let name = status.budget.scope == .overall ? "Overall" : status.budget.scope.description
            let left = "\(name) · \(status.budget.period.rawValue)"
            let right = "\(status.spent) / \(status.limit)"
            let rightWidth = DisplayWidth.of(right)
            buffer.put(left, x: inner.x + 1, y: y, width: inner.width - rightWidth - 2, style: selected ? theme.accentStyle : theme.base.adding(.bold))
            buffer.put(right, x: inner.right - rightWidth, y: y, width: rightWidth, style: theme.base)
            let percent = status.percentText.map { "\($0)%" } ?? "—"
            var label = "\(percent) \(Formatting.levelMark(status.level))"
            // A past period has no days left; the current one says how many.
            if status.daysLeft > 0, status.periodEnd >= state.today, status.periodStart <= state.today { label += " · \(status.daysLeft)d left" }
            if status.periodEnd < state.today { label += " · ended \(status.periodEnd)" }
            Gauge(permille: status.permille ?? 1_000, label: label, filledStyle: levelStyle, emptyStyle: theme.mutedStyle)
                .render(in: Rect(x: inner.x + 1, y: y + 1, width: inner.width - 1, height: 1), into: &buffer)
        }
    }

    /// How the budgets stand in the viewed period, which it names.
    static func note(_ state: AppState) -> String {
        ([state.period.title] + figures(state)).joined(separator: " · ")
    }

    static func shortNote(_ state: AppState) -> String { figures(state).joined(separator: " · ") }

    private static func figures(_ state: AppState) -> [String] {
        let over = state.budgets.filter { $0.level == .exceeded }.count
        let warning = state.budgets.filter { $0.level == .warning }.count
        var parts = ["\(state.budgets.count) budget\(state.budgets.count == 1 ? "" : "s")"]
        if over > 0 { parts.append("\(over) over") }
        if warning > 0 { parts.append("\(warning) near") }
        return parts
    }
}
