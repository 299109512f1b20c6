import Foundation

/// How far a long piece of work (an import, demo data, an export, a sync) has come: for the command line's
/// progress line and the dashboard's bar. Reported from the working thread, a few times a second at most
/// (once per chunk of rows), so a reporter that draws costs the work nothing it would notice.
public struct WorkProgress: Sendable, Hashable {
    public var done: Int
    /// What the whole is, when known (an estimate for a file not yet read through).
    public var total: Int?

    public init(done: Int, total: Int? = nil) {
        self.done = done
        self.total = total
    }

    /// Tenths of a percent done, when the whole is known; at most 999 (an estimated whole is never "done").
    public var permille: Int? {
        guard let total, total > 0 else { return nil }
        return Int(min(999, Rounding.scaled(Int64(min(done, total)), by: 1_000, over: Int64(total)) ?? 0))
    }

    /// What the command line and the dashboard say after the bar, having run `milliseconds`:
    /// ["52%", "520,000 of 1,000,000 rows", "41,210/s", "12 s left"], or ["520,000 rows", "41,210/s"] with no whole.
    public func phrases(unit: String, milliseconds: Int) -> [String] {
        let rate = Rounding.scaled(Int64(done), by: 1_000, over: Int64(milliseconds)) ?? 0
        var phrases: [String] = []
        if let total, let permille {
            phrases += ["\(permille / 10)%", "\(Self.grouped(done)) of \(Self.grouped(max(total, done))) \(unit)"]
            if rate > 0 {
                let left = Rounding.scaled(Int64(max(0, total - done)), over: rate) ?? 0
                phrases += ["\(Self.grouped(Int(rate)))/s", left < 60 ? "\(max(1, left)) s left" : "\(left / 60) min \(left % 60) s left"]
            }
        } else {
            phrases.append("\(Self.grouped(done)) \(unit)")
            if rate > 0 { phrases.append("\(Self.grouped(Int(rate)))/s") }
        }
        return phrases
    }

    /// The rows a file will give an import, for its progress: estimated from the lines of its first 64 KiB and
    /// its size, so asking costs one small read however large the file (a preview asks at every change).
    /// Exact for a file that small. Nil when it cannot be read.
    public static func expectedRows(inFile path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path), let size = try? handle.seekToEnd() else { return nil }
        defer { try? handle.close() }
        try? handle.seek(toOffset: 0)
        guard let head = try? handle.read(upToCount: 1 << 16), !head.isEmpty else { return 0 }
        let lines = head.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let estimate = UInt64(head.count) >= size ? lines : Int(size * UInt64(max(1, lines)) / UInt64(head.count))
        return max(0, estimate - 1)
    }

    /// "1,000,000": counts as progress lines show them.
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = number < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

public typealias ProgressReporter = @Sendable (WorkProgress) -> Void
