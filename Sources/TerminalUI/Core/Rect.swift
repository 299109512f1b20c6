/// A rectangle of cells; `x`, `y` from the top-left corner.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
    }

    public var right: Int { x + width }
    public var bottom: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "\(width)x\(height)+\(x)+\(y)" }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }

    /// The row `offset` lines down, one cell high (empty when outside).
    public func row(_ offset: Int) -> Rect {
        offset < height ? Rect(x: x, y: y + offset, width: width, height: 1) : Rect(x: x, y: y, width: 0, height: 0)
    }

    /// A `width`×`height` rectangle centred in this one (clamped to it).
    public func centered(width: Int, height: Int) -> Rect {
        let w = Swift.min(width, self.width), h = Swift.min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }
}
