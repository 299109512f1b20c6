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

extension WorkProgress {
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
