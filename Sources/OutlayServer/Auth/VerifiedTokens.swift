import Foundation
import Synchronization

/// Tokens whose signature has already been checked, with their subject and
/// expiry. A client sends the same token on every request; checking the
/// HMAC and decoding its JSON claims each time was a tenth of a list
/// request's cost. A token is immutable, so only its expiry can change the
/// answer, and that is checked on every hit.
final class VerifiedTokens: Sendable {
    private static let capacity = 4096
    private let entries = Mutex<[String: (userID: String, expiry: Date)]>([:])

    func userID(for token: String, now: Date = Date()) -> String? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard now < entry.expiry else {
                entries[token] = nil
                return nil
            }
            return entry.userID
        }
    }

    func remember(_ token: String, userID: String, expiry: Date) {
        entries.withLock { entries in
            // Dropping everything at the cap is simple and costs one re-check per live token.
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = (userID, expiry)
        }
    }
}
