/// One row: segments on the left, key hints on the right, cut from the right when short of room.
public struct StatusBar: Widget {
    public var left: [(text: String, style: Style)]
    public var right: [(text: String, style: Style)]
    public var style: Style

    public init(left: [(text: String, style: Style)], right: [(text: String, style: Style)], style: Style) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0 else { return }
        buffer.fill(area.row(0), with: Cell(" ", style: style))
        var x = area.x
        for segment in left where x < area.right {
            let text = DisplayWidth.truncateAtWord(segment.text, to: area.right - x)
            x += buffer.put(text, x: x, y: area.y, width: area.right - x, style: segment.style)
            x += buffer.put(" ", x: x, y: area.y, width: area.right - x, style: style)
        }
        // Hints fill the space left, dropping from the end the ones that do not fit.
        var hints = right
        while !hints.isEmpty, hints.map({ DisplayWidth.of($0.text) + 2 }).reduce(0, +) > area.right - x { hints.removeLast() }
        var hx = area.right - hints.map { DisplayWidth.of($0.text) + 2 }.reduce(0, +)
        for hint in hints {
            hx += 1
            hx += buffer.put(hint.text, x: hx, y: area.y, style: hint.style)
            hx += 1
        }
    }
}
