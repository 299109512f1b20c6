import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OutlayAPI
import OutlayBasics
import OutlayTestSupport

/// The real `outlay-server` binary on a loopback port, as someone self-hosting runs it.
/// `@unchecked Sendable`: tests share one with a task that sends a request while they send others; its state is set up once.
final class ServerProcess: @unchecked Sendable {
    let folder: URL
    private(set) var port: Int
    private(set) var process = Process()
    let log: URL
    /// Set when a restarted server took the folder over.
    var keepsFolder = false
    /// With the PostgreSQL store: its database in the throwaway cluster (a restart keeps it).
    let database: String?

    /// The `outlay-server` built next to the tests (`OUTLAY_SERVER_BIN` overrides).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["OUTLAY_SERVER_BIN"] { return URL(fileURLWithPath: path) }
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("outlay-server")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/outlay-server")
    }()

    /// Starts it and waits until `/health` answers.
    /// `restarting` reuses a stopped server's folder, port and database: the same data, as after a reboot.
    /// On `.postgres` it keeps its users and ledgers in a new database of the throwaway cluster (`--database`).
    init(store: GatewayHarness.Store = .sqlite, environment: [String: String] = [:], arguments: [String] = [],
         restarting previous: ServerProcess? = nil) async throws {
        database = try previous.map(\.database) ?? (store == .postgres ? try PostgresCluster.shared.get().makeDatabase() : nil)
        folder = previous?.folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("outlay-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = try previous?.port ?? Self.freePort()
        previous?.keepsFolder = true
        log = folder.appendingPathComponent("server.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "OUTLAY_JWT_SECRET")
        env["OUTLAY_TODAY"] = TestDay.text
        for (key, value) in environment { env[key] = value }
        // Every test signs up from 127.0.0.1: no sign-up limit unless a test sets one (a later flag wins).
        let common = ["--data", folder.appendingPathComponent("data").path, "--bcrypt-cost", "4", "--signups-per-hour", "0"]
            + (database.map { ["--database", $0] } ?? []) + arguments
        for attempt in 1...3 {
            process = Process()
            process.executableURL = Self.binary
            process.arguments = ["--port", "\(port)"] + common
            process.environment = env
            let handle = try FileHandle(forWritingTo: log)
            handle.seekToEndOfFile()
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            if try await hasStarted() { return }
            // The port found free was taken by another test's server before this one bound it: another port.
            guard previous == nil, !process.isRunning, attempt < 3 else { break }
            port = try Self.freePort()
        }
        throw Failure(description: "outlay-server did not start on port \(port): \(output)")
    }

    /// Started means this process says it listens on its port, and answers there: a port found free can be taken
    /// by another test's server in between, and that one's /health alone would pass for this one's.
    private func hasStarted() async throws -> Bool {
        let listening = "Server started and listening on 127.0.0.1:\(port)"
        for _ in 0..<400 {
            if output.contains(listening), (try? await request("GET", APIPath.health))?.status == 200 { return true }
            guard process.isRunning else { return false }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// A port nothing listens on now: the kernel's pick for a socket bound to port 0 (random picks met client sockets' ports).
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard socket >= 0, bound else { throw Failure(description: "no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    var baseURL: String { "http://127.0.0.1:\(port)" }

    func request(_ method: String, _ path: String, token: String? = nil, body: JSONValue? = nil) async throws -> (status: Int, json: JSONValue?) {
        let reply = try await exchange(method, path, token: token, body: body)
        return (reply.status, reply.json)
    }

    /// An answer with its headers (names lowercased).
    struct Reply {
        let status: Int
        let json: JSONValue?
        let headers: [String: String]
    }

    /// A request with any headers, as a browser or Postman sends it.
    func exchange(_ method: String, _ path: String, token: String? = nil, body: JSONValue? = nil,
                  headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = Data(body.bytes)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        var fields: [String: String] = [:]
        for case let (name as String, value as String) in http?.allHeaderFields ?? [:] { fields[name.lowercased()] = value }
        return Reply(status: http?.statusCode ?? 0, json: try? JSONParser.parse(Array(data)), headers: fields)
    }

    /// SIGTERM, then the exit status once it has shut down.
    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// SIGKILL: no shutdown at all, as in a crash or power cut.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { process.terminate() }
        if !keepsFolder { try? FileManager.default.removeItem(at: folder) }
    }
}
