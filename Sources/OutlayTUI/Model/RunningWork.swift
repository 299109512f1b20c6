import OutlayKit

/// Long work running off the event loop, as the status line says it: what runs, how far, how fast, how long yet.
public struct RunningWork: Sendable, Equatable {
    public var label: String
    public var progress: WorkProgress?
    public var milliseconds = 0

    public init(label: String) { self.label = label }

    /// "Importing statement.csv 52% · 520,000 of 1,000,000 rows · 41,210/s · 12 s left".
    public var line: String {
        guard let progress, progress.done > 0 else { return label + "…" }
        let rate = milliseconds > 0 ? Rounding.scaled(Int64(progress.done), by: 1_000, over: Int64(milliseconds)) ?? 0 : 0
        var parts = [label]
        if let total = progress.total, total > 0 {
            parts[0] += " \(min(99, Rounding.percent(Int64(min(progress.done, total)), of: Int64(total)) ?? 0))%"
            parts.append("\(WorkProgress.grouped(progress.done)) of \(WorkProgress.grouped(max(total, progress.done))) rows")
            if rate > 0 {
                let left = Rounding.scaled(Int64(max(0, total - progress.done)), over: rate) ?? 0
                parts += ["\(WorkProgress.grouped(Int(rate)))/s", left < 60 ? "\(max(1, left)) s left" : "\(left / 60) min left"]
            }
        } else {
            parts.append("\(WorkProgress.grouped(progress.done)) rows")
            if rate > 0 { parts.append("\(WorkProgress.grouped(Int(rate)))/s") }
        }
        return parts.joined(separator: " · ")
    }

    /// The fraction done, 0…1000, when the whole is known.
    public var permille: Int? {
        guard let progress, let total = progress.total, total > 0 else { return nil }
        return Int(min(999, Rounding.scaled(Int64(min(progress.done, total)), by: 1_000, over: Int64(total)) ?? 0))
    }
}
