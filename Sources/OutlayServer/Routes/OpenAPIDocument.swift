import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `GET /openapi.json`: an OpenAPI 3.1 description of every route.
///
/// Written next to the routes and checked against them: a test compares its
/// paths with the router's, and schemathesis checks live answers against it.
enum OpenAPIDocument {
    static let bytes: [UInt8] = document.bytes

    static var document: JSONValue {
        .object([
            "openapi": .string("3.1.0"),
            "info": .object(["title": .string("Outlay gateway"), "version": .string(SystemRoutes.version),
                             "description": .string("Self-hosted gateway of Outlay, compatible with the Smart Expense Tracker API. On its routes money goes out as JSON numbers written exactly from whole minor units and comes in as numbers or decimal text; sync uses decimal text.")]),
            "paths": .object(JSONObject(paths)),
            "components": .object([
                "securitySchemes": .object(["bearer": .object(["type": .string("http"), "scheme": .string("bearer"), "bearerFormat": .string("JWT")])]),
                "schemas": .object(JSONObject(schemas)),
            ]),
        ])
    }

    // MARK: - Paths

    private static var paths: [(key: String, value: JSONValue)] {
        let idParameter = parameter("id", in: "path", schema: ["type": .string("string")], required: true)
        return [
            (APIPath.register, .object(["post": operation("Register an account", body: "Register", responses: [
                "201": json("AuthResponse"), "400": error, "403": error, "409": error, "413": error, "429": error], secured: false)])),
            (APIPath.login, .object(["post": operation("Log in", body: "Login", responses: [
                "200": json("AuthResponse"), "400": error, "401": error, "413": error, "429": error], secured: false)])),
            (APIPath.expenses, .object([
                "get": operation("List expenses: filters, keyset pages and the filter's summary", parameters: [
                    query("startDate", date), query("endDate", date), query("type", .object(["type": .string("string"), "enum": strings(["INCOME", "EXPENSE", "TRANSFER", "income", "expense", "transfer"])])),
                    query("category", text), query("tag", text), query("q", text), query("minAmount", amountFilter), query("maxAmount", amountFilter),
                    query("limit", integer(1, ExpenseRoutes.maximumLimit)), query("cursor", cursor),
                    query("order", .object(["type": .string("string"), "enum": strings(["newest", "oldest"])])),
                ], responses: ["200": json("ExpenseList"), "400": error, "401": error]),
                "post": operation("Add an expense or income (409 when the ledger's total would pass the largest amount, or the id is taken)",
                                  body: "ExpenseCreate", responses: ["201": json("Expense"), "400": error, "401": error, "409": error, "413": error]),
            ])),
            (APIPath.accounts, .object([
                "get": operation("The accounts with their balances, cleared balances and net worth", responses: ["200": json("AccountList"), "401": error]),
                "post": operation("Add an account (409 when the name is taken)", body: "AccountCreate", responses: [
                    "201": json("Account"), "400": error, "401": error, "409": error, "413": error]),
            ])),
            (APIPath.accounts + "/{id}", .object([
                "parameters": .array([idParameter]),
                "put": operation("Change an account: a new name takes its transactions and transfers along", body: "AccountUpdate", responses: [
                    "200": json("Account"), "400": error, "401": error, "404": error, "409": error, "413": error]),
                "delete": operation("Remove an account nothing was recorded in (409 otherwise)", responses: [
                    "204": noContent, "401": error, "404": error, "409": error]),
            ])),
            (APIPath.recurring, .object([
                "get": operation("The recurring items, each with its next date, and what comes in the next 30 days", responses: [
                    "200": json("RecurringList"), "401": error]),
                "post": operation("Make a recurring item; occurrences already due are posted now (400 when it would post more than 1000)",
                                  body: "RecurringCreate", responses: ["201": json("Recurring"), "400": error, "401": error, "409": error, "413": error]),
            ])),
            (APIPath.recurring + "/{id}", .object([
                "parameters": .array([idParameter]),
                "put": operation("Change a recurring item from its next occurrence after today on", body: "RecurringUpdate", responses: [
                    "200": json("Recurring"), "400": error, "401": error, "404": error, "409": error, "413": error]),
                "delete": operation("Stop a recurring item; what it posted stays", responses: ["204": noContent, "401": error, "404": error]),
            ])),
            (APIPath.forecast, .object(["get": operation("Each open account's projected balance per day, its lowest point and any crossing below the floor",
                parameters: [query("days", integer(1, ForecastService.longestHorizon)), query("account", text),
                             query("withBudgets", .object(["type": .string("string"), "enum": strings(["true", "false", "1", "0"])]))],
                responses: ["200": json("Forecast"), "400": error, "401": error, "404": error])])),
            (APIPath.expenses + "/{id}", .object([
                "parameters": .array([idParameter]),
                "get": operation("One expense", responses: ["200": json("Expense"), "401": error, "404": error]),
                "put": operation("Change an expense", body: "ExpenseUpdate", responses: [
                    "200": json("Expense"), "400": error, "401": error, "404": error, "409": error, "413": error]),
                "delete": operation("Delete an expense", responses: ["204": noContent, "401": error, "404": error]),
            ])),
            (APIPath.expensesByCategory, .object(["get": operation("This month's spending per category", responses: [
                "200": json("CategorySummary"), "401": error])])),
        ] + budgets(APIPath.budgets, idParameter) + budgets(APIPath.budgetAlias, idParameter, alias: true) + [
            (APIPath.profile, .object([
                "get": operation("The account and its profile", responses: ["200": json("Profile"), "401": error]),
                "put": operation("Change the profile (the currency only while the ledger holds no amount: 409 after)", body: "ProfileUpdate",
                                 responses: ["200": json("ProfileUpdated"), "400": error, "401": error, "409": error, "413": error]),
            ])),
            analytics("monthly-summary", "A month's spending", [query("month", month)]),
            analytics("trends", "Spending and income per month", [query("months", integer(1, 120)), query("month", month)]),
            analytics("category-analysis", "Spending per category over a week, month or year",
                      [query("period", .object(["type": .string("string"), "enum": strings(["week", "month", "year"])])), query("date", date)]),
            analytics("daily-pattern", "Spending per day", [query("days", integer(1, 366)), query("endDate", date)]),
            analytics("top-expenses", "A month's largest expenses", [query("limit", integer(1, 100)), query("month", month)]),
            analytics("insights", "Observations about a month's spending", [query("month", month)]),
            (APIPath.notifications, .object(["get": operation("The inbox", parameters: [
                query("unreadOnly", .object(["type": .string("string"), "enum": strings(["true", "false", "1", "0"])])), query("limit", integer(1, 500)),
            ], responses: ["200": json("NotificationList"), "400": error, "401": error])])),
            (APIPath.notifications + "/unread-count", .object(["get": operation("Unread notifications", responses: [
                "200": json("Count"), "401": error])])),
            (APIPath.notifications + "/read-all", .object(["put": operation("Mark every notification read", responses: [
                "200": json("Updated"), "401": error])])),
            (APIPath.notifications + "/{id}/read", .object(["parameters": .array([idParameter]),
                "put": operation("Mark one notification read", responses: ["204": noContent, "401": error, "404": error])])),
            (APIPath.notifications + "/{id}", .object(["parameters": .array([idParameter]),
                "delete": operation("Delete a notification", responses: ["204": noContent, "401": error, "404": error])])),
            (APIPath.syncChanges, .object([
                "get": operation("The change log after a cursor, one page (sync pull)", parameters: [
                    query("since", .object(["type": .string("integer"), "minimum": .integer(0)])), query("limit", integer(1, SyncRoutes.maximumLimit)), query("origin", text),
                ], responses: ["200": json("ChangePage"), "400": error, "401": error]),
                "post": operation("Merge a device's batch of changes (sync push; idempotent)", body: "ChangeBatch", responses: [
                    "200": json("ChangeReceipt"), "400": error, "401": error, "409": error, "413": error]),
            ])),
            (APIPath.usage, .object(["get": operation("Per-route requests, errors and latency percentiles (admin only)", responses: [
                "200": json("Usage"), "401": error, "403": error])])),
            (APIPath.health, .object(["get": operation("Liveness, and whether the database answers", responses: ["200": json("Health"), "503": json("Health")],
                                                        secured: false)])),
            (APIPath.metrics, .object(["get": operation("Prometheus metrics", responses: [
                "200": .object(["description": .string("Prometheus text format"),
                                "content": .object(["text/plain": .object(["schema": .object(["type": .string("string")])])])]),
            ], secured: false)])),
            (APIPath.openAPI, .object(["get": operation("This document", responses: [
                "200": .object(["description": .string("OpenAPI 3.1"), "content": .object(["application/json": .object(["schema": .object(["type": .string("object")])])])]),
            ], secured: false)])),
        ]
    }

    /// The budget routes under `base`; `/api/budget` is the original gateway's name for them.
    private static func budgets(_ base: String, _ idParameter: JSONValue, alias: Bool = false) -> [(key: String, value: JSONValue)] {
        let aliasNote = alias ? " (the original gateway's path; the same as /api/budgets)" : ""
        return [
            (base, .object([
                "get": operation("Budgets and their current periods" + aliasNote, responses: ["200": json("BudgetList"), "401": error]),
                "post": operation("Set a budget (updates the one for the same category and period)" + aliasNote, body: "BudgetCreate", responses: [
                    "200": json("Budget"), "201": json("Budget"), "400": error, "401": error, "413": error]),
            ])),
            (base + "/alerts", .object(["get": operation("Budget alerts in the inbox, newest first" + aliasNote, parameters: [
                query("unreadOnly", .object(["type": .string("string"), "enum": strings(["true", "false", "1", "0"])])), query("limit", integer(1, 500)),
            ], responses: ["200": json("BudgetAlerts"), "400": error, "401": error])])),
            (base + "/{id}", .object([
                "parameters": .array([idParameter]),
                "put": operation("Change a budget" + aliasNote, body: "BudgetUpdate", responses: [
                    "200": json("Budget"), "400": error, "401": error, "404": error, "409": error, "413": error]),
                "delete": operation("Delete a budget" + aliasNote, responses: ["204": noContent, "401": error, "404": error]),
            ])),
        ]
    }

    private static func analytics(_ name: String, _ summary: String, _ parameters: [JSONValue]) -> (key: String, value: JSONValue) {
        (APIPath.analytics + "/" + name, .object(["get": operation(summary, parameters: parameters, responses: [
            "200": json("Report"), "400": error, "401": error])]))
    }

    // MARK: - Schemas

    private static var schemas: [(key: String, value: JSONValue)] {
        // Responses on the original app's routes: money as JSON numbers, written from the integer minor units.
        let money: JSONValue = .object(["type": .string("number")])
        // Requests: what the server accepts, so a value the schema allows is never refused for its form.
        let amountInput: JSONValue = .object(["oneOf": .array([
            .object(["type": .string("string"), "pattern": .string("^[1-9][0-9]{0,12}(\\.[0-9]{1,2})?$")]),
            .object(["type": .string("integer"), "minimum": .integer(1), "maximum": .integer(9_999_999_999_999)]),
        ])])
        let nullableText: JSONValue = .object(["type": .array([.string("string"), .string("null")])])
        let tags: JSONValue = .object(["type": .string("array"), "items": text])
        let tagsInput: JSONValue = .object(["type": .string("array"), "maxItems": .integer(FieldRules.maximumTags),
                                            "items": .object(["type": .string("string"), "pattern": .string("^[A-Za-z0-9_.#-]{1,40}$")])])
        let category: JSONValue = .object(["type": .string("string"), "pattern": .string("^[A-Za-z0-9 &_.'-]{0,39}[A-Za-z0-9&_.'-]$")])
        let accountType: JSONValue = .object(["type": .string("string"), "enum": strings(AccountType.allCases.map(\.rawValue))])
        let signedAmount: JSONValue = .object(["oneOf": .array([
            .object(["type": .string("string"), "pattern": .string("^-?[0-9]{1,13}(\\.[0-9]{1,2})?$")]),
            .object(["type": .string("integer"), "minimum": .integer(-9_999_999_999_999), "maximum": .integer(9_999_999_999_999)]),
        ])])
        let noteText = someText(FieldRules.noteLength)
        return [
            ("Error", object(["error": text, "field": text], required: ["error"])),
            ("Register", object(["username": .object(["type": .string("string"), "maxLength": .integer(RegisterRequest.usernameLength),
                                                      "pattern": .string("^[^\(invisible)]*[^\\s\(invisible)][^\(invisible)]*$")]),
                                 "email": email, "password": .object(["type": .string("string"), "pattern": .string("^[ -~]{8,72}$")]),
                                 "firstName": nullable(personName), "lastName": nullable(personName),
                                 "currency": nullable(.object(["type": .string("string"), "pattern": .string("^[A-Za-z]{3}$")])),
                                 "inviteCode": nullable(.object(["type": .string("string"), "maxLength": .integer(64)]))],
                                required: ["username", "email", "password"])),
            ("Login", object(["email": email, "password": .object(["type": .string("string"), "pattern": .string("^[ -~]{1,1024}$")])],
                             required: ["email", "password"])),
            ("User", object(["id": text, "username": text, "email": text, "currency": text, "firstName": nullableText, "lastName": nullableText],
                            required: ["id", "username", "email", "currency"])),
            ("AuthResponse", object(["message": text, "token": text, "user": ref("User")], required: ["message", "token", "user"])),
            ("Expense", object(["id": text, "_id": text, "amount": money, "currency": text,
                                "type": .object(["type": .string("string"), "enum": strings(["INCOME", "EXPENSE", "TRANSFER"])]),
                                "category": text, "description": text, "date": date, "note": nullableText, "tags": tags,
                                "account": nullableText, "paymentMethod": nullableText, "createdAt": text, "updatedAt": text,
                                "fromAccount": nullableText, "toAccount": nullableText],
                               required: ["id", "_id", "amount", "currency", "type", "category", "description", "date", "tags", "createdAt", "updatedAt"])),
            ("ExpenseCreate", object(adding("id", nullable(.object(["type": .string("string"), "format": .string("uuid")])),
                                            to: expenseInput(amountInput, tagsInput, category)), required: ["amount", "description"])),
            ("ExpenseUpdate", change(expenseInput(amountInput, tagsInput, category), clearing: ["note", "account"])),
            ("Account", object(["id": text, "_id": text, "name": text, "type": accountType, "currency": text, "openingBalance": money,
                                "openedOn": nullable(date), "closed": .object(["type": .string("boolean")]), "note": nullableText,
                                "liability": .object(["type": .string("boolean")]), "balance": money, "cleared": money],
                               required: ["id", "_id", "name", "type", "currency", "openingBalance", "closed", "balance", "cleared"])),
            ("AccountList", object(["accounts": .object(["type": .string("array"), "items": ref("Account")]), "netWorth": money, "currency": text],
                                   required: ["accounts", "netWorth", "currency"])),
            ("AccountCreate", object(["name": someText(FieldRules.accountLength), "type": nullable(accountType), "openingBalance": nullable(signedAmount),
                                      "openedOn": nullable(date), "note": nullable(noteText)], required: ["name"])),
            ("AccountUpdate", change(["name": someText(FieldRules.accountLength), "type": accountType, "openingBalance": signedAmount,
                                      "openedOn": date, "note": noteText, "closed": .object(["type": .string("boolean")])],
                                     clearing: ["openedOn", "note"])),
            ("Recurring", object(["id": text, "_id": text, "type": .object(["type": .string("string"), "enum": strings(["expense", "income", "transfer"])]),
                                  "amount": money, "currency": text, "description": text, "category": nullableText, "account": text,
                                  "toAccount": nullableText, "every": .object(["type": .string("integer")]), "unit": text,
                                  "day": .object(["type": .array([.string("integer"), .string("null")])]), "weekday": nullableText, "from": date,
                                  "until": nullable(date), "count": .object(["type": .array([.string("integer"), .string("null")])]),
                                  "confirm": .object(["type": .string("boolean")]), "note": nullableText, "rhythm": text, "next": nullable(date), "problem": nullableText],
                                 required: ["id", "_id", "type", "amount", "description", "account", "every", "unit", "from", "confirm"])),
            ("Occurrence", object(["date": date, "scheduleId": text, "type": text, "description": text, "amount": money, "currency": text,
                                   "account": text, "toAccount": nullableText, "category": nullableText, "waiting": .object(["type": .string("boolean")])],
                                  required: ["date", "scheduleId", "description", "amount", "account", "waiting"])),
            ("RecurringList", object(["recurring": .object(["type": .string("array"), "items": ref("Recurring")]),
                                      "upcoming": .object(["type": .string("array"), "items": ref("Occurrence")])], required: ["recurring", "upcoming"])),
            ("RecurringCreate", object(adding("amount", amountInput, to: recurringInput(category)), required: ["amount", "description", "unit"])),
            ("RecurringUpdate", change(adding("amount", amountInput, to: recurringInput(category)), clearing: ["day", "weekday", "until", "count", "note"])),
            ("Forecast", object(["from": date, "through": date, "floor": money, "accounts": .object(["type": .string("array"), "items": object([
                "account": text, "start": money, "end": money, "lowest": .object(["type": .string("object")]),
                "crossing": .object(["type": .array([.string("object"), .string("null")])]), "days": .object(["type": .string("array")]),
                "items": .object(["type": .string("array")]),
            ], required: ["account", "start", "end", "lowest", "days"])])], required: ["from", "through", "floor", "accounts"])),
            ("Summary", object(["totalIncome": money, "totalExpenses": money, "balance": money, "count": .object(["type": .string("integer")])],
                               required: ["totalIncome", "totalExpenses", "balance", "count"])),
            ("ExpenseList", object(["expenses": .object(["type": .string("array"), "items": ref("Expense")]), "summary": ref("Summary"),
                                    "nextCursor": nullableText], required: ["expenses", "summary", "nextCursor"])),
            ("Budget", object(["id": text, "_id": text, "scope": text, "category": nullableText, "amount": money, "period": text,
                               "threshold": .object(["type": .string("integer")]), "alertThreshold": .object(["type": .string("integer")]),
                               "rollover": .object(["type": .string("boolean")]), "spent": money, "remaining": money,
                               "percent": nullableText, "level": .object(["type": .string("string"), "enum": strings(["under", "warning", "exceeded"])]),
                               "limit": money, "carry": money, "periodStart": date, "periodEnd": date,
                               "daysLeft": .object(["type": .string("integer")]), "projected": nullable(money)],
                              required: ["id", "_id", "scope", "amount", "period", "alertThreshold", "spent", "remaining", "level"])),
            ("BudgetList", object(["budgets": .object(["type": .string("array"), "items": ref("Budget")])], required: ["budgets"])),
            ("BudgetCreate", object(adding("category", nullable(category), to: budgetInput(amountInput)), required: ["amount"])),
            ("BudgetUpdate", change(budgetInput(amountInput))),
            ("Notification", object(["id": text, "_id": text, "type": text, "message": text, "priority": text, "metadata": .object(["type": .string("object")]),
                                     "isRead": .object(["type": .string("boolean")]), "createdAt": text, "readAt": nullableText,
                                     "deliveries": .object(["type": .string("array")])],
                                    required: ["id", "_id", "type", "message", "priority", "isRead", "createdAt"])),
            ("NotificationList", object(["notifications": .object(["type": .string("array"), "items": ref("Notification")]),
                                         "unreadCount": .object(["type": .string("integer")])], required: ["notifications", "unreadCount"])),
            ("Change", object(["origin": .object(["type": .string("string"), "pattern": .string("^[A-Za-z0-9-]{1,64}$")]),
                               "originSeq": .object(["type": .string("integer"), "minimum": .integer(1)]),
                               "clock": .object(["type": .string("string"), "pattern": .string("^[0-9]{18}\\.[0-9]{6}$")]),
                               "entity": .object(["type": .string("string"), "enum": strings(SyncEntity.allCases.map(\.rawValue))]), "id": text,
                               "fields": .object(["type": .string("object"), "minProperties": .integer(1)])],
                              required: ["origin", "originSeq", "clock", "entity", "id", "fields"])),
            ("ChangePage", object(["changes": .object(["type": .string("array"), "items": ref("Change")]),
                                   "cursor": .object(["type": .string("integer")]), "hasMore": .object(["type": .string("boolean")]),
                                   "currency": text, "protocol": .object(["type": .string("integer")])],
                                  required: ["changes", "cursor", "hasMore", "currency", "protocol"])),
            ("ChangeBatch", object(["changes": .object(["type": .string("array"), "items": ref("Change")])], required: ["changes"])),
            ("ChangeReceipt", object(["accepted": .object(["type": .string("integer")]), "cursor": .object(["type": .string("integer")]),
                                      "skippedCount": .object(["type": .string("integer")]),
                                      "skipped": .object(["type": .string("array"), "items": object(["origin": text, "originSeq": .object(["type": .string("integer")]),
                                                                                                    "reason": text], required: ["origin", "originSeq", "reason"])])],
                                     required: ["accepted", "cursor"])),
            ("BudgetAlerts", object(["alerts": .object(["type": .string("array"), "items": ref("Notification")]),
                                     "count": .object(["type": .string("integer")])], required: ["alerts", "count"])),
            ("CategorySummary", object(["period": text, "startDate": date, "endDate": date, "totalSpent": money,
                                        "categories": .object(["type": .string("array"), "items": object([
                                            "_id": text, "category": text, "total": money, "count": .object(["type": .string("integer")]), "percentage": text,
                                        ], required: ["_id", "category", "total", "count"])])],
                                       required: ["period", "totalSpent", "categories"])),
            ("ProfileFields", object(["firstName": text, "lastName": text, "currency": text, "timezone": text, "monthlyIncome": money],
                                     required: ["firstName", "lastName", "currency", "timezone", "monthlyIncome"])),
            ("Profile", object(["_id": text, "id": text, "username": text, "email": text, "profile": ref("ProfileFields"),
                                "createdAt": text, "lastLogin": nullableText], required: ["_id", "id", "username", "email", "profile", "createdAt"])),
            ("ProfileUpdated", object(["message": text, "profile": ref("ProfileFields")], required: ["message", "profile"])),
            ("ProfileUpdate", .object(["type": .string("object"), "properties": .object([
                "firstName": nullable(personName), "lastName": nullable(personName),
                "currency": nullable(.object(["type": .string("string"), "pattern": .string("^[A-Za-z]{3}$")])),
                "timezone": nullable(.object(["type": .string("string"), "enum": strings(TimeZone.knownTimeZoneIdentifiers.sorted())])),
                "monthlyIncome": nullable(.object(["oneOf": .array([
                    .object(["type": .string("string"), "pattern": .string("^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?$")]),
                    .object(["type": .string("integer"), "minimum": .integer(0), "maximum": .integer(9_999_999_999_999)]),
                ])])),
            ])])),
            ("Count", object(["count": .object(["type": .string("integer")])], required: ["count"])),
            ("Updated", object(["updated": .object(["type": .string("integer")])], required: ["updated"])),
            ("Report", .object(["type": .string("object")])),
            ("Usage", object(["since": text, "requests": .object(["type": .string("integer")]),
                              "routes": .object(["type": .string("array"), "items": object([
                                  "method": text, "route": text, "requests": .object(["type": .string("integer")]),
                                  "errors": .object(["type": .string("integer")]), "latencyMs": .object(["type": .string("object")]),
                              ], required: ["method", "route", "requests", "errors", "latencyMs"])])],
                             required: ["since", "requests", "routes"])),
            ("Health", object(["status": text, "database": text, "version": text, "uptimeSeconds": .object(["type": .string("integer")])], required: ["status"])),
        ]
    }

    /// An expense's fields as a body gives them; null is "not given" (for note and account, "clear it").
    private static func expenseInput(_ amount: JSONValue, _ tags: JSONValue, _ category: JSONValue) -> JSONObject {
        ["amount": amount, "description": someText(FieldRules.descriptionLength), "category": nullable(category),
         "type": nullable(.object(["type": .string("string"), "enum": strings(["INCOME", "EXPENSE", "income", "expense"])])),
         "date": nullable(date), "note": nullable(someText(FieldRules.noteLength)), "tags": nullable(tags),
         "account": nullable(someText(FieldRules.accountLength))]
    }

    /// A recurring item's fields as a body gives them (the amount aside).
    private static func recurringInput(_ category: JSONValue) -> JSONObject {
        ["description": someText(FieldRules.descriptionLength), "category": nullable(category),
         "type": nullable(.object(["type": .string("string"), "enum": strings(["expense", "income", "transfer"])])),
         "account": nullable(someText(FieldRules.accountLength)), "toAccount": nullable(someText(FieldRules.accountLength)),
         "every": nullable(integer(1, 1000)), "unit": .object(["type": .string("string"), "enum": strings(Recurrence.Unit.allCases.map(\.rawValue))]),
         "day": nullable(integer(1, 31)), "weekday": nullable(.object(["type": .string("string"), "pattern": .string("^(first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)$")])),
         "from": nullable(date), "until": nullable(date), "count": nullable(integer(1, 100_000)),
         "confirm": nullable(.object(["type": .string("boolean")])), "note": nullable(someText(FieldRules.noteLength))]
    }

    private static func budgetInput(_ amount: JSONValue) -> JSONObject {
        ["amount": amount, "period": nullable(.object(["type": .string("string"), "enum": strings(["daily", "weekly", "monthly", "yearly"])])),
         "alertThreshold": nullable(integer(1, 100)), "rollover": nullable(.object(["type": .string("boolean")]))]
    }

    private static func adding(_ key: String, _ value: JSONValue, to object: JSONObject) -> JSONObject {
        var object = object
        object[key] = value
        return object
    }

    /// A change's body: every field may be null (not given), but at least one
    /// must say something: a value, or null where null clears (`clearing`). Other members are ignored.
    private static func change(_ properties: JSONObject, clearing: Set<String> = []) -> JSONValue {
        let said: [JSONValue] = properties.members.map { member in
            clearing.contains(member.key) ? .object(["required": strings([member.key])])
                : .object(["required": strings([member.key]),
                           "properties": .object([member.key: .object(["not": .object(["type": .string("null")])])])])
        }
        return .object(["type": .string("object"), "properties": .object(nullableEverything(properties)), "anyOf": .array(said)])
    }

    private static func nullableEverything(_ properties: JSONObject) -> JSONObject {
        JSONObject(properties.members.map { (key: $0.key, value: nullable($0.value)) })
    }

    // MARK: - Builders

    private static let text: JSONValue = .object(["type": .string("string")])
    private static let date: JSONValue = .object(["type": .string("string"), "format": .string("date")])
    private static let month: JSONValue = .object(["type": .string("string"), "pattern": .string("^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$")])
    /// Control (Cc) and format (Cf) characters, which emails and usernames may not hold, as a regex class body.
    private static let invisible = "\\x00-\\x1f\\x7f-\\x9f\\u00ad\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u180e"
        + "\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb"
    /// A name as a person types it: possibly empty, no controls.
    private static let personName: JSONValue = .object(["type": .string("string"), "maxLength": .integer(ProfileUpdate.nameLength),
                                                        "pattern": .string("^[^\(invisible)]*$")])
    private static let email: JSONValue = .object(["type": .string("string"), "maxLength": .integer(254),
                                                   "pattern": .string("^[^@\\s\(invisible)]+@[^@\\s\(invisible)]+$")])
    private static let amountFilter: JSONValue = .object(["type": .string("string"), "pattern": .string("^[0-9]{1,13}(\\.[0-9]{1,2})?$")])
    private static let cursor: JSONValue = .object(["type": .string("string"), "pattern": .string(
        "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")])

    /// Text that is not only spaces, without NUL, up to `length` characters.
    private static func someText(_ length: Int) -> JSONValue {
        .object(["type": .string("string"), "pattern": .string("^[^\\x00]*[^\\s\\x00][^\\x00]*$"), "maxLength": .integer(length)])
    }

    /// `schema` or null (anyOf, so wrapping a nullable schema again changes nothing).
    private static func nullable(_ schema: JSONValue) -> JSONValue {
        .object(["anyOf": .array([schema, .object(["type": .string("null")])])])
    }
    private static let error: JSONValue = json("Error")
    private static let noContent: JSONValue = .object(["description": .string("Done; no body")])

    private static func integer(_ low: Int, _ high: Int) -> JSONValue {
        .object(["type": .string("integer"), "minimum": .integer(low), "maximum": .integer(high)])
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    private static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    private static func json(_ schema: String) -> JSONValue {
        .object(["description": .string(schema), "content": .object(["application/json": .object(["schema": ref(schema)])])])
    }

    private static func object(_ properties: JSONObject, required: [String]) -> JSONValue {
        .object(["type": .string("object"), "properties": .object(properties), "required": strings(required)])
    }

    private static func parameter(_ name: String, in place: String, schema: JSONObject, required: Bool) -> JSONValue {
        .object(["name": .string(name), "in": .string(place), "required": .bool(required), "schema": .object(schema)])
    }

    private static func query(_ name: String, _ schema: JSONValue) -> JSONValue {
        .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "schema": schema])
    }

    private static func operation(_ summary: String, parameters: [JSONValue] = [], body: String? = nil,
                                  responses: JSONObject, secured: Bool = true) -> JSONValue {
        var operation: JSONObject = ["summary": .string(summary), "responses": .object(responses)]
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        if let body {
            operation["requestBody"] = .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": ref(body)])])])
        }
        operation["security"] = secured ? .array([.object(["bearer": .array([])])]) : .array([])
        return .object(operation)
    }
}
