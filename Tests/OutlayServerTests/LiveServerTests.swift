import Foundation
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import Testing

/// The built `outlay-server` binary, started as a self-hoster would.
@Suite(.serialized) struct LiveServerTests {
    @Test func theBinaryServesLogsNoSecretsAndStopsCleanlyOnSIGTERM() async throws {
        let server = try await ServerProcess()
        let register = try await server.request("POST", APIPath.register, body: .object([
            "username": "ada", "email": "ada@example.com", "password": "a password nobody logs"]))
        #expect(register.status == 201)
        let token = try #require(register.json?["token"]?.stringValue)
        let added = try await server.request("POST", APIPath.expenses, token: token, body: .object([
            "amount": "4.20", "description": "Coffee", "category": "food"]))
        #expect(added.status == 201)
        #expect(try await server.request("GET", APIPath.expenses, token: token).json?["summary"]?["totalExpenses"] == .number("4.2"))

        let secretFile = server.folder.appendingPathComponent("data/jwt-secret")
        let mode = try FileManager.default.attributesOfItem(atPath: secretFile.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let secret = try String(contentsOf: secretFile, encoding: .utf8)
        #expect(server.stop() == 0)
        let log = server.output
        #expect(log.contains("listening on 127.0.0.1:\(server.port)"))
        #expect(log.contains("token secret from"))
        #expect(!log.contains(secret))
        #expect(!log.contains("a password nobody logs"))
        #expect(!log.contains(token))
    }

    /// On PostgreSQL the log names the database without the password in its URL, and never the shared secret.
    @Test func onPostgreSQLTheLogNamesTheDatabaseButNoPasswordOrSecret() async throws {
        let plain = try PostgresCluster.shared.get().makeDatabase()
        // The throwaway cluster trusts loopback, so the password is accepted and never needed.
        let withPassword = plain.replacingOccurrences(of: "postgres://outlay@", with: "postgres://outlay:a-database-password@")
        let server = try await ServerProcess(arguments: ["--database", withPassword])
        let register = try await server.request("POST", APIPath.register, body: .object([
            "username": "ada", "email": "ada@example.com", "password": "a password nobody logs"]))
        #expect(register.status == 201)
        let secret = String(decoding: try await PostgresStore(url: plain, leaseDeadline: PostgresCluster.leaseDeadline).sharedSecret(), as: UTF8.self)
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("data/jwt-secret").path))
        #expect(server.stop() == 0)
        let log = server.output
        #expect(log.contains("token secret from the shared database"))
        #expect(log.contains(plain))
        #expect(!log.contains("a-database-password"))
        #expect(!log.contains(secret))
        #expect(!log.contains("a password nobody logs"))
    }

    /// `outlay-server users …` with `--database`, against a running node on PostgreSQL: a revoked or reset
    /// account's tokens stop working there, a deleted one is gone from the shared database, and the node drops its
    /// copy of the deleted ledger when it starts again.
    @Test func theUsersCommandsWorkOnTheSharedDatabase() async throws {
        let server = try await ServerProcess(store: .postgres)
        let database = try #require(server.database)
        let register = try await server.request("POST", APIPath.register, body: .object([
            "username": "ada", "email": "ada@example.com", "password": "correct horse battery"]))
        let token = try #require(register.json?["token"]?.stringValue)
        let id = try #require(register.json?["user"]?["id"]?.stringValue)
        #expect(try await server.request("GET", APIPath.expenses, token: token).status == 200)
        let copy = server.folder.appendingPathComponent("data/users/\(id).sqlite")
        #expect(FileManager.default.fileExists(atPath: copy.path))

        #expect(try Self.users(["list"], database).contains("ada  ada@example.com  USD"))
        #expect(try Self.users(["revoke", "ADA@example.com"], database).contains("Revoked"))
        #expect(try await Self.eventually { try await server.request("GET", APIPath.expenses, token: token).status == 401 })

        _ = try Self.users(["set-password", "ada@example.com"], database, input: "a new passphrase\n")
        let old = try await server.request("POST", APIPath.login, body: .object(["email": "ada@example.com", "password": "correct horse battery"]))
        #expect(old.status == 401)
        let login = try await server.request("POST", APIPath.login, body: .object(["email": "ada@example.com", "password": "a new passphrase"]))
        let fresh = try #require(login.json?["token"]?.stringValue)
        #expect(try await server.request("GET", APIPath.expenses, token: fresh).status == 200)

        #expect(try Self.users(["delete", "ada@example.com"], database).contains("Deleted"))
        #expect(try await Self.eventually { try await server.request("GET", APIPath.expenses, token: fresh).status == 401 })
        #expect(try !Self.users(["list"], database).contains("ada"))
        #expect(server.stop() == 0)
        let restarted = try await ServerProcess(restarting: server)
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        #expect(restarted.stop() == 0)
    }

    /// Runs `outlay-server users ARGUMENTS --database DATABASE`; its output, or a failure with it.
    private static func users(_ arguments: [String], _ database: String, input: String = "") throws -> String {
        let process = Process()
        process.executableURL = ServerProcess.binary
        process.arguments = ["users"] + arguments + ["--database", database]
        process.environment = ["OUTLAY_SERVER_BCRYPT_COST": "4", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ServerProcess.Failure(description: "users \(arguments): \(text)") }
        return text
    }

    /// Whether `condition` holds within the server's token recheck interval (5 s) and a little more.
    private static func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        for _ in 0..<80 {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    @Test func aShortSecretIsRefusedAtStart() throws {
        let process = Process()
        process.executableURL = ServerProcess.binary
        process.arguments = ["--port", "0", "--data", FileManager.default.temporaryDirectory.appendingPathComponent("unused-\(UUID())").path]
        process.environment = ["OUTLAY_JWT_SECRET": "short", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(message.contains("OUTLAY_JWT_SECRET is 5 bytes; it must be at least 32"))
    }

    /// schemathesis (from PyPI; `.ci/install-deps` installs it) generates requests
    /// from `/openapi.json` for every operation and runs every check it has
    /// (`schemathesis.toml` beside this file names the two exceptions): no 500,
    /// no crash, every status, header and body as documented, schema-valid
    /// requests accepted and schema-violating ones refused.
    /// On both stores.
    @Test(arguments: GatewayHarness.Store.allCases)
    func schemathesisFindsNoServerErrorAndNoAnswerOutsideTheSchema(store: GatewayHarness.Store) async throws {
        guard let schemathesis = Self.which("schemathesis") else {
            Issue.record("schemathesis is not installed: bash .ci/install-deps installs it (pip install schemathesis)")
            return
        }
        let server = try await ServerProcess(store: store)
        let register = try await server.request("POST", APIPath.register, body: .object([
            "username": "fuzz", "email": "fuzz@example.com", "password": "fuzzing all day"]))
        let token = try #require(register.json?["token"]?.stringValue)
        // Some data for the by-id routes to find.
        for amount in ["3.50", "12", "250.99"] {
            _ = try await server.request("POST", APIPath.expenses, token: token, body: .object([
                "amount": .string(amount), "description": "Seed", "category": "food"]))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: schemathesis)
        let config = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schemathesis.toml")
        process.arguments = ["--config-file", config.path, "run", server.baseURL + APIPath.openAPI, "-H", "Authorization: Bearer \(token)",
                             "--max-examples", "25", "--seed", "20261121", "--no-color", "--request-timeout", "10"]
        let report = server.folder.appendingPathComponent("schemathesis.txt")
        FileManager.default.createFile(atPath: report.path, contents: nil)
        let handle = try FileHandle(forWritingTo: report)
        process.standardOutput = handle
        process.standardError = handle
        process.currentDirectoryURL = server.folder
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "schemathesis found problems:\n\(output.suffix(6000))")
        #expect(output.contains("No issues found") || output.contains("passed"), "\(output.suffix(2000))")
        #expect(server.process.isRunning, "the server crashed:\n\(server.output.suffix(2000))")
        #expect(!server.output.contains("unexpected failure"), "\(server.output.suffix(2000))")
        _ = server.stop()
    }

    static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + [NSHomeDirectory() + "/.local/bin", "/root/.pyenv/shims"]
        return paths.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
