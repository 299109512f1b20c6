import Foundation
import OutlayKit
import Testing

/// `outlay sync register` against the real `outlay-server` in each registration mode.
@Suite struct SyncRegisterTests {
    static let password = "correct horse battery"

    func register(_ device: SyncDevice, on server: ServerProcess, _ email: String, invite: String? = nil) throws -> (status: Int32, output: String) {
        try device.run(["sync", "register", server.baseURL, "--email", email, "--password-stdin"] + (invite.map { ["--invite", $0] } ?? []),
                       input: Self.password + "\n")
    }

    @Test func anOpenServerMakesTheAccountAndTheDeviceSyncsAtOnce() async throws {
        let server = try await ServerProcess(arguments: ["--registration", "open"])
        let phone = SyncDevice()
        #expect(try phone.run(["add", "12.40", "Lunch", "--category", "food"]).status == 0)
        let registered = try register(phone, on: server, "new@example.com")
        #expect(registered.status == 0 && registered.output.contains("Registered new@example.com"), "\(registered.output)")
        #expect(FileManager.default.fileExists(atPath: phone.credentials))
        #expect(try phone.run(["sync"]).status == 0)

        // The account is a real one: another device logs in with it and receives the entry.
        let laptop = SyncDevice()
        #expect(try laptop.run(["sync", "login", server.baseURL, "--email", "new@example.com", "--password-stdin"], input: Self.password + "\n").status == 0)
        #expect(try laptop.run(["sync"]).status == 0)
        #expect(try laptop.contents().map(\.description) == ["Lunch"])

        let again = try register(SyncDevice(), on: server, "new@example.com")
        #expect(again.status != 0 && again.output.contains("already exists") && again.output.contains("outlay sync login"), "\(again.output)")
        _ = server.stop()
    }

    @Test func aClosedServerRefusesAndSaysWhoCanInvite() async throws {
        let server = try await ServerProcess(arguments: ["--registration", "closed"])
        let device = SyncDevice()
        let refused = try register(device, on: server, "new@example.com")
        #expect(refused.status != 0 && refused.output.contains("takes no new accounts") && refused.output.contains("users invite"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: device.credentials))
        _ = server.stop()
    }

    @Test func anInvitingServerTakesACodeOnce() async throws {
        let server = try await ServerProcess(arguments: ["--registration", "invite"])
        let without = try register(SyncDevice(), on: server, "ada@example.com")
        #expect(without.status != 0 && without.output.contains("by invitation"), "\(without.output)")
        let madeUp = try register(SyncDevice(), on: server, "ada@example.com", invite: "aaaaa-bbbbb-ccccc-ddddd")
        #expect(madeUp.status != 0 && madeUp.output.contains("unknown or already used"), "\(madeUp.output)")

        // The administrator's command, on the running server's data folder.
        let administrator = Process()
        administrator.executableURL = ServerProcess.binary
        administrator.arguments = ["users", "invite", "--data", server.folder.appendingPathComponent("data").path]
        let output = Pipe()
        administrator.standardOutput = output
        try administrator.run()
        let code = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        administrator.waitUntilExit()
        #expect(administrator.terminationStatus == 0 && code.count == 23, "\(code)")

        let device = SyncDevice()
        let invited = try register(device, on: server, "ada@example.com", invite: code)
        #expect(invited.status == 0, "\(invited.output)")
        #expect(try device.run(["sync"]).status == 0)
        let reused = try register(SyncDevice(), on: server, "grace@example.com", invite: code)
        #expect(reused.status != 0 && reused.output.contains("unknown or already used"), "\(reused.output)")
        _ = server.stop()
    }
}
