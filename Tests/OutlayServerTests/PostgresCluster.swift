import Foundation

/// A throwaway PostgreSQL for the tests: `initdb` in a temporary folder (as the
/// `postgres` user when the tests run as root, which initdb refuses), on a free
/// loopback port, started once per test process and stopped when it exits.
/// Missing binaries are a failure, never a skip: README's test command
/// installs them (`.ci/install-deps`).
struct PostgresCluster: Sendable {
    let port: Int
    let folder: String
    let binaries: String

    static let shared: Result<PostgresCluster, ClusterError> = Result { () throws(ClusterError) in try start() }

    struct ClusterError: Error, CustomStringConvertible {
        let description: String
    }

    /// A new, empty database in the cluster; its URL.
    func makeDatabase() throws -> String {
        let name = "outlay_\(UUID().uuidString.prefix(8).lowercased())"
        try Self.run(binaries + "/createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "outlay", name])
        return "postgres://outlay@127.0.0.1:\(port)/\(name)?sslmode=disable"
    }

    private static func start() throws(ClusterError) -> PostgresCluster {
        do {
            guard let binaries = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"]
                .first(where: { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }) else {
                throw ClusterError(description: "PostgreSQL is not installed (initdb not found): run bash .ci/install-deps")
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-pg-\(UUID().uuidString.prefix(8))").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let asRoot = getuid() == 0
            if asRoot { try run("/bin/chown", ["postgres", folder]) }
            func asOwner(_ tool: String, _ arguments: [String]) throws {
                if asRoot { try run("/usr/sbin/runuser", ["-u", "postgres", "--", binaries + "/" + tool] + arguments) }
                else { try run(binaries + "/" + tool, arguments) }
            }
            try asOwner("initdb", ["-D", folder + "/data", "-A", "trust", "-U", "outlay", "--no-sync"])
            let port = try ServerProcess.freePort()
            // The server as a child of this process, not daemonised by pg_ctl: a daemon would hold on to the
            // descriptors Foundation watches to see a tool end, and waiting for pg_ctl would never return.
            let server = Process()
            server.executableURL = URL(fileURLWithPath: asRoot ? "/usr/sbin/runuser" : binaries + "/postgres")
            server.arguments = (asRoot ? ["-u", "postgres", "--", binaries + "/postgres"] : []) + [
                "-D", folder + "/data", "-p", String(port), "-k", folder, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
                "-c", "max_connections=400"]
            FileManager.default.createFile(atPath: folder + "/log", contents: nil)
            let log = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/log"))
            server.standardOutput = log
            server.standardError = log
            try server.run()
            var ready = false
            for _ in 0..<100 where !ready {
                ready = (try? run(binaries + "/pg_isready", ["-h", "127.0.0.1", "-p", String(port)])) != nil
                if !ready { usleep(100_000) }
            }
            guard ready else { throw ClusterError(description: "PostgreSQL did not start: \((try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? "")") }
            stopping = (asRoot, binaries, folder)
            atexit(stopClusterAtExit)
            return PostgresCluster(port: port, folder: folder, binaries: binaries)
        } catch let error as ClusterError {
            throw error
        } catch {
            throw ClusterError(description: "cannot start PostgreSQL: \(error)")
        }
    }

    /// The in-process stores' lease deadline: every suite starts at once on two cores, and a connection can take
    /// longer than a server's 4 s to come; the binaries keep theirs (the outage tests rely on it).
    static let leaseDeadline: Duration = .seconds(60)

    /// What `atexit` stops: set once, when the cluster started.
    nonisolated(unsafe) fileprivate static var stopping: (Bool, String, String)?

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        // A file, not a pipe: `pg_ctl start` leaves the server running with the tool's output open, so a pipe never ends.
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-pg-tool-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try? output.close()
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw ClusterError(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}

/// Stops the cluster when the test process ends (a C callback: it may capture nothing).
private func stopClusterAtExit() {
    guard let (asRoot, binaries, folder) = PostgresCluster.stopping else { return }
    let arguments = ["-D", folder + "/data", "-m", "immediate", "stop"]
    _ = try? PostgresCluster.run(asRoot ? "/usr/sbin/runuser" : binaries + "/pg_ctl",
                                 asRoot ? ["-u", "postgres", "--", binaries + "/pg_ctl"] + arguments : arguments)
    try? FileManager.default.removeItem(atPath: folder)
}
