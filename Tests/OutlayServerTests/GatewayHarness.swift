import Foundation
import Hummingbird
import HummingbirdTesting
import OutlayAPI
import OutlayBasics
import OutlayKit
@testable import OutlayServer
import Testing

/// A gateway on a temporary data folder, driven through Hummingbird's test
/// client without sockets (the real binary on a port: `ServerProcess`).
struct GatewayHarness {
    static let secret = Array("a test secret that is comfortably over 32 bytes".utf8)
    static let today = LocalDate(year: 2026, month: 3, day: 18)!

    let folder: URL
    var configuration: ServerSettings
    /// The server's clock: a fixed day unless a test needs the wall clock.
    var clock: ServiceClock = .fixed(GatewayHarness.today)

    init(configure: (inout ServerSettings) -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-gateway-\(UUID().uuidString)")
        configuration = ServerSettings(port: 0, dataDirectory: folder, bcryptCost: 4)
        configure(&configuration)
    }

    /// Where the gateway keeps users and ledgers.
    enum Store: Sendable, CaseIterable {
        /// SQLite files under the data folder (the default).
        case sqlite
        /// A new database in the throwaway PostgreSQL cluster (`--database`), the data folder holding the node's copies.
        case postgres
    }

    /// Runs `body` against a new application on each store in turn, SQLite first (every gateway route answers
    /// the same on both); the data folder is emptied after each. Returns the last run's result.
    @discardableResult
    func run<T: Sendable>(_ setup: TestingSetup = .router, stores: [Store] = Store.allCases,
                          _ body: @Sendable (Client) async throws -> T) async throws -> T {
        var result: T?
        for store in stores {
            defer { try? FileManager.default.removeItem(at: folder) }
            let shared = store == .postgres ? try await PostgresStore(url: try PostgresCluster.shared.get().makeDatabase(), leaseDeadline: PostgresCluster.leaseDeadline) : nil
            let router = try await OutlayGateway.buildRouter(configuration: configuration, jwtSecret: Self.secret, clock: clock, store: shared)
            let app = Application(router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
            result = try await app.test(setup) { client in try await body(Client(client: client)) }
        }
        guard let result else { throw PostgresCluster.ClusterError(description: "no store to run on") }
        return result
    }

    struct Reply: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let text: String

        var json: JSONValue {
            get throws {
                do {
                    return try JSONParser.parse(Array(text.utf8))
                } catch {
                    Issue.record("not JSON (\(status)): \(text)")
                    throw error
                }
            }
        }

        /// The `{error}` sentence of an error reply.
        var error: String { (try? JSONParser.parse(Array(text.utf8)))?["error"]?.stringValue ?? "" }
    }

    struct Account: Sendable {
        let token: String
        let id: String
        var bearer: HTTPFields { [.authorization: "Bearer \(token)"] }
    }

    struct Client: Sendable {
        let client: any TestClientProtocol

        @discardableResult
        func send(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil, json: JSONValue? = nil,
                  raw: String? = nil, headers: HTTPFields = [:]) async throws -> Reply {
            var fields = headers
            if let token { fields[.authorization] = "Bearer \(token)" }
            var body: ByteBuffer?
            if let json {
                body = ByteBuffer(bytes: json.bytes)
                fields[.contentType] = "application/json"
            } else if let raw {
                body = ByteBuffer(string: raw)
            }
            return try await client.execute(uri: uri, method: method, headers: fields, body: body) { response in
                Reply(status: response.status, headers: response.headers, text: String(buffer: response.body))
            }
        }

        /// Registers `name` (email `name@example.com`) and returns its token and id.
        func register(_ name: String, password: String = "correct horse battery", currency: String? = nil) async throws -> Account {
            var body: JSONObject = ["username": .string(name), "email": .string("\(name)@example.com"), "password": .string(password)]
            if let currency { body["currency"] = .string(currency) }
            let reply = try await send(.post, APIPath.register, json: .object(body))
            try #require(reply.status == .created, "register \(name): \(reply.status) \(reply.text)")
            let json = try reply.json
            return Account(token: try #require(json["token"]?.stringValue), id: try #require(json["user"]?["id"]?.stringValue))
        }

        /// Adds an expense and returns its id.
        @discardableResult
        func add(_ account: Account, _ amount: String, _ description: String, category: String = "food", type: String = "EXPENSE",
                 date: String = "2026-03-10") async throws -> String {
            let reply = try await send(.post, APIPath.expenses, token: account.token, json: .object([
                "amount": .string(amount), "description": .string(description), "category": .string(category),
                "type": .string(type), "date": .string(date)]))
            try #require(reply.status == .created, "add: \(reply.status) \(reply.text)")
            return try #require(try reply.json["id"]?.stringValue)
        }
    }
}

extension JSONValue {
    /// Shorthand for tests: the member's string value.
    func string(_ key: String) -> String? { self[key]?.stringValue }

    /// Shorthand for tests: the member's whole number, however the JSON wrote it.
    func int(_ key: String) -> Int? {
        guard case let .number(text)? = self[key] else { return nil }
        return Int(text)
    }
}

extension HTTPFields {
    /// A custom header, such as the `user-id` the original design trusted.
    static func custom(_ name: String, _ value: String) -> HTTPFields { [.init(name)!: value] }
}
