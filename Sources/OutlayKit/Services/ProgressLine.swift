import Foundation

/// A progress line on stderr for long work: a bar, the count, the rate and the time left, redrawn at most
/// ten times a second in place; then the total and the rate on a line of their own. Only on a terminal:
/// a pipe or `--json` gets nothing, so scripts read exactly what they did before. Shared by `outlay` and
/// `outlay-server move-to-postgres`.
public final class ProgressLine: @unchecked Sendable {
    private let verb: String
    private let unit: String
    private let started = Date()
    private let lock = NSLock()
    // Guarded by `lock`.
    private var lastDrawn = Date.distantPast
    private var latest = WorkProgress(done: 0)
    /// A line is on the screen now.
    private var drawn = false
    /// A line was drawn at some point (the work was long enough for a summary).
    private var everDrawn = false

    /// Nil when stderr is no terminal or the output is JSON.
    public init?(_ verb: String, unit: String, json: Bool = false) {
        guard !json, isatty(STDERR_FILENO) == 1, (ProcessInfo.processInfo.environment["TERM"] ?? "") != "dumb" else { return nil }
        self.verb = verb
        self.unit = unit
    }

    /// The reporter to hand the work: it draws from whichever thread the work runs on.
    public var reporter: ProgressReporter { { [self] progress in update(progress) } }

    public func update(_ progress: WorkProgress) {
        let now = Date()
        let text: String? = lock.withLock {
            latest = progress
            guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return nil }
            (lastDrawn, drawn, everDrawn) = (now, true, true)
            return Self.line(verb: verb, unit: unit, progress: progress, milliseconds: Self.milliseconds(since: started), width: Self.width)
        }
        if let text { FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8)) }
    }

    /// Clears the line and says what was done, how fast (only when the work was long enough to show a line).
    public func finish() {
        let (progress, wasDrawn) = lock.withLock { defer { drawn = false }; return (latest, everDrawn) }
        guard wasDrawn else { return }
        let milliseconds = Self.milliseconds(since: started)
        let rate = Rounding.scaled(Int64(progress.done), by: 1_000, over: Int64(max(1, milliseconds))) ?? 0
        let summary = "\(verb) \(WorkProgress.grouped(progress.done)) \(unit) in \(String(format: "%.1f", Double(milliseconds) / 1_000)) s (\(WorkProgress.grouped(Int(rate)))/s)"
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + summary + "\n").utf8))
    }

    /// Takes the line away: before a line of other output, or when the work failed (the error is then read on a clean line).
    public func clear() {
        if lock.withLock({ defer { drawn = false }; return drawn }) { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    /// "Importing [██████████░░░░░░░░░░] 52% · 520,000 of 1,000,000 rows · 41,210/s · 12 s left", cut to `width`.
    static func line(verb: String, unit: String, progress: WorkProgress, milliseconds: Int, width: Int) -> String {
        var phrases = progress.phrases(unit: unit, milliseconds: milliseconds)
        if let permille = progress.permille, !phrases.isEmpty {
            let filled = permille * 20 / 1_000
            phrases[0] = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled) + "] " + phrases[0]
        }
        let text = verb + " " + phrases.joined(separator: " · ")
        return text.count > width ? String(text.prefix(max(0, width - 1))) : text
    }

    private static func milliseconds(since start: Date) -> Int { Int(Date().timeIntervalSince(start) * 1_000) }

    private static var width: Int {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
