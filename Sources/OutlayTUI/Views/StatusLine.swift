import OutlayKit
import TerminalUI

/// The bottom row: period, balance, unread alerts, sync state, then a notice or key hints.
enum StatusLine {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        var left: [(text: String, style: Style)] = [(" \(state.period.title) ", theme.selectionStyle)]
        if let summary = state.periodSummary {
            let balance = summary.balance
            // Converted into the base when the book's accounts keep several currencies.
            let converted = state.accounts.contains { $0.account.currency != state.currency } ? "≈ " : ""
            left.append(("balance \(converted)\(NumberFormat.current.withCurrency(balance, plus: true))",
                         theme.onSurface(balance.minorUnits < 0 ? theme.expenseStyle : theme.incomeStyle)))
        }
        let unread: (text: String, style: Style) = state.unreadAlerts > 0
            ? ("🔔 \(state.unreadAlerts) unread", theme.onSurface(theme.warningStyle.adding(.bold))) : ("no unread alerts", theme.surfaceMuted)
        let sync: (text: String, style: Style) = ("sync: \(state.syncStatus)", theme.surfaceMuted)
        // Work off the loop says what runs, before anything else can cut it.
        if let work = state.work { left.append(("⏳ " + work.line, theme.onSurface(theme.warningStyle))) }
        var right: [(text: String, style: Style)] = []
        if let notice = state.notice {
            let said: (text: String, style: Style) = ("│ " + notice.text,
                                                      notice.level == .error ? theme.onSurface(theme.dangerStyle) : theme.surfaceAccent)
            // A notice that would be cut takes the room of what says nothing new ("no unread alerts", "local only").
            let width = { (segments: [(text: String, style: Style)]) in segments.reduce(0) { $0 + DisplayWidth.of($1.text) + 1 } }
            let quiet = width(left + [unread, sync, said]) > area.width
            if !quiet || state.unreadAlerts > 0 { left.append(unread) }
            if !quiet || state.syncStatus != BackgroundSync.localOnly { left.append(sync) }
            left.append(said)
            // Still cut: say which key shows it whole, and keep room for saying so.
            if width(left) > area.width, let key = state.keymap.keys(for: .messages).first {
                right = [("\(key) whole", theme.surfaceMuted)]
                let room = area.width - width(left.dropLast()) - DisplayWidth.of(right[0].text) - 3
                left[left.count - 1].text = DisplayWidth.truncateAtWord(said.text, to: Swift.max(0, room))
            }
        } else {
            left += [unread, sync]
            let hintCommands: [Command] = [.help, .palette, .add, .filter, .nextPane, .zoom, .quit]
            right = hintCommands.compactMap { command -> (text: String, style: Style)? in
                guard let key = state.keymap.keys(for: command).first else { return nil }
                return ("\(key) \(hintName(command))", theme.surfaceMuted)
            }
        }
        StatusBar(left: left, right: right, style: theme.surfaceStyle).render(in: area, into: &buffer)
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
