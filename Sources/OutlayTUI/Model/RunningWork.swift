import OutlayKit

/// Long work running off the event loop, as the status line says it: what runs, how far, how fast, how long yet.
public struct RunningWork: Sendable, Equatable {
    public var label: String
    public var progress: WorkProgress?
    public var milliseconds = 0

    public init(label: String) { self.label = label }

    /// "Importing statement.csv · 52% · 520,000 of 1,000,000 rows · 41,210/s · 12 s left".
    public var line: String {
        guard let progress, progress.done > 0 else { return label + "…" }
        return ([label] + progress.phrases(unit: "rows", milliseconds: milliseconds)).joined(separator: " · ")
    }
}
