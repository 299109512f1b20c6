/// One row of eighth-height blocks, one per value, scaled to the largest; the newest value on the right.
public struct Sparkline: Widget {
    public var values: [Int64]
    public var style: Style
    static let levels: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public init(values: [Int64], style: Style = .plain) {
        self.values = values
        self.style = style
    }

    /// The sparkline as text for the last `width` values.
    public static func text(_ values: [Int64], width: Int) -> String {
        let shown = values.suffix(Swift.max(0, width))
        let maximum = shown.max() ?? 0
        return String(shown.map { value -> Character in
            guard maximum > 0, value > 0 else { return levels[0] }
            // Any spending shows at least the lowest block.
            let (high, low) = value.multipliedFullWidth(by: 8)
            return levels[Swift.max(1, Int(maximum.dividingFullWidth((high, low)).quotient))]
        })
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0 else { return }
        buffer.put(Self.text(values, width: area.width), x: area.x, y: area.y, width: area.width, style: style)
    }
}
