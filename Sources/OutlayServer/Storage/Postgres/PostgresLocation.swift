import Foundation
import NIOSSL
import PostgresNIO

/// Where the shared database is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]`,
/// read as PostgreSQL's own clients read it. `sslmode` is `disable`, `prefer` (the default, as libpq's),
/// `require` (encrypted, the server's certificate not checked) or `verify-full` (checked against
/// `sslrootcert`, else the system's roots). A password may also come from `PGPASSWORD`.
struct PostgresLocation: Sendable, CustomStringConvertible {
    enum SSLMode: String, Sendable { case disable, prefer, require, verifyFull = "verify-full" }

    let host: String
    let port: Int
    let username: String
    let password: String?
    let database: String
    let sslMode: SSLMode
    let rootCertificate: String?

    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let url = URLComponents(string: text), ["postgres", "postgresql"].contains(url.scheme ?? ""),
              let host = url.host, !host.isEmpty else {
            throw Invalid(description: "--database \(Self.redacted(text)): expected postgres://USER@HOST:PORT/DATABASE")
        }
        guard let user = url.user, !user.isEmpty else { throw Invalid(description: "--database \(Self.redacted(text)): a user is needed (postgres://USER@HOST/DB)") }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw Invalid(description: "--database \(Self.redacted(text)): a database name is needed (…/DB)") }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let mode = query["sslmode"] ?? "prefer"
        guard let sslMode = SSLMode(rawValue: mode) else {
            throw Invalid(description: "--database: sslmode=\(mode) is not one of disable, prefer, require, verify-full")
        }
        self.host = host
        port = url.port ?? 5432
        username = user
        password = url.password ?? environment["PGPASSWORD"]
        self.database = database
        self.sslMode = sslMode
        rootCertificate = query["sslrootcert"]
    }

    /// The address without its password, for logs.
    var description: String { "postgres://\(username)@\(host):\(port)/\(database)?sslmode=\(sslMode.rawValue)" }

    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "…"
        return url.string ?? "postgres://…"
    }

    /// The pool's settings, for the nodes' queries.
    func clientConfiguration() -> PostgresClient.Configuration {
        let mode: PostgresClient.Configuration.TLS = tls().map { $0.required ? .require($0.configuration) : .prefer($0.configuration) } ?? .disable
        var configuration = PostgresClient.Configuration(host: host, port: port, username: username, password: password, database: database, tls: mode)
        configuration.options.maximumConnections = 16
        // A database that is down is found out within a request's patience, not after the default ten seconds.
        configuration.options.connectTimeout = .seconds(3)
        return configuration
    }

    /// One connection's settings: a store tries one before its pool, so a database it cannot use says why at once.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let mode: PostgresConnection.Configuration.TLS = try tls().map { tls in
            let context = try NIOSSLContext(configuration: tls.configuration)
            return tls.required ? .require(context) : .prefer(context)
        } ?? .disable
        return PostgresConnection.Configuration(host: host, port: port, username: username, password: password, database: database, tls: mode)
    }

    /// What `sslmode` and `sslrootcert` ask for: nothing with `disable`; with `prefer`, a plain connection will do.
    private func tls() -> (configuration: TLSConfiguration, required: Bool)? {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable:
            return nil
        case .prefer, .require:
            tls.certificateVerification = .none
            return (tls, sslMode == .require)
        case .verifyFull:
            if let rootCertificate { tls.trustRoots = .file(rootCertificate) }
            return (tls, true)
        }
    }
}
