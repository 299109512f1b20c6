import Foundation
import Hummingbird
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import Testing

/// `--cors-origin` and `OUTLAY_SERVER_CORS_ORIGINS`, through the router.
@Suite struct CORSTests {
    @Test func originsAreCheckedAndNamedWhenWrong() throws {
        let policy = try CORSPolicy(origins: ["http://localhost:5173", "HTTPS://App.Example.com:8443/"])
        #expect(policy.allows("http://localhost:5173"))
        #expect(policy.allows("https://app.example.com:8443"))
        #expect(!policy.allows("http://localhost:5174"))
        #expect(!policy.allows("null"))
        #expect(try CORSPolicy(origins: ["*"]).allows("https://anything.example"))
        #expect(CORSPolicy.off.isOff && !CORSPolicy.off.allows("http://localhost:5173"))
        #expect(throws: CORSPolicy.Invalid.self) { try CORSPolicy(origins: ["localhost:5173"]) }
        #expect(throws: CORSPolicy.Invalid.self) { try CORSPolicy(origins: ["http://localhost:5173/app"]) }

        let fromEnvironment = try ServerConfig(environment: ["OUTLAY_SERVER_CORS_ORIGINS": "http://a.example, http://b.example"],
                                                 host: nil, port: nil, data: "/tmp/x", admin: nil, bcryptCost: nil)
        #expect(fromEnvironment.settings.cors.origins == ["http://a.example", "http://b.example"])
        let flagWins = try ServerConfig(environment: ["OUTLAY_SERVER_CORS_ORIGINS": "http://a.example"], host: nil, port: nil,
                                          data: "/tmp/x", admin: nil, bcryptCost: nil, corsOrigins: ["http://c.example"])
        #expect(flagWins.settings.cors.origins == ["http://c.example"])
        do {
            _ = try ServerConfig(environment: [:], host: nil, port: nil, data: "/tmp/x", admin: nil, bcryptCost: nil, corsOrigins: ["ftp://x"])
            Issue.record("ftp://x accepted")
        } catch let invalid as ServerConfig.Invalid {
            #expect(invalid.description.contains("--cors-origin") && invalid.description.contains("ftp://x"))
        }
    }

    @Test func offByDefaultNoResponseCarriesCORSHeaders() async throws {
        try await GatewayHarness().run { client in
            let preflight = try await client.send(.options, APIPath.expenses, headers: [
                .origin: "http://localhost:5173", .accessControlRequestMethod: "GET"])
            #expect(preflight.headers[.accessControlAllowOrigin] == nil)
            let health = try await client.send(.get, APIPath.health, headers: [.origin: "http://localhost:5173"])
            #expect(health.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test func anAllowedPageCanReadErrorsToo() async throws {
        try await GatewayHarness { $0.cors = try! CORSPolicy(origins: ["*"]) }.run { client in
            let origin = "https://budget.example"
            let refused = try await client.send(.get, APIPath.expenses, headers: [.origin: origin])
            #expect(refused.status == .unauthorized)
            #expect(refused.headers[.accessControlAllowOrigin] == origin)
            #expect(refused.headers[.vary] == "Origin")
            let preflight = try await client.send(.options, APIPath.expense(UUID().uuidString), headers: [
                .origin: origin, .accessControlRequestMethod: "DELETE", .accessControlRequestHeaders: "authorization"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("DELETE") == true)
        }
    }
}

/// `GET`/`PUT /api/users/profile`.
@Suite struct ProfileRouteTests {
    @Test func badFieldsAreNamedAndChangeNothing() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            for (body, field) in [(["timezone": "Mars/Olympus"], "timezone"), (["monthlyIncome": "-5"], "monthlyIncome"),
                                  (["currency": "EURO"], "currency"), (["firstName": "A\u{202E}B"], "firstName")] as [(JSONValue, String)] {
                let reply = try await client.send(.put, APIPath.profile, token: ada.token, json: body)
                #expect(reply.status == .badRequest, "\(body)")
                #expect(try reply.json.string("field") == field)
            }
            let profile = try await client.send(.get, APIPath.profile, token: ada.token).json["profile"]
            #expect(profile == ["firstName": "", "lastName": "", "currency": "USD", "timezone": "UTC", "monthlyIncome": .number("0")])
        }
    }

    @Test func anEmptyLedgerTakesANewCurrencyAndItsAmountsUseIt() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let changed = try await client.send(.put, APIPath.profile, token: ada.token, json: [
                "currency": "jpy", "timezone": "Asia/Tokyo", "monthlyIncome": "300000"])
            #expect(changed.status == .ok)
            #expect(try changed.json["profile"] == ["firstName": "", "lastName": "", "currency": "JPY", "timezone": "Asia/Tokyo",
                                                    "monthlyIncome": .number("300000")])
            // Yen have no minor unit: 12.5 is refused, 1200 is 1200.
            #expect(try await client.send(.post, APIPath.expenses, token: ada.token, json: [
                "amount": .number("12.5"), "description": "Onigiri"]).status == .badRequest)
            let added = try await client.send(.post, APIPath.expenses, token: ada.token, json: [
                "amount": 1200, "description": "Ramen", "category": "food"])
            #expect(try added.json["currency"] == "JPY")
            #expect(try added.json["amount"] == .number("1200"))
        }
    }

    @Test func noTokenNoProfile() async throws {
        try await GatewayHarness().run { client in
            let read = try await client.send(.get, APIPath.profile)
            let change = try await client.send(.put, APIPath.profile, json: ["firstName": "Eve"])
            #expect(read.status == .unauthorized && change.status == .unauthorized)
        }
    }
}
