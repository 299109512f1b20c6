import Foundation
import OutlayAPI
import OutlayBasics
import Synchronization

/// Per-route request counts, error counts and latency percentiles: the usage
/// analytics of the original design, for `/api/admin/usage` and `/metrics`.
///
/// Latencies keep the most recent samples per route in a ring, so percentiles
/// follow current behaviour and memory stays fixed however long it runs.
final class UsageStatistics: Sendable {
    static let samplesPerRoute = 2048

    struct RouteKey: Hashable, Sendable, Comparable {
        var method: String
        var route: String

        static func < (lhs: RouteKey, rhs: RouteKey) -> Bool { (lhs.route, lhs.method) < (rhs.route, rhs.method) }
    }

    struct RouteStats: Sendable {
        var requests = 0
        var errors = 0
        var statuses: [Int: Int] = [:]
        var totalMicroseconds: Int64 = 0
        var samples: [Int64] = []
        var next = 0

        mutating func record(status: Int, microseconds: Int64) {
            requests += 1
            if status >= 400 { errors += 1 }
            statuses[status, default: 0] += 1
            totalMicroseconds += microseconds
            if samples.count < UsageStatistics.samplesPerRoute {
                samples.append(microseconds)
            } else {
                samples[next] = microseconds
                next = (next + 1) % UsageStatistics.samplesPerRoute
            }
        }

        /// Nearest-rank percentile of the kept samples, in microseconds.
        func percentile(_ p: Int, of sorted: [Int64]) -> Int64 {
            guard !sorted.isEmpty else { return 0 }
            let rank = (p * sorted.count + 99) / 100
            return sorted[max(0, min(sorted.count - 1, rank - 1))]
        }
    }

    let startedAt = Date()
    private let table = Mutex<[RouteKey: RouteStats]>([:])

    func record(method: String, route: String, status: Int, microseconds: Int64) {
        table.withLock { $0[RouteKey(method: method, route: route), default: RouteStats()].record(status: status, microseconds: microseconds) }
    }

    func snapshot() -> [(key: RouteKey, stats: RouteStats)] {
        table.withLock { $0.map { (key: $0.key, stats: $0.value) } }.sorted { $0.key < $1.key }
    }

    /// `/api/admin/usage`'s body.
    func report() -> JSONValue {
        let entries = snapshot()
        let routes = entries.map { entry -> JSONValue in
            let sorted = entry.stats.samples.sorted()
            return .object([
                "method": .string(entry.key.method), "route": .string(entry.key.route),
                "requests": .integer(entry.stats.requests), "errors": .integer(entry.stats.errors),
                "statuses": .object(JSONObject(entry.stats.statuses.sorted { $0.key < $1.key }
                    .map { (key: String($0.key), value: JSONValue.integer($0.value)) })),
                "latencyMs": .object([
                    "p50": Self.milliseconds(entry.stats.percentile(50, of: sorted)),
                    "p95": Self.milliseconds(entry.stats.percentile(95, of: sorted)),
                    "p99": Self.milliseconds(entry.stats.percentile(99, of: sorted)),
                    "mean": Self.milliseconds(entry.stats.requests == 0 ? 0 : entry.stats.totalMicroseconds / Int64(entry.stats.requests)),
                ]),
            ])
        }
        return .object([
            "since": .string(ISO8601DateFormatter().string(from: startedAt)),
            "requests": .integer(entries.reduce(0) { $0 + $1.stats.requests }),
            "routes": .array(routes),
        ])
    }

    /// Microseconds as a millisecond figure with three decimals, written exactly ("1.234").
    static func milliseconds(_ microseconds: Int64) -> JSONValue {
        .number("\(microseconds / 1000).\(String(microseconds % 1000).leftPadded(to: 3))")
    }

    static func seconds(_ microseconds: Int64) -> String {
        "\(microseconds / 1_000_000).\(String(microseconds % 1_000_000).leftPadded(to: 6))"
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
