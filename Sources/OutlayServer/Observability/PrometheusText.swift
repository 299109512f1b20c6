import Foundation

/// `/metrics`: the usage table in Prometheus's text exposition format (0.0.4).
enum PrometheusText {
    static func render(_ statistics: UsageStatistics, users: Int) -> String {
        let entries = statistics.snapshot()
        var lines = [
            "# HELP outlay_http_requests_total Requests answered, by method, route and status.",
            "# TYPE outlay_http_requests_total counter",
        ]
        for entry in entries {
            for (status, count) in entry.stats.statuses.sorted(by: { $0.key < $1.key }) {
                lines.append("outlay_http_requests_total{\(labels(entry.key)),status=\"\(status)\"} \(count)")
            }
        }
        lines += [
            "# HELP outlay_http_request_duration_seconds Request latency over the most recent requests per route.",
            "# TYPE outlay_http_request_duration_seconds summary",
        ]
        for entry in entries {
            let sorted = entry.stats.samples.sorted()
            for (quantile, p) in [("0.5", 50), ("0.95", 95), ("0.99", 99)] {
                lines.append("outlay_http_request_duration_seconds{\(labels(entry.key)),quantile=\"\(quantile)\"} "
                             + UsageStatistics.seconds(entry.stats.percentile(p, of: sorted)))
            }
            lines.append("outlay_http_request_duration_seconds_sum{\(labels(entry.key))} \(UsageStatistics.seconds(entry.stats.totalMicroseconds))")
            lines.append("outlay_http_request_duration_seconds_count{\(labels(entry.key))} \(entry.stats.requests)")
        }
        lines += [
            "# HELP outlay_users Registered accounts.",
            "# TYPE outlay_users gauge",
            "outlay_users \(users)",
            "# HELP outlay_uptime_seconds Seconds since the server started.",
            "# TYPE outlay_uptime_seconds gauge",
            "outlay_uptime_seconds \(Int(-statistics.startedAt.timeIntervalSinceNow))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func labels(_ key: UsageStatistics.RouteKey) -> String {
        "method=\"\(escape(key.method))\",route=\"\(escape(key.route))\""
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
