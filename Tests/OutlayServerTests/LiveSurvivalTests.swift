import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import OutlayAPI
import OutlayBasics
import OutlayKit
import Testing

/// The third round of hostile requests, each against the real binary: a
/// schedule at the calendar's end, a body sent a byte at a time, more
/// connections than descriptors, a flood of sign-ups, the database pulled
/// away, and many first requests on a node at once. The server keeps answering.
@Suite(.serialized) struct LiveSurvivalTests {
    static let password = "a long password"

    static func register(_ server: ServerProcess, _ name: String) async throws -> String {
        let reply = try await server.request("POST", APIPath.register, body: .object([
            "username": .string(name), "email": .string("\(name)@example.com"), "password": .string(password)]))
        return try #require(reply.json?["token"]?.stringValue, "register \(name): \(reply.status)")
    }

    /// Waits (a condition, not a fixed time) until `check` holds; false when `seconds` pass first.
    static func eventually(within seconds: Double, _ check: () async throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await check() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return try await check()
    }

    @Test(arguments: GatewayHarness.Store.allCases)
    func schedulesAtTheCalendarsEndAreAnsweredAndTheServerLives(store: GatewayHarness.Store) async throws {
        let server = try await ServerProcess(store: store)
        let mallory = try await Self.register(server, "mallory")
        let ada = try await Self.register(server, "ada")
        let bodies: [JSONValue] = [
            .object(["amount": 1, "description": "x", "unit": "year", "from": "9999-01-01"]),
            .object(["amount": 1, "description": "x", "unit": "month", "from": "9999-12-01"]),
            .object(["amount": 1, "description": "x", "unit": "month", "from": "9999-12-01", "until": "9999-12-31"]),
            .object(["amount": 1, "description": "x", "unit": "month", "day": 5, "from": "9999-12-20"]),
            .object(["amount": 1, "description": "x", "unit": "week", "every": 1000, "from": "9999-12-25"]),
        ]
        for body in bodies {
            let reply = try await server.request("POST", APIPath.recurring, token: mallory, body: body)
            #expect(reply.status == 201 || reply.status == 400, "\(body.text): \(reply.status)")
        }
        let never = try await server.exchange("POST", APIPath.recurring, token: mallory, body: bodies[3])
        #expect(never.status == 400 && never.json?["error"]?.stringValue?.contains("never comes round") == true)
        #expect(try await server.request("GET", APIPath.recurring, token: mallory).status == 200)
        #expect(try await server.request("GET", APIPath.forecast, token: mallory).status == 200)
        #expect(try await server.request("GET", APIPath.expenses, token: ada).status == 200)
        #expect(server.process.isRunning)
        _ = server.stop()
    }

    /// A body sent a byte every 200 ms is cut off at the body deadline (the idle timeout never fires: bytes keep
    /// coming); the cut-off is no 500 in the log or the metrics, and other requests are answered meanwhile.
    @Test func aTricklingBodyIsCutOffAtItsDeadline() async throws {
        let server = try await ServerProcess(arguments: ["--body-deadline", "1", "--idle-timeout", "10"])
        let sockets = try (0..<20).map { _ in try LiveHostileTests.connect(port: server.port) }
        defer { sockets.forEach { close($0) } }
        for socket in sockets {
            LiveHostileTests.send(socket, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
        }
        // Bytes keep coming, so only the body deadline can close them: without it they would stay open for the whole wait.
        let allClosed = await Self.eventually(within: 30) {
            for socket in sockets { LiveHostileTests.send(socket, " ") }
            return sockets.allSatisfy(LiveHostileTests.isClosedByPeer)
        }
        #expect(allClosed, "connections sending a byte at a time were still open after 30 s")
        #expect(try await server.request("GET", APIPath.health).status == 200)
        // A client that hangs up halfway through its upload (a reset, as a killed browser tab sends).
        let aborted = try LiveHostileTests.connect(port: server.port)
        LiveHostileTests.send(aborted, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"email\":")
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(aborted, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(aborted)
        var metrics = ""
        let counted = try await Self.eventually(within: 10) {
            metrics = try await Self.metrics(server)
            return metrics.split(separator: "\n").contains { $0.contains("/api/auth/login") }
        }
        #expect(counted, "\(metrics)")
        #expect(!metrics.contains("status=\"500\""), "\(metrics)")
        #expect(!server.output.contains("unexpected failure"), "\(server.output)")
        _ = server.stop()
    }

    static func metrics(_ server: ServerProcess) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + APIPath.metrics)!)
        return String(decoding: data, as: UTF8.self)
    }

    /// Past the connection cap a connection is answered 503 at once and closed; the server answers again when they go.
    @Test func connectionsPastTheCapAreAnswered503() async throws {
        // Held connections must outlive a slow test on a loaded machine: the idle timeout would close them.
        let server = try await ServerProcess(arguments: ["--max-connections", "16", "--idle-timeout", "300"])
        // Connections are opened and held, each asking for /health, until one is refused. The harness's own
        // keep-alive connection may count for a while and then go (URLSession closes idle ones when it likes),
        // so the refusal comes after 15 or 16 held ones; every admitted one stays open, so the count never falls.
        var held: [Int32] = []
        defer { held.forEach { close($0) } }
        var answers: [String] = []
        var refused = false
        while !refused, held.count <= 17 {
            let socket = try LiveHostileTests.connect(port: server.port)
            LiveHostileTests.send(socket, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            let answer = await Self.read(socket, seconds: 30)
            answers.append(String(answer.prefix(12)))
            refused = answer.hasPrefix("HTTP/1.1 503")
            if refused { close(socket) } else { held.append(socket) }
        }
        #expect(refused, "no connection was refused: \(answers); \(server.output)")
        #expect((15...16).contains(held.count), "refused after \(held.count) held: \(answers)")
        #expect(answers.dropLast().allSatisfy { $0.hasPrefix("HTTP/1.1 200") }, "\(answers)")
        for socket in held { close(socket) }
        held = []
        let back = try await Self.eventually(within: 10) { (try? await server.request("GET", APIPath.health))?.status == 200 }
        #expect(back)
        _ = server.stop()
    }

    static func read(_ socket: Int32, seconds: Double) async -> String {
        await withCheckedContinuation { done in
            Thread.detachNewThread { done.resume(returning: blockingRead(socket, seconds: seconds)) }
        }
    }

    private static func blockingRead(_ socket: Int32, seconds: Double) -> String {
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(socket, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
    }

    /// One address gets the configured number of new accounts an hour; a closed server takes none.
    @Test func signUpsAreLimitedPerAddressAndCanBeClosed() async throws {
        let server = try await ServerProcess(arguments: ["--signups-per-hour", "2"])
        _ = try await Self.register(server, "one")
        _ = try await Self.register(server, "two")
        let third = try await server.exchange("POST", APIPath.register, body: .object([
            "username": "three", "email": "three@example.com", "password": .string(Self.password)]))
        #expect(third.status == 429 && third.headers["retry-after"] != nil)
        // Behind a proxy on this machine, the address it names is the one counted.
        let forwarded = try await server.exchange("POST", APIPath.register, body: .object([
            "username": "four", "email": "four@example.com", "password": .string(Self.password)]), headers: ["X-Forwarded-For": "203.0.113.9"])
        #expect(forwarded.status == 201)
        // A login still works; so does everything else.
        #expect(try await server.request("POST", APIPath.login, body: .object(["email": "one@example.com", "password": .string(Self.password)])).status == 200)
        _ = server.stop()

        let closed = try await ServerProcess(arguments: ["--registration", "closed"])
        let refused = try await closed.request("POST", APIPath.register, body: .object([
            "username": "ada", "email": "ada@example.com", "password": .string(Self.password)]))
        #expect(refused.status == 403)
        _ = closed.stop()
    }

    /// Wrong logins for two hundred different emails at once (no per-email limit applies): the server checks
    /// as many passwords as it has cores, lets a few wait and turns the rest away with 429 at once, so a real
    /// login made in the middle of it is answered within seconds, not after every guess was hashed.
    @Test func aFloodOfLoginsForManyEmailsDoesNotStarveARealOne() async throws {
        let server = try await ServerProcess(arguments: ["--bcrypt-cost", "10"])
        _ = try await Self.register(server, "real")
        // A session of its own that opens a connection per request, as 200 clients would (the shared one keeps to a few).
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 400
        configuration.timeoutIntervalForRequest = 120
        let clients = URLSession(configuration: configuration)
        let flood = Task { [server] in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        var request = URLRequest(url: URL(string: server.baseURL + APIPath.login)!)
                        request.httpMethod = "POST"
                        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                        request.httpBody = Data(JSONValue.object(["email": .string("guess\(index)@example.com"), "password": "not the password"]).bytes)
                        let (_, response) = try await clients.data(for: request)
                        return (response as? HTTPURLResponse)?.statusCode ?? 0
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
        }
        // The flood is under way: the server has answered some of it.
        _ = try await Self.eventually(within: 30) { try await Self.metrics(server).contains("/api/auth/login") }
        let started = Date()
        var real = try await server.request("POST", APIPath.login, body: .object(["email": "real@example.com", "password": .string(Self.password)]))
        if real.status == 429 {
            // Told to come back: a client does, once.
            try await Task.sleep(for: .seconds(5))
            real = try await server.request("POST", APIPath.login, body: .object(["email": "real@example.com", "password": .string(Self.password)]))
        }
        let took = Date().timeIntervalSince(started)
        let statuses = try await flood.value
        // Not starved: it gets in, at worst after being told once to come back. The bound only catches a login left
        // waiting for the whole flood or its timeout: on a loaded 2-core CI machine a fair turn has taken 22 s.
        #expect(real.status == 200)
        #expect(took < 60, "the real login took \(took) s")
        #expect(statuses.contains(429) && statuses.allSatisfy { $0 == 401 || $0 == 429 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
        #expect(server.process.isRunning)
        _ = server.stop()
    }

    /// PostgreSQL goes away for a while: requests answer 503 quickly (never 401: tokens are fine), `/health`
    /// says so, and when it is back the same token works again without a restart.
    @Test func aDatabaseOutageIsA503AndTheNodeRecovers() async throws {
        let cluster = try PostgresCluster.shared.get()
        let database = try cluster.makeDatabase()
        let forwarder = try TCPForwarder(to: cluster.port)
        let url = database.replacingOccurrences(of: "127.0.0.1:\(cluster.port)", with: "127.0.0.1:\(forwarder.port)")
        let server = try await ServerProcess(arguments: ["--database", url])
        let token = try await Self.register(server, "ada")
        #expect(try await server.request("GET", APIPath.expenses, token: token).status == 200)

        forwarder.stop()
        var statuses: [Int] = []
        var took: [Double] = []
        for _ in 0..<8 {
            let started = Date()
            statuses.append(try await server.request("GET", APIPath.expenses, token: token).status)
            took.append(Date().timeIntervalSince(started))
            try await Task.sleep(for: .milliseconds(800))  // past the token's 5 s recheck: the account is asked for again
        }
        #expect(statuses.allSatisfy { $0 == 503 }, "\(statuses)")
        // The first waits for a connection (4 s, longer on a loaded machine), the rest are told at once; before, each
        // hung for over a minute. On two shared cores the median is the figure that says "at once".
        let median = took.sorted()[took.count / 2]
        #expect(median < 2 && took.allSatisfy { $0 < 60 }, "answers during the outage took \(took) s")
        let health = try await server.exchange("GET", APIPath.health)
        #expect(health.status == 503 && health.json?["database"]?.stringValue?.hasPrefix("unavailable") == true)

        try forwarder.start()
        let recovered = try await Self.eventually(within: 30) {
            try await server.request("GET", APIPath.expenses, token: token).status == 200
        }
        #expect(recovered, "the node did not answer 200 within 30 s of the database coming back")
        #expect(try await server.request("GET", APIPath.health).status == 200)
        #expect(server.process.isRunning)
        _ = server.stop()
    }

    /// Eight first requests for one user at once on a node that has no copy of their ledger yet: it is built once.
    @Test func aNodesCopyIsBuiltOnceUnderManyFirstRequests() async throws {
        let first = try await ServerProcess(store: .postgres)
        let second = try await ServerProcess(arguments: ["--database", try #require(first.database)])
        var tokens: [String] = []
        for index in 0..<5 { tokens.append(try await Self.register(first, "user\(index)")) }
        for token in tokens {
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { try await second.request("GET", APIPath.expenses, token: token).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses)")
        }
        #expect(!second.output.contains("already exists"), "\(second.output)")
        _ = first.stop()
        _ = second.stop()
    }
}
