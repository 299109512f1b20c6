import Hummingbird
import Foundation
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import Testing

@Suite struct TokenTests {
    static func base64URL(_ text: String) -> String { Array(text.utf8).base64URL }

    @Test func everyRouteThatNeedsAUserAnswers401WithoutAValidToken() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let parts = ada.token.split(separator: ".").map(String.init)
            let bob = try await client.register("bob")
            // Ada's header and signature around Bob's claims: a forged identity.
            let bobClaims = String(bob.token.split(separator: ".")[1])
            let expired = try await TokenAuthority(secret: GatewayHarness.secret, lifetime: 60) { _, _ in true }
                .issue(for: ada.id, generation: 0, now: Date().addingTimeInterval(-3600))
            let otherSecret = try await TokenAuthority(secret: Array("another secret that is also 32+ bytes".utf8), lifetime: 60) { _, _ in true }
                .issue(for: ada.id, generation: 0)
            let unsigned = Self.base64URL(#"{"alg":"none","typ":"JWT"}"#) + "." + parts[1] + "."
            let headers: [String?] = [nil, "Bearer", "Bearer ", "Bearer abc", "Basic \(ada.token)", "Bearer \(parts[0]).\(bobClaims).\(parts[2])",
                                      "Bearer \(expired)", "Bearer \(otherSecret)", "Bearer \(unsigned)", "Bearer \(ada.token)x"]
            for header in headers {
                for (method, path) in [(HTTPRequest.Method.get, APIPath.expenses), (.get, APIPath.budgets), (.get, APIPath.notifications),
                                       (.get, APIPath.analytics + "/insights"), (.get, APIPath.usage),
                                       (.post, APIPath.expenses), (.delete, APIPath.expense(UUID().uuidString))] {
                    let reply = try await client.send(method, path, json: method == .post ? .object(["amount": "1", "description": "x"]) : nil,
                                                      headers: header.map { [.authorization: $0] } ?? [:])
                    #expect(reply.status == .unauthorized, "\(method) \(path) with \(header ?? "no header")")
                    #expect(reply.error.contains("bearer token"))
                }
            }
            let valid = try await client.send(.get, APIPath.expenses, headers: [.authorization: "bearer \(ada.token)"])
            #expect(valid.status == .ok)
        }
    }

    /// A well-signed token is good only for an account that exists, in its current token generation.
    @Test func tokensBelongToExistingAccountsAndCanBeRevoked() async throws {
        let harness = try GatewayHarness { $0.tokenRecheckInterval = 0 }
        let folder = harness.folder
        // `outlay-server users` works on the SQLite store's files.
        try await harness.run(stores: [.sqlite]) { client in
            let ada = try await client.register("ada")
            let stranger = UUID().uuidString.lowercased()
            let forged = try await TokenAuthority(secret: GatewayHarness.secret, lifetime: 60) { _, _ in true }.issue(for: stranger, generation: 0)
            #expect(try await client.send(.get, APIPath.expenses, token: forged).status == .unauthorized)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("users/\(stranger).sqlite").path))

            #expect(try await client.send(.get, APIPath.expenses, token: ada.token).status == .ok)
            let admin = try UserAdministration(dataDirectory: folder)
            try await admin.revokeTokens(email: "ADA@example.com")
            #expect(try await client.send(.get, APIPath.expenses, token: ada.token).status == .unauthorized)
            let again = try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": "correct horse battery"]))
            let token = try #require(try again.json.string("token"))
            #expect(try await client.send(.get, APIPath.expenses, token: token).status == .ok)

            try await admin.setPassword(email: "ada@example.com", password: "a new passphrase", bcryptCost: 4)
            #expect(try await client.send(.get, APIPath.expenses, token: token).status == .unauthorized)
            let old = try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": "correct horse battery"]))
            #expect(old.status == .unauthorized)
            let new = try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": "a new passphrase"]))
            let newToken = try #require(try new.json.string("token"))

            try await admin.delete(email: "ada@example.com")
            #expect(try await client.send(.get, APIPath.expenses, token: newToken).status == .unauthorized)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("users/\(ada.id).sqlite").path))
            #expect(try await client.send(.post, APIPath.expenses, token: newToken, json: .object(["amount": "1", "description": "x"])).status == .unauthorized)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("users/\(ada.id).sqlite").path))
        }
    }

    @Test func aShortSecretIsRefusedAndAGeneratedOneIsPrivate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-secret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: JWTSecret.Refusal.self) {
            try JWTSecret.load(environment: ["OUTLAY_JWT_SECRET": "too short"], dataDirectory: folder)
        }
        let given = try JWTSecret.load(environment: ["OUTLAY_JWT_SECRET": String(repeating: "k", count: 32)], dataDirectory: folder)
        #expect(given.source == "OUTLAY_JWT_SECRET")
        let made = try JWTSecret.load(environment: [:], dataDirectory: folder)
        let file = folder.appendingPathComponent("jwt-secret").path
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(made.secret.count >= 32)
        // The same secret next time, so tokens survive a restart.
        #expect(try JWTSecret.load(environment: [:], dataDirectory: folder).secret == made.secret)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(throws: JWTSecret.Refusal.self) { try JWTSecret.load(environment: [:], dataDirectory: folder) }
    }
}
