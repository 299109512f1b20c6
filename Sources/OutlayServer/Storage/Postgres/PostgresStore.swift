import Foundation
import Logging
import PostgresNIO

/// The shared PostgreSQL database of a multi-node `outlay-server`: a pooled
/// client that runs for the process's life, the schema brought up to date
/// once under an advisory lock (nodes starting together take turns). Every
/// query is awaited (`run`); nothing waits on a thread for PostgreSQL.
public final class PostgresStore: Sendable {
    private let client: PostgresClient
    let availability = StoreAvailability()
    let location: PostgresLocation
    /// How long `run` waits for a connection before it calls the database unavailable.
    let leaseDeadline: Duration
    private let running: Task<Void, Never>
    static let logger = Logger(label: "outlay.postgres")

    /// Connects to `url` (see `PostgresLocation`) and brings its schema up to date.
    public convenience init(url: String) async throws {
        try await self.init(location: try PostgresLocation(url))
    }

    /// With another lease deadline: tests on a machine loaded by every suite at once wait longer than a server should.
    convenience init(url: String, leaseDeadline: Duration) async throws {
        try await self.init(location: try PostgresLocation(url), leaseDeadline: leaseDeadline)
    }

    /// Where it is, without the password.
    public var address: String { location.description }

    /// The token-signing secret every node shares: made once, by the first node to ask, from 48 random bytes.
    public func sharedSecret() async throws -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let fresh = (0..<48).map { _ in UInt8.random(in: .min ... .max, using: &generator) }.base64URL
        return try await run { connection in
            try await connection.query("INSERT INTO server_settings(name, value) VALUES ('jwt_secret', \(fresh)) ON CONFLICT (name) DO NOTHING",
                                       logger: Self.logger)
            for try await value in try await connection.query("SELECT value FROM server_settings WHERE name = 'jwt_secret'", logger: Self.logger)
                .decode(String.self) { return Array(value.utf8) }
            throw PostgresLocation.Invalid(description: "the shared secret could not be read from \(self.location)")
        }
    }

    init(location: PostgresLocation, leaseDeadline: Duration = StoreAvailability.leaseDeadline) async throws {
        self.location = location
        self.leaseDeadline = leaseDeadline
        let client = PostgresClient(configuration: location.clientConfiguration(), backgroundLogger: Self.logger)
        self.client = client
        running = Task { await client.run() }
        // One connection first: a database that is down, unknown or refusing the user is one clear error now,
        // not a minute of the pool's retries.
        do {
            let probe = try await PostgresConnection.connect(configuration: try location.connectionConfiguration(), id: 0, logger: Self.logger)
            try await probe.close()
        } catch {
            running.cancel()
            throw PostgresLocation.Invalid(description: "cannot connect to \(location): \(Self.reason(error))")
        }
        try await PostgresSchema.migrate(client)
    }

    deinit { running.cancel() }

    /// PostgreSQL's own message when it sent one ("database \"x\" does not exist"), else what failed underneath.
    private static func reason(_ error: any Error) -> String {
        guard let failure = error as? PSQLError else { return "\(error)" }
        if failure.code == .sslUnsupported { return "the server does not offer TLS (sslmode=require asks for it)" }
        if let message = failure.serverInfo?[.message] { return message }
        return failure.underlying.map { "\($0)" } ?? "\(failure.code)"
    }

    /// Runs `work` on one of the pool's connections. A connection not had within
    /// `leaseDeadline` (`StoreAvailability.leaseDeadline` unless a test says otherwise), or a failure to reach the database, is
    /// `StoreUnavailable` and marks it down; while it is down this throws at once.
    /// Once `work` has its connection it runs to its end: a write is never cut off halfway.
    func run<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try availability.check()
        let client = self.client
        let leased = Flag(), leaseDeadline = self.leaseDeadline
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await client.withConnection { connection in leased.set(); return try await work(connection) } }
                group.addTask {
                    try await Task.sleep(for: leaseDeadline)
                    if leased.isSet { return nil }
                    throw StoreUnavailable(reason: "no connection within \(leaseDeadline)")
                }
                while let result = try await group.next() {
                    if let result {
                        group.cancelAll()
                        return result
                    }
                }
                throw StoreUnavailable(reason: "no answer")
            }
        } catch where StoreAvailability.isUnreachable(error) {
            let reason = (error as? StoreUnavailable)?.reason ?? Self.reason(error)
            Self.logger.error("PostgreSQL at \(location) is unavailable: \(reason)")
            availability.markDown(reason) { [client] in
                try await client.withConnection { connection in _ = try await connection.query("SELECT 1", logger: Self.logger) }
            }
            throw StoreUnavailable(reason: reason)
        }
    }

    /// Whether the database answers a query now.
    func ping() async throws {
        try await run { connection in _ = try await connection.query("SELECT 1", logger: Self.logger) }
    }
}
