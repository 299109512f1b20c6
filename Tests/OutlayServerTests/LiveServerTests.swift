import Foundation
import OutlayAPI
import OutlayBasics
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
    @Test func schemathesisFindsNoServerErrorAndNoAnswerOutsideTheSchema() async throws {
        guard let schemathesis = Self.which("schemathesis") else {
            Issue.record("schemathesis is not installed: bash .ci/install-deps installs it (pip install schemathesis)")
            return
        }
        let server = try await ServerProcess()
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
