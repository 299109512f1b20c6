import OutlayAPI
import OutlayBasics
import OutlayKit
import Testing

/// `/api/accounts`, and transfers on the original routes: only with `?type=TRANSFER`, never in a summary.
@Suite struct AccountRouteTests {
    @Test func accountsWithBalancesAndTransfersThatNoSummaryCounts() async throws {
        let harness = try GatewayHarness()
        let folder = harness.folder
        try await harness.run { client in
            let ada = try await client.register("ada")
            let checking = try await client.send(.post, APIPath.accounts, token: ada.token, json: .object([
                "name": "checking", "type": "checking", "openingBalance": 1000, "openedOn": "2026-01-01T00:00:00.000Z"]))
            #expect(checking.status == .created, "\(checking.text)")
            #expect(try checking.json["balance"] == .number("1000") && checking.json.string("openedOn") == "2026-01-01")
            let card = try await client.send(.post, APIPath.accounts, token: ada.token, json: .object(["name": "card", "type": "credit"]))
            let cardID = try #require(try card.json.string("id"))
            #expect(try await client.send(.post, APIPath.accounts, token: ada.token, json: .object(["name": "Card"])).status == .conflict)
            let bad = try await client.send(.post, APIPath.accounts, token: ada.token, json: .object(["name": "x", "type": "piggy"]))
            let badField = try bad.json.string("field")
            #expect(bad.status == .badRequest && badField == "type")

            // The original clients' paymentMethod names the account; an expense with none goes to cash.
            let paid = try await client.send(.post, APIPath.expenses, token: ada.token, json: .object([
                "amount": .number("42.8"), "description": "Groceries", "category": "food", "type": "EXPENSE", "date": "2026-03-05", "paymentMethod": "card"]))
            let paidAccount = try paid.json.string("account")
            #expect(paid.status == .created && paidAccount == "card")
            try await client.add(ada, "3.5", "Coffee", date: "2026-03-06")
            let before = try await client.send(.get, APIPath.expenses, token: ada.token).json["summary"]

            // A transfer made on this ledger (as the CLI makes it) moves balances, and nothing else.
            let ledger = try AppDatabase.open(path: folder.appendingPathComponent("users/\(ada.id).sqlite").path)
            try TransferService(database: ledger).add(.init(amount: Money(minorUnits: 4_280, currency: ledger.currency), from: "checking",
                                                            to: "card", date: LocalDate(year: 2026, month: 3, day: 10)!))
            let list = try await client.send(.get, APIPath.accounts, token: ada.token).json
            let balances = (list["accounts"]?.arrayValue ?? []).map { "\($0.string("name") ?? "") \(Self.literal($0["balance"]))" }
            #expect(balances.sorted() == ["card 0", "cash -3.5", "checking 957.2"])
            #expect(list["netWorth"] == .number("953.7"))
            #expect(try await client.send(.get, APIPath.expenses, token: ada.token).json["summary"] == before)
            #expect(try await client.send(.get, APIPath.expenses, token: ada.token).json["expenses"]?.arrayValue?.count == 2)
            let transfers = try await client.send(.get, APIPath.expenses + "?type=TRANSFER", token: ada.token).json
            #expect(transfers["expenses"]?.arrayValue?.map { "\($0.string("type") ?? "") \($0.string("fromAccount") ?? "")>\($0.string("toAccount") ?? "") \(Self.literal($0["amount"]))" }
                    == ["TRANSFER checking>card 42.8"])
            #expect(transfers["summary"]?["totalExpenses"] == .number("0"))
            let byCategory = try await client.send(.get, APIPath.expensesByCategory, token: ada.token).text
            #expect(!byCategory.contains("transfer") && byCategory.contains("food"))

            // Renamed through the API: its transactions and transfers follow; a used account cannot go, an empty one can.
            let renamed = try await client.send(.put, APIPath.accounts + "/\(cardID)", token: ada.token, json: .object(["name": "visa"]))
            let newName = try renamed.json.string("name")
            #expect(renamed.status == .ok && newName == "visa")
            #expect(try await client.send(.get, APIPath.expenses + "?type=TRANSFER", token: ada.token).json["expenses"]?
                        .arrayValue?.first?.string("toAccount") == "visa")
            // A new name is a new id (every copy of the ledger makes it from the name); the old one is gone.
            let visaID = try #require(try renamed.json.string("id"))
            #expect(visaID != cardID)
            #expect(try await client.send(.delete, APIPath.accounts + "/\(cardID)", token: ada.token).status == .notFound)
            #expect(try await client.send(.delete, APIPath.accounts + "/\(visaID)", token: ada.token).status == .conflict)
            let spare = try await client.send(.post, APIPath.accounts, token: ada.token, json: .object(["name": "spare", "type": "savings"]))
            #expect(try await client.send(.delete, APIPath.accounts + "/\(try #require(try spare.json.string("id")))", token: ada.token).status == .noContent)
            #expect(try await client.send(.put, APIPath.accounts + "/\(RecordID.make())", token: ada.token, json: .object(["note": "x"])).status == .notFound)

            // Another user sees none of it.
            let bob = try await client.register("bob")
            #expect(try await client.send(.get, APIPath.accounts, token: bob.token).json["accounts"]?.arrayValue?.map { $0.string("name") } == ["cash"])
        }
    }

    /// A JSON number's literal ("957.2"), or "-" for anything else.
    static func literal(_ value: JSONValue?) -> String {
        if case let .number(text)? = value { return text }
        return "-"
    }
}
