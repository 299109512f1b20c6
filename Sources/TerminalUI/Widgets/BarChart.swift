/// Horizontal bars, one per row: a label, a bar scaled to the largest value, and a value text.
public struct BarChart: Widget {
    public struct Bar: Sendable {
        public var label: String
        public var value: Int64
        public var valueText: String
        public var style: Style
        public init(label: String, value: Int64, valueText: String, style: Style) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.style = style
        }
    }

    public var bars: [Bar]
    public var labelStyle: Style
    public var valueStyle: Style

    public init(bars: [Bar], labelStyle: Style = .plain, valueStyle: Style = .plain) {
        self.bars = bars
        self.labelStyle = labelStyle
        self.valueStyle = valueStyle
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.width > 8, area.height > 0, !bars.isEmpty else { return }
        let shown = bars.prefix(area.height)
        let labelWidth = Swift.min(shown.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = Swift.min(shown.map { DisplayWidth.of($0.valueText) }.max() ?? 0, area.width / 3)
        let barWidth = area.width - labelWidth - valueWidth - 2
        let maximum = shown.map(\.value).max() ?? 0
        for (offset, bar) in shown.enumerated() {
            let y = area.y + offset
            buffer.put(bar.label, x: area.x, y: y, exactly: labelWidth, style: labelStyle)
            buffer.put(BarText.bar(bar.value, of: maximum, width: barWidth), x: area.x + labelWidth + 1, y: y, width: barWidth,
                       style: bar.style)
            buffer.put(bar.valueText, x: area.right - valueWidth, y: y, exactly: valueWidth, alignRight: true, style: valueStyle)
        }
    }
}
