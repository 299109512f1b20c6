import Foundation
import GRDB
import OutlayAPI
import OutlayBasics
@testable import OutlayKit
import Testing

/// Extreme values, seeded and mixed at random, through every way into a real
/// `outlay-server`: the REST routes and sync. Whatever comes in, the process
/// lives, answers without a 5xx, and every ledger stays consistent.
@Suite(.serialized) struct ExtremeValuesFuzzTests {
    static let amounts: [JSONValue] = [
        "0", "-1", "0.01", "1", "9999999999999.99", "10000000000000", "92233720368547758.07", "92233720368547758.08",
        "9223372036854775807", "-9223372036854775808", "1e308", "1.5e3", "0.001", "NaN", "", " ", "١٢", "12,345.67",
        .integer(0), .integer(Int(Int64.max)), .integer(Int(Int64.min)), .number("1e400"), .number("-0"), .number("3000000000000000"),
        .number("9999999999999.99"), .null, .bool(true), .array([]), .string(String(repeating: "9", count: 5_000)),
    ]
    static let dates: [JSONValue] = [
        "0001-01-01", "9999-12-31", "0000-00-00", "10000-01-01", "2024-02-29", "2023-02-29", "1969-12-31", "2026-03-18T23:59:59.999Z",
        "-0001-01-01", "", .null, .integer(0), "9999-12-31T23:59:59Z",
    ]
    static let integers: [String] = ["0", "1", "-1", "120", "366", "1000", "5000", "9223372036854775807", "-9223372036854775808",
                                     "9223372036854775808", "1e9", "", "abc"]
    static let texts: [JSONValue] = [
        "Lunch", "", " ", "\u{0}", "\u{1B}[2J", "मनीष", "ab\u{200D}cd", "\u{202E}evil", .string(String(repeating: "é", count: 501)),
        .string(String(repeating: "x", count: 100_000)), "Food & Drink", "other_expense", "🙂", .null, .integer(7),
    ]

    @Test(arguments: GatewayHarness.Store.allCases)
    func extremeValuesThroughRESTAndSyncNeverStopTheServer(store: GatewayHarness.Store) async throws {
        let server = try await ServerProcess(store: store)
        let register = try await server.request("POST", APIPath.register, body: .object([
            "username": "fuzz", "email": "fuzz@example.com", "password": "a long password"]))
        let token = try #require(register.json?["token"]?.stringValue)
        let userID = try #require(register.json?["user"]?["id"]?.stringValue)
        var random = SeededRandom(seed: 20_261_201)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        var statuses: [Int: Int] = [:]
        var firstID: String?
        for round in 0..<400 {
            let reply: (status: Int, json: JSONValue?)
            switch round % 8 {
            case 0, 1:
                reply = try await server.request("POST", APIPath.expenses, token: token, body: .object([
                    "amount": pick(Self.amounts), "description": pick(Self.texts), "category": pick(Self.texts),
                    "date": pick(Self.dates), "type": pick(["EXPENSE", "INCOME", "", .null, "TRANSFER"]), "tags": pick([.array([]), .array([pick(Self.texts)]), .array(Array(repeating: "t", count: 50))]),
                    "note": pick(Self.texts)]))
                if reply.status == 201, firstID == nil { firstID = reply.json?["id"]?.stringValue }
            case 2:
                let query = "startDate=\(pick(Self.dates).stringValue ?? "")&endDate=\(pick(Self.dates).stringValue ?? "")&limit=\(pick(Self.integers))"
                    + "&minAmount=\(pick(Self.amounts).stringValue ?? "")&q=\(pick(Self.texts).stringValue ?? "")"
                reply = try await server.request("GET", APIPath.expenses + "?" + (query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""), token: token)
            case 3:
                reply = try await server.request("POST", APIPath.budgets, token: token, body: .object([
                    "category": pick(Self.texts), "amount": pick(Self.amounts), "period": pick(["daily", "weekly", "monthly", "yearly", "hourly"]),
                    "alertThreshold": pick([.integer(0), .integer(1), .integer(100), .integer(101), .number("80.0"), .integer(Int(Int64.max))]),
                    "rollover": pick([.bool(true), .bool(false), .null])]))
            case 4:
                let path = pick(["/monthly-summary?month=", "/trends?months=\(pick(Self.integers))&month=", "/daily-pattern?days=\(pick(Self.integers))&endDate=",
                                 "/category-analysis?period=year&date=", "/top-expenses?limit=\(pick(Self.integers))&month=", "/insights?month="])
                let when = pick(["0001-01", "9999-12", "0000-00", "2026-03", "2026-13", ""] + ["0001-01-01", "9999-12-31"])
                reply = try await server.request("GET", APIPath.analytics + path + when, token: token)
            case 5:
                reply = try await server.request("PUT", APIPath.expense(firstID ?? UUID().uuidString), token: token, body: .object([
                    "amount": pick(Self.amounts), "date": pick(Self.dates), "description": pick(Self.texts)]))
            case 6:
                let times: [SyncChange.Value] = [.integer(.min), .integer(.max), .integer(0), .integer(-1), .integer(253_402_300_799_999),
                                                 .integer(253_402_300_800_000), .integer(1_700_000_000_000), .text("soon"), .null]
                let clock = pick([HybridTimestamp(milliseconds: Timestamp.now.milliseconds, counter: HybridTimestamp.largestCounter),
                                  HybridTimestamp(milliseconds: Timestamp.now.milliseconds + 3_600_000, counter: 999_999),
                                  HybridTimestamp(milliseconds: 0, counter: 0), HybridTimestamp(milliseconds: Timestamp.now.milliseconds, counter: 1)])
                let change = SyncChange(origin: "fuzz-device", originSeq: Int64(round + 1), clock: clock, entity: .transaction,
                                        entityID: UUID().uuidString.lowercased(), fields: [
                                            "kind": .text("expense"), "amount": pick([.integer(1), .integer(Money.largestMinorUnits), .integer(.max), .integer(0)]),
                                            "category": .text(pick(["food", "Food", "food & drink", ""])), "description": .text(pick(["x", "", " x "])),
                                            "date": .text(pick(["0001-01-01", "9999-12-31", "2026-03-01", "2026-02-30"])), "tags": .text("[]"),
                                            "created_at": pick(times), "updated_at": pick(times), "deleted_at": pick(times)])
                reply = try await server.request("POST", APIPath.syncChanges, token: token, body: .object(["changes": .array([change.json])]))
            default:
                reply = try await server.request("GET", APIPath.syncChanges + "?since=\(pick(Self.integers))&limit=\(pick(Self.integers))", token: token)
            }
            statuses[reply.status, default: 0] += 1
            #expect(reply.status < 500, "round \(round): \(reply.status) \(String(describing: reply.json))")
            #expect(server.process.isRunning, "the server stopped in round \(round):\n\(server.output.suffix(2000))")
            guard server.process.isRunning else { return }
        }
        #expect(statuses[201, default: 0] > 0 && statuses[400, default: 0] > 0, "\(statuses)")
        for path in [APIPath.expenses, APIPath.budgets, APIPath.analytics + "/insights", APIPath.syncChanges, APIPath.notifications] {
            #expect(try await server.request("GET", path, token: token).status == 200, "\(path)")
        }
        #expect(!server.output.contains("unexpected failure"), "\(server.output.suffix(3000))")
        _ = server.stop()
        let ledger = try AppDatabase.open(path: server.folder.appendingPathComponent("data/users/\(userID).sqlite").path)
        #expect(try StoreHealth(database: ledger).problems() == [])
    }
}
