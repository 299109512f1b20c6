import OutlayKit
import TerminalUI

/// The bottom row: period, balance, unread alerts, sync state, then a notice or key hints.
enum StatusLine {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        var left: [(text: String, style: Style)] = [(" \(state.period.title) ", theme.selectionStyle)]
        if let summary = state.periodSummary {
            let balance = summary.balance
            left.append(("balance \(Formatting.balance(balance)) \(state.currency.code)",
                         theme.onSurface(balance.minorUnits < 0 ? theme.expenseStyle : theme.incomeStyle)))
        }
        let unread: (text: String, style: Style) = state.unreadAlerts > 0
            ? ("🔔 \(state.unreadAlerts) unread", theme.onSurface(theme.warningStyle.adding(.bold))) : ("no unread alerts", theme.surfaceMuted)
        let sync: (text: String, style: Style) = ("sync: \(state.syncStatus)", theme.surfaceMuted)
        // Work off the loop says what runs, before anything else can cut it.
        if let work = state.work { left.append(("⏳ " + work.line, theme.onSurface(theme.warningStyle))) }
        if let notice = state.notice {
            let said: (text: String, style: Style) = ("│ " + notice.text,
                                                      notice.level == .error ? theme.onSurface(theme.dangerStyle) : theme.surfaceAccent)
            // A notice that would be cut takes the room of what says nothing new ("no unread alerts", "local only").
            let whole = (left + [unread, sync, said]).reduce(0) { $0 + DisplayWidth.of($1.text) + 1 }
            let quiet = whole > area.width
            if !quiet || state.unreadAlerts > 0 { left.append(unread) }
            if !quiet || state.syncStatus != BackgroundSync.localOnly { left.append(sync) }
            left.append(said)
        } else {
            left += [unread, sync]
        }
        let hintCommands: [Command] = [.help, .palette, .add, .filter, .nextPane, .zoom, .quit]
        let hints = hintCommands.compactMap { command -> (text: String, style: Style)? in
            guard let key = state.keymap.keys(for: command).first else { return nil }
            return ("\(key) \(hintName(command))", theme.surfaceMuted)
        }
        StatusBar(left: left, right: state.notice == nil ? hints : [], style: theme.surfaceStyle).render(in: area, into: &buffer)
    }

    private static func hintName(_ command: Command) -> String {
        switch command {
        case .help: "help"
        case .palette: "commands"
        case .nextPane: "pane"
        default: command.rawValue
        }
    }
}
