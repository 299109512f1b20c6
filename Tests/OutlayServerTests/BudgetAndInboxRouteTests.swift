import OutlayAPI
import OutlayBasics
import Testing

@Suite struct BudgetAndInboxRouteTests {
    @Test func budgetsEvaluateOnTheServerAndFillTheInbox() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let created = try await client.send(.post, APIPath.budgets, token: ada.token, json: .object([
                "category": "food", "amount": "100", "period": "monthly", "alertThreshold": 80]))
            #expect(created.status == .created)
            let budget = try created.json
            #expect(budget.string("scope") == "food")
            #expect(budget["alertThreshold"] == 80)
            #expect(budget["spent"] == .number("0"))
            let id = try #require(budget.string("id"))

            try await client.add(ada, "79", "Groceries", date: "2026-03-05")
            #expect(try await client.send(.get, APIPath.notifications + "/unread-count", token: ada.token).json["count"] == 0)
            try await client.add(ada, "2", "Gum", date: "2026-03-06")
            try await client.add(ada, "1", "Mint", date: "2026-03-07")
            let inbox = try await client.send(.get, APIPath.notifications, token: ada.token).json
            let alerts = try #require(inbox["notifications"]?.arrayValue)
            #expect(alerts.map { $0.string("type") } == ["budget_alert"])
            #expect(alerts.first?.string("message")?.contains("'food' budget at 81.0%") == true)
            #expect(inbox["unreadCount"] == 1)

            let budgets = try await client.send(.get, APIPath.budgets, token: ada.token).json
            #expect(budgets["budgets"]?.arrayValue?.first?["spent"] == .number("82"))
            #expect(budgets["budgets"]?.arrayValue?.first?.string("level") == "warning")

            // Same category and period again: that budget changes (200), no second one appears.
            let again = try await client.send(.post, APIPath.budgets, token: ada.token, json: .object(["category": "food", "amount": "80"]))
            #expect(again.status == .ok)
            #expect(try again.json.string("id") == id)
            #expect(try again.json.string("level") == "exceeded")
            let changed = try await client.send(.put, APIPath.budget(id), token: ada.token, json: .object(["amount": "200", "rollover": true]))
            #expect(try changed.json["amount"] == .number("200"))
            #expect(try changed.json["rollover"] == true)
            let moved = try await client.send(.put, APIPath.budget(id), token: ada.token, json: .object(["category": "transport"]))
            #expect(moved.status == .badRequest)
            #expect(try await client.send(.delete, APIPath.budget(id), token: ada.token).status == .noContent)
            #expect(try await client.send(.get, APIPath.budgets, token: ada.token).json["budgets"] == .array([]))
        }
    }

    @Test(arguments: [
        (#"{"category":"food"}"#, "amount"), (#"{"amount":"-5"}"#, "amount"), (#"{"amount":"5","period":"fortnightly"}"#, "period"),
        (#"{"amount":"5","alertThreshold":0}"#, "alertThreshold"), (#"{"amount":"5","alertThreshold":"high"}"#, "alertThreshold"),
        (#"{"amount":"5","category":"bad\u0007name"}"#, "category"), (#"{"amount":"5","rollover":"yes"}"#, "rollover"),
    ])
    func badBudgetsAre400NamingTheField(body: String, field: String) async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let reply = try await client.send(.post, APIPath.budgets, token: ada.token, raw: body)
            #expect(reply.status == .badRequest, "\(body)")
            #expect(try reply.json.string("field") == field, "\(reply.text)")
        }
    }

    @Test func theInboxMarksReadAndDeletes() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            _ = try await client.send(.post, APIPath.budgets, token: ada.token, json: .object(["amount": "10", "alertThreshold": 50]))
            try await client.add(ada, "6", "Lunch", date: "2026-03-05")
            try await client.add(ada, "5", "Dinner", date: "2026-03-06")
            let inbox = try await client.send(.get, APIPath.notifications + "?unreadOnly=true", token: ada.token).json
            let ids = try #require(inbox["notifications"]?.arrayValue).compactMap { $0.string("id") }
            #expect(ids.count == 2)
            #expect(try await client.send(.put, APIPath.notifications + "/\(ids[0])/read", token: ada.token).status == .noContent)
            #expect(try await client.send(.get, APIPath.notifications + "/unread-count", token: ada.token).json["count"] == 1)
            #expect(try await client.send(.put, APIPath.notifications + "/read-all", token: ada.token).json["updated"] == 1)
            #expect(try await client.send(.delete, APIPath.notifications + "/\(ids[1])", token: ada.token).status == .noContent)
            #expect(try await client.send(.delete, APIPath.notifications + "/\(ids[1])", token: ada.token).status == .notFound)
            #expect(try await client.send(.get, APIPath.notifications, token: ada.token).json["notifications"]?.arrayValue?.count == 1)
            #expect(try await client.send(.get, APIPath.notifications + "?unreadOnly=maybe", token: ada.token).status == .badRequest)
        }
    }

    @Test func analyticsAnswerTheServicesFiguresAndNameBadParameters() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            try await client.add(ada, "30", "Groceries", date: "2026-03-02")
            try await client.add(ada, "10.50", "Taxi", category: "transport", date: "2026-03-14")
            try await client.add(ada, "20", "Cinema", category: "entertainment", date: "2026-02-10")
            try await client.add(ada, "2000", "Salary", category: "salary", type: "INCOME", date: "2026-03-01")
            func get(_ path: String) async throws -> JSONValue {
                let reply = try await client.send(.get, APIPath.analytics + path, token: ada.token)
                #expect(reply.status == .ok, "\(path): \(reply.text)")
                return try reply.json
            }
            let summary = try await get("/monthly-summary?month=2026-03")
            #expect(summary["totalSpent"] == .number("40.5"))
            #expect(summary["transactionCount"] == 2)
            let trends = try await get("/trends?months=2")
            #expect(trends["trends"]?.arrayValue?.compactMap { $0["totalSpent"] } == [.number("20"), .number("40.5")])
            let categories = try await get("/category-analysis?period=month&date=2026-03-18")
            #expect(categories["topCategory"]?.string("category") == "food" || categories.string("topCategory") == "food")
            let daily = try await get("/daily-pattern?days=30")
            #expect(daily["totalSpent"] == .number("40.5"))  // Feb 17 – Mar 18: the cinema on Feb 10 is outside
            let top = try await get("/top-expenses?month=2026-03&limit=1")
            #expect(top["expenses"]?.arrayValue?.compactMap { $0.string("description") } == ["Groceries"])
            let insights = try await get("/insights?month=2026-03")
            #expect(insights.string("period") == "2026-03")
            #expect((insights["insights"]?.arrayValue?.count ?? 0) >= 2)
            for (path, field) in [("/monthly-summary?month=2026-3x", "month"), ("/trends?months=0", "months"),
                                  ("/category-analysis?period=decade", "period"), ("/daily-pattern?days=abc", "days"),
                                  ("/top-expenses?limit=500", "limit"), ("/daily-pattern?endDate=soon", "endDate")] {
                let reply = try await client.send(.get, APIPath.analytics + path, token: ada.token)
                #expect(reply.status == .badRequest, "\(path)")
                #expect(try reply.json.string("field") == field, "\(path): \(reply.text)")
            }
        }
    }
}
