import Foundation

/// Named figures in the order they were measured, for `outlay bench`.
public struct BenchmarkFigures: Sendable {
    public private(set) var entries: [(key: String, value: Double)] = []

    public init() {}

    public mutating func record(_ key: String, _ value: Double) { entries.append((key, value)) }

    public subscript(key: String) -> Double? { entries.first { $0.key == key }?.value }

    /// Milliseconds of the median of `runs` timed calls of `body`, after one warm-up.
    public static func medianMilliseconds(runs: Int = 15, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return samples.sorted()[samples.count / 2]
    }

    /// The process's peak resident memory so far (VmHWM), in megabytes.
    public static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }
}
