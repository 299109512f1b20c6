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
        left.append(state.unreadAlerts > 0 ? ("🔔 \(state.unreadAlerts) unread", theme.onSurface(theme.warningStyle.adding(.bold)))
                                           : ("no unread alerts", theme.surfaceMuted))
        left.append(("sync: \(state.syncStatus)", theme.surfaceMuted))
        if let notice = state.notice {
            left.append(("│ " + notice.text, notice.level == .error ? theme.onSurface(theme.dangerStyle) : theme.surfaceAccent))
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
