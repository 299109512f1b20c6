import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `outlay-server users …`: what an administrator does to accounts from the
/// shell, on the data folder. A running server sees each change within its
/// token recheck interval (5 s): revoked or deleted accounts' tokens stop working.
public struct UserAdministration {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public struct Summary: Sendable {
        public let id: String
        public let username: String
        public let email: String
        public let currency: String
    }

    private let accounts: AccountStore
    private let ledgers: UserLedgers

    public init(dataDirectory: URL) throws {
        guard FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("accounts.sqlite").path) else {
            throw Failure(description: "\(dataDirectory.path) holds no outlay-server data (no accounts.sqlite)")
        }
        accounts = try AccountStore(path: dataDirectory.appendingPathComponent("accounts.sqlite").path)
        ledgers = try UserLedgers(folder: dataDirectory.appendingPathComponent("users"), limit: 1)
    }

    public func list() throws -> [Summary] {
        try accounts.all().map { Summary(id: $0.id, username: $0.username, email: $0.email, currency: $0.currency) }
    }

    /// Ends every token the account has.
    public func revokeTokens(email: String) throws {
        try accounts.revokeTokens(id: try account(email).id)
    }

    /// A new password (the same rules as registration); ends every token.
    public func setPassword(email: String, password: String, bcryptCost: UInt8 = 12) throws {
        let account = try account(email)
        guard RegisterRequest.passwordBytes.contains(password.utf8.count), !LoginRequest.hasControlCharacters(password) else {
            throw Failure(description: "a password is \(RegisterRequest.passwordBytes.lowerBound) to \(RegisterRequest.passwordBytes.upperBound) bytes without control characters")
        }
        try accounts.setPassword(id: account.id, hash: PasswordHasher.hashNow(password, cost: bcryptCost))
    }

    /// Removes the account and its ledger; its tokens stop working.
    public func delete(email: String) throws {
        let account = try account(email)
        try accounts.delete(id: account.id)
        try ledgers.remove(userID: account.id)
    }

    private func account(_ email: String) throws -> Account {
        guard let account = try accounts.find(email: Identity.key(email)) else {
            throw Failure(description: "no account with email '\(email)'")
        }
        return account
    }
}
