import Foundation
import Hummingbird
import HummingbirdTesting
import OutlayAPI
import OutlayBasics
import OutlayKit
@testable import OutlayServer
import Testing

/// `outlay-server move-to-postgres`: everything the API answered on SQLite it answers the same on PostgreSQL,
/// with the same tokens; and running it again adds nothing.
@Suite struct MoveToPostgresTests {
    static let reads = [APIPath.expenses + "?limit=100", APIPath.budgets, APIPath.accounts, APIPath.recurring, APIPath.notifications,
                        APIPath.analytics + "/monthly-summary?month=2026-03", APIPath.analytics + "/trends?months=3&month=2026-03",
                        APIPath.profile, APIPath.expensesByCategory, APIPath.budgets + "/alerts", APIPath.forecast + "?days=10",
                        APIPath.expenses + "?type=TRANSFER"]

    func app(_ folder: URL, store: PostgresStore? = nil) async throws -> some ApplicationProtocol {
        let router = try await OutlayGateway.buildRouter(configuration: ServerSettings(port: 0, dataDirectory: folder, bcryptCost: 4),
                                                         jwtSecret: GatewayHarness.secret, clock: .fixed(GatewayHarness.today), store: store)
        return Application(router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
    }

    func answers(_ client: GatewayHarness.Client, _ tokens: [String]) async throws -> [String] {
        var texts: [String] = []
        for token in tokens {
            for path in Self.reads { texts.append("\(path) \(try await client.send(.get, path, token: token).text)") }
        }
        return texts
    }

    @Test func everyAnswerIsTheSameAfterTheMove() async throws {
        let sqliteFolder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-move-\(UUID().uuidString)")
        let nodeFolder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-move-node-\(UUID().uuidString)")
        defer { for folder in [sqliteFolder, nodeFolder] { try? FileManager.default.removeItem(at: folder) } }
        let (tokens, before) = try await app(sqliteFolder).test(.router) { raw in
            let client = GatewayHarness.Client(client: raw)
            let ada = try await client.register("ada"), bob = try await client.register("bob")
            try await client.add(ada, "42.80", "Groceries", date: "2026-03-05")
            try await client.add(ada, "950", "Rent", date: "2026-03-01")
            try await client.add(bob, "7", "Coffee", date: "2026-03-10")
            _ = try await client.send(.post, APIPath.budgets, token: ada.token, json: .object(["category": "food", "amount": 40, "period": "monthly"]))
            try await client.add(ada, "12", "Lunch", date: "2026-03-12")
            _ = try await client.send(.post, APIPath.accounts, token: ada.token, json: .object(["name": "savings", "type": "savings", "openingBalance": 500]))
            _ = try await client.send(.post, APIPath.recurring, token: ada.token, json: .object([
                "amount": 15, "description": "Streaming", "category": "subscriptions", "unit": "month", "day": 12, "from": "2026-01-12"]))
            let tokens = [ada.token, bob.token]
            return (tokens, try await answers(client, tokens))
        }
        #expect(before.contains { $0.contains("Streaming") && $0.hasPrefix(APIPath.recurring) })

        let url = try PostgresCluster.shared.get().makeDatabase()
        let store = try await PostgresStore(url: url, leaseDeadline: PostgresCluster.leaseDeadline)
        let reports = ProgressReports()
        var said: [String] = []
        let moved = try await PostgresMove.run(dataDirectory: sqliteFolder, store: store, said: { said.append($0) }, progress: reports.add)
        #expect(moved.users == 2 && moved.changes > 0)
        // The progress line's figures: every entry counted once, against a whole known before the copy began.
        let seen = reports.all
        #expect(seen.last?.done == moved.changes && seen.allSatisfy { $0.total == seen.last?.total && $0.done <= ($0.total ?? 0) })
        #expect(said.count == 2)
        #expect(try await PostgresMove.run(dataDirectory: sqliteFolder, store: store).changes == 0)

        let after = try await app(nodeFolder, store: store).test(.router) { raw in
            try await answers(GatewayHarness.Client(client: raw), tokens)
        }
        for (old, new) in zip(before, after) { #expect(old == new) }
        #expect(after.count == before.count)
    }
}

/// Progress reports, kept from whichever thread makes them.
final class ProgressReports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [WorkProgress] = []
    func add(_ progress: WorkProgress) { lock.withLock { reports.append(progress) } }
    var all: [WorkProgress] { lock.withLock { reports } }
}
