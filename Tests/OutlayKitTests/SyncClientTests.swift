import Foundation
import OutlayTestSupport
import Testing
@testable import OutlayKit
import OutlaySync

/// What `outlay sync` says about servers it cannot work with, over real sockets.
@Suite struct SyncClientTests {
    let device = try! TestDatabase()

    func sync(with server: String) async throws -> SyncRunner.Report {
        try await DeviceSync.run(database: device.database, credentials: SyncCredentials(server: server, email: "sam@example.com", token: "t"))
    }

    @Test func aServerSpeakingAnotherProtocolVersionIsNamedAndNothingIsLost() async throws {
        let server = try LoopbackHTTPServer(answer: #"{"changes":[],"cursor":0,"hasMore":false,"protocol":2,"currency":"USD"}"#)
        try device.expenses.add(draft("4", "Tea"))
        let failure = await #expect(throws: SyncError.self) { try await sync(with: "http://127.0.0.1:\(server.port)") }
        #expect(failure?.description.contains("speaks sync protocol 2, this outlay speaks \(SyncChange.protocolVersion)") == true)
        #expect(try SyncService(database: device.database).state().lastError?.contains("protocol 2") == true)
        #expect(try device.expenses.count() == 1)
    }

    @Test func anUnreachableServerKeepsTheChangesForNextTime() async throws {
        let port = try LoopbackHTTPServer.unusedPort()
        try device.expenses.add(draft("4", "Tea"))
        let pending = try SyncService(database: device.database).pendingCount()
        let failure = await #expect(throws: SyncError.self) { try await sync(with: "http://127.0.0.1:\(port)") }
        #expect(failure?.description.contains("cannot reach") == true)
        #expect(try SyncService(database: device.database).pendingCount() == pending)
    }

    @Test func anExpiredSessionAsksToLogInAgain() async throws {
        let server = try LoopbackHTTPServer(status: 401, answer: #"{"error":"token expired"}"#)
        let failure = await #expect(throws: SyncError.self) { try await sync(with: "http://127.0.0.1:\(server.port)") }
        #expect(failure?.description.contains("outlay sync login") == true)
    }
}
