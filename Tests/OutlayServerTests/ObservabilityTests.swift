import Hummingbird
import Foundation
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import Testing

@Suite struct ObservabilityTests {
    @Test func theAdminSeesPerRouteCountsErrorsAndPercentiles() async throws {
        try await GatewayHarness().run { client in
            let admin = try await client.register("ada")
            let bob = try await client.register("bob")
            for _ in 0..<5 { _ = try await client.send(.get, APIPath.expenses, token: bob.token) }
            _ = try await client.send(.get, APIPath.expense(UUID().uuidString), token: bob.token)
            _ = try await client.send(.get, APIPath.expenses + "?limit=0", token: bob.token)

            #expect(try await client.send(.get, APIPath.usage, token: bob.token).status == .forbidden)
            let usage = try await client.send(.get, APIPath.usage, token: admin.token)
            #expect(usage.status == .ok)
            let routes = try #require(try usage.json["routes"]?.arrayValue)
            let list = try #require(routes.first { $0.string("route") == "/api/expenses" && $0.string("method") == "GET" })
            #expect(list["requests"] == 6)
            #expect(list["errors"] == 1)
            #expect(list["statuses"] == .object(["200": 5, "400": 1]))
            let byID = try #require(routes.first { $0.string("route") == "/api/expenses/{id}" })
            #expect(byID["errors"] == 1)
            let latency = try #require(list["latencyMs"]?.objectValue)
            let p50 = try #require(Double(latency["p50"].map { $0.text } ?? ""))
            let p99 = try #require(Double(latency["p99"].map { $0.text } ?? ""))
            #expect(p50 > 0 && p50 <= p99)
            // Only route patterns are recorded: no ids, no emails.
            #expect(!usage.text.contains(bob.id))
        }
    }

    @Test func aNamedAdminReplacesTheFirstUser() async throws {
        try await GatewayHarness { $0.adminEmail = "bob@example.com" }.run { client in
            let ada = try await client.register("ada")
            let bob = try await client.register("bob")
            #expect(try await client.send(.get, APIPath.usage, token: ada.token).status == .forbidden)
            #expect(try await client.send(.get, APIPath.usage, token: bob.token).status == .ok)
        }
    }

    @Test func healthAndPrometheusMetrics() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            _ = try await client.send(.get, APIPath.expenses, token: ada.token)
            let health = try await client.send(.get, APIPath.health)
            #expect(health.status == .ok)
            #expect(try health.json.string("status") == "ok")
            let metrics = try await client.send(.get, APIPath.metrics)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let lines = metrics.text.split(separator: "\n").map(String.init)
            #expect(lines.contains(#"outlay_http_requests_total{method="GET",route="/api/expenses",status="200"} 1"#))
            #expect(lines.contains(#"outlay_http_requests_total{method="POST",route="/api/auth/register",status="201"} 1"#))
            #expect(lines.contains("outlay_users 1"))
            #expect(lines.contains { $0.hasPrefix(#"outlay_http_request_duration_seconds{method="GET",route="/api/expenses",quantile="0.99"} "#) })
            // Every sample line is `name{labels} value` or `name value`.
            for line in lines where !line.hasPrefix("#") {
                #expect(line.range(of: #"^[a-z_]+(\{[^}]*\})? [0-9.]+$"#, options: .regularExpression) != nil, "\(line)")
            }
        }
    }

    /// Every route of SPEC 5 is in the document, and every documented
    /// operation exists on the router (no "no route" answer).
    @Test func theOpenAPIDocumentDescribesEveryRoute() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let reply = try await client.send(.get, APIPath.openAPI)
            let document = try reply.json
            #expect(document.string("openapi") == "3.1.0")
            let paths = try #require(document["paths"]?.objectValue)
            let expected: [(String, String)] = [
                ("post", "/api/auth/register"), ("post", "/api/auth/login"), ("get", "/api/expenses"), ("post", "/api/expenses"),
                ("get", "/api/expenses/{id}"), ("put", "/api/expenses/{id}"), ("delete", "/api/expenses/{id}"),
                ("get", "/api/budgets"), ("post", "/api/budgets"), ("put", "/api/budgets/{id}"), ("delete", "/api/budgets/{id}"),
                ("get", "/api/analytics/monthly-summary"), ("get", "/api/analytics/trends"), ("get", "/api/analytics/category-analysis"),
                ("get", "/api/analytics/daily-pattern"), ("get", "/api/analytics/top-expenses"), ("get", "/api/analytics/insights"),
                ("get", "/api/notifications"), ("get", "/api/notifications/unread-count"), ("put", "/api/notifications/{id}/read"),
                ("put", "/api/notifications/read-all"), ("delete", "/api/notifications/{id}"), ("get", "/api/admin/usage"),
                ("get", "/api/sync/changes"), ("post", "/api/sync/changes"),
                ("get", "/health"), ("get", "/metrics"), ("get", "/openapi.json"),
            ]
            for (method, path) in expected { #expect(paths[path]?[method] != nil, "\(method) \(path) is not documented") }
            for member in paths.members {
                for method in ["get", "post", "put", "delete"] where member.value[method] != nil {
                    let uri = member.key.replacingOccurrences(of: "{id}", with: UUID().uuidString)
                    let answer = try await client.send(HTTPRequest.Method(rawValue: method.uppercased())!, uri, token: ada.token,
                                                       json: method == "get" || method == "delete" ? nil : .object([:]))
                    #expect(!answer.error.hasPrefix("no route"), "\(method) \(member.key) is documented but not served")
                }
            }
        }
    }
}
