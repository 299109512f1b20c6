/// Vertical bars from a zero baseline, one group per label (a month) with a
/// bar per series side by side (spending beside income), the scale's top
/// and zero written on the left, each group's label under it.
public struct ColumnChart: Widget {
    public struct Series {
        public var values: [Int64]
        public var style: Style

        public init(values: [Int64], style: Style) {
            self.values = values
            self.style = style
        }
    }

    public var labels: [String]
    public var series: [Series]
    public var maximumLabel: String
    public var axisStyle: Style

    public init(labels: [String], series: [Series], maximumLabel: String, axisStyle: Style = .plain) {
        self.labels = labels
        self.series = series
        self.maximumLabel = maximumLabel
        self.axisStyle = axisStyle
    }

    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.height >= 3, !labels.isEmpty, !series.isEmpty else { return }
        let axisWidth = Swift.max(DisplayWidth.of(maximumLabel), 1)
        let plotX = area.x + axisWidth + 1
        let plotWidth = area.right - plotX
        // Each group: a column per series, and a gap when there is room for one.
        let barsPerGroup = series.count
        let groupWidth = Swift.max(barsPerGroup, plotWidth / labels.count)
        guard plotWidth >= barsPerGroup else { return }
        let shown = Swift.min(labels.count, plotWidth / groupWidth)
        let first = labels.count - shown  // the newest groups when not all fit
        let rows = area.height - 1
        let maximum = series.flatMap(\.values).max() ?? 0
        buffer.put(maximumLabel, x: area.x, y: area.y, exactly: axisWidth, alignRight: true, style: axisStyle)
        buffer.put("0", x: area.x, y: area.y + rows - 1, exactly: axisWidth, alignRight: true, style: axisStyle)
        for row in 0..<rows { buffer.put("┤", x: plotX - 1, y: area.y + row, style: axisStyle) }
        for group in 0..<shown {
            let index = first + group
            let x = plotX + group * groupWidth
            for (offset, line) in series.enumerated() where index < line.values.count {
                let eighthsTall = Self.height(line.values[index], of: maximum, rows: rows)
                for row in 0..<rows {
                    let fromBottom = rows - 1 - row
                    let fill = Swift.min(8, Swift.max(0, eighthsTall - fromBottom * 8))
                    guard fill > 0 else { continue }
                    buffer.put(String(Self.eighths[fill]), x: x + offset, y: area.y + row, style: line.style)
                }
            }
            let label = DisplayWidth.truncate(labels[index], to: groupWidth)
            buffer.put(label, x: x, y: area.y + rows, width: groupWidth, style: axisStyle)
        }
    }

    /// A value's height in eighths of a row, from zero; any value above zero shows at least one eighth.
    static func height(_ value: Int64, of maximum: Int64, rows: Int) -> Int {
        guard value > 0, maximum > 0 else { return 0 }
        let (high, low) = Swift.min(value, maximum).multipliedFullWidth(by: Int64(rows * 8))
        return Swift.max(1, Int(maximum.dividingFullWidth((high, low)).quotient))
    }
}
