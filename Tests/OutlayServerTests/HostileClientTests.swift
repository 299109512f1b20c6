import Foundation
import GRDB
import Hummingbird
import OutlayAPI
import OutlayBasics
@testable import OutlayKit
@testable import OutlayServer
import Testing

/// What an attacker with an account tried against a real server, each of
/// which stopped it, poisoned a ledger, or reached past an account.
@Suite struct HostileClientTests {
    /// The harness server's clock, in milliseconds.
    static let serverNow = ServiceClock.fixed(GatewayHarness.today).now().milliseconds

    /// The three requests that took the server down for everyone, and again after every restart.
    @Test func theCrashRecipesAreRefusedAndTheServerGoesOnAnswering() async throws {
        try await GatewayHarness().run { client in
            let mallory = try await client.register("mallory")
            // 1. Two of the largest amount: the second would pass the ledger's total.
            let first = try await client.send(.post, APIPath.expenses, token: mallory.token,
                                              json: .object(["amount": "9999999999999.99", "description": "Everything"]))
            #expect(first.status == .created)
            let second = try await client.send(.post, APIPath.expenses, token: mallory.token,
                                               json: .object(["amount": "9999999999999.99", "description": "Everything again"]))
            #expect(second.status == .conflict)
            #expect(second.error.contains("largest total"), "\(second.text)")
            let old = try await client.send(.post, APIPath.expenses, token: mallory.token,
                                            json: .object(["amount": "92233720368547758.07", "description": "Int64"]))
            #expect(old.status == .badRequest)
            #expect(try old.json.string("field") == "amount")
            // 2. A budget, then an expense of 3×10¹⁵ (past the largest amount).
            let budget = try await client.send(.post, APIPath.budgets, token: mallory.token,
                                               json: .object(["category": "food", "amount": "100", "period": "monthly"]))
            #expect(budget.status == .created)
            let huge = try await client.send(.post, APIPath.expenses, token: mallory.token,
                                             json: .object(["amount": "3000000000000000", "description": "Huge", "category": "food"]))
            #expect(huge.status == .badRequest)
            // 3. A change stamped at Int64.min through sync.
            let change = SyncChange(origin: "mallory-device", originSeq: 1, clock: HybridTimestamp(milliseconds: Self.serverNow, counter: 0),
                                    entity: .transaction, entityID: UUID().uuidString.lowercased(), fields: [
                                        "kind": .text("expense"), "amount": .integer(100), "category": .text("food"), "description": .text("x"),
                                        "date": .text("2026-03-01"), "tags": .text("[]"), "created_at": .integer(.min), "updated_at": .integer(0)])
            let push = try await client.send(.post, APIPath.syncChanges, token: mallory.token,
                                             json: .object(["changes": .array([change.json])]))
            #expect(push.status == .badRequest)
            #expect(push.error.contains("created_at"), "\(push.text)")
            // Every route still answers for this user and for everyone else.
            let bystander = try await client.register("bystander")
            for account in [mallory, bystander] {
                for path in [APIPath.expenses, APIPath.budgets, APIPath.analytics + "/monthly-summary", APIPath.analytics + "/trends",
                             APIPath.analytics + "/category-analysis", APIPath.analytics + "/daily-pattern",
                             APIPath.analytics + "/top-expenses", APIPath.analytics + "/insights", APIPath.syncChanges] {
                    let reply = try await client.send(.get, path, token: account.token)
                    #expect(reply.status == .ok, "\(path): \(reply.status) \(reply.text)")
                }
            }
        }
    }

    /// Sync accepts exactly what the API and the command line accept.
    @Test(arguments: [
        ("amount", SyncChange.Value.integer(Money.largestMinorUnits + 1)), ("amount", .integer(0)), ("amount", .text("12")),
        ("created_at", .integer(-1)), ("updated_at", .integer(.max)), ("deleted_at", .integer(.min)),
        ("category", .text("Food & Drink")), ("category", .text("")), ("description", .text(String(repeating: "x", count: 501))),
        ("description", .text(" padded ")), ("tags", .text("[\"two words\"]")), ("tags", .text("not json")),
        ("note", .text(String(repeating: "n", count: 2001))), ("date", .text("10000-01-01")), ("kind", .text("transfer")),
        ("unknown_column", .text("x")),
    ])
    func syncRefusesWhatTheOtherPathsRefuse(field: String, value: SyncChange.Value) async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            var fields: [String: SyncChange.Value] = [
                "kind": .text("expense"), "amount": .integer(100), "category": .text("food"), "description": .text("Lunch"),
                "date": .text("2026-03-01"), "tags": .text("[]"), "created_at": .integer(1_700_000_000_000), "updated_at": .integer(1_700_000_000_000)]
            fields[field] = value
            let change = SyncChange(origin: "device-a", originSeq: 1, clock: HybridTimestamp(milliseconds: 1_700_000_000_000, counter: 0),
                                    entity: .transaction, entityID: UUID().uuidString.lowercased(), fields: fields)
            let push = try await client.send(.post, APIPath.syncChanges, token: ada.token, json: .object(["changes": .array([change.json])]))
            #expect(push.status == .badRequest, "\(field)=\(value): \(push.text)")
            #expect(push.error.contains(field), "\(push.text)")
            let list = try await client.send(.get, APIPath.expenses, token: ada.token)
            #expect(try list.json["expenses"] == .array([]))
        }
    }

    /// A client clock at the end of its millisecond's counter used to make the
    /// server's next own write an unparsable clock, breaking that user's pulls for ever.
    @Test func aClockAtTheEndOfItsCounterLeavesTheServerReadable() async throws {
        var harness = try GatewayHarness()
        harness.clock = .system  // the ledger's own first stamps are wall-clock time
        try await harness.run { client in
            let ada = try await client.register("ada")
            let ahead = HybridTimestamp(milliseconds: Timestamp.now.milliseconds + 3_600_000, counter: HybridTimestamp.largestCounter)
            let change = SyncChange(origin: "device-a", originSeq: 1, clock: ahead, entity: .transaction, entityID: UUID().uuidString.lowercased(),
                                    fields: ["kind": .text("expense"), "amount": .integer(100), "category": .text("food"), "description": .text("Lunch"),
                                             "date": .text("2026-03-01"), "tags": .text("[]"), "created_at": .integer(1_700_000_000_000),
                                             "updated_at": .integer(1_700_000_000_000)])
            #expect(try await client.send(.post, APIPath.syncChanges, token: ada.token, json: .object(["changes": .array([change.json])])).status == .ok)
            try await client.add(ada, "5", "After the clock")  // the server's own write ticks past the counter
            let pull = try await client.send(.get, APIPath.syncChanges, token: ada.token)
            #expect(pull.status == .ok, "\(pull.text)")
            let clocks = try #require(try pull.json["changes"]?.arrayValue).compactMap { $0.string("clock") }
            #expect(clocks.count >= 2 && clocks.allSatisfy { HybridTimestamp(parsing: $0) != nil }, "\(clocks)")
            #expect(!pull.text.contains("/users/"))
        }
    }

    /// Words are split the way the search index splits them, in every script.
    @Test(arguments: ["मनीष", "สวัสดีครับ", "ab\u{200D}cd", "café au lait", "\"*^:()", "Ａｂｃ", "🙂", "a\u{0301}b"])
    func searchInAnyScriptAnswersAndFinds(_ query: String) async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            try await client.add(ada, "3", "Paid \(query) today")
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
            let reply = try await client.send(.get, APIPath.expenses + "?q=\(encoded)", token: ada.token)
            #expect(reply.status == .ok, "\(query): \(reply.text)")
            if !SearchTerms.tokens(query).isEmpty {
                #expect(try reply.json["expenses"]?.arrayValue?.count == 1, "\(query): \(reply.text)")
            }
        }
    }

    @Test func undeclaredMethodsAre405WithAllowAndEmptyChoicesAre400() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let patch = try await client.send(.patch, APIPath.expenses, token: ada.token)
            #expect(patch.status == .methodNotAllowed)
            #expect(patch.headers[.allow] == "GET, POST")
            let byID = try await client.send(.post, APIPath.expense(UUID().uuidString), token: ada.token)
            #expect(byID.status == .methodNotAllowed)
            #expect(byID.headers[.allow] == "DELETE, GET, PUT")
            #expect(try await client.send(.get, "/api/nothing-here", token: ada.token).status == .notFound)
            for query in ["/api/expenses?type=", "/api/analytics/category-analysis?period=", "/api/expenses?order=", "/api/expenses?cursor="] {
                let reply = try await client.send(.get, query, token: ada.token)
                #expect(reply.status == .badRequest, "\(query): \(reply.text)")
            }
        }
    }

    @Test func aTooLargeSyncBodyNamesTheSyncLimit() async throws {
        try await GatewayHarness().run { client in
            let ada = try await client.register("ada")
            let body = "{\"changes\": [\"" + String(repeating: "x", count: SyncRoutes.maximumBodyBytes) + "\"]}"
            let reply = try await client.send(.post, APIPath.syncChanges, token: ada.token, raw: body)
            #expect(reply.status == .contentTooLarge)
            #expect(reply.error == "the body is larger than \(SyncRoutes.maximumBodyBytes) bytes")
        }
    }

    /// 25 wrong passwords at once, then the right one among 29 wrong: the limit holds for all of them.
    @Test func concurrentGuessesAreCountedBeforeHashing() async throws {
        // An hour's window: on a loaded machine the thirty guesses may take longer than the default minute.
        try await GatewayHarness { $0.loginWindow = 3600 }.run { client in
            _ = try await client.register("ada")
            let replies = try await withThrowingTaskGroup(of: GatewayHarness.Reply.self) { group in
                for attempt in 0..<30 {
                    group.addTask {
                        let password = attempt == 17 ? "correct horse battery" : "guess \(attempt)"
                        return try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": .string(password)]))
                    }
                }
                return try await group.reduce(into: [GatewayHarness.Reply]()) { $0.append($1) }
            }
            // Ten are let through to the hash however many arrive at once; the right one, if it was among them, takes
            // back only its own attempt, so one more may be let in after it (which order wins is the scheduler's).
            // A guess let through still counts if the password checks were too busy to take it (429 of another kind).
            let limited = replies.filter { $0.status == .tooManyRequests && $0.error.contains("failed logins") }.count
            let admitted = replies.count - limited
            let succeeded = replies.contains { $0.status == .ok }
            #expect(admitted <= 11 && (admitted <= 10 || succeeded), "\(replies.map(\.status))")
            let counted = admitted - (succeeded ? 1 : 0)
            let after = try await client.send(.post, APIPath.login, json: .object(["email": "ada@example.com", "password": "correct horse battery"]))
            #expect(after.status == (counted >= 10 ? .tooManyRequests : .ok), "\(counted) wrong guesses counted: \(after.status) \(after.error)")
        }
    }

    /// Emails compare as Unicode text: NFD `josé` is the admin `--admin josé@…` (NFC) names, and one account.
    @Test func emailsAreOneKeyInEveryUnicodeForm() async throws {
        let nfc = "jos\u{00E9}@example.com", nfd = "jose\u{0301}@EXAMPLE.com"
        let harness = try GatewayHarness { $0.adminEmail = nfc }
        try await harness.run { client in
            _ = try await client.register("first")
            let jose = try await client.send(.post, APIPath.register, json: .object(["username": "José", "email": .string(nfd), "password": "long enough pass"]))
            #expect(jose.status == .created)
            let token = try #require(try jose.json.string("token"))
            #expect(try await client.send(.get, APIPath.usage, token: token).status == .ok)
            let twin = try await client.send(.post, APIPath.register, json: .object(["username": "other", "email": .string(nfc), "password": "long enough pass"]))
            #expect(twin.status == .conflict)
            let sameName = try await client.send(.post, APIPath.register, json: .object(["username": "JOSE\u{0301}", "email": "x@example.com", "password": "long enough pass"]))
            #expect(sameName.status == .conflict)
            let login = try await client.send(.post, APIPath.login, json: .object(["email": .string(nfc.uppercased()), "password": "long enough pass"]))
            #expect(login.status == .ok)
        }
    }

    @Test func aPasswordWithANulCannotBeRegisteredNorUsedShort() async throws {
        try await GatewayHarness().run { client in
            let reply = try await client.send(.post, APIPath.register, json: .object([
                "username": "nul", "email": "nul@example.com", "password": "x\u{0000}yyyyyyyyy"]))
            #expect(reply.status == .badRequest)
            #expect(try reply.json.string("field") == "password")
        }
    }

    /// Every file the server makes is its user's alone, even in a data folder others may read.
    @Test func everyFileIsPrivateWhateverTheFolder() async throws {
        let harness = try GatewayHarness()
        try FileManager.default.createDirectory(at: harness.folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        #expect(PrivateFile.isOpenToOthers(harness.folder))
        let folder = harness.folder
        // The files of the SQLite store (a node's copies on PostgreSQL are made by the same code).
        try await harness.run(stores: [.sqlite]) { client in
            let ada = try await client.register("ada")
            try await client.add(ada, "5", "Lunch")
            func mode(_ path: String) throws -> Int {
                try #require(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.posixPermissions] as? NSNumber).intValue
            }
            #expect(try mode("users") == 0o700)
            for file in ["accounts.sqlite", "users/\(ada.id).sqlite", "users/\(ada.id).sqlite-wal"] {
                #expect(try mode(file) == 0o600, "\(file)")
            }
        }
    }
}
