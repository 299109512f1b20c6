import OutlayKit
import TerminalUI

/// Draws the whole screen from the state. Never touches the database or the terminal.
public enum DashboardView {
    /// Renders a frame; returns where the text cursor goes (nil: hidden).
    @discardableResult
    public static func render(_ state: AppState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        buffer.fill(buffer.area, with: Cell(" ", style: theme.base))
        let layout = DashboardLayout(width: buffer.width, height: buffer.height, focus: state.focus, zoomed: state.zoomed)
        guard !layout.tooSmall else {
            tooSmall(state, into: &buffer)
            return nil
        }
        var cursor: (x: Int, y: Int)?
        for pane in Pane.allCases {
            if let area = layout.panes[pane] {
                switch pane {
                case .transactions: cursor = TransactionsPane.render(state, area: area, into: &buffer)
                case .budgets: BudgetsPane.render(state, area: area, into: &buffer)
                case .analytics: AnalyticsPane.render(state, area: area, into: &buffer)
                case .alerts: AlertsPane.render(state, area: area, into: &buffer)
                }
            } else if let area = layout.folded[pane] {
                PaneFrame.folded(pane, summary: foldedSummary(pane, state), state: state, area: area, into: &buffer)
            }
        }
        AccountsBar.render(state, area: layout.accounts, into: &buffer)
        StatusLine.render(state, area: layout.status, into: &buffer)
        switch state.modal {
        case let .form(form): return FormOverlay.render(form, state: state, into: &buffer)
        case let .palette(palette): return PaletteOverlay.render(palette, state: state, into: &buffer)
        case let .help(page): HelpOverlay.render(state, page: page, into: &buffer)
        case let .welcome(welcome): return WelcomeOverlay.render(welcome, state: state, into: &buffer)
        case let .importFile(view): return ImportOverlay.render(view, state: state, into: &buffer)
        case let .accounts(view): return AccountsOverlay.render(view, state: state, into: &buffer)
        case let .recurring(view): return RecurringOverlay.render(view, state: state, into: &buffer)
        case let .messages(scroll): MessagesOverlay.render(scroll, state: state, into: &buffer)
        case nil: break
        }
        return cursor
    }

    private static func foldedSummary(_ pane: Pane, _ state: AppState) -> String {
        switch pane {
        case .transactions: TransactionsPane.note(state)
        case .budgets: BudgetsPane.note(state)
        case .analytics: AnalyticsPane.note(state)
        case .alerts: AlertsPane.note(state)
        }
    }

    private static func tooSmall(_ state: AppState, into buffer: inout Buffer) {
        let lines = [
            "Terminal too small: \(buffer.width)×\(buffer.height)",
            "Outlay needs at least \(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight).",
            "Enlarge the window, or press \(state.keymap.label(for: .quit)) to quit.",
        ]
        let top = Swift.max(0, (buffer.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = Swift.min(DisplayWidth.of(line), buffer.width)
            buffer.put(line, x: Swift.max(0, (buffer.width - width) / 2), y: top + offset, width: buffer.width,
                       style: offset == 0 ? state.theme.warningStyle.adding(.bold) : state.theme.base)
        }
    }
}
