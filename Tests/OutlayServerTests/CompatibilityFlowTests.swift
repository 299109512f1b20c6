import Hummingbird
import OutlayAPI
import OutlayBasics
import Testing

/// The original web app's flow, with exactly the bodies it sends and the
/// fields it reads.
@Suite struct CompatibilityFlowTests {
    // Over a real socket, with the clients' own calls: OriginalClientsLiveTests.
    static func flow(_ client: GatewayHarness.Client) async throws {
        let register = try await client.send(.post, "/api/auth/register", raw: """
            {"username":"grace","email":"grace@example.com","password":"hopper-1906","firstName":"Grace","lastName":"Hopper"}
            """)
        #expect(register.status == .created)
        let userID = try #require(try register.json["user"]?.string("id"))
        #expect(try register.json.string("token") != nil)

        let login = try await client.send(.post, "/api/auth/login", raw: #"{"email":"grace@example.com","password":"hopper-1906"}"#)
        #expect(login.status == .ok)
        let token = try #require(try login.json.string("token"))
        #expect(try login.json["user"]?.string("id") == userID)

        let spend = try await client.send(.post, "/api/expenses", token: token, raw: """
            {"amount":42.5,"description":"Team lunch","category":"food","type":"EXPENSE"}
            """, headers: .custom("user-id", "someone-else"))
        #expect(spend.status == .created)
        let earn = try await client.send(.post, "/api/expenses", token: token, raw: """
            {"amount":1000,"description":"Consulting","category":"freelance","type":"INCOME"}
            """)
        #expect(earn.status == .created)

        let list = try await client.send(.get, "/api/expenses", token: token).json
        let expenses = try #require(list["expenses"]?.arrayValue)
        #expect(Set(expenses.compactMap { $0.string("description") }) == ["Team lunch", "Consulting"])
        #expect(list["summary"]?["totalIncome"] == .number("1000"))
        #expect(list["summary"]?["totalExpenses"] == .number("42.5"))
        #expect(list["summary"]?["balance"] == .number("957.5"))

        let insights = try await client.send(.get, "/api/analytics/insights", token: token)
        #expect(insights.status == .ok)
        let messages = try #require(try insights.json["insights"]?.arrayValue).compactMap { $0.string("message") }
        #expect(messages.contains("food was 100.0% of your spending (42.50 of 42.50)"))
    }

    @Test func theOriginalFlowWorksThroughTheRouter() async throws {
        try await GatewayHarness().run { client in try await Self.flow(client) }
    }
}
