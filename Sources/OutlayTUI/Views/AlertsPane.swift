import OutlayKit
import TerminalUI

/// The Alerts pane: the inbox, newest first, unread ones marked.
enum AlertsPane {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let inner = PaneFrame.draw(.alerts, state: state, area: area, notes: [note(state), shortNote(state)], into: &buffer)
        guard !state.alerts.isEmpty else {
            Paragraph("No alerts. Budgets warn here when spending reaches their threshold.", style: theme.mutedStyle)
                .render(in: inner.inset(by: 1), into: &buffer)
            return
        }
        // The selected alert's whole message goes under the list when there is room.
        let detailHeight = inner.height >= 8 ? 3 : 0
        let parts = Layout.split(inner, .vertical, [.fill(1), .length(detailHeight)])
        let items: [(text: String, style: Style)] = state.alerts.map { alert in
            let mark = alert.isRead ? "  " : "● "
            let day = String(alert.createdAt.description.prefix(10))
            let style = alert.isRead ? theme.mutedStyle : (alert.priority == .high ? theme.dangerStyle : theme.warningStyle.adding(.bold))
            return ("\(mark)\(day) \(alert.message)", style)
        }
        ListView(items: items, selected: state.alertSelected,
                 selectedStyle: state.focus == .alerts ? theme.selectionStyle : theme.base.adding(.underline))
            .render(in: parts[0], into: &buffer)
        if detailHeight > 0, state.alerts.indices.contains(state.alertSelected) {
            let detail = parts[1]
            buffer.put(String(repeating: "┄", count: detail.width), x: detail.x, y: detail.y, style: theme.borderStyle)
            Paragraph(state.alerts[state.alertSelected].message, style: theme.base)
                .render(in: Rect(x: detail.x, y: detail.y + 1, width: detail.width, height: detail.height - 1), into: &buffer)
        }
    }

    static func note(_ state: AppState) -> String {
        let keys = "\(state.keymap.label(for: .markRead)) read · \(state.keymap.label(for: .delete)) delete"
        return state.unreadAlerts == 0 ? "all read · \(keys)" : "\(state.unreadAlerts) unread · \(keys)"
    }

    static func shortNote(_ state: AppState) -> String { state.unreadAlerts == 0 ? "all read" : "\(state.unreadAlerts) unread" }
}
