import Foundation
import GRDB
import OutlayTestSupport

/// Runs the real `outlay` binary against its own database file, as a user would.
final class CLIRunner {
    let folder: URL
    let databasePath: String

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Set when a signal ended the process (a trap is SIGILL or SIGTRAP); `status` is then its number.
        var killedBySignal = false

        /// The standard output parsed as JSON.
        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        databasePath = folder.appendingPathComponent("data/outlay.sqlite").path
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes the config file every command of this runner reads (`$XDG_CONFIG_HOME/outlay/config.toml`).
    func writeConfig(_ toml: String) throws {
        let config = folder.appendingPathComponent("xdg-config/outlay/config.toml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try toml.write(to: config, atomically: true, encoding: .utf8)
    }

    /// The `outlay` built next to the tests (`OUTLAY_BIN` overrides).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["OUTLAY_BIN"] { return URL(fileURLWithPath: path) }
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("outlay")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/outlay")
    }()

    /// Runs `outlay ARGS --db <this runner's file>` unless `database` is nil.
    @discardableResult
    func run(_ arguments: [String], database: String?? = .none, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        let dbPath: String? = database ?? databasePath
        process.arguments = arguments + (dbPath.map { ["--db", $0] } ?? [])
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["HOME"] = folder.path
        env["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent("xdg-config").path
        env.removeValue(forKey: "OUTLAY_DB")
        env["OUTLAY_TODAY"] = TestDay.text
        // Numbers as 1,234.56 whatever this machine's locale (a test of another format says so).
        env["LANG"] = "C.UTF-8"
        for key in ["LC_ALL", "LC_NUMERIC", "LC_MONETARY"] { env.removeValue(forKey: key) }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: a large output can never fill a pipe and stall the child.
        let id = UUID().uuidString
        let out = folder.appendingPathComponent("\(id).out"), err = folder.appendingPathComponent("\(id).err")
        for file in [out, err] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
                      killedBySignal: process.terminationReason == .uncaughtSignal)
    }

    /// Starts `outlay ARGS --db <file>` without waiting for it.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--db", databasePath]
        process.environment = ProcessInfo.processInfo.environment.merging(["OUTLAY_TODAY": TestDay.text]) { $1 }.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Starts `outlay ARGS`, waits until it reaches the pause point `name` (see
    /// `PausePoint`) and kills it there with SIGKILL: the crash happens exactly
    /// where the test means it to, never too early or too late.
    func killAtPausePoint(_ name: String, _ arguments: [String]) throws -> Process {
        let marker = folder.appendingPathComponent("paused-\(UUID().uuidString)").path
        let process = try start(arguments, environment: ["OUTLAY_TEST_PAUSE": name, "OUTLAY_TEST_PAUSE_FILE": marker])
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: marker), process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process
    }

    /// Every user-visible row of the database, to prove a failed command changed nothing.
    func databaseContents() throws -> [String] {
        guard FileManager.default.fileExists(atPath: databasePath) else { return [] }
        let queue = try DatabaseQueue(path: databasePath)
        return try queue.read { db in
            var rows: [String] = []
            for table in ["transactions", "categories", "daily_totals", "monthly_totals", "undo_log", "transaction_tags",
                          "budgets", "notifications", "budget_alert_states"] {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table): \($0)" }
            }
            return rows
        }
    }
}
