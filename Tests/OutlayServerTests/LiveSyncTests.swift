import Foundation
import OutlayTestSupport
import GRDB
import OutlayAPI
import OutlayBasics
import OutlayKit
import Testing

/// A device: the real `outlay` binary with its own database and config folder.
final class SyncDevice {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-device-\(UUID().uuidString)")
    var database: String { folder.appendingPathComponent("outlay.sqlite").path }
    var credentials: String { folder.appendingPathComponent("config/outlay/credentials").path }

    static let binary = ServerProcess.binary.deletingLastPathComponent().appendingPathComponent("outlay")

    deinit { try? FileManager.default.removeItem(at: folder) }

    func process(_ arguments: [String], input: String? = nil) throws -> Process {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--db", database]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        environment["HOME"] = folder.path
        environment["OUTLAY_TODAY"] = TestDay.text
        process.environment = environment
        let output = folder.appendingPathComponent("last-output")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        let pipe = Pipe()
        process.standardInput = pipe
        try process.run()
        if let input { pipe.fileHandleForWriting.write(Data(input.utf8)) }
        try pipe.fileHandleForWriting.close()
        return process
    }

    /// Runs `outlay ARGS --db <device file>`; the exit status and what it printed.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = try process(arguments, input: input)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: folder.appendingPathComponent("last-output"), encoding: .utf8)) ?? "")
    }

    /// A new device signed in as sam@example.com.
    static func loggedIn(to server: ServerProcess, password: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SyncDevice {
        let device = SyncDevice()
        let login = try device.run(["sync", "login", server.baseURL, "--email", "sam@example.com", "--password-stdin"], input: password + "\n")
        #expect(login.status == 0, "\(login.output)", sourceLocation: sourceLocation)
        return device
    }

    /// Starts `outlay sync` and returns once its first batch is in (the next is on its way), or after 30 s.
    func syncUntilItsFirstBatchIsIn() async throws -> Process {
        var readOnly = Configuration()
        readOnly.readonly = true
        let ledger = try DatabaseQueue(path: database, configuration: readOnly)
        let pushed = { try ledger.read { try String.fetchOne($0, sql: "SELECT value FROM settings WHERE key = 'sync_pushed_seq'") } }
        let before = try pushed()
        let push = try process(["sync"])
        for _ in 0..<1500 where try pushed() == before { try await Task.sleep(for: .milliseconds(20)) }
        return push
    }

    /// Every live transaction and the totals, read from the file.
    func contents() throws -> [Transaction] {
        let service = TransactionService(database: try AppDatabase.open(path: database))
        return try service.list(TransactionPageRequest(limit: TransactionPageRequest.maximumLimit)).transactions
    }
}

@Suite(.serialized) struct LiveSyncTests {
    static let password = "correct horse battery"

    func loggedIn(_ server: ServerProcess) throws -> SyncDevice { try SyncDevice.loggedIn(to: server, password: Self.password) }

    @Test(arguments: GatewayHarness.Store.allCases)
    func twoDevicesConvergeThroughARealServerEvenAfterItIsKilledMidPush(store: GatewayHarness.Store) async throws {
        var server = try await ServerProcess(store: store)
        let registered = try await server.request("POST", APIPath.register, body: .object([
            "username": "sam", "email": "sam@example.com", "password": .string(Self.password)]))
        #expect(registered.status == 201)
        let laptop = try loggedIn(server)
        let desktop = try loggedIn(server)
        let mode = try FileManager.default.attributesOfItem(atPath: laptop.credentials)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try desktop.run(["sync", "login", server.baseURL, "--email", "sam@example.com", "--password-stdin"], input: "wrong\n").output
            .contains("refused that email and password"))

        // Offline on both, one shared record edited on both (different fields), then sync both twice.
        func expectSuccess(_ result: (status: Int32, output: String), sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(result.status == 0, "\(result.output)", sourceLocation: sourceLocation)
        }
        expectSuccess(try laptop.run(["add", "40", "Groceries", "--category", "food"]))
        #expect(try laptop.run(["sync"]).status == 0)
        #expect(try desktop.run(["sync"]).status == 0)
        let shared = try #require(try desktop.contents().first).id
        expectSuccess(try laptop.run(["edit", shared, "--amount", "42.10"]))
        expectSuccess(try desktop.run(["edit", shared, "--description", "Market"]))
        expectSuccess(try laptop.run(["add", "3.20", "Coffee", "--category", "food"]))
        expectSuccess(try desktop.run(["add", "1200", "Salary", "--income", "--category", "salary"]))
        for _ in 0..<2 { for device in [laptop, desktop] { #expect(try device.run(["sync"]).status == 0) } }
        #expect(try laptop.contents() == desktop.contents())
        let merged = try #require(try laptop.contents().first { $0.id == shared })
        #expect(merged.amount.decimalString == "42.10" && merged.description == "Market")

        // A big push, and the server killed while it runs: nothing lost, nothing twice.
        let demo = try laptop.run(["demo", "--transactions", "15000", "--append"])
        #expect(demo.status == 0, "\(demo.output)")
        // Killed once the first batch is in, with two more to go.
        let push = try await laptop.syncUntilItsFirstBatchIsIn()
        server.kill()
        push.waitUntilExit()
        #expect(push.terminationStatus != 0)
        let status = try laptop.run(["sync", "status", "--json"])
        #expect(status.output.contains("cannot reach") || status.output.contains("refused"), "\(status.output)")
        server = try await ServerProcess(restarting: server)
        for device in [laptop, desktop, laptop] { #expect(try device.run(["sync"]).status == 0) }
        let everything = try laptop.contents()
        #expect(try desktop.contents() == everything)
        #expect(Set(everything.map(\.id)).count == everything.count)
        for device in [laptop, desktop] {
            let count = try TransactionService(database: try AppDatabase.open(path: device.database)).count()
            #expect(count == 15_003)
        }
        #expect(try laptop.run(["sync", "status", "--json"]).output.contains("\"pending\": 0"))

        #expect(try laptop.run(["sync", "logout"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: laptop.credentials))
        #expect(try laptop.run(["sync"]).output.contains("not logged in"))
        _ = server.stop()
    }

    /// `outlay-server --compat basic` is a gateway as the original design left
    /// it; `outlay sync` notices and still moves new expenses both ways, once.
    @Test(arguments: GatewayHarness.Store.allCases)
    func aBasicGatewayGetsNewExpensesBothWaysWithoutDuplicates(store: GatewayHarness.Store) async throws {
        let server = try await ServerProcess(store: store, arguments: ["--compat", "basic"])
        let registered = try await server.request("POST", APIPath.register, body: .object([
            "username": "sam", "email": "sam@example.com", "password": .string(Self.password)]))
        let token = try #require(registered.json?["token"]?.stringValue)
        for path in [APIPath.syncChanges, "/api/budgets", "/api/notifications"] {
            #expect(try await server.request("GET", path, token: token).status == 404, "\(path)")
        }
        let laptop = try loggedIn(server)
        let desktop = try loggedIn(server)
        #expect(try laptop.run(["add", "40", "Groceries", "--category", "food"]).status == 0)
        #expect(try laptop.run(["add", "3.20", "Coffee", "--category", "food"]).status == 0)
        #expect(try desktop.run(["add", "1200", "Salary", "--income", "--category", "salary"]).status == 0)
        // The original web app, posting straight to the gateway.
        let posted = try await server.request("POST", APIPath.expenses, token: token, body: .object([
            "amount": "7.25", "description": "From the web app", "type": "EXPENSE", "category": "food", "date": "2024-03-02T09:30:00.000Z"]))
        #expect(posted.status == 201)

        for _ in 0..<2 {
            for device in [laptop, desktop] {
                let sync = try device.run(["sync"])
                #expect(sync.status == 0 && sync.output.contains("compatibility mode"), "\(sync.output)")
            }
        }
        // Records, not their edit history, travel here: the same ids and fields everywhere (creation times are each device's own).
        func records(_ device: SyncDevice) throws -> [String] {
            try device.contents().map { "\($0.id) \($0.date) \($0.kind) \($0.amount.decimalString) \($0.category) \($0.description)" }
        }
        let everything = try records(laptop)
        #expect(everything.count == 4)
        #expect(try records(desktop) == everything)
        #expect(everything.contains { $0.hasSuffix("2024-03-02 expense 7.25 food From the web app") })
        let onGateway = try await server.request("GET", APIPath.expenses + "?limit=100", token: token)
        #expect(onGateway.json?["expenses"]?.arrayValue?.count == 4)
        #expect(try laptop.run(["sync", "--json"]).output.contains("\"mode\": \"basic\""))
        _ = server.stop()
    }
}
