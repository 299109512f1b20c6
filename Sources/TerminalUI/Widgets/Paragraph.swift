/// Text wrapped at word boundaries to an area's width; lines past the bottom are left out.
public struct Paragraph: Widget {
    public var lines: [(text: String, style: Style)]

    public init(_ lines: [(text: String, style: Style)]) { self.lines = lines }
    public init(_ text: String, style: Style = .plain) { lines = [(text, style)] }

    public func render(in area: Rect, into buffer: inout Buffer) {
        var y = area.y
        for line in lines {
            for wrapped in Self.wrap(line.text, width: area.width) {
                guard y < area.bottom else { return }
                buffer.put(wrapped, x: area.x, y: y, width: area.width, style: line.style)
                y += 1
            }
        }
    }

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
