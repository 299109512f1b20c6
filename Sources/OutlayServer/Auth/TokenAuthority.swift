import Foundation
import JWTKit

/// Issues and checks the bearer tokens that carry a user's identity.
///
/// HS256 with an expiry; the subject is the user's id and nothing else in a
/// request (no `user-id` header, no body field) can change who the caller is.
public struct TokenAuthority: Sendable {
    struct Payload: JWTPayload {
        var sub: SubjectClaim
        var exp: ExpirationClaim
        var iat: IssuedAtClaim

        func verify(using algorithm: some JWTAlgorithm) async throws {
            try exp.verifyNotExpired()
        }
    }

    private let keys: JWTKeyCollection
    private let verified = VerifiedTokens()
    let lifetime: TimeInterval

    public init(secret: [UInt8], lifetime: TimeInterval) async {
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.lifetime = lifetime
    }

    /// A token for `userID`, valid from `now` for the configured lifetime.
    public func issue(for userID: String, now: Date = Date()) async throws -> String {
        try await keys.sign(Payload(sub: SubjectClaim(value: userID), exp: ExpirationClaim(value: now.addingTimeInterval(lifetime)),
                                    iat: IssuedAtClaim(value: now)))
    }

    /// The user id a valid, unexpired token was issued for; nil for anything else.
    public func userID(from token: String) async -> String? {
        if let userID = verified.userID(for: token) { return userID }
        guard let payload = try? await keys.verify(token, as: Payload.self) else { return nil }
        verified.remember(token, userID: payload.sub.value, expiry: payload.exp.value)
        return payload.sub.value
    }
}
