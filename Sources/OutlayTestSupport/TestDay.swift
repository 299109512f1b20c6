import Foundation

/// The day every test takes as today, handed to the binaries it starts as
/// `OUTLAY_TODAY`: a fixed day, so no test passes on the 2nd and fails on the
/// 6th. Set `OUTLAY_TODAY` to run the whole suite on another day (a 28th,
/// 29 February, 31 December).
public enum TestDay {
    public static let text: String = ProcessInfo.processInfo.environment["OUTLAY_TODAY"].flatMap { $0.isEmpty ? nil : $0 } ?? "2026-11-28"

    /// `text` as year, month and day.
    public static var parts: (year: Int, month: Int, day: Int) {
        let numbers = text.split(separator: "-").compactMap { Int($0) }
        return (numbers[0], numbers[1], numbers[2])
    }
}
