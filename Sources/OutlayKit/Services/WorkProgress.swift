/// How far a long piece of work (an import, demo data, an export) has come: for the command line's
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
}

import Foundation

extension WorkProgress {
    /// The rows a file will give an import, for its progress: its lines but the header (an estimate: a bank's
    /// preamble or a quoted line break is a row more or less, which no bar shows). Nil when it cannot be read.
    public static func expectedRows(inFile path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var count = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            count += chunk.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        }
        return max(0, count - 1)
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
