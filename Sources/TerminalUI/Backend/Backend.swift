/// One changed cell for a backend to draw.
public struct CellChange: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}

/// A terminal to draw on and read keys from: curses in the app, memory in tests.
public protocol Backend: AnyObject {
    /// The size in cells, read fresh each time (it changes on resize).
    var size: (width: Int, height: Int) { get }
    /// Draws these cells; they show after `flush`.
    func draw(_ changes: [CellChange])
    /// Forgets what is on screen, so the next frame is drawn in full.
    func clear()
    /// Shows the cursor at a cell (for text input), or hides it with nil.
    func setCursor(_ position: (x: Int, y: Int)?)
    func flush()
    /// Rings the terminal bell.
    func bell()
    /// Waits up to `timeoutMilliseconds` for an event; nil when none came.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}
