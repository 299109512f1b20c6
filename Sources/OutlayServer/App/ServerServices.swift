import Foundation
import OutlayKit

/// Everything the routes share: accounts, ledgers, tokens, limits, statistics.
struct ServerServices: Sendable {
    let configuration: ServerConfiguration
    let accounts: AccountStore
    let ledgers: UserLedgers
    let tokens: TokenAuthority
    let passwords: PasswordHasher
    let loginLimiter: LoginLimiter
    let usage: UsageStatistics
    /// Today and now, for the services; tests fix the day.
    let clock: ServiceClock

    init(configuration: ServerConfiguration, jwtSecret: [UInt8], clock: ServiceClock = .system) async throws {
        self.configuration = configuration
        // Only the server's own user can read the accounts, the ledgers and the secret.
        try FileManager.default.createDirectory(at: configuration.dataDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        accounts = try AccountStore(path: configuration.dataDirectory.appendingPathComponent("accounts.sqlite").path)
        ledgers = try UserLedgers(folder: configuration.dataDirectory.appendingPathComponent("users"),
                                  limit: configuration.openLedgerLimit)
        tokens = await TokenAuthority(secret: jwtSecret, lifetime: configuration.tokenLifetime)
        passwords = PasswordHasher(cost: configuration.bcryptCost)
        loginLimiter = LoginLimiter(limit: configuration.maximumFailedLogins, window: configuration.loginWindow)
        usage = UsageStatistics()
        self.clock = clock
    }

    /// The caller's own ledger; 401 when the request carries no valid token.
    func ledger(for context: OutlayRequestContext) throws -> AppDatabase {
        try ledgers.ledger(of: try context.requireUser())
    }

    /// Whether this user may read the usage statistics.
    func isAdmin(_ userID: String) throws -> Bool {
        if let email = configuration.adminEmail { return try accounts.find(id: userID)?.email == email }
        return try accounts.first()?.id == userID
    }
}
