import Foundation
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import PostgresNIO
import Testing

/// The PostgreSQL store itself: migrations once under the advisory lock, users kept as the SQLite store keeps them.
@Suite struct PostgresStoreTests {
    @Test func nodesStartingTogetherRunEachMigrationOnce() async throws {
        let url = try PostgresCluster.shared.get().makeDatabase()
        let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresStore(url: url) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        var versions: [Int] = []
        for try await version in try await stores[0].client.query("SELECT version FROM outlay_schema ORDER BY version").decode(Int.self) {
            versions.append(version)
        }
        #expect(versions == PostgresSchema.versions.map(\.version))
        // Every node gets the one secret the first made.
        let secrets = try await stores.asyncMap { try await $0.sharedSecret() }
        #expect(Set(secrets).count == 1 && secrets[0].count >= JWTSecret.minimumBytes)
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
