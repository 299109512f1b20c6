import TerminalUI

/// Every key, grouped, generated from the keymap in use (so rebinding shows here).
enum HelpOverlay {
    static func lines(_ keymap: Keymap) -> [(text: String, header: Bool)] {
        var lines: [(String, Bool)] = []
        for group in ["Panes", "Moving", "Editing", "Period", "General"] {
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((group, true))
            for command in Command.allCases where command.group == group {
                let keys = keymap.label(for: command)
                lines.append(("\(DisplayWidth.pad(keys.isEmpty ? "(unbound)" : keys, to: 14)) \(command.summary)", false))
            }
        }
        return lines
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let theme = state.theme
        let all = lines(state.keymap)
        let modal = Modal(block: Block(title: "Keys — any key closes", borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: buffer.width - 4, height: buffer.height - 2)
        let inner = modal.render(in: buffer.area, into: &buffer)
        // Flow into as many columns as the height needs.
        let columnsNeeded = Swift.max(1, (all.count + inner.height - 1) / Swift.max(1, inner.height))
        let columns = Layout.split(inner, .horizontal, Array(repeating: .fill(1), count: columnsNeeded))
        for (index, line) in all.enumerated() {
            let column = columns[Swift.min(index / Swift.max(1, inner.height), columns.count - 1)]
            let y = column.y + index % Swift.max(1, inner.height)
            buffer.put(line.text, x: column.x, y: y, width: column.width - 1, style: line.header ? theme.surfaceAccent : theme.surfaceStyle)
        }
    }
}
