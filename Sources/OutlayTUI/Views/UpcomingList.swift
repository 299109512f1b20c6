import OutlayKit
import TerminalUI

/// The next 30 days of recurring items under the budgets: waiting ones first
/// (y posts the oldest), then by date.
enum UpcomingList {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let waiting = state.upcoming.filter(\.waiting).count
        var title = "Upcoming · 30 days"
        if waiting > 0 { title += " · \(waiting) waiting: \(state.keymap.label(for: .confirmRecurring)) posts" }
        buffer.put(title, x: area.x + 1, y: area.y, width: area.width - 1, style: theme.accentStyle)
        let shown = state.upcoming.prefix(area.height - 1)
        for (offset, occurrence) in shown.enumerated() {
            let s = occurrence.schedule
            let amount = Money(minorUnits: s.delta(for: s.account), currency: s.amount.currency)
            let money = s.kind == .transfer ? "\(s.amount) →\(s.toAccount ?? "")" : Formatting.balance(amount)
            let moneyWidth = DisplayWidth.of(money)
            let day = occurrence.date == state.today ? "today" : String(occurrence.date.description.dropFirst(5))
            let line = "\(day) \(s.description)" + (occurrence.waiting ? " (waiting)" : "")
            let y = area.y + 1 + offset
            buffer.put(line, x: area.x + 1, y: y, width: area.width - moneyWidth - 3,
                       style: occurrence.waiting ? theme.accentStyle : theme.base)
            buffer.put(money, x: area.right - moneyWidth, y: y, width: moneyWidth,
                       style: amount.minorUnits < 0 && s.kind != .transfer ? theme.expenseStyle : theme.incomeStyle)
        }
        if state.upcoming.count > shown.count, let last = shown.indices.last {
            let more = "+\(state.upcoming.count - shown.count) more (\(state.keymap.label(for: .recurring)))"
            buffer.put(more, x: area.right - DisplayWidth.of(more), y: area.y + 1 + last, width: DisplayWidth.of(more), style: theme.mutedStyle)
        }
    }
}
