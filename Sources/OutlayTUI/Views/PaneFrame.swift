import TerminalUI

/// The border and title every pane shares; the focused one is drawn in the accent colour.
enum PaneFrame {
    /// Draws the frame and returns the area inside it.
    static func draw(_ pane: Pane, state: AppState, area: Rect, note: String, into buffer: inout Buffer) -> Rect {
        let focused = state.focus == pane
        let theme = state.theme
        let block = Block(title: "\(pane.rawValue + 1) \(pane.title)", rightTitle: note,
                          borderStyle: focused ? theme.focusedBorderStyle : theme.borderStyle,
                          titleStyle: focused ? theme.accentStyle : theme.mutedStyle.adding(.bold), fillStyle: theme.base)
        block.render(in: area, into: &buffer)
        return Block.inner(area)
    }

    /// A folded pane on a narrow terminal: its title and a one-line summary on a rule.
    static func folded(_ pane: Pane, summary: String, state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        buffer.fill(area, with: Cell("─", style: theme.borderStyle))
        var x = area.x + 1
        x += buffer.put(" \(pane.rawValue + 1) \(pane.title) ", x: x, y: area.y, width: area.right - x, style: theme.mutedStyle.adding(.bold))
        buffer.put(" \(summary) ", x: x, y: area.y, width: area.right - x - 1, style: theme.mutedStyle)
    }
}
