/// One terminal cell. A wide glyph takes a lead cell holding the glyph and a
/// continuation cell after it with an empty symbol.
public struct Cell: Sendable, Hashable {
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// The right half of a wide glyph: never drawn on its own.
    public var isContinuation: Bool { symbol.isEmpty }

    public static let blank = Cell()
}
