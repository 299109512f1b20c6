/// Text wrapped at word boundaries to an area's width; when lines are left
/// out at the bottom, the last one shown ends with "…".
public struct Paragraph: Widget {
    public var lines: [(text: String, style: Style)]

    public init(_ lines: [(text: String, style: Style)]) { self.lines = lines }
    public init(_ text: String, style: Style = .plain) { lines = [(text, style)] }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        let wrapped = lines.flatMap { line in Self.wrap(line.text, width: area.width).map { ($0, line.style) } }
        for (offset, line) in wrapped.prefix(area.height).enumerated() {
            var text = line.0
            if offset == area.height - 1, wrapped.count > area.height {
                text = DisplayWidth.of(text) + 2 <= area.width ? text + " …" : String(DisplayWidth.truncate(text, to: area.width).dropLast()) + "…"
            }
            buffer.put(text, x: area.x, y: area.y + offset, width: area.width, style: line.1)
        }
    }

    /// How many rows `text` takes at `width`.
    public static func height(_ lines: [String], width: Int) -> Int { lines.reduce(0) { $0 + wrap($1, width: width).count } }

    /// Breaks `text` into lines of at most `width` cells, between words where it can.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let w = DisplayWidth.of(word)
            if used > 0, used + 1 + w > width {
                result.append(current)
                current = ""
                used = 0
            }
            if used > 0 { current += " "; used += 1 }
            if w > width {
                // A word longer than the line is cut where the line ends.
                for character in word {
                    let cw = DisplayWidth.of(character)
                    if used + cw > width { result.append(current); current = ""; used = 0 }
                    current.append(character)
                    used += cw
                }
            } else {
                current += word
                used += w
            }
        }
        result.append(current)
        return result
    }
}
