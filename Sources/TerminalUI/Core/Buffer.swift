/// A grid of cells that widgets draw into; the terminal shows one per frame.
///
/// Every string goes through `TerminalSafeText` on its way in, so no widget
/// can send a control character or escape sequence to the terminal.
public struct Buffer: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Sets one cell, repairing a wide glyph it cuts in half (the other half becomes a space).
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1].symbol = " "
        }
        if !cells[index].isContinuation, x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1].symbol = " "
        }
        cells[index] = cell
    }

    /// Writes `text` from (x, y) in at most `width` cells; returns the cells used.
    ///
    /// Wide glyphs take two cells; one that would cross the limit becomes a
    /// space. Combining marks stay with their base character (Swift's
    /// `Character` is a grapheme cluster).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width limit: Int? = nil, style: Style = .plain) -> Int {
        putSafe(TerminalSafeText.sanitize(text), x: x, y: y, width: limit, style: style)
    }

    /// Writes `text` padded or cut (with "…") to exactly `width` cells.
    public mutating func put(_ text: String, x: Int, y: Int, exactly width: Int, alignRight: Bool = false, style: Style = .plain) {
        // Sanitised before measuring: a control picture is one cell, an invisible bidi override is none.
        putSafe(DisplayWidth.pad(TerminalSafeText.sanitize(text), to: width, alignRight: alignRight), x: x, y: y, width: width, style: style)
    }

    /// `put` for text already through `TerminalSafeText`.
    @discardableResult
    private mutating func putSafe(_ text: String, x: Int, y: Int, width limit: Int?, style: Style) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = Swift.min(width, limit.map { x + Swift.max(0, $0) } ?? width)
        var column = x
        for character in text {
            guard column < end else { break }
            let cellWidth = character.isASCII ? 1 : DisplayWidth.of(character)
            if cellWidth == 0 { continue }
            if column + cellWidth > end {
                // A wide glyph cut by the edge: show a space rather than half a glyph.
                if column >= 0 { set(x: column, y: y, Cell(" ", style: style)) }
                column += 1
                break
            }
            if column >= 0 {
                set(x: column, y: y, Cell(String(character), style: style))
                if cellWidth == 2 { set(x: column + 1, y: y, Cell("", style: style)) }
            }
            column += cellWidth
        }
        return Swift.max(0, column - x)
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        for y in Swift.max(0, rect.y)..<Swift.min(height, rect.bottom) {
            for x in Swift.max(0, rect.x)..<Swift.min(width, rect.right) {
                cells[y * width + x] = cell
            }
        }
    }

    /// Changes the style of a rectangle's cells, keeping their symbols.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in Swift.max(0, rect.y)..<Swift.min(height, rect.bottom) {
            for x in Swift.max(0, rect.x)..<Swift.min(width, rect.right) {
                change(&cells[y * width + x].style)
            }
        }
    }

    /// The rows as text, one string per row (continuation cells left out).
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation { line += cells[y * width + x].symbol }
            return line
        }
    }

    /// The rows as text with trailing spaces removed, as snapshots store them.
    public var trimmedLines: [String] {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }
}

private extension Character {
    var isASCII: Bool { asciiValue.map { $0 >= 0x20 && $0 < 0x7F } ?? false }
}
