import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OutlayKit
import OutlaySync
import OutlayTestSupport
@testable import OutlayTUI
import Testing

/// The status bar's sync words, `S`, and auto-sync, against servers that
/// refuse or never answer: the dashboard goes on working meanwhile.
@Suite struct SyncStatusTests {
    let fixture = try! TUIFixture()

    func sync(server: String?, interval: Int? = nil) throws -> BackgroundSync {
        let path = fixture.folder.appendingPathComponent("credentials").path
        if let server { try SyncCredentials(server: server, email: "sam@example.com", token: "t").save(to: path) }
        return BackgroundSync(database: fixture.database, credentialsPath: path, interval: interval)
    }

    func statusBar(_ app: DashboardApp) -> String { app.screen.last ?? "" }

    /// Ticks until the status bar says `words` (a background sync ends on its own time).
    func waitFor(_ words: String, in app: DashboardApp) async throws {
        var waited = 0
        while !statusBar(app).contains(words), waited < 400 {
            try await Task.sleep(for: .milliseconds(25))
            app.dispatch(.tick)
            waited += 1
        }
    }

    @Test func withoutAServerItSaysLocalOnlyAndSExplainsHowToLogIn() throws {
        let (app, _) = fixture.app(sync: try sync(server: nil))
        #expect(statusBar(app).contains("sync: local only"))
        app.type("S")
        #expect(app.state.notice?.text.contains("outlay sync login") == true)
    }

    @Test func anUnreachableServerShowsOfflineAndKeepsTheChanges() async throws {
        let port = try LoopbackHTTPServer.unusedPort()
        let (app, _) = fixture.app(sync: try sync(server: "http://127.0.0.1:\(port)"))
        #expect(statusBar(app).contains("sync: not synced yet"))
        let pending = try SyncService(database: fixture.database).pendingCount()
        app.type("S")
        try await waitFor("sync: offline", in: app)
        #expect(statusBar(app).contains("sync: offline"))
        #expect(app.state.notice?.text.contains("cannot reach") == true)
        #expect(try SyncService(database: fixture.database).pendingCount() == pending)
    }

    @Test func aServerThatNeverAnswersDoesNotHoldUpTheDashboard() throws {
        let silent = try SilentListener()
        let (app, _) = fixture.app(sync: try sync(server: "http://127.0.0.1:\(silent.port)"))
        app.type("S")
        #expect(statusBar(app).contains("sync: syncing…"))
        app.type("S")
        #expect(app.state.notice?.text == "A sync is already running")
        // Meanwhile the dashboard works: a transaction is added while the sync waits.
        app.type("a")
        app.type("4.20")
        app.press(.tab)
        app.type("Tea")
        app.press(.enter)
        #expect(app.state.notice?.text.contains("Added 'Tea'") == true)
        #expect(statusBar(app).contains("sync: syncing…"))
    }

    @Test func autoSyncStartsOnOpenWhenAnIntervalIsSet() async throws {
        // Port 1: nothing listens there, whereas a port found free may be taken meanwhile by another test's server.
        let (app, _) = fixture.app(sync: try sync(server: "http://127.0.0.1:1", interval: 600))
        try await waitFor("sync: offline", in: app)
        #expect(statusBar(app).contains("sync: offline"))
        #expect(try SyncService(database: fixture.database).state().lastError?.contains("cannot reach") == true)
    }

    @Test func afterASyncItSaysHowLongAgo() throws {
        let background = try sync(server: "http://127.0.0.1:1")
        let synced = Timestamp(milliseconds: 1_800_000_000_000)
        try SyncService(database: fixture.database.withClock(ServiceClock(now: { synced }, today: { TUIFixture.today }))).recordOutcome(error: nil)
        #expect(background.label(now: Timestamp(milliseconds: synced.milliseconds + 12_000)) == "synced 12s ago")
        #expect(background.label(now: Timestamp(milliseconds: synced.milliseconds + 3 * 3_600_000)) == "synced 3h ago")
    }
}

/// A socket that listens and never accepts: a server that never answers.
final class SilentListener {
    let socket: Int32
    let port: UInt16

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 4) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard ok else { close(fd); throw POSIXError(.EADDRINUSE) }
        socket = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socket) }
}
