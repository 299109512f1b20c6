import Foundation
import Synchronization

/// Tokens whose signature has already been checked, with their subject,
/// generation, expiry and when their account was last looked at. A client
/// sends the same token on every request; checking the HMAC and decoding its
/// JSON claims each time was a tenth of a list request's cost. A token is
/// immutable, so only its expiry and its account can change the answer: the
/// expiry is checked on every hit, the account every few seconds.
final class VerifiedTokens: Sendable {
    struct Entry: Sendable {
        let userID: String
        let generation: Int
        let expiry: Date
        let checkedAt: Date
    }

    private static let capacity = 4096
    private let entries = Mutex<[String: Entry]>([:])

    /// The unexpired entry for `token`, if remembered.
    func entry(for token: String, now: Date = Date()) -> Entry? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard now < entry.expiry else {
                entries[token] = nil
                return nil
            }
            return entry
        }
    }

    /// The user a remembered, unexpired token names.
    func userID(for token: String, now: Date = Date()) -> String? { entry(for: token, now: now)?.userID }

    func remember(_ token: String, userID: String, generation: Int = 0, expiry: Date, checkedAt: Date = Date()) {
        entries.withLock { entries in
            // Dropping everything at the cap is simple and costs one re-check per live token.
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = Entry(userID: userID, generation: generation, expiry: expiry, checkedAt: checkedAt)
        }
    }

    func forget(_ token: String) {
        entries.withLock { _ = $0.removeValue(forKey: token) }
    }

    func forget(userID: String) {
        entries.withLock { entries in entries = entries.filter { $0.value.userID != userID } }
    }
}
