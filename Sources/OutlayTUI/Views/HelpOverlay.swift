import TerminalUI

/// Every key, grouped, generated from the keymap in use (so rebinding shows
/// here). Summaries wrap within their column, columns are filled in turn,
/// and what does not fit goes on a next page: no line is ever cut.
enum HelpOverlay {
    static let keyWidth = 12
    static let columnWidth = 34

    /// One screen row of the help: a group's name, a key with (the start of) its summary, its continuation, or a gap.
    struct Row: Equatable {
        var keys: String
        var text: String
        var header: Bool
    }

    /// Rows in blocks that stay together (a group's title with its first command; a wrapped summary).
    static func blocks(_ keymap: Keymap, summaryWidth: Int) -> [[Row]] {
        var blocks: [[Row]] = []
        for group in ["Panes", "Moving", "Editing", "Period", "General"] {
            var title = [Row(keys: "", text: group, header: true)]
            if !blocks.isEmpty { title.insert(Row(keys: "", text: "", header: false), at: 0) }
            for (index, command) in Command.allCases.filter({ $0.group == group }).enumerated() {
                let keys = keymap.label(for: command)
                let lines = Paragraph.wrap(command.summary, width: Swift.max(8, summaryWidth))
                var block = lines.enumerated().map { offset, line in
                    Row(keys: offset == 0 ? (keys.isEmpty ? ":\(command.rawValue)" : keys) : "", text: line, header: false)
                }
                if index == 0 { block = title + block }
                blocks.append(block)
            }
        }
        return blocks
    }

    /// The pages for a screen: each a list of columns of rows.
    static func pages(_ keymap: Keymap, width: Int, height: Int) -> [[[Row]]] {
        // As `render` draws it: a modal 4 narrower and 2 shorter than the screen, whose inside
        // is 4 narrower and 2 shorter again, and a margin of one all round.
        let inner = (width: Swift.max(10, width - 10), height: Swift.max(3, height - 6))
        let columns = Swift.max(1, Swift.min(3, (inner.width + 2) / (columnWidth + 2)))
        let columnWidth = (inner.width - (columns - 1) * 2) / columns
        let blocks = blocks(keymap, summaryWidth: columnWidth - keyWidth - 1)
        // Columns of about equal length when it all fits on one page; full columns when it takes pages.
        let total = blocks.reduce(0) { $0 + $1.count }
        let balanced = (total + columns - 1) / columns + (blocks.map(\.count).max() ?? 0) / 2
        let height = Swift.min(inner.height, balanced)
        var pages: [[[Row]]] = []
        var page: [[Row]] = []
        var column: [Row] = []
        for block in blocks {
            if column.count + block.count > (total <= inner.height * columns ? height : inner.height), !column.isEmpty {
                page.append(column)
                column = []
                if page.count == columns {
                    pages.append(page)
                    page = []
                }
            }
            // A gap at the top of a column says nothing.
            column += column.isEmpty ? block.drop { $0.text.isEmpty && !$0.header } : block[...]
        }
        if !column.isEmpty { page.append(column) }
        if !page.isEmpty { pages.append(page) }
        return pages
    }

    static func render(_ state: AppState, page index: Int, into buffer: inout Buffer) {
        let theme = state.theme
        let pages = pages(state.keymap, width: buffer.width, height: buffer.height)
        let page = pages.indices.contains(index) ? pages[index] : pages.last ?? []
        let more = index < pages.count - 1
        let title = pages.count > 1 ? "Keys \(index + 1)/\(pages.count) — \(more ? "Space: next page, other keys close" : "any key closes")"
            : "Keys — any key closes"
        let modal = Modal(block: Block(title: title, borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: buffer.width - 4, height: buffer.height - 2)
        let inner = modal.render(in: buffer.area, into: &buffer).inset(by: 1)
        let columnWidth = (inner.width - (Swift.max(1, page.count) - 1) * 2) / Swift.max(1, page.count)
        for (offset, column) in page.enumerated() {
            let x = inner.x + offset * (columnWidth + 2)
            for (row, line) in column.enumerated() where row < inner.height {
                if line.header {
                    buffer.put(line.text, x: x, y: inner.y + row, width: columnWidth, style: theme.surfaceAccent)
                } else {
                    buffer.put(line.keys, x: x, y: inner.y + row, width: keyWidth, style: theme.surfaceMuted)
                    buffer.put(line.text, x: x + keyWidth + 1, y: inner.y + row, width: columnWidth - keyWidth - 1, style: theme.surfaceStyle)
                }
            }
        }
    }
}
