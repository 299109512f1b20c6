/// Draws frames on a backend, sending only the cells that changed since the last frame.
public final class Terminal {
    public let backend: any Backend
    private var previous: Buffer?

    public init(backend: any Backend) {
        self.backend = backend
    }

    /// Renders a frame with `render` and shows it; returns the frame.
    @discardableResult
    public func draw(cursor: (x: Int, y: Int)? = nil, _ render: (inout Buffer) -> Void) -> Buffer {
        let (width, height) = backend.size
        var frame = Buffer(width: width, height: height)
        render(&frame)
        show(frame, cursor: cursor)
        return frame
    }

    /// Shows a rendered frame, drawing only what differs from the last one.
    public func show(_ frame: Buffer, cursor: (x: Int, y: Int)? = nil) {
        if previous?.width != frame.width || previous?.height != frame.height {
            backend.clear()
            previous = nil
        }
        backend.draw(Self.changes(from: previous, to: frame))
        backend.setCursor(cursor)
        backend.flush()
        previous = frame
    }

    /// Forgets the last frame so the next one is drawn in full (after a resize or a redraw request).
    public func invalidate() {
        previous = nil
        backend.clear()
    }

    /// The cells of `new` that differ from `old` (every cell when there is no old).
    public static func changes(from old: Buffer?, to new: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        for y in 0..<new.height {
            for x in 0..<new.width {
                let cell = new[x, y]
                if let old, old[x, y] == cell { continue }
                changes.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return changes
    }
}
