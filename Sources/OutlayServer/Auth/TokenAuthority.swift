import Foundation
import JWTKit

/// Issues and checks the bearer tokens that carry a user's identity.
///
/// HS256 with an expiry; the subject is the user's id and nothing else in a
/// request (no `user-id` header, no body field) can change who the caller is.
/// A token also names its account's token generation: it is good only while
/// the account exists and is still in that generation (a password change or
/// `outlay-server users revoke` moves it on). A checked token is remembered,
/// and its account looked at again every few seconds, so a revocation made
/// by another process takes effect within `recheckInterval` (5 s).
public struct TokenAuthority: Sendable {
    struct Payload: JWTPayload {
        var sub: SubjectClaim
        var exp: ExpirationClaim
        var iat: IssuedAtClaim
        /// The account's token generation at issue; absent in tokens made before generations (generation 0).
        var gen: Int?

        func verify(using algorithm: some JWTAlgorithm) async throws {
            try exp.verifyNotExpired()
        }
    }

    /// Whether an account with this id exists and is in this token generation; throws when the users cannot be read
    /// (the database is down): that is not a reason to sign anyone out.
    typealias AccountCheck = @Sendable (_ userID: String, _ generation: Int) async throws -> Bool

    private let keys: JWTKeyCollection
    private let verified = VerifiedTokens()
    private let accountIsCurrent: AccountCheck
    let lifetime: TimeInterval
    let recheckInterval: TimeInterval

    init(secret: [UInt8], lifetime: TimeInterval, recheckInterval: TimeInterval = 5, accountIsCurrent: @escaping AccountCheck) async {
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.lifetime = lifetime
        self.recheckInterval = recheckInterval
        self.accountIsCurrent = accountIsCurrent
    }

    /// A token for `userID` in its account's `generation`, valid from `now` for the configured lifetime.
    func issue(for userID: String, generation: Int, now: Date = Date()) async throws -> String {
        try await keys.sign(Payload(sub: SubjectClaim(value: userID), exp: ExpirationClaim(value: now.addingTimeInterval(lifetime)),
                                    iat: IssuedAtClaim(value: now), gen: generation))
    }

    /// The user id a valid, unexpired token of a current account was issued for; nil for anything else.
    /// Throws, rather than answering nil, when the account cannot be looked at.
    func userID(from token: String, now: Date = Date()) async throws -> String? {
        if let known = verified.entry(for: token, now: now) {
            if now.timeIntervalSince(known.checkedAt) < recheckInterval { return known.userID }
            guard try await accountIsCurrent(known.userID, known.generation) else {
                verified.forget(token)
                return nil
            }
            verified.remember(token, userID: known.userID, generation: known.generation, expiry: known.expiry, checkedAt: now)
            return known.userID
        }
        guard let payload = try? await keys.verify(token, as: Payload.self),
              try await accountIsCurrent(payload.sub.value, payload.gen ?? 0) else { return nil }
        verified.remember(token, userID: payload.sub.value, generation: payload.gen ?? 0, expiry: payload.exp.value, checkedAt: now)
        return payload.sub.value
    }

    /// Forgets every remembered token of `userID` (its account changed in this process).
    func forgetTokens(of userID: String) {
        verified.forget(userID: userID)
    }
}
