import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit
@testable import OutlayServer
import Testing

/// Each limit is declared once (`FieldLimits`): the domain's rules, the wire
/// types and the OpenAPI document agree at its edge.
@Suite struct FieldLimitsTests {
    /// The request schemas of the document the gateway serves.
    private static func schemas() async throws -> JSONValue {
        try await GatewayHarness().run(stores: [.sqlite]) { client in
            try #require(try await client.send(.get, APIPath.openAPI).json["components"]?["schemas"])
        }
    }

    /// A property's schema with `null` taken out of its `anyOf`.
    private static func property(_ schemas: JSONValue, _ schema: String, _ name: String) throws -> JSONValue {
        let value = try #require(schemas[schema]?["properties"]?[name], "\(schema).\(name) is not in the document")
        guard let choices = value["anyOf"]?.arrayValue else { return value }
        return try #require(choices.first { $0["type"] != .string("null") })
    }

    @Test func textLimitsAreTheSameInTheDomainTheWireAndTheDocument() async throws {
        let schemas = try await Self.schemas()
        let cases: [(field: String, limit: Int, domain: (String) throws -> Void)] = [
            ("description", FieldLimits.descriptionLength, { _ = try FieldRules.description($0) }),
            ("note", FieldLimits.noteLength, { _ = try FieldRules.note($0) }),
            ("account", FieldLimits.accountNameLength, { _ = try FieldRules.account($0) }),
            ("category", FieldLimits.categoryNameLength, { _ = try Category.normalizedName($0) }),
        ]
        for (field, limit, domain) in cases {
            #expect(try Self.property(schemas, "ExpenseCreate", field)["maxLength"] == .integer(limit), "\(field)")
            let longest = String(repeating: "é", count: limit), tooLong = longest + "é"
            #expect(throws: Never.self, "\(field) at its limit") { try domain(longest) }
            #expect(throws: OutlayError.self, "\(field) past its limit") { try domain(tooLong) }
            var body: JSONObject = ["amount": "1", "description": "x"]
            body[field] = .string(longest)
            #expect(throws: Never.self, "\(field) at its limit on the wire") { _ = try ExpenseInput(json: .object(body), creating: true) }
            body[field] = .string(tooLong)
            #expect(throws: WireError.self, "\(field) past its limit on the wire") { _ = try ExpenseInput(json: .object(body), creating: true) }
        }
        let tags = try Self.property(schemas, "ExpenseCreate", "tags")
        #expect(tags["maxItems"] == .integer(FieldLimits.maximumTags))
        #expect(throws: OutlayError.tooManyTags(FieldLimits.maximumTags + 1, limit: FieldLimits.maximumTags)) {
            _ = try FieldRules.tags((0...FieldLimits.maximumTags).map { "t\($0)" })
        }
    }

    @Test func numberLimitsAreTheSameInTheDomainTheWireAndTheDocument() async throws {
        let schemas = try await Self.schemas()
        let threshold = try Self.property(schemas, "BudgetCreate", "alertThreshold")
        #expect(threshold["minimum"] == .integer(FieldLimits.alertThreshold.lowerBound))
        #expect(threshold["maximum"] == .integer(FieldLimits.alertThreshold.upperBound))
        #expect(throws: WireError.self) {
            _ = try BudgetInput(json: ["amount": "5", "alertThreshold": .integer(FieldLimits.alertThreshold.upperBound + 1)], creating: true)
        }
        let budget = try BudgetInput(json: ["amount": "5", "alertThreshold": .integer(FieldLimits.alertThreshold.upperBound)], creating: true)
        #expect(budget.alertThreshold == FieldLimits.alertThreshold.upperBound)

        let every = try Self.property(schemas, "RecurringCreate", "every")
        #expect(every["maximum"] == .integer(FieldLimits.scheduleInterval.upperBound))
        let start = LocalDate(year: 2026, month: 1, day: 1)!
        #expect(throws: Never.self) { _ = try Recurrence(every: FieldLimits.scheduleInterval.upperBound, unit: .day, start: start).validated() }
        #expect(throws: OutlayError.self) { _ = try Recurrence(every: FieldLimits.scheduleInterval.upperBound + 1, unit: .day, start: start).validated() }
        let count = try Self.property(schemas, "RecurringCreate", "count")
        #expect(count["maximum"] == .integer(FieldLimits.occurrenceCount.upperBound))
        #expect(throws: OutlayError.self) {
            _ = try Recurrence(every: 1, unit: .day, start: start, count: FieldLimits.occurrenceCount.upperBound + 1).validated()
        }
    }

    /// The API's answer to a domain error is its kind's status and its field, for every kind.
    @Test func aDomainErrorAnswersWithItsKindsStatusAndField() {
        let samples: [(OutlayError, Int, String?)] = [
            (.textTooLong(field: "note", limit: FieldLimits.noteLength), 400, "note"),
            (.invalidThreshold(101), 400, "alertThreshold"),
            (.unknownBudget("b1"), 404, nil),
            (.accountExists("cash"), 409, nil),
            (.databaseLocked(path: "/srv/outlay/users/x.sqlite"), 503, nil),
            (.diskFull(path: "/srv/outlay/users/x.sqlite"), 507, nil),
            (.storedValueInvalid("amount of t1"), 500, nil),
        ]
        for (error, status, field) in samples {
            let answer = APIError.from(error)
            #expect(answer.status.code == status, "\(error)")
            #expect(answer.field == field, "\(error)")
            // The server's own paths never reach a client.
            #expect(!answer.message.contains("/srv/outlay"), "\(answer.message)")
        }
    }
}
