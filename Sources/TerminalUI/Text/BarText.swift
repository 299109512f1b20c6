/// Horizontal bars drawn with block characters, in eighths of a cell.
public enum BarText {
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `value / maximum` of `width` cells long (never longer), empty for zero.
    public static func bar(_ value: Int64, of maximum: Int64, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let clamped = min(value, maximum)
        // Eighths of a cell, rounded, at least one so that any value shows.
        let (high, low) = clamped.multipliedFullWidth(by: Int64(width * 8))
        let units = max(1, Int(maximum.dividingFullWidth((high, low)).quotient))
        let full = String(repeating: "█", count: units / 8)
        return units % 8 == 0 ? full : full + String(eighths[units % 8 - 1])
    }
}
