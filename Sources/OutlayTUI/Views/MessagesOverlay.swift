import TerminalUI

/// `M`: the status bar's last messages, newest first, each wrapped whole (the status bar cuts a long one at a word).
enum MessagesOverlay {
    static func render(_ scroll: Int, state: AppState, into buffer: inout Buffer) {
        let theme = state.theme
        let keys = state.keymap
        let modal = Modal(block: Block(title: "Messages — \(keys.label(for: .down)) \(keys.label(for: .up)) scroll, other keys close",
                                       borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: Swift.min(100, buffer.width - 4), height: buffer.height - 2)
        let inner = modal.render(in: buffer.area, into: &buffer).inset(by: 1)
        let lines = lines(state.messages, width: inner.width, theme: theme)
        guard !lines.isEmpty else {
            buffer.put("No messages yet.", x: inner.x, y: inner.y, width: inner.width, style: theme.surfaceMuted)
            return
        }
        let first = Swift.min(scroll, Swift.max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.put(line.text, x: inner.x, y: inner.y + row, width: inner.width, style: line.style)
        }
    }

    /// Each message wrapped to the width under a bullet, newest first, a blank line between.
    static func lines(_ messages: [Notice], width: Int, theme: Theme) -> [(text: String, style: Style)] {
        var lines: [(text: String, style: Style)] = []
        for notice in messages.reversed() {
            if !lines.isEmpty { lines.append(("", theme.surfaceStyle)) }
            let style = notice.level == .error ? theme.onSurface(theme.dangerStyle) : theme.surfaceStyle
            for (index, line) in Paragraph.wrap(notice.text, width: Swift.max(8, width - 2)).enumerated() {
                lines.append(((index == 0 ? (notice.level == .error ? "✖ " : "• ") : "  ") + line, style))
            }
        }
        return lines
    }
}
