import Hummingbird
import Foundation
import OutlayAPI
import OutlayBasics
import Testing

/// User B can neither see nor touch anything of user A's, by id or by list,
/// and the original design's `user-id` header changes nothing.
@Suite struct IsolationTests {
    @Test func anotherUsersDataIsInvisibleAndUntouchable() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let bob = try await client.register("bob")
            let expense = try await client.add(ada, "90", "Concert", category: "entertainment", date: "2026-03-12")
            let budget = try await client.send(.post, APIPath.budgets, token: ada.token, json: .object([
                "category": "entertainment", "amount": "100", "period": "monthly", "alertThreshold": 80]))
            let budgetID = try #require(try budget.json.string("id"))
            let inbox = try await client.send(.get, APIPath.notifications, token: ada.token).json
            let notificationID = try #require(inbox["notifications"]?.arrayValue?.first?.string("id"))
            let adaBefore = try await Self.everything(of: ada, client)

            var impersonation = HTTPFields.custom("user-id", ada.id)
            impersonation.append(contentsOf: HTTPFields.custom("x-user-id", ada.id))
            for headers in [HTTPFields(), impersonation] {
                let list = try await client.send(.get, APIPath.expenses, token: bob.token, headers: headers).json
                #expect(list["expenses"] == .array([]))
                #expect(list["summary"]?["totalExpenses"] == .number("0"))
                #expect(try await client.send(.get, APIPath.budgets, token: bob.token, headers: headers).json["budgets"] == .array([]))
                #expect(try await client.send(.get, APIPath.notifications, token: bob.token, headers: headers).json["notifications"] == .array([]))
                #expect(try await client.send(.get, APIPath.analytics + "/monthly-summary?month=2026-03", token: bob.token, headers: headers)
                    .json["totalSpent"] == .number("0"))

                let unknown = UUID().uuidString.lowercased()
                for (method, path, body) in [
                    (HTTPRequest.Method.get, APIPath.expense(expense), nil as JSONValue?),
                    (.put, APIPath.expense(expense), .object(["amount": "1"])),
                    (.delete, APIPath.expense(expense), nil),
                    (.put, APIPath.budget(budgetID), .object(["amount": "1"])),
                    (.delete, APIPath.budget(budgetID), nil),
                    (.put, APIPath.notifications + "/\(notificationID)/read", nil),
                    (.delete, APIPath.notifications + "/\(notificationID)", nil),
                ] {
                    let theirs = try await client.send(method, path, token: bob.token, json: body, headers: headers)
                    let made = path.replacingOccurrences(of: expense, with: unknown).replacingOccurrences(of: budgetID, with: unknown)
                        .replacingOccurrences(of: notificationID, with: unknown)
                    let nobodys = try await client.send(method, made, token: bob.token, json: body, headers: headers)
                    #expect(theirs.status == .notFound, "\(method) \(path)")
                    // Nothing in the answer tells "someone else's" from "does not exist", but the id echoed back.
                    #expect(theirs.text.replacingOccurrences(of: expense, with: unknown).replacingOccurrences(of: budgetID, with: unknown)
                        .replacingOccurrences(of: notificationID, with: unknown) == nobodys.text)
                }
                let readAll = try await client.send(.put, APIPath.notifications + "/read-all", token: bob.token, headers: headers)
                #expect(try readAll.json["updated"] == 0)
            }
            #expect(try await Self.everything(of: ada, client) == adaBefore)
            #expect(adaBefore.count == 3 && adaBefore[2].contains("\"isRead\":false"))
        }
    }

    /// A's expenses, budgets and inbox as text, to compare before and after.
    static func everything(of account: GatewayHarness.Account, _ client: GatewayHarness.Client) async throws -> [String] {
        [try await client.send(.get, APIPath.expenses, token: account.token).text,
         try await client.send(.get, APIPath.budgets, token: account.token).text,
         try await client.send(.get, APIPath.notifications, token: account.token).text]
    }
}
