import OutlayAPI
import OutlayBasics
import OutlayKit
import Testing

/// `/api/recurring` and `/api/forecast` (the harness's day is 2026-03-18).
@Suite struct RecurringRouteTests {
    @Test func recurringItemsArePostedWhenDueAndForecast() async throws {
        let harness = try GatewayHarness()
        try await harness.run { client in
            let ada = try await client.register("ada")
            let checking = try await client.send(.post, APIPath.accounts, token: ada.token, json: .object(["name": "checking", "openingBalance": 1000]))
            #expect(checking.status == .created)
            // From the 1st: the 1st of March is due already and posted now; April's comes next.
            let rent = try await client.send(.post, APIPath.recurring, token: ada.token, json: .object([
                "amount": 900, "description": "Rent", "category": "rent", "account": "checking", "unit": "month", "day": 1, "from": "2026-03-01"]))
            #expect(rent.status == .created, "\(rent.text)")
            #expect(try rent.json.string("next") == "2026-04-01" && rent.json.string("rhythm") == "every month on the 1st")
            let id = try #require(try rent.json.string("_id"))
            let expenses = try await client.send(.get, APIPath.expenses, token: ada.token).json
            #expect(expenses["expenses"]?.arrayValue?.map { $0.string("description") ?? "" } == ["Rent"])
            let salary = try await client.send(.post, APIPath.recurring, token: ada.token, json: .object([
                "amount": "2500.00", "description": "Salary", "type": "income", "category": "salary", "account": "checking", "unit": "month",
                "weekday": "last friday", "from": "2026-03-18"]))
            #expect(salary.status == .created, "\(salary.text)")
            let list = try await client.send(.get, APIPath.recurring, token: ada.token).json
            #expect(list["recurring"]?.arrayValue?.count == 2)
            #expect(list["upcoming"]?.arrayValue?.map { "\($0.string("date") ?? "") \($0.string("description") ?? "")" } == ["2026-03-27 Salary", "2026-04-01 Rent"])

            // The forecast: 1,000 − 900 = 100 today; +2,500 on the 27th; −900 on 1 April.
            let forecast = try await client.send(.get, APIPath.forecast + "?days=20&account=checking", token: ada.token).json
            let account = try #require(forecast["accounts"]?.arrayValue?.first)
            #expect(account["start"] == .number("100") && account["end"] == .number("1700"))
            #expect(account["days"]?.arrayValue?.count == 21)
            #expect(try await client.send(.get, APIPath.forecast + "?account=nowhere", token: ada.token).status == .notFound)

            // A change applies from the next occurrence; a bad rhythm names what is wrong and changes nothing.
            let changed = try await client.send(.put, APIPath.recurring + "/\(id)", token: ada.token, json: .object(["amount": 950]))
            #expect(try changed.status == .ok && changed.json["amount"] == .number("950"))
            let bad = try await client.send(.put, APIPath.recurring + "/\(id)", token: ada.token, json: .object(["unit": "week", "day": 3]))
            #expect(bad.status == .badRequest, "\(bad.text)")
            let backlog = try await client.send(.post, APIPath.recurring, token: ada.token, json: .object([
                "amount": 1, "description": "Typo", "unit": "day", "from": "1990-01-01"]))
            #expect(backlog.status == .badRequest)
            #expect(try await client.send(.delete, APIPath.recurring + "/\(id)", token: ada.token).status == .noContent)
            #expect(try await client.send(.delete, APIPath.recurring + "/\(id)", token: ada.token).status == .notFound)
            #expect(try await client.send(.get, APIPath.recurring, token: ada.token).json["recurring"]?.arrayValue?.count == 1)
        }
    }
}
