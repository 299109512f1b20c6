import Foundation
import GRDB
import OutlayAPI
import OutlayBasics
import OutlayKit
@testable import OutlayServer
import Testing

/// Who may sign up (open, closed, by invitation), and sync answers that say
/// what a batch did: what was already here, and why a change is refused.
@Suite struct RegistrationAndSyncAnswerTests {
    static func signUp(_ name: String, invite: String? = nil) -> JSONValue {
        var body: JSONObject = ["username": .string(name), "email": .string("\(name)@example.com"), "password": "correct horse battery"]
        if let invite { body["inviteCode"] = .string(invite) }
        return .object(body)
    }

    @Test func aClosedServerTakesNoNewAccounts() async throws {
        let harness = try GatewayHarness { $0.registration = .closed }
        try await harness.run { client in
            let refused = try await client.send(.post, APIPath.register, json: Self.signUp("ada"))
            #expect(refused.status == .forbidden)
            #expect(refused.error.contains("takes no new accounts"))
        }
    }

    @Test func anInvitationIsGoodForOneAccount() async throws {
        let harness = try GatewayHarness { $0.registration = .invite }
        try await harness.run(stores: [.sqlite]) { client in
            let without = try await client.send(.post, APIPath.register, json: Self.signUp("ada"))
            #expect(try without.status == .forbidden && without.json.string("field") == "inviteCode")
            #expect(try await client.send(.post, APIPath.register, json: Self.signUp("ada", invite: "made-up")).status == .forbidden)

            let code = try await UserAdministration(dataDirectory: harness.folder).invite()
            #expect(code.count == 23 && code.split(separator: "-").count == 4)
            let first = try await client.send(.post, APIPath.register, json: Self.signUp("ada", invite: code.uppercased()))
            #expect(first.status == .created, "\(first.text)")
            let again = try await client.send(.post, APIPath.register, json: Self.signUp("grace", invite: code))
            #expect(again.status == .forbidden && again.error.contains("unknown or already used"))

            // A code whose account could not be made (the email is taken) stays good.
            let second = try await UserAdministration(dataDirectory: harness.folder).invite()
            #expect(try await client.send(.post, APIPath.register, json: Self.signUp("ada", invite: second)).status == .conflict)
            #expect(try await client.send(.post, APIPath.register, json: Self.signUp("grace", invite: second)).status == .created)
        }
    }

    static func transactionChange(_ id: String, seq: Int, fields: JSONObject) -> JSONValue {
        .object(["origin": "laptop-1", "originSeq": .integer(seq),
                 "clock": .string(HybridTimestamp(milliseconds: ServiceClock.fixed(GatewayHarness.today).now().milliseconds, counter: seq).description),
                 "entity": "transaction", "id": .string(id), "fields": .object(fields)])
    }

    static let wholeTransaction: JSONObject = ["kind": "expense", "amount": 1250, "category": "food", "description": "Lunch",
                                               "date": "2026-03-10", "tags": "[]", "created_at": 1_773_000_000_000, "updated_at": 1_773_000_000_000]

    @Test func aBatchSentAgainIsSaidToBeHereAlready() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let batch: JSONValue = .object(["changes": .array([
                Self.transactionChange(UUID().uuidString.lowercased(), seq: 1, fields: Self.wholeTransaction),
                Self.transactionChange(UUID().uuidString.lowercased(), seq: 2, fields: Self.wholeTransaction)])])
            let first = try await client.send(.post, APIPath.syncChanges, token: ada.token, json: batch)
            #expect(try first.status == .ok && (first.json.int("accepted")) == 2 && (first.json.int("skippedCount")) == 0)
            let again = try await client.send(.post, APIPath.syncChanges, token: ada.token, json: batch)
            let json = try again.json
            #expect(json.int("accepted") == 0 && json.int("skippedCount") == 2)
            let skipped = try #require(json["skipped"]?.arrayValue)
            #expect(skipped.count == 2 && skipped[0].int("originSeq") == 1)
            #expect(skipped[1].string("reason")?.contains("through 2 were merged before") == true)
        }
    }

    @Test func aNewRecordMissingFieldsIsRefusedByName() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let id = UUID().uuidString.lowercased()
            let partial = try await client.send(.post, APIPath.syncChanges, token: ada.token, json: .object(["changes": .array([
                Self.transactionChange(id, seq: 1, fields: ["description": "Half a record", "tags": "[]", "created_at": 1_773_000_000_000,
                                                            "updated_at": 1_773_000_000_000])])]))
            #expect(partial.status == .badRequest)
            #expect(partial.error.contains(id) && partial.error.contains("amount") && partial.error.contains("date"), "\(partial.error)")
            // Nothing of it was kept: the same device's whole record after it is taken.
            let whole = try await client.send(.post, APIPath.syncChanges, token: ada.token, json: .object(["changes": .array([
                Self.transactionChange(id, seq: 1, fields: Self.wholeTransaction)])]))
            #expect(try whole.status == .ok && (whole.json.int("accepted")) == 1)
            // An edit of a record this ledger has is fine with one field.
            let edit = try await client.send(.post, APIPath.syncChanges, token: ada.token, json: .object(["changes": .array([
                Self.transactionChange(id, seq: 2, fields: ["description": "Lunch with Grace"])])]))
            #expect(try edit.status == .ok && (edit.json.int("accepted")) == 1)
            #expect(try await client.send(.get, APIPath.expenses + "/" + id, token: ada.token).json["description"]?.stringValue == "Lunch with Grace")
        }
    }

    @Test func aTagWithAControlCharacterIsRefusedEverywhere() async throws {
        try await GatewayHarness().run(stores: [.sqlite]) { client in
            let ada = try await client.register("ada")
            var fields = Self.wholeTransaction
            fields["tags"] = .string(#"["a\u001ab"]"#)
            let synced = try await client.send(.post, APIPath.syncChanges, token: ada.token, json: .object(["changes": .array([
                Self.transactionChange(UUID().uuidString.lowercased(), seq: 1, fields: fields)])]))
            #expect(synced.status == .badRequest, "\(synced.text)")
            let posted = try await client.send(.post, APIPath.expenses, token: ada.token, json: .object([
                "amount": "1", "description": "x", "tags": .array([.string("a\u{1A}b")])]))
            #expect(try posted.status == .badRequest && posted.json.string("field") == "tags")
        }
    }
}

/// Failures of the machine answered as such: a full disk, an unreachable database, a client that left.
@Suite struct FailureAnswerTests {
    @Test func eachFailureHasItsStatus() {
        #expect(FailureAnswers.answer(for: DatabaseError(resultCode: .SQLITE_FULL))?.status.code == 507)
        #expect(APIError.from(.diskFull(path: "/srv/x.sqlite")).status.code == 507)
        #expect(!APIError.from(.diskFull(path: "/srv/x.sqlite")).message.contains("/srv"))
        let unavailable = FailureAnswers.answer(for: StoreUnavailable(reason: "connection refused"))
        #expect(unavailable?.status == .serviceUnavailable && unavailable?.headers[.retryAfter] == "5")
        #expect(FailureAnswers.answer(for: DatabaseError(resultCode: .SQLITE_CONSTRAINT)) == nil)
    }
}
