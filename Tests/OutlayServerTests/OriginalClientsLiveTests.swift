import Foundation
import OutlayTestSupport
import OutlayBasics
import Testing

/// The original Smart Expense Tracker's two real clients against the real
/// `outlay-server` binary started as its README says: the React dashboard
/// (a page on http://localhost:5173, so every call is cross-origin and the
/// browser sends a preflight first) and the Postman collection. Each call is
/// made in the clients' order with their bodies and headers, and every field
/// each client reads is checked for presence, JSON type and value.
@Suite(.serialized) struct OriginalClientsLiveTests {
    static let page = "http://localhost:5173"

    @Test(arguments: GatewayHarness.Store.allCases)
    func theReactDashboardSignsUpAddsAndShowsTransactions(store: GatewayHarness.Store) async throws {
        let server = try await ServerProcess(store: store, arguments: ["--cors-origin", Self.page])
        let browser = Browser(server: server)
        let email = "ada.lovelace@example.com"

        // Login.jsx: sign-up sends the email as the username too; App.jsx keeps data.token and data.user.
        let signUp = try await browser.call("POST", "/api/auth/register", headers: ["content-type"],
                                            body: ["username": .string(email), "email": .string(email), "password": "analytical engine"])
        #expect(signUp.status == 201, "\(String(describing: signUp.json))")
        #expect(signUp.json?["token"]?.stringValue?.isEmpty == false)
        #expect(signUp.json?["user"]?["username"]?.stringValue == email)
        let login = try await browser.call("POST", "/api/auth/login", headers: ["content-type"],
                                           body: ["email": .string(email), "password": "analytical engine"])
        #expect(login.status == 200)
        let token = try #require(login.json?["token"]?.stringValue)
        let userID = try #require(login.json?["user"]?["id"]?.stringValue)
        #expect(login.json?["user"]?["username"]?.stringValue == email)

        // Dashboard.jsx: addTransaction posts {description, amount: Number(amount), type, category, date: new Date(date)}.
        let today = Self.today()
        let additions: [(description: String, amount: String, type: String, category: String)] = [
            ("Groceries", "15.5", "EXPENSE", "food"), ("Salary", "2500", "INCOME", "salary"),
            ("Gift from aunt", "19.75", "INCOME", "other_income"), ("Stamps", "4.2", "EXPENSE", "other_expense"),
        ]
        for addition in additions {
            let added = try await browser.call("POST", "/api/expenses", token: token, userID: userID,
                                               headers: ["authorization", "content-type", "user-id"], body: [
                                                   "description": .string(addition.description), "amount": .number(addition.amount),
                                                   "type": .string(addition.type), "category": .string(addition.category),
                                                   "date": .string(today + "T00:00:00.000Z")])
            #expect(added.status == 201, "\(addition.description): \(String(describing: added.json))")
        }

        // fetchTransactions: GET /expenses with this month's range; reads expenses[] and summary.
        let list = try await browser.call("GET", "/api/expenses?startDate=\(today.prefix(8))01&endDate=\(today)", token: token,
                                          userID: userID, headers: ["authorization", "user-id"])
        #expect(list.status == 200)
        let expenses = try #require(list.json?["expenses"]?.arrayValue)
        #expect(expenses.count == 4)
        for row in expenses {
            let id = try #require(row["_id"]?.stringValue, "every row has _id: \(row)")
            #expect(row["id"]?.stringValue == id)
            guard case .number = row["amount"] else { Issue.record("amount is not a number: \(row)"); continue }
            #expect(["INCOME", "EXPENSE"].contains(row["type"]?.stringValue ?? ""))
            #expect(row["category"]?.stringValue != nil && row["description"]?.stringValue != nil)
            #expect(row["date"]?.stringValue == today)
        }
        let byDescription = Dictionary(uniqueKeysWithValues: expenses.map { ($0["description"]?.stringValue ?? "", $0) })
        #expect(byDescription["Groceries"]?["amount"] == .number("15.5"))
        #expect(byDescription["Salary"]?["amount"] == .number("2500"))
        #expect(byDescription["Gift from aunt"]?["amount"] == .number("19.75"))
        #expect(byDescription["Gift from aunt"]?["category"]?.stringValue == "other")
        #expect(byDescription["Stamps"]?["category"]?.stringValue == "other")
        let summary = try #require(list.json?["summary"])
        #expect(summary["totalIncome"] == .number("2519.75"))
        #expect(summary["totalExpenses"] == .number("19.7"))
        #expect(summary["balance"] == .number("2500.05"))

        // The user-id header never decides whose data it is: another user's id still shows this user's rows.
        let spoofed = try await browser.call("GET", "/api/expenses", token: token, userID: "someone-else", headers: ["authorization", "user-id"])
        #expect(spoofed.json?["expenses"]?.arrayValue?.count == 4)

        // Another site's page gets answers without the header that would let it read them.
        let foreign = try await server.exchange("GET", "/api/expenses", token: token, headers: ["Origin": "http://evil.example"])
        #expect(foreign.status == 200)
        #expect(foreign.headers["access-control-allow-origin"] == nil)
        let foreignPreflight = try await server.exchange("OPTIONS", "/api/expenses", headers: [
            "Origin": "http://evil.example", "Access-Control-Request-Method": "GET"])
        #expect(foreignPreflight.headers["access-control-allow-origin"] == nil)
        #expect(server.stop() == 0)
    }

    @Test(arguments: GatewayHarness.Store.allCases)
    func thePostmanCollectionRunsFromTopToBottom(store: GatewayHarness.Store) async throws {
        let server = try await ServerProcess(store: store, arguments: ["--cors-origin", Self.page])
        // Authentication folder.
        let register = try await server.exchange("POST", "/api/auth/register", body: [
            "username": "johndoe", "email": "john@example.com", "password": "password123",
            "firstName": "John", "lastName": "Doe", "currency": "USD"])
        #expect(register.status == 201)
        #expect(register.json?["user"]?["currency"]?.stringValue == "USD")
        let login = try await server.exchange("POST", "/api/auth/login", body: ["email": "john@example.com", "password": "password123"])
        #expect(login.status == 200)
        let token = try #require(login.json?["token"]?.stringValue)
        let userID = try #require(login.json?["user"]?["id"]?.stringValue)
        let headers = ["user-id": userID]

        let profile = try await server.exchange("GET", "/api/users/profile", token: token)
        #expect(profile.status == 200)
        #expect(profile.json?["_id"]?.stringValue == userID)
        #expect(profile.json?["username"]?.stringValue == "johndoe")
        #expect(profile.json?["email"]?.stringValue == "john@example.com")
        #expect(profile.json?["profile"]?["firstName"]?.stringValue == "John")
        #expect(profile.json?["profile"]?["lastName"]?.stringValue == "Doe")
        #expect(profile.json?["profile"]?["currency"]?.stringValue == "USD")
        #expect(profile.json?["profile"]?["monthlyIncome"] == .number("0"))
        #expect(profile.json?["password"] == nil)
        #expect(profile.json?["lastLogin"]?.stringValue != nil)
        let update = try await server.exchange("PUT", "/api/users/profile", token: token, body: [
            "firstName": "John", "lastName": "Smith", "currency": "EUR", "monthlyIncome": .number("5000")])
        #expect(update.status == 200, "\(String(describing: update.json))")
        #expect(update.json?["profile"]?["lastName"]?.stringValue == "Smith")
        #expect(update.json?["profile"]?["currency"]?.stringValue == "EUR")
        #expect(update.json?["profile"]?["monthlyIncome"] == .number("5000"))

        // Expenses folder (the collection sends user-id; the token comes from its collection-level auth).
        let create = try await server.exchange("POST", "/api/expenses", token: token, body: [
            "amount": .number("50.00"), "category": "Food", "description": "Lunch at restaurant",
            "paymentMethod": "Credit Card", "tags": ["lunch", "dining"]], headers: headers)
        #expect(create.status == 201, "\(String(describing: create.json))")
        #expect(create.json?["amount"] == .number("50"))
        #expect(create.json?["currency"]?.stringValue == "EUR")
        #expect(create.json?["paymentMethod"]?.stringValue == "Credit Card")
        #expect(create.json?["tags"] == ["lunch", "dining"])
        #expect(create.json?["_id"]?.stringValue == create.json?["id"]?.stringValue)
        let all = try await server.exchange("GET", "/api/expenses", token: token, headers: headers)
        #expect(all.json?["expenses"]?.arrayValue?.count == 1)
        let food = try await server.exchange("GET", "/api/expenses?category=Food", token: token, headers: headers)
        #expect(food.json?["expenses"]?.arrayValue?.first?["description"]?.stringValue == "Lunch at restaurant")
        let byCategory = try await server.exchange("GET", "/api/expenses/summary/by-category", token: token, headers: headers)
        #expect(byCategory.status == 200)
        let firstCategory = byCategory.json?["categories"]?.arrayValue?.first
        #expect(firstCategory?["_id"]?.stringValue == "food")
        #expect(firstCategory?["total"] == .number("50"))
        #expect(firstCategory?["count"] == .number("1"))
        #expect(byCategory.json?["totalSpent"] == .number("50"))

        // Budgets folder, then a second lunch that takes food past its 80% alert.
        let budget = try await server.exchange("POST", "/api/budgets", token: token, body: [
            "category": "Food", "amount": 500, "period": "monthly", "alertThreshold": 80], headers: headers)
        #expect(budget.status == 201)
        #expect(budget.json?["amount"] == .number("500"))
        #expect(budget.json?["category"]?.stringValue == "food")
        #expect(budget.json?["_id"]?.stringValue != nil)
        let budgets = try await server.exchange("GET", "/api/budgets", token: token, headers: headers)
        #expect(budgets.json?["budgets"]?.arrayValue?.first?["spent"] == .number("50"))
        let noAlerts = try await server.exchange("GET", "/api/budgets/alerts", token: token, headers: headers)
        #expect(noAlerts.status == 200)
        #expect(noAlerts.json?["alerts"]?.arrayValue?.isEmpty == true)
        _ = try await server.exchange("POST", "/api/expenses", token: token, body: [
            "amount": .number("375.25"), "category": "FOOD", "description": "Dinner party"], headers: headers)
        let alerts = try await server.exchange("GET", "/api/budgets/alerts", token: token, headers: headers)
        let alert = try #require(alerts.json?["alerts"]?.arrayValue?.first)
        #expect(alert["_id"]?.stringValue == alert["id"]?.stringValue)
        #expect(alert["type"]?.stringValue == "budget_alert")
        #expect(alert["metadata"]?["spent"] == .number("425.25"))
        #expect(alert["metadata"]?["limit"] == .number("500"))
        // The original gateway's /api/budget prefix is the same service.
        let aliased = try await server.exchange("GET", "/api/budget", token: token, headers: headers)
        let current = try await server.exchange("GET", "/api/budgets", token: token, headers: headers)
        #expect(aliased.json?["budgets"] == current.json?["budgets"])
        #expect(aliased.json?["budgets"]?.arrayValue?.first?["_id"] == budget.json?["_id"])

        // Analytics folder: money as numbers.
        let monthly = try await server.exchange("GET", "/api/analytics/monthly-summary", token: token, headers: headers)
        #expect(monthly.json?["totalSpent"] == .number("425.25"))
        let trends = try await server.exchange("GET", "/api/analytics/trends", token: token, headers: headers)
        #expect(trends.status == 200)
        let analysis = try await server.exchange("GET", "/api/analytics/category-analysis?period=month", token: token, headers: headers)
        #expect(analysis.json?["categories"]?.arrayValue?.first?["total"] == .number("425.25"))
        let insights = try await server.exchange("GET", "/api/analytics/insights", token: token, headers: headers)
        #expect(insights.json?["insights"]?.arrayValue != nil)
        let daily = try await server.exchange("GET", "/api/analytics/daily-pattern", token: token, headers: headers)
        #expect(daily.json?["totalSpent"] == .number("425.25"))

        // Notifications folder.
        let inbox = try await server.exchange("GET", "/api/notifications", token: token, headers: headers)
        #expect(inbox.json?["notifications"]?.arrayValue?.first?["_id"] != nil)
        let unread = try await server.exchange("GET", "/api/notifications/unread-count", token: token, headers: headers)
        #expect(unread.json?["count"] == .number("1"))
        let readAll = try await server.exchange("PUT", "/api/notifications/read-all", token: token, headers: headers)
        #expect(readAll.json?["updated"] == .number("1"))

        // The currency is the ledger's: once it holds amounts, a profile cannot change it.
        let late = try await server.exchange("PUT", "/api/users/profile", token: token, body: ["currency": "GBP"])
        #expect(late.status == 409)
        #expect(late.json?["field"]?.stringValue == "currency")
        #expect(server.stop() == 0)
    }

    /// The browser's today: the day the server was started on.
    static func today() -> String { TestDay.text }

    /// A page on the dashboard's origin: a preflight before each call that needs one, as a browser does,
    /// and an answer the page may read only when it carries the allow-origin header.
    struct Browser {
        let server: ServerProcess

        func call(_ method: String, _ path: String, token: String? = nil, userID: String? = nil, headers: [String],
                  body: JSONValue? = nil) async throws -> ServerProcess.Reply {
            let preflight = try await server.exchange("OPTIONS", path, headers: [
                "Origin": page, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers.joined(separator: ",")])
            #expect(preflight.status == 204, "preflight \(method) \(path)")
            #expect(preflight.headers["access-control-allow-origin"] == page)
            let allowedMethods = preflight.headers["access-control-allow-methods"]?.lowercased() ?? ""
            #expect(allowedMethods.contains(method.lowercased()), "\(allowedMethods)")
            let allowedHeaders = preflight.headers["access-control-allow-headers"]?.lowercased() ?? ""
            for header in headers { #expect(allowedHeaders.contains(header), "\(header) not in \(allowedHeaders)") }
            #expect(Int(preflight.headers["access-control-max-age"] ?? "") ?? 0 > 0)

            var fields = ["Origin": page]
            if let userID { fields["user-id"] = userID }
            let reply = try await server.exchange(method, path, token: token, body: body, headers: fields)
            #expect(reply.headers["access-control-allow-origin"] == page, "\(method) \(path) is readable by the page")
            return reply
        }
    }
}
