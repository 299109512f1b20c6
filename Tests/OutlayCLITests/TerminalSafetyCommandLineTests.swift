import Foundation
import OutlayTestSupport
import Testing

/// What the command line prints to a terminal can never act on it, and it
/// warns before a password would cross a network in clear.
@Suite struct TerminalSafetyCommandLineTests {
    /// An export to a terminal shows escape sequences as `list` does; to a file it stays exact.
    @Test func exportsToATerminalNeutraliseEscapesAndFilesStayExact() throws {
        let cli = try CLIRunner()
        let hostile = "Paid \u{1B}]52;c;ZXZpbA==\u{07} and \u{1B}[2J cleared"
        #expect(try cli.run(["add", "4.20", hostile, "--category", "food"]).status == 0)
        #expect(try cli.run(["accounts", "add", "\u{1B}[31mred", "--type", "checking"]).status == 0)
        #expect(try cli.run(["add", "1", "Account test", "--account", "\u{1B}[31mred"]).status == 0)
        for format in ["csv", "ledger"] {
            let onTerminal = try cli.runOnTerminal(["export", "--format", format])
            #expect(onTerminal.contains("Account test"), "\(format): \(onTerminal)")
            #expect(!onTerminal.contains("\u{1B}"), "\(format): \(onTerminal.debugDescription)")
        }
        #expect(try cli.runOnTerminal(["export", "--format", "csv"]).contains("␛]52;c;ZXZpbA==␇"))
        let file = cli.folder.appendingPathComponent("export.csv").path
        #expect(try cli.run(["export", "--format", "csv", "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains(hostile))
    }

    @Test func loggingInOverPlainHTTPToAnotherMachineWarns() throws {
        let cli = try CLIRunner()
        let remote = try cli.run(["sync", "login", "http://outlay.invalid", "--email", "a@b.c", "--password-stdin"])
        #expect(remote.stderr.contains("your password and token travel in clear"), "\(remote.stderr)")
        let local = try cli.run(["sync", "login", "http://127.0.0.1:9", "--email", "a@b.c", "--password-stdin"])
        #expect(!local.stderr.contains("travel in clear"), "\(local.stderr)")
        let secure = try cli.run(["sync", "login", "https://outlay.invalid", "--email", "a@b.c", "--password-stdin"])
        #expect(!secure.stderr.contains("travel in clear"), "\(secure.stderr)")
    }
}

extension CLIRunner {
    /// Runs `outlay ARGS --db <file>` with standard output on a pseudo-terminal (util-linux `script`), and returns what it printed.
    func runOnTerminal(_ arguments: [String]) throws -> String {
        let command = ([Self.binary.path] + arguments + ["--db", databasePath]).map { "'\($0)'" }.joined(separator: " ")
        let transcript = folder.appendingPathComponent("terminal-\(UUID().uuidString).txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["--quiet", "--return", "--command", command, transcript.path]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("xdg-config").path
        environment["OUTLAY_TODAY"] = TestDay.text
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (try? String(contentsOf: transcript, encoding: .utf8)) ?? ""
    }
}
