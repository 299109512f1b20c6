import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit

/// The OpenAPI document's schemas: request bodies from the limits declared
/// once in `FieldLimits` (and the domain's enumerations), responses as the
/// routes write them.
enum OpenAPISchemas {
    static var all: [(key: String, value: JSONValue)] {
        // Responses on the original app's routes: money as JSON numbers, written from the integer minor units.
        let money: JSONValue = .object(["type": .string("number")])
        // Requests: what the server accepts, so a value the schema allows is never refused for its form.
        let amountInput: JSONValue = .object(["oneOf": .array([
            .object(["type": .string("string"), "pattern": .string("^[1-9][0-9]{0,\(FieldLimits.amountWholeDigits - 1)}(\\.[0-9]{1,2})?$")]),
            .object(["type": .string("integer"), "minimum": .integer(1), "maximum": .integer(largestWholeAmount)]),
        ])])
        let nullableText: JSONValue = .object(["type": .array([.string("string"), .string("null")])])
        let tags: JSONValue = .object(["type": .string("array"), "items": text])
        let tagsInput: JSONValue = .object(["type": .string("array"), "maxItems": .integer(FieldLimits.maximumTags),
                                            "items": .object(["type": .string("string"), "pattern": .string("^[^\\s,\(FieldLimits.invisibleCharacters)]{1,\(FieldLimits.tagLength)}$")])])
        // Any text but invisible characters and line breaks, as `Category.normalizedName` reads it.
        let category: JSONValue = .object(["type": .string("string"), "maxLength": .integer(FieldLimits.categoryNameLength),
                                           "pattern": .string("^[^\(FieldLimits.invisibleCharacters)\\u2028\\u2029]*[^\\s\(FieldLimits.invisibleCharacters)\\u2028\\u2029][^\(FieldLimits.invisibleCharacters)\\u2028\\u2029]*$")])
        let accountType: JSONValue = .object(["type": .string("string"), "enum": strings(AccountType.allCases.map(\.rawValue))])
        let signedAmount: JSONValue = .object(["oneOf": .array([
            .object(["type": .string("string"), "pattern": .string("^-?[0-9]{1,\(FieldLimits.amountWholeDigits)}(\\.[0-9]{1,2})?$")]),
            .object(["type": .string("integer"), "minimum": .integer(-largestWholeAmount), "maximum": .integer(largestWholeAmount)]),
        ])])
        let noteText = someText(FieldLimits.noteLength)
        // A split's parts: in a response, amounts as numbers (negative on a refund); in a request, positive and summing to the amount.
        let splits: JSONValue = .object(["type": .string("array"), "items": object(["category": text, "amount": money, "note": text],
                                                                                  required: ["category", "amount"])])
        let splitsInput: JSONValue = .object(["type": .string("array"), "maxItems": .integer(FieldLimits.maximumSplitParts),
                                              "items": object(["category": category, "amount": amountInput, "note": nullable(noteText)],
                                                              required: ["category", "amount"])])
        return [
            ("Error", object(["error": text, "field": text], required: ["error"])),
            ("Register", object(["username": .object(["type": .string("string"), "maxLength": .integer(FieldLimits.usernameLength),
                                                      "pattern": .string("^[^\(invisible)]*[^\\s\(invisible)][^\(invisible)]*$")]),
                                 "email": email, "password": .object(["type": .string("string"), "pattern": .string("^[ -~]{\(FieldLimits.passwordBytes.lowerBound),\(FieldLimits.passwordBytes.upperBound)}$")]),
                                 "firstName": nullable(personName), "lastName": nullable(personName),
                                 "currency": nullable(.object(["type": .string("string"), "pattern": .string(FieldLimits.currencyCodePattern)])),
                                 "inviteCode": nullable(.object(["type": .string("string"), "maxLength": .integer(FieldLimits.inviteCodeLength)]))],
                                required: ["username", "email", "password"])),
            ("Login", object(["email": email, "password": .object(["type": .string("string"), "pattern": .string("^[ -~]{\(FieldLimits.loginPasswordBytes.lowerBound),\(FieldLimits.loginPasswordBytes.upperBound)}$")])],
                             required: ["email", "password"])),
            ("User", object(["id": text, "username": text, "email": text, "currency": text, "firstName": nullableText, "lastName": nullableText],
                            required: ["id", "username", "email", "currency"])),
            ("AuthResponse", object(["message": text, "token": text, "user": ref("User")], required: ["message", "token", "user"])),
            ("Expense", object(["id": text, "_id": text, "amount": money, "currency": text,
                                "type": .object(["type": .string("string"), "enum": strings(["INCOME", "EXPENSE", "TRANSFER"])]),
                                "category": text, "description": text, "date": date, "note": nullableText, "tags": tags,
                                "account": nullableText, "paymentMethod": nullableText, "createdAt": text, "updatedAt": text,
                                "fromAccount": nullableText, "toAccount": nullableText, "splits": splits],
                               required: ["id", "_id", "amount", "currency", "type", "category", "description", "date", "tags", "createdAt", "updatedAt"])),
            ("ExpenseCreate", object(adding("id", nullable(.object(["type": .string("string"), "format": .string("uuid")])),
                                            to: expenseInput(amountInput, tagsInput, category, splitsInput)), required: ["amount", "description"])),
            ("ExpenseUpdate", change(expenseInput(amountInput, tagsInput, category, splitsInput), clearing: ["note", "account"])),
            ("Account", object(["id": text, "_id": text, "name": text, "type": accountType, "currency": text, "openingBalance": money,
                                "openedOn": nullable(date), "closed": .object(["type": .string("boolean")]), "note": nullableText,
                                "liability": .object(["type": .string("boolean")]), "balance": money, "cleared": money],
                               required: ["id", "_id", "name", "type", "currency", "openingBalance", "closed", "balance", "cleared"])),
            ("AccountList", object(["accounts": .object(["type": .string("array"), "items": ref("Account")]), "netWorth": money, "currency": text],
                                   required: ["accounts", "netWorth", "currency"])),
            ("AccountCreate", object(["name": someText(FieldLimits.accountNameLength), "type": nullable(accountType), "openingBalance": nullable(signedAmount),
                                      "openedOn": nullable(date), "note": nullable(noteText)], required: ["name"])),
            ("AccountUpdate", change(["name": someText(FieldLimits.accountNameLength), "type": accountType, "openingBalance": signedAmount,
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
            ("CategoryList", object(["categories": .object(["type": .string("array"), "items": object([
                "name": text, "type": .object(["type": .string("string"), "enum": strings(["INCOME", "EXPENSE"])]),
                "count": .object(["type": .string("integer")])], required: ["name", "type", "count"])])], required: ["categories"])),
            ("CategorySuggestion", object(["suggestion": nullable(object(["category": text, "count": .object(["type": .string("integer")]),
                                                                          "example": text], required: ["category", "count", "example"]))],
                                          required: ["suggestion"])),
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
                "currency": nullable(.object(["type": .string("string"), "pattern": .string(FieldLimits.currencyCodePattern)])),
                "timezone": nullable(.object(["type": .string("string"), "enum": strings(TimeZone.knownTimeZoneIdentifiers.sorted())])),
                "monthlyIncome": nullable(.object(["oneOf": .array([
                    .object(["type": .string("string"), "pattern": .string("^(0|[1-9][0-9]{0,\(FieldLimits.amountWholeDigits - 1)})(\\.[0-9]{1,2})?$")]),
                    .object(["type": .string("integer"), "minimum": .integer(0), "maximum": .integer(largestWholeAmount)]),
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
    private static func expenseInput(_ amount: JSONValue, _ tags: JSONValue, _ category: JSONValue, _ splits: JSONValue) -> JSONObject {
        ["amount": amount, "description": someText(FieldLimits.descriptionLength), "category": nullable(category),
         "type": nullable(.object(["type": .string("string"), "enum": strings(["INCOME", "EXPENSE", "income", "expense"])])),
         "date": nullable(date), "note": nullable(someText(FieldLimits.noteLength)), "tags": nullable(tags),
         "account": nullable(someText(FieldLimits.accountNameLength)), "splits": nullable(splits),
         "refund": nullable(.object(["type": .string("boolean")]))]
    }

    /// A recurring item's fields as a body gives them (the amount aside).
    private static func recurringInput(_ category: JSONValue) -> JSONObject {
        ["description": someText(FieldLimits.descriptionLength), "category": nullable(category),
         "type": nullable(.object(["type": .string("string"), "enum": strings(["expense", "income", "transfer"])])),
         "account": nullable(someText(FieldLimits.accountNameLength)), "toAccount": nullable(someText(FieldLimits.accountNameLength)),
         "every": nullable(integer(FieldLimits.scheduleInterval)), "unit": .object(["type": .string("string"), "enum": strings(Recurrence.Unit.allCases.map(\.rawValue))]),
         "day": nullable(integer(FieldLimits.dayOfMonth)), "weekday": nullable(.object(["type": .string("string"), "pattern": .string("^(first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)$")])),
         "from": nullable(date), "until": nullable(date), "count": nullable(integer(FieldLimits.occurrenceCount)),
         "confirm": nullable(.object(["type": .string("boolean")])), "note": nullable(someText(FieldLimits.noteLength))]
    }

    private static func budgetInput(_ amount: JSONValue) -> JSONObject {
        ["amount": amount, "period": nullable(.object(["type": .string("string"), "enum": strings(FieldLimits.budgetPeriods)])),
         "alertThreshold": nullable(integer(FieldLimits.alertThreshold)), "rollover": nullable(.object(["type": .string("boolean")]))]
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

    static let text: JSONValue = .object(["type": .string("string")])
    static let date: JSONValue = .object(["type": .string("string"), "format": .string("date")])
    static let month: JSONValue = .object(["type": .string("string"), "pattern": .string(FieldLimits.monthPattern)])
    private static let invisible = FieldLimits.invisibleCharacters
    /// The largest whole amount in a two-digit currency, as the schemas state it.
    private static let largestWholeAmount = Int(FieldLimits.largestMinorUnits / 100)
    /// A name as a person types it: possibly empty, no controls.
    static let personName: JSONValue = .object(["type": .string("string"), "maxLength": .integer(FieldLimits.personNameLength),
                                                        "pattern": .string("^[^\(invisible)]*$")])
    static let email: JSONValue = .object(["type": .string("string"), "maxLength": .integer(FieldLimits.emailLength),
                                                   "pattern": .string("^[^@\\s\(invisible)]+@[^@\\s\(invisible)]+$")])
    static let amountFilter: JSONValue = .object(["type": .string("string"), "pattern": .string("^[0-9]{1,\(FieldLimits.amountWholeDigits)}(\\.[0-9]{1,2})?$")])
    static let cursor: JSONValue = .object(["type": .string("string"), "pattern": .string(
        "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")])

    /// Text that is not only spaces, without NUL, up to `length` characters.
    private static func someText(_ length: Int) -> JSONValue {
        .object(["type": .string("string"), "pattern": .string("^[^\\x00]*[^\\s\\x00][^\\x00]*$"), "maxLength": .integer(length)])
    }

    /// `schema` or null (anyOf, so wrapping a nullable schema again changes nothing).
    private static func nullable(_ schema: JSONValue) -> JSONValue {
        .object(["anyOf": .array([schema, .object(["type": .string("null")])])])
    }
    static let noContent: JSONValue = .object(["description": .string("Done; no body")])

    static func integer(_ range: ClosedRange<Int>) -> JSONValue {
        var schema: JSONObject = ["type": .string("integer"), "minimum": .integer(range.lowerBound)]
        if range.upperBound != Int.max { schema["maximum"] = .integer(range.upperBound) }
        return .object(schema)
    }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    static func json(_ schema: String) -> JSONValue {
        .object(["description": .string(schema), "content": .object(["application/json": .object(["schema": ref(schema)])])])
    }

    private static func object(_ properties: JSONObject, required: [String]) -> JSONValue {
        .object(["type": .string("object"), "properties": .object(properties), "required": strings(required)])
    }
}
