import TerminalUI

/// The command palette: type to narrow, Enter runs.
enum PaletteOverlay {
    static func render(_ palette: PaletteState, state: AppState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let entries = PaletteEntry.matching(palette.input.text, keymap: state.keymap, themes: state.themeNames)
        let modal = Modal(block: Block(title: "Commands", borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: Swift.min(76, buffer.width - 4), height: Swift.min(20, buffer.height - 2))
        let inner = modal.render(in: buffer.area, into: &buffer)
        buffer.put(": ", x: inner.x, y: inner.y, style: theme.surfaceAccent)
        let field = Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1)
        let text = TextField(input: palette.input, placeholder: "type to search commands and themes", style: theme.surfaceStyle,
                             placeholderStyle: theme.surfaceMuted)
        text.render(in: field, into: &buffer)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        guard !entries.isEmpty else {
            buffer.put("Nothing matches", x: list.x, y: list.y, width: list.width, style: theme.surfaceMuted)
            return text.cursor(in: field)
        }
        let first = Swift.max(0, palette.selected - list.height + 1)
        for (offset, entry) in entries.dropFirst(first).prefix(list.height).enumerated() {
            let y = list.y + offset
            let selected = first + offset == palette.selected
            let style = selected ? theme.selectionStyle : theme.surfaceStyle
            if selected { buffer.fill(list.row(offset), with: Cell(" ", style: style)) }
            let keysWidth = DisplayWidth.of(entry.keys)
            buffer.put(entry.title, x: list.x + 1, y: y, width: list.width - keysWidth - 3, style: style)
            buffer.put(entry.keys, x: list.right - keysWidth - 1, y: y, width: keysWidth, style: selected ? style : theme.surfaceMuted)
        }
        return text.cursor(in: field)
    }
}
