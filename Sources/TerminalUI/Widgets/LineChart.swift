/// A line chart drawn in braille dots (2×4 dots per cell), values scaled
/// between the smallest and the largest, which label the top and bottom.
public struct LineChart: Widget {
    public var values: [Int64]
    public var style: Style
    public var axisStyle: Style
    /// The texts for the top and bottom of the scale, e.g. "1,240.00".
    public var maximumLabel: String
    public var minimumLabel: String

    /// A level to draw as a dotted line across the plot (zero, a floor); the scale stretches to include it.
    public var baseline: Int64?
    /// A point to pick out (the lowest), drawn in `markStyle`.
    public var markedIndex: Int?
    public var markStyle: Style

    public init(values: [Int64], style: Style, axisStyle: Style = .plain, maximumLabel: String = "", minimumLabel: String = "",
                baseline: Int64? = nil, markedIndex: Int? = nil, markStyle: Style = .plain) {
        self.values = values
        self.style = style
        self.axisStyle = axisStyle
        self.maximumLabel = maximumLabel
        self.minimumLabel = minimumLabel
        self.baseline = baseline
        self.markedIndex = markedIndex
        self.markStyle = markStyle
    }

    /// The cell row (from the top of a plot `height` cells high) where `value` falls on the values' scale.
    static func cellRow(of value: Int64, in values: [Int64], height: Int, including extra: Int64? = nil) -> Int? {
        let lowest = Swift.min(values.min() ?? 0, extra ?? .max), highest = Swift.max(values.max() ?? 0, extra ?? .min)
        guard height > 0, value >= lowest, value <= highest else { return nil }
        let dotsHigh = height * 4
        let span = Swift.max(highest - lowest, 1)
        let (high, low) = (value - lowest).multipliedFullWidth(by: Int64(dotsHigh - 1))
        return (dotsHigh - 1 - Int(span.dividingFullWidth((high, low)).quotient)) / 4
    }

    /// The dot grid as rows of braille characters, `width`×`height` cells.
    public static func braille(_ values: [Int64], width: Int, height: Int, including extra: Int64? = nil) -> [String] {
        guard width > 0, height > 0 else { return [] }
        let dotsWide = width * 2, dotsHigh = height * 4
        var dots = [[Bool]](repeating: [Bool](repeating: false, count: dotsWide), count: dotsHigh)
        let lowest = Swift.min(values.min() ?? 0, extra ?? .max)
        let span = Swift.max(Swift.max(values.max() ?? 0, extra ?? .min) - lowest, 1)
        func row(_ value: Int64) -> Int {
            let (high, low) = (value - lowest).multipliedFullWidth(by: Int64(dotsHigh - 1))
            return dotsHigh - 1 - Int(span.dividingFullWidth((high, low)).quotient)
        }
        let points: [(x: Int, y: Int)] = values.enumerated().map { index, value in
            let x = values.count == 1 ? 0 : index * (dotsWide - 1) / (values.count - 1)
            return (x, row(value))
        }
        // Join each point to the next with a straight run of dots.
        for (a, b) in zip(points, points.dropFirst()) {
            let steps = Swift.max(abs(b.x - a.x), abs(b.y - a.y), 1)
            for step in 0...steps {
                let x = a.x + (b.x - a.x) * step / steps, y = a.y + (b.y - a.y) * step / steps
                dots[y][x] = true
            }
        }
        if let only = points.first, points.count == 1 { dots[only.y][only.x] = true }
        // Braille bit for dot (column, row) within a cell.
        let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        return (0..<height).map { cellRow in
            String((0..<width).map { cellColumn -> Character in
                var pattern: UInt32 = 0
                for dy in 0..<4 {
                    for dx in 0..<2 where dots[cellRow * 4 + dy][cellColumn * 2 + dx] { pattern |= bits[dy][dx] }
                }
                return Character(Unicode.Scalar(0x2800 + pattern) ?? " ")
            })
        }
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 4 else { return }
        let labelWidth = Swift.max(DisplayWidth.of(maximumLabel), DisplayWidth.of(minimumLabel))
        let plot = Rect(x: area.x + labelWidth + 1, y: area.y, width: area.width - labelWidth - 1, height: area.height)
        buffer.put(maximumLabel, x: area.x, y: area.y, exactly: labelWidth, alignRight: true, style: axisStyle)
        if area.height > 1 {
            buffer.put(minimumLabel, x: area.x, y: area.bottom - 1, exactly: labelWidth, alignRight: true, style: axisStyle)
        }
        let baselineRow = baseline.flatMap { Self.cellRow(of: $0, in: values, height: plot.height, including: $0) }
        let lines = Self.braille(values, width: plot.width, height: plot.height, including: baseline)
        for (offset, line) in lines.enumerated() {
            // The baseline shows where the line leaves a cell empty.
            let text = offset == baselineRow ? String(line.map { $0 == "\u{2800}" ? "┈" : $0 }) : line
            buffer.put(text, x: plot.x, y: plot.y + offset, width: plot.width, style: style)
        }
        if let index = markedIndex, values.indices.contains(index),
           let row = Self.cellRow(of: values[index], in: values, height: plot.height, including: baseline) {
            let column = values.count == 1 ? 0 : index * (plot.width * 2 - 1) / (values.count - 1) / 2
            let glyph = lines[row].map { String($0) }[column]
            buffer.put(glyph, x: plot.x + column, y: plot.y + row, width: 1, style: markStyle)
        }
    }
}
