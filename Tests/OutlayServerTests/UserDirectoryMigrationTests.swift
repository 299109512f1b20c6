import Foundation
import GRDB
@testable import OutlayServer
import Testing

/// `accounts.sqlite` files made by earlier releases keep every account through the migrations.
@Suite struct UserDirectoryMigrationTests {
    @Test func theFirstReleasesAccountsKeepSigningInAndGainAProfile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accounts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("accounts.sqlite").path
        let dump = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/accounts-v1.sql")
        try await DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: try String(contentsOf: dump, encoding: .utf8)) }

        let store = try SQLiteUserDirectory(path: path)
        #expect(try await store.all().map(\.username) == ["Ada", "grace"])
        let ada = try #require(try await store.find(email: Identity.key("ADA@example.com")))
        #expect(ada.firstName == "Ada" && ada.currency == "EUR" && ada.tokenGeneration == 0)
        #expect(ada.monthlyIncome == 0 && ada.timezone == "UTC" && ada.lastLoginAt == nil)
        #expect(try await PasswordHasher(cost: 4).verify("password123", against: ada.passwordHash))
        // Usernames are unique ignoring case after the migration too.
        var twin = ada
        twin.id = UUID().uuidString.lowercased()
        twin.email = "other@example.com"
        twin.username = "ADA"
        await #expect(throws: RegistrationConflict.usernameTaken) { try await store.insert(twin) }
        var updated = ada
        updated.monthlyIncome = 500_000
        updated.timezone = "Europe/Amsterdam"
        try await store.updateProfile(updated)
        try await store.recordLogin(id: ada.id, at: 1_800_000_000_000)
        let reread = try #require(try await store.find(id: ada.id))
        #expect(reread.monthlyIncome == 500_000 && reread.timezone == "Europe/Amsterdam" && reread.lastLoginAt == 1_800_000_000_000)
        // Invitations (v4) work on the migrated file: a code is taken once.
        let code = InviteCode.make()
        try await store.addInvite(codeHash: InviteCode.hash(code), at: 1_800_000_000_000)
        #expect(try await store.takeInvite(codeHash: InviteCode.hash(code.uppercased())))
        #expect(try await !store.takeInvite(codeHash: InviteCode.hash(code)))
        #expect(try await store.all().count == 2)
    }
}
