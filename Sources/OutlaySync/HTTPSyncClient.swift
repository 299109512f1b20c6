import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OutlayAPI
import OutlayKit
import OutlayBasics

/// What can go wrong talking to a sync server, in words a user can act on.
public enum SyncError: Error, Equatable, CustomStringConvertible {
    case unreachable(server: String, reason: String)
    case badCredentials
    case sessionExpired(server: String)
    case incompatibleServer(server: String, reason: String)
    /// A gateway with only the basic routes: `DeviceSync` syncs in compatibility mode instead.
    case noSyncEndpoints(server: String)
    case currencyMismatch(server: String, remote: String, local: String)
    case refused(status: Int, message: String)
    /// The server would not make the account: its registration mode, a used code, a taken email, a weak password.
    case registrationRefused(server: String, status: Int, message: String)
    case notLoggedIn

    public var description: String {
        switch self {
        case let .unreachable(server, reason): "cannot reach \(server): \(reason); your changes are kept and will sync next time"
        case .badCredentials: "the server refused that email and password (new to this server? `outlay sync register URL --email E` makes the account)"
        case let .sessionExpired(server): "the session with \(server) has expired; run `outlay sync login \(server) --email ...` again"
        case let .incompatibleServer(server, reason): "\(server) does not speak this version of sync: \(reason)"
        case let .noSyncEndpoints(server): "\(server) has no sync endpoints (a basic gateway)"
        case let .currencyMismatch(server, remote, local):
            "\(server) keeps this account in \(remote) but this ledger is in \(local); sync a ledger kept in the same currency"
        case let .refused(status, message): "the server refused the sync (HTTP \(status)): \(message)"
        case let .registrationRefused(server, status, message): "\(server) made no account (HTTP \(status)): \(message)"
        case .notLoggedIn: "this device is not logged in to a sync server; run `outlay sync login URL --email E` first"
        }
    }
}

/// The gateway's sync endpoints over HTTP (URLSession).
public struct HTTPSyncClient: SyncTransport {
    public let server: String
    public let token: String
    /// The local ledger's currency: the server's must match.
    public let currency: Currency

    public init(credentials: SyncCredentials, currency: Currency) {
        server = credentials.server
        token = credentials.token
        self.currency = currency
    }

    /// Signs in and returns credentials to save.
    /// Whether signing in to `server` would send the password and the token
    /// unencrypted over a network: plain `http` to anything but this machine.
    public static func sendsSecretsInClear(to server: String) -> Bool {
        guard let url = URL(string: server), url.scheme?.lowercased() == "http", let host = url.host?.lowercased() else { return false }
        let loopback = host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
        return !loopback
    }

    public static func login(server: String, email: String, password: String) async throws -> SyncCredentials {
        let base = server.hasSuffix("/") ? String(server.dropLast()) : server
        let body = JSONValue.object(["email": .string(email), "password": .string(password)])
        let (status, json) = try await send("POST", base + APIPath.login, server: base, token: nil, body: body)
        if status == 401 { throw SyncError.badCredentials }
        if status == 429 { throw SyncError.refused(status: status, message: json["error"]?.stringValue ?? "too many attempts") }
        guard status == 200, let token = json["token"]?.stringValue else {
            throw SyncError.incompatibleServer(server: base, reason: "login answered HTTP \(status) without a token")
        }
        return SyncCredentials(server: base, email: email, token: token)
    }

    public func push(_ changes: [SyncChange]) async throws {
        let body = JSONValue.object(["changes": .array(changes.map(\.json))])
        let (status, json) = try await Self.send("POST", server + APIPath.syncChanges, server: server, token: token, body: body)
        try check(status, json)
    }

    public func pull(after cursor: Int64, limit: Int, excluding origin: String) async throws -> SyncPage {
        let (status, json) = try await Self.send("GET", server + APIPath.syncChanges + "?since=\(cursor)&limit=\(limit)&origin=\(origin)",
                                                 server: server, token: token, body: nil)
        try check(status, json)
        guard number(json["protocol"]) == String(SyncChange.protocolVersion) else {
            throw SyncError.incompatibleServer(server: server, reason: "it speaks sync protocol \(number(json["protocol"]) ?? "none"), this outlay speaks \(SyncChange.protocolVersion)")
        }
        let remoteCurrency = json["currency"]?.stringValue ?? "no currency"
        guard remoteCurrency == currency.code else {
            throw SyncError.currencyMismatch(server: server, remote: remoteCurrency, local: currency.code)
        }
        guard let cursorText = number(json["cursor"]), let next = Int64(cursorText), case let .bool(hasMore)? = json["hasMore"] else {
            throw SyncError.incompatibleServer(server: server, reason: "its change page has no cursor")
        }
        do {
            return SyncPage(changes: try SyncChange.list(json: json["changes"]), cursor: next, hasMore: hasMore)
        } catch {
            throw SyncError.incompatibleServer(server: server, reason: error.description)
        }
    }

    func number(_ value: JSONValue?) -> String? {
        if case let .number(literal)? = value { return literal }
        return nil
    }

    func check(_ status: Int, _ json: JSONValue) throws {
        switch status {
        case 200: return
        case 401: throw SyncError.sessionExpired(server: server)
        case 404, 405: throw SyncError.noSyncEndpoints(server: server)
        default: throw SyncError.refused(status: status, message: json["error"]?.stringValue ?? "no reason given")
        }
    }

    static func send(_ method: String, _ url: String, server: String, token: String?, body: JSONValue?) async throws -> (Int, JSONValue) {
        guard let address = URL(string: url), address.scheme == "http" || address.scheme == "https" else {
            throw SyncError.unreachable(server: server, reason: "not an http(s) URL")
        }
        var request = URLRequest(url: address, timeoutInterval: 60)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.bytes)
        }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw SyncError.unreachable(server: server, reason: error.localizedDescription)
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, (try? JSONParser.parse(Array(data))) ?? .null)
    }
}
