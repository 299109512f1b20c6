import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `outlay-server users …`: what an administrator does to accounts from the
/// shell, on the data folder or on the nodes' shared PostgreSQL. A running
/// server sees each change within its token recheck interval (5 s): revoked or
/// deleted accounts' tokens stop working.
public struct UserAdministration: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public struct Summary: Sendable {
        public let id: String
        public let username: String
        public let email: String
        public let currency: String
    }

    private let users: any UserDirectory
    /// The ledger files on one machine; with PostgreSQL the ledgers go with their users (and each node drops
    /// its copy when it next starts).
    private let ledgers: UserLedgers?

    public init(dataDirectory: URL) throws {
        guard FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("accounts.sqlite").path) else {
            throw Failure(description: "\(dataDirectory.path) holds no outlay-server data (no accounts.sqlite)")
        }
        users = try SQLiteUserDirectory(path: dataDirectory.appendingPathComponent("accounts.sqlite").path)
        ledgers = try UserLedgers(folder: dataDirectory.appendingPathComponent("users"), limit: 1)
    }

    public init(store: PostgresStore) {
        users = PostgresUserDirectory(store: store)
        ledgers = nil
    }

    public func list() async throws -> [Summary] {
        try await users.all().map { Summary(id: $0.id, username: $0.username, email: $0.email, currency: $0.currency) }
    }

    /// Ends every token the account has.
    public func revokeTokens(email: String) async throws {
        try await users.revokeTokens(id: try await user(email).id)
    }

    /// A new password (the same rules as registration); ends every token.
    public func setPassword(email: String, password: String, bcryptCost: UInt8 = 12) async throws {
        guard FieldLimits.passwordBytes.contains(password.utf8.count), !LoginRequest.hasControlCharacters(password) else {
            throw Failure(description: "a password is \(FieldLimits.passwordBytes.lowerBound) to \(FieldLimits.passwordBytes.upperBound) bytes without control characters")
        }
        let user = try await user(email)
        try await users.setPassword(id: user.id, hash: try await PasswordHasher.hash(password, cost: bcryptCost))
    }

    /// A new one-time invitation code for a server that registers by invitation (`--registration invite`).
    /// Only its hash is kept: the code is shown here once.
    public func invite() async throws -> String {
        let code = InviteCode.make()
        let hash = InviteCode.hash(code)
        try await users.addInvite(codeHash: hash, at: Timestamp.now.milliseconds)
        return code
    }

    /// Removes the account and its ledger; its tokens stop working.
    public func delete(email: String) async throws {
        let user = try await user(email)
        try await users.delete(id: user.id)
        if let ledgers { try await BlockingPool.shared.run { try ledgers.remove(userID: user.id) } }
    }

    private func user(_ email: String) async throws -> User {
        guard let user = try await users.find(email: Identity.key(email)) else {
            throw Failure(description: "no account with email '\(email)'")
        }
        return user
    }
}
