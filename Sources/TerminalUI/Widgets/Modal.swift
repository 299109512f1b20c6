/// A bordered box drawn over what is already on screen, centred; the caller draws its content in `inner`.
public struct Modal {
    public var block: Block
    public var width: Int
    public var height: Int

    public init(block: Block, width: Int, height: Int) {
        self.block = block
        self.width = width
        self.height = height
    }

    /// The box within `area`, never larger than it.
    public func frame(in area: Rect) -> Rect { area.centered(width: width, height: height) }

    /// Clears and borders the box; returns the area inside the border.
    @discardableResult
    public func render(in area: Rect, into buffer: inout Buffer) -> Rect {
        let box = frame(in: area)
        block.render(in: box, into: &buffer)
        return Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    }
}
