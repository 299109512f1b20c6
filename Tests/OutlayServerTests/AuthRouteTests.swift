import Foundation
import GRDB
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import Testing

@Suite struct AuthRouteTests {
    @Test func registerAnswersTheTokenAndUserAndStoresOnlyABcryptHash() async throws {
        let harness = try GatewayHarness()
        let folder = harness.folder
        // It reads accounts.sqlite itself; on PostgreSQL the users table holds the hash.
        try await harness.run(stores: [.sqlite]) { client in
            let reply = try await client.send(.post, APIPath.register, json: .object([
                "username": "ada", "email": "Ada@Example.com", "password": "correct horse battery",
                "firstName": "Ada", "currency": "eur"]))
            #expect(reply.status == .created)
            let json = try reply.json
            #expect(json.string("message") == "Registered")
            #expect(json["user"]?.string("email") == "ada@example.com")
            #expect(json["user"]?.string("currency") == "EUR")
            #expect(json["user"]?.string("firstName") == "Ada")
            let id = try #require(json["user"]?.string("id"))
            #expect(UUID(uuidString: id) != nil)
            #expect((json.string("token") ?? "").split(separator: ".").count == 3)

            let accounts = try DatabaseQueue(path: folder.appendingPathComponent("accounts.sqlite").path)
            let hash = try await accounts.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM accounts") }
            #expect(hash?.hasPrefix("$2b$04$") == true)
            #expect(hash?.contains("correct horse") == false)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("users/\(id).sqlite").path))
        }
    }

    @Test func takenEmailOrUsernameIs409InAnyCase() async throws {
        try await GatewayHarness().run { client in
            _ = try await client.register("ada")
            let sameEmail = try await client.send(.post, APIPath.register, json: .object([
                "username": "other", "email": "ADA@example.com", "password": "long enough"]))
            #expect(sameEmail.status == .conflict)
            #expect(sameEmail.error.contains("ada@example.com"))
            let sameName = try await client.send(.post, APIPath.register, json: .object([
                "username": "ADA", "email": "new@example.com", "password": "long enough"]))
            #expect(sameName.status == .conflict)
            #expect(sameName.error.contains("username"))
        }
    }

    @Test(arguments: [
        (#"{"email":"a@b.c","password":"long enough"}"#, "username"),
        (#"{"username":"ada","password":"long enough"}"#, "email"),
        (#"{"username":"ada","email":"a@b.c"}"#, "password"),
        (#"{"username":"ada","email":"not-an-address","password":"long enough"}"#, "email"),
        (#"{"username":"ada","email":"a@b.c","password":"short"}"#, "password"),
        (#"{"username":42,"email":"a@b.c","password":"long enough"}"#, "username"),
        (#"{"username":"bidi\u202Eevil","email":"a@b.c","password":"long enough"}"#, "username"),
        (#"{"username":"zero\u200Bwidth","email":"a@b.c","password":"long enough"}"#, "username"),
        (#"{"username":"ada","email":"a\u200D@b.c","password":"long enough"}"#, "email"),
        (#"{"username":"ada","email":"a@b.c","password":"x\u0000yyyyyyyyy"}"#, "password"),
        (#"{"username":"ada","email":"a@b.c","password":"tab\tinside it"}"#, "password"),
        (#"{"username":"ada","email":"a@b.c","password":"long enough","currency":"U$D"}"#, "currency"),
        (#"{"username":"ada","email":"a@b.c","password":"long enough","firstName":[]}"#, "firstName"),
    ])
    func registerRefusesABadBodyNamingTheField(body: String, field: String) async throws {
        try await GatewayHarness().run { client in
            let reply = try await client.send(.post, APIPath.register, raw: body)
            #expect(reply.status == .badRequest, "\(body)")
            #expect(try reply.json.string("field") == field, "\(reply.text)")
            #expect(reply.error.hasPrefix("'\(field)'"), "\(reply.text)")
        }
    }

    @Test func malformedBodiesAre400AndOversizedOnes413() async throws {
        let harness = try GatewayHarness { $0.maximumBodyBytes = 4096 }
        try await harness.run { client in
            for body in ["", "{", "[1,2]", "\"text\"", "{\"a\":1,}", String(repeating: "[", count: 3000)] {
                let reply = try await client.send(.post, APIPath.register, raw: body)
                #expect(reply.status == .badRequest, "\(body.prefix(20))")
                #expect(!reply.error.isEmpty)
            }
            let huge = try await client.send(.post, APIPath.register, raw: "{\"username\":\"" + String(repeating: "a", count: 10_000) + "\"}")
            #expect(huge.status == .contentTooLarge)
            #expect(huge.error == "the body is larger than 4096 bytes")
        }
    }

    @Test func loginWithTheRightPasswordOnlyAndTheSameAnswerForAnUnknownEmail() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let good = try await client.send(.post, APIPath.login, json: .object(["email": "ADA@example.com", "password": "correct horse battery"]))
            #expect(good.status == .ok)
            #expect(try good.json["user"]?.string("id") == ada.id)
            let wrong = try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": "wrong"]))
            let unknown = try await client.send(.post, APIPath.login, json: .object(["email": "nobody@example.com", "password": "wrong"]))
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.text == unknown.text)
        }
    }

    @Test func tenFailedLoginsInAMinuteLockThatEmailOnly() async throws {
        // An hour's window: on a loaded machine (the whole suite at once) ten logins can take longer than a minute,
        // and what is tested is the count, not the window's length.
        try await GatewayHarness { $0.loginWindow = 3_600 }.run { client in
            _ = try await client.register("ada")
            _ = try await client.register("bob")
            for attempt in 1...10 {
                let reply = try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": .string("guess \(attempt)")]))
                #expect(reply.status == .unauthorized)
            }
            // The right password no longer helps until the window passes.
            let locked = try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": "correct horse battery"]))
            #expect(locked.status == .tooManyRequests)
            #expect(Int(locked.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(locked.error.contains("too many failed logins"))
            let other = try await client.send(.post, APIPath.login, json: .object(["email": "bob@example.com", "password": "correct horse battery"]))
            #expect(other.status == .ok)
        }
    }

    @Test func theLimiterForgetsAttemptsOlderThanTheWindow() {
        let limiter = AttemptLimiter(limit: 3, window: 60)
        let start = Date(timeIntervalSince1970: 1_000_000)
        for second in 0..<3 { _ = limiter.admit("a@b.c", now: start.addingTimeInterval(Double(second))) }
        guard case let .failure(wait) = limiter.admit("a@b.c", now: start.addingTimeInterval(10)) else {
            Issue.record("a fourth attempt within the window was admitted")
            return
        }
        #expect(wait.seconds == 50)
        #expect(isAdmitted(limiter.admit("a@b.c", now: start.addingTimeInterval(61))))
        // A success takes back its own attempt only, never the others.
        let later = start.addingTimeInterval(300)
        _ = limiter.admit("a@b.c", now: later)
        _ = limiter.admit("a@b.c", now: later)
        guard case let .success(right) = limiter.admit("a@b.c", now: later) else {
            Issue.record("the third attempt was refused")
            return
        }
        limiter.succeeded(right)
        #expect(isAdmitted(limiter.admit("a@b.c", now: later)))
        #expect(!isAdmitted(limiter.admit("a@b.c", now: later)))
    }

    private func isAdmitted(_ result: Result<AttemptLimiter.Attempt, AttemptLimiter.RetryAfter>) -> Bool {
        if case .success = result { return true }
        return false
    }
}
