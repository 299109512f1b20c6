import Foundation

/// How an `outlay-server` runs: where it listens, where data lives, who is admin.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Holds `accounts.sqlite`, `users/<id>.sqlite` and (when generated) `jwt-secret`.
    public var dataDirectory: URL
    /// The admin's email; nil means the first registered user.
    public var adminEmail: String?
    /// bcrypt work factor: 12 in production (about a quarter second a hash); tests use 4.
    public var bcryptCost: UInt8
    /// How long a token from register or login is good for.
    public var tokenLifetime: TimeInterval
    /// Larger request bodies get 413.
    public var maximumBodyBytes: Int
    /// Failed logins for one email within `loginWindow` before 429.
    public var maximumFailedLogins: Int
    public var loginWindow: TimeInterval
    /// At most this many users' databases stay open at once.
    public var openLedgerLimit: Int
    /// `--compat basic`: only the original design's basic routes (sign-in,
    /// GET/POST /api/expenses, /health), as the oldest gateways serve; for trying clients against one.
    public var basicRoutesOnly = false
    /// `--strict-categories`: an unknown category is refused (400) instead of created.
    public var strictCategories = false
    /// How often a remembered token's account is looked at again (revocations take effect within it).
    public var tokenRecheckInterval: TimeInterval = 5
    /// A connection that sends no complete request head for this long (idle
    /// between requests, or trickling its headers) is closed.
    public var idleTimeout: TimeInterval = 10
    /// A request's body must arrive whole within this many seconds of its head (`--body-deadline`).
    public var bodyDeadline: TimeInterval = 30
    /// `--max-connections`: open connections past this are answered 503; nil: what the descriptor limit allows.
    public var maximumConnections: Int?
    /// `--registration`: who may create an account.
    public var registration = RegistrationMode.open
    /// `--signups-per-hour`: accounts one client address may create in an hour (0: no limit).
    public var signUpsPerHour = 10
    /// `--cors-origin`: browser pages that may call the gateway; none by default.
    public var cors = CORSPolicy.off

    public init(host: String = "127.0.0.1", port: Int = 3000, dataDirectory: URL, adminEmail: String? = nil,
                bcryptCost: UInt8 = 12, tokenLifetime: TimeInterval = 7 * 24 * 3600, maximumBodyBytes: Int = 1 << 20,
                maximumFailedLogins: Int = 10, loginWindow: TimeInterval = 60, openLedgerLimit: Int = 256) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.adminEmail = adminEmail
        self.bcryptCost = bcryptCost
        self.tokenLifetime = tokenLifetime
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumFailedLogins = maximumFailedLogins
        self.loginWindow = loginWindow
        self.openLedgerLimit = openLedgerLimit
    }
}
