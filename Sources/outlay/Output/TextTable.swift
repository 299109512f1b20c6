import TerminalUI

/// An aligned text table. Cells are measured in terminal cells, so wide
/// characters line up; user text is sanitised before it is measured.
struct TextTable {
    struct Column {
        let title: String
        var alignRight = false
        /// The one column that shrinks when the table is wider than the terminal.
        var flexible = false
    }

    struct Cell {
        let text: String
        /// Applied after padding, so colour codes never count towards width.
        var style: (String) -> String = { $0 }
    }

    let columns: [Column]
    var rows: [[Cell]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func append(_ cells: [Cell]) { rows.append(cells.map { Cell(text: TerminalSafeText.sanitize($0.text), style: $0.style) }) }

    /// The table cut to `maximum` columns (the flexible one shrinks, with "…"); nil: as wide as it is.
    func render(width maximum: Int?, style: TerminalStyle) -> String {
        var widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1[index].text)) }
        }
        let total = widths.reduce(0, +) + 2 * (columns.count - 1)
        if let maximum, total > maximum, let flexible = columns.firstIndex(where: \.flexible) {
            widths[flexible] = max(8, widths[flexible] - (total - maximum))
        }
        func line(_ cells: [Cell]) -> String {
            cells.indices.map { index in
                let padded = DisplayWidth.pad(cells[index].text, to: widths[index], alignRight: columns[index].alignRight)
                return cells[index].style(padded)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let header = line(columns.map { column in Cell(text: column.title) { style.bold($0) } })
        return ([header] + rows.map(line)).joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
