/// A one-row progress bar with a label centred on it. `permille` 1 000 is
/// full; more is drawn full (the label says by how much).
public struct Gauge: Widget {
    public var permille: Int64
    public var label: String
    /// The filled part: its foreground colour becomes the bar's background.
    public var filledStyle: Style
    public var emptyStyle: Style

    public init(permille: Int64, label: String, filledStyle: Style, emptyStyle: Style) {
        self.permille = permille
        self.label = label
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        let filled = Int(Swift.min(Swift.max(permille, 0), 1_000) * Int64(area.width) / 1_000)
        // Drawn as background colour so the label stays readable over the bar.
        let bar = Style(foreground: filledStyle.background, background: filledStyle.foreground, attributes: .bold)
        for column in 0..<area.width {
            buffer.set(x: area.x + column, y: area.y, column < filled ? Cell(" ", style: bar) : Cell("·", style: emptyStyle))
        }
        let labelStart = area.x + Swift.max(0, (area.width - DisplayWidth.of(label)) / 2)
        let labelEnd = labelStart + buffer.put(label, x: labelStart, y: area.y, width: area.right - labelStart)
        // The label takes the bar's colours over the filled part and the empty part's beyond it.
        let split = Swift.min(Swift.max(area.x + filled, labelStart), labelEnd)
        buffer.restyle(Rect(x: labelStart, y: area.y, width: split - labelStart, height: 1)) { $0 = bar }
        buffer.restyle(Rect(x: split, y: area.y, width: labelEnd - split, height: 1)) { $0 = emptyStyle.adding(.bold) }
    }
}
