#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A backend in memory: tests feed it events and read what it shows.
public final class TestBackend: Backend {
    public private(set) var screen: Buffer
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var bells = 0
    /// How many cells each flush drew, to check that diffing draws only changes.
    public private(set) var drawnPerFlush: [Int] = []
    public var events: [TerminalEvent] = []
    /// Asked for the next event when `events` is empty (a headless run of the real loop): nil is a quiet terminal,
    /// which waits as one does, up to the loop's timeout (at most 10 ms, so the script is asked again soon).
    public var script: (() -> TerminalEvent?)?
    private var pending = 0

    public init(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
    }

    public var size: (width: Int, height: Int) { (screen.width, screen.height) }

    public func resize(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
        events.append(.resize(width: width, height: height))
    }

    public func draw(_ changes: [CellChange]) {
        for change in changes { screen.set(x: change.x, y: change.y, change.cell) }
        pending += changes.count
    }

    public func clear() { screen = Buffer(width: screen.width, height: screen.height) }
    public func setCursor(_ position: (x: Int, y: Int)?) { cursor = position }
    public func flush() { drawnPerFlush.append(pending); pending = 0 }
    public func bell() { bells += 1 }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if !events.isEmpty { return events.removeFirst() }
        guard let script else { return nil }
        if let event = script() { return event }
        usleep(UInt32(Swift.max(0, Swift.min(timeoutMilliseconds, 10))) * 1_000)
        return nil
    }

    /// The screen as text, trailing spaces removed.
    public var lines: [String] { screen.trimmedLines }
}
