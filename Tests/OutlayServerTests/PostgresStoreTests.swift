import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit
@testable import OutlayServer
import PostgresNIO
import Testing

/// The PostgreSQL store itself: migrations once under the advisory lock, users kept as the SQLite store keeps them.
@Suite struct PostgresStoreTests {
    @Test func nodesStartingTogetherRunEachMigrationOnce() async throws {
        let url = try PostgresCluster.shared.get().makeDatabase()
        let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresStore(url: url, leaseDeadline: PostgresCluster.leaseDeadline) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let versions = try await stores[0].run { connection in
            var versions: [Int] = []
            for try await version in try await connection.query("SELECT version FROM outlay_schema ORDER BY version", logger: PostgresStore.logger)
                .decode(Int.self) { versions.append(version) }
            return versions
        }
        #expect(versions == PostgresSchema.versions.map(\.version))
        // Every node gets the one secret the first made.
        let secrets = try await stores.asyncMap { try await $0.sharedSecret() }
        #expect(Set(secrets).count == 1 && secrets[0].count >= JWTSecret.minimumBytes)
    }

    /// Requests that arrive together share one query for their ledgers' heads, and each still sees every change
    /// committed before it asked.
    @Test func headsReadTogetherAreEachUsersOwnAndCurrent() async throws {
        let store = try await PostgresStore(url: try PostgresCluster.shared.get().makeDatabase(), leaseDeadline: PostgresCluster.leaseDeadline)
        let directory = PostgresUserDirectory(store: store)
        let log = SharedLedgerLog(store: store)
        let users = (0..<5).map { "user-\($0)" }
        for (index, id) in users.enumerated() {
            _ = try await directory.insert(User(id: id, username: id, email: "\(id)@example.com", passwordHash: "x", currency: "USD", createdAt: 0))
            // User n has n + 1 changes in the log.
            _ = try await log.append(id, (0...index).map { Self.change(origin: id, number: $0 + 1) })
        }
        let reader = LedgerHeadReader(log: log)
        let asked = (0..<200).map { users[$0 % users.count] } + ["nobody"]
        let heads = try await withThrowingTaskGroup(of: (String, LedgerHead).self) { group in
            for id in asked { group.addTask { (id, try await reader.head(id)) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for (id, head) in heads {
            let expected = users.firstIndex(of: id).map { LedgerHead(seq: Int64($0 + 1), currency: "USD") } ?? .empty
            #expect(head == expected, "\(id)")
        }
        #expect(heads.count == asked.count)
        #expect(reader.queriesSent < asked.count / 2, "\(reader.queriesSent) queries for \(asked.count) reads")
        _ = try await log.append(users[0], [Self.change(origin: "another-node", number: 1)])
        #expect(try await reader.head(users[0]).seq == 2)
    }

    /// A device's batch that a node merged into its copy and sent on: the copy's cursor passes it (no taking it in
    /// again), unless another node's change came first, which the copy then takes in.
    @Test func aMergedBatchIsNotTakenInAgainUnlessAnotherCameFirst() async throws {
        let store = try await PostgresStore(url: try PostgresCluster.shared.get().makeDatabase(), leaseDeadline: PostgresCluster.leaseDeadline)
        let log = SharedLedgerLog(store: store)
        _ = try await PostgresUserDirectory(store: store).insert(User(id: "ada", username: "ada", email: "ada@example.com", passwordHash: "x",
                                                                      currency: "USD", createdAt: 0))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try AppDatabase.open(path: folder.appendingPathComponent("ada.sqlite").path, currency: try Currency(code: "USD"))
        let replication = LedgerReplication(log: log, pool: .shared)
        try await replication.exchange("ada", copy)
        let sync = SyncService(database: copy)
        // The new copy's own first records (its starting account) are in the log now.
        let start = try sync.state().pullCursor

        let first = (1...3).map { Self.change(origin: "phone", number: $0) }
        _ = try sync.apply(first)
        let appended = try await replication.appendMerged("ada", copy, first)
        #expect(appended.accepted == 3 && appended.before == start && appended.head == start + 3)
        #expect(try sync.state().pullCursor == start + 3 && !replication.isBehind("ada", head: start + 3))

        _ = try await log.append("ada", [Self.change(origin: "another-node", number: 1)])
        let second = [Self.change(origin: "phone", number: 4)]
        _ = try sync.apply(second)
        let later = try await replication.appendMerged("ada", copy, second)
        #expect(later.before == start + 4 && later.head == start + 5)
        #expect(try sync.state().pullCursor == start + 3 && replication.isBehind("ada", head: start + 5))
        try await replication.exchange("ada", copy)
        #expect(try sync.state().pullCursor == start + 5)
        #expect(try TransactionService(database: copy).count() == 5)
    }

    private static func change(origin: String, number: Int) -> SyncChange {
        let milliseconds = 1_700_000_000_000 + Int64(number)
        return SyncChange(origin: origin, originSeq: Int64(number), clock: HybridTimestamp(milliseconds: milliseconds, counter: 0),
                          entity: .transaction, entityID: UUID().uuidString.lowercased(),
                          fields: ["kind": .text("expense"), "amount": .integer(100 * Int64(number)), "category": .text("food"),
                                   "description": .text("\(origin) \(number)"), "date": .text("2026-03-01"), "tags": .text("[]"),
                                   "created_at": .integer(milliseconds), "updated_at": .integer(milliseconds)])
    }

    @Test func aUsernameTakenInAnotherCaseIs409() async throws {
        let harness = try GatewayHarness()
        try await harness.run(stores: [.postgres]) { client in
            let ada = try await client.register("ada")
            #expect(!ada.token.isEmpty)
            let same = try await client.send(.post, APIPath.register, json: .object([
                "username": "ADA", "email": "someone@example.com", "password": "correct horse battery"]))
            #expect(same.status == .conflict)
        }
    }

    /// A database that is missing, down or without TLS when TLS is asked for is one clear error from the first
    /// connection (the pool alone retried for a minute, then named its circuit breaker).
    @Test func aDatabaseThatCannotBeUsedSaysWhyAtOnce() async throws {
        let cluster = try PostgresCluster.shared.get()
        let closedPort = try ServerProcess.freePort()
        let cases = [
            ("postgres://outlay@127.0.0.1:\(cluster.port)/no_such_db?sslmode=disable", "database \"no_such_db\" does not exist"),
            ("postgres://outlay@127.0.0.1:\(closedPort)/outlay?sslmode=disable", "Connection refused"),
            ("postgres://outlay@127.0.0.1:\(cluster.port)/postgres?sslmode=require", "the server does not offer TLS")]
        for (url, reason) in cases {
            do {
                _ = try await PostgresStore(url: url)
                Issue.record("\(url) was accepted")
            } catch let failure as PostgresLocation.Invalid {
                #expect(failure.description.hasPrefix("cannot connect to \(try PostgresLocation(url)):"), "\(failure)")
                #expect(failure.description.contains(reason), "\(failure)")
            }
        }
    }

    @Test func aDatabaseURLIsReadAsPostgreSQLsClientsReadIt() throws {
        let location = try PostgresLocation("postgres://app:s3cret@db.internal:6543/outlay?sslmode=verify-full&sslrootcert=/etc/ca.pem")
        #expect(location.host == "db.internal" && location.port == 6543 && location.username == "app" && location.password == "s3cret")
        #expect(location.database == "outlay" && location.sslMode == .verifyFull && location.rootCertificate == "/etc/ca.pem")
        #expect(location.description == "postgres://app@db.internal:6543/outlay?sslmode=verify-full")
        #expect(try PostgresLocation("postgresql://app@h/db", environment: ["PGPASSWORD": "pw"]).password == "pw")
        #expect(try PostgresLocation("postgres://app@h/db").sslMode == .prefer)
        for bad in ["mysql://a@h/db", "postgres://h/db", "postgres://a@h/", "postgres://a@h/db?sslmode=sometimes"] {
            #expect(throws: PostgresLocation.Invalid.self) { try PostgresLocation(bad) }
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
