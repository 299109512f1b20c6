import Foundation
import Synchronization

/// Counts failed logins per email over a sliding window; past the limit,
/// logins for that email answer 429 until old failures age out.
final class LoginLimiter: Sendable {
    private let limit: Int
    private let window: TimeInterval
    private let failures = Mutex<[String: [Date]]>([:])

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Seconds until the email may try again; nil when it may try now.
    func retryAfter(_ email: String, now: Date = Date()) -> Int? {
        failures.withLock { table in
            let recent = (table[email] ?? []).filter { now.timeIntervalSince($0) < window }
            table[email] = recent.isEmpty ? nil : recent
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
        }
    }

    func recordFailure(_ email: String, now: Date = Date()) {
        failures.withLock { table in
            var recent = (table[email] ?? []).filter { now.timeIntervalSince($0) < window }
            recent.append(now)
            table[email] = recent
            // A flood of distinct emails must not grow the table without bound.
            if table.count > 100_000 {
                table = table.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
            }
        }
    }

    func recordSuccess(_ email: String) {
        failures.withLock { _ = $0.removeValue(forKey: email) }
    }
}
