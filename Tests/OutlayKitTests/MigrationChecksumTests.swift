import Foundation
@testable import OutlayKit
import Testing

/// A migration that has shipped is frozen text: each one's checksum is committed beside this test, so an
/// edit to a released migration fails here instead of leaving databases that ran different SQL as one version.
@Suite struct MigrationChecksumTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/migration-checksums.txt")

    /// FNV-1a (64 bits) of the SQL's UTF-8 bytes: enough to see any change, no dependency.
    static func checksum(_ text: String) -> String {
        let hash = text.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    @Test func everyMigrationIsAsItShipped() throws {
        let committed = Dictionary(uniqueKeysWithValues: try String(contentsOf: Self.fixture, encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }.filter { $0.count == 2 }.map { ($0[0], $0[1]) })
        for migration in Migrations.all {
            let sum = Self.checksum(migration.sql)
            guard let frozen = committed[migration.identifier] else {
                Issue.record("'\(migration.identifier)' has no committed checksum: once it ships, add this line to \(Self.fixture.lastPathComponent):\n\(migration.identifier)\t\(sum)")
                continue
            }
            #expect(sum == frozen, "'\(migration.identifier)' changed after it shipped: a change to the schema is a new migration")
        }
        #expect(committed.count == Migrations.all.count, "the checksum file names migrations that no longer exist")
    }
}
