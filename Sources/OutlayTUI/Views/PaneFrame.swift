import TerminalUI

/// The border and title every pane shares; the focused one is drawn in the accent colour.
enum PaneFrame {
    /// Draws the frame and returns the area inside it. `notes` are the same
    /// summary from longest to shortest: the longest that fits is shown.
    static func draw(_ pane: Pane, state: AppState, area: Rect, notes: [String], into buffer: inout Buffer) -> Rect {
        let focused = state.focus == pane
        let theme = state.theme
        let title = "\(pane.rawValue + 1) \(pane.title)"
        // The border's corners, the title with its spaces, the note's spaces and one rule cell between.
        let room = area.width - DisplayWidth.of(title) - 7
        let note = notes.first { DisplayWidth.of($0) <= room } ?? ""
        let block = Block(title: title, rightTitle: note,
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
        buffer.put(" \(DisplayWidth.truncateAtWord(summary, to: Swift.max(0, area.right - x - 3))) ", x: x, y: area.y,
                   width: area.right - x - 1, style: theme.mutedStyle)
    }
}
