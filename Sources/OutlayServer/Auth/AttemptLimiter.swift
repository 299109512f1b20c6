import Foundation
import Synchronization

/// Counts attempts per key over a sliding window: logins per email, sign-ups
/// per client address. An attempt is counted when it arrives, before its
/// password is hashed, so a burst of concurrent guesses cannot all pass the
/// check before any is recorded; past the limit, that key answers 429 until
/// old attempts age out. A successful login takes back only its own attempt.
final class AttemptLimiter: Sendable {
    /// One admitted attempt, to take back if it succeeds.
    struct Attempt: Sendable {
        let key: String
        let time: Date
    }

    private let limit: Int
    private let window: TimeInterval
    private let attempts = Mutex<[String: [Date]]>([:])

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Counts an attempt for `key` now: `.success` to go on and check the
    /// password, `.failure` with the seconds until it may try again.
    func admit(_ key: String, now: Date = Date()) -> Result<Attempt, RetryAfter> {
        attempts.withLock { table in
            var recent = (table[key] ?? []).filter { now.timeIntervalSince($0) < window }
            if recent.count >= limit, let oldest = recent.first {
                table[key] = recent
                return .failure(RetryAfter(seconds: max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))))
            }
            recent.append(now)
            table[key] = recent
            // A flood of distinct emails must not grow the table without bound.
            if table.count > 100_000 {
                table = table.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
            }
            return .success(Attempt(key: key, time: now))
        }
    }

    /// The attempt's password was right: it does not count against the email.
    func succeeded(_ attempt: Attempt) {
        attempts.withLock { table in
            guard var recent = table[attempt.key], let index = recent.firstIndex(of: attempt.time) else { return }
            recent.remove(at: index)
            table[attempt.key] = recent.isEmpty ? nil : recent
        }
    }

    struct RetryAfter: Error {
        let seconds: Int
    }
}
