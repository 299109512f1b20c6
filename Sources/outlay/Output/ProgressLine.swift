import Foundation
import OutlayKit

/// A progress line on stderr for long work: a bar, the count, the rate and the time left, redrawn at most
/// ten times a second in place; then the total and the rate on a line of their own. Only on a terminal:
/// a pipe or `--json` gets nothing, so scripts read exactly what they did before.
final class ProgressLine: @unchecked Sendable {
    private let verb: String
    private let unit: String
    private let started = Date()
    private let lock = NSLock()
    // Guarded by `lock`.
    private var lastDrawn = Date.distantPast
    private var latest = WorkProgress(done: 0)
    private var drawn = false

    /// Nil when stderr is no terminal or the output is JSON.
    init?(_ verb: String, unit: String, json: Bool = false) {
        guard !json, isatty(STDERR_FILENO) == 1, (ProcessInfo.processInfo.environment["TERM"] ?? "") != "dumb" else { return nil }
        self.verb = verb
        self.unit = unit
    }

    /// The reporter to hand the work: it draws from whichever thread the work runs on.
    var reporter: ProgressReporter { { [self] progress in update(progress) } }

    func update(_ progress: WorkProgress) {
        let now = Date()
        let text: String? = lock.withLock {
            latest = progress
            guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return nil }
            (lastDrawn, drawn) = (now, true)
            return Self.line(verb: verb, unit: unit, progress: progress, seconds: now.timeIntervalSince(started), width: Self.width)
        }
        if let text { FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8)) }
    }

    /// Clears the line and says what was done, how fast (only when the work was long enough to show a line).
    func finish() {
        let (progress, wasDrawn) = lock.withLock { defer { drawn = false }; return (latest, drawn) }
        guard wasDrawn else { return }
        let seconds = Date().timeIntervalSince(started)
        let summary = "\(verb) \(WorkProgress.grouped(progress.done)) \(unit) in \(String(format: "%.1f", seconds)) s (\(WorkProgress.grouped(Self.rate(progress.done, seconds)))/s)"
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + summary + "\n").utf8))
    }

    /// Takes the line away when the work failed (`finish` said nothing): the error is then read on a clean line.
    func clear() {
        if lock.withLock({ defer { drawn = false }; return drawn }) { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    /// "Importing [████████░░░░░░░░] 52% 520,000 of 1,000,000 rows · 41,210/s · 12 s left", cut to `width`.
    static func line(verb: String, unit: String, progress: WorkProgress, seconds: Double, width: Int) -> String {
        let rate = rate(progress.done, seconds)
        var parts = ["\(verb)"]
        if let total = progress.total, total > 0 {
            // An estimated whole may be passed: the bar waits at 99 % until the work says it is done.
            let done = min(progress.done, total)
            let percent = min(99, Rounding.scaled(Int64(done), by: 100, over: Int64(total)) ?? 0)
            let filled = Int(percent) * 20 / 100
            parts.append("[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled) + "] \(percent)%")
            parts.append("\(WorkProgress.grouped(progress.done)) of \(WorkProgress.grouped(max(total, progress.done))) \(unit)")
            if rate > 0 { parts.append("· \(WorkProgress.grouped(rate))/s · \(timeLeft(Double(max(0, total - progress.done)) / Double(rate))) left") }
        } else {
            parts.append("\(WorkProgress.grouped(progress.done)) \(unit)")
            if rate > 0 { parts.append("· \(WorkProgress.grouped(rate))/s") }
        }
        let text = parts.joined(separator: " ")
        return text.count > width ? String(text.prefix(max(0, width - 1))) : text
    }

    static func rate(_ done: Int, _ seconds: Double) -> Int { seconds > 0 ? Int((Double(done) / seconds).rounded()) : 0 }

    static func timeLeft(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    private static var width: Int {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
