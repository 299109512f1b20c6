import Foundation
import OutlayTestSupport
import Testing
@testable import OutlayKit

@Suite struct NotificationTests {
    /// A store whose food budget of 100 has just been crossed at 80 %, raising one alert.
    static func storeWithAlert(_ settings: OutlaySettings) throws -> TestDatabase {
        let store = try TestDatabase(settings: settings)
        try store.budgets(on: "2024-03-15").set(scope: .category("food"), amount: usd("100"))
        try store.expenses(on: "2024-03-15").add(draft("85", "groceries", category: "food", on: "2024-03-15"))
        return store
    }

    static func deliverer(_ store: TestDatabase, at milliseconds: Int64, desktopPath: String = "/nonexistent")
        -> NotificationDeliverer {
        let stamp = Timestamp(milliseconds: milliseconds)
        return NotificationDeliverer(database: store.database.withClock(ServiceClock(now: { stamp }, today: { day("2024-03-15") })),
                                     desktop: DesktopNotifier(searchPath: desktopPath), webhook: WebhookSender(timeout: 2))
    }

    @Test func theInboxListsCountsMarksAndDeletes() throws {
        let store = try Self.storeWithAlert(OutlaySettings())
        try store.expenses(on: "2024-03-15").add(draft("20", "more", category: "food", on: "2024-03-15"))
        let inbox = store.inbox
        #expect(try inbox.unreadCount() == 2)
        let newest = try #require(try inbox.list().first)
        #expect(newest.type == .budgetExceeded && newest.priority == .high && !newest.isRead)
        #expect(newest.deliveries.map(\.channel) == [.inApp, .terminal])
        #expect(newest.deliveries.first { $0.channel == .inApp }?.status == .delivered)
        try inbox.markRead(id: String(newest.id.suffix(8)))
        #expect(try inbox.unreadCount() == 1)
        #expect(try inbox.list(unreadOnly: true).map(\.type) == [.budgetAlert])
        #expect(try inbox.markAllRead() == 1)
        #expect(try inbox.unreadCount() == 0 && inbox.list().allSatisfy { $0.readAt != nil })
        try inbox.delete(id: newest.id)
        #expect(try inbox.list().count == 1)
        #expect(throws: OutlayError.unknownNotification("zzzz")) { try inbox.markRead(id: "zzzz") }
    }

    @Test func aWebhookReceivesTheAlertAsJSON() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let store = try Self.storeWithAlert(OutlaySettings(channels: [.inApp, .webhook], webhookURL: server.url))
        // The write only queued the delivery; nothing was sent while it held the database.
        #expect(server.received.isEmpty)
        #expect(try store.inbox.list().first?.deliveries.first { $0.channel == .webhook }?.status == .pending)

        let report = try await Self.deliverer(store, at: Timestamp.now.milliseconds).deliverDue()
        #expect(report == NotificationDeliverer.Report(delivered: 1, failed: 0, skipped: 0))
        let body = try #require(server.waitFor(1).first)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["type"] as? String == "budget_alert")
        #expect((json["message"] as? String)?.contains("85.00 spent of 100.00") == true)
        #expect((json["metadata"] as? [String: Any])?["scope"] as? String == "food")
        #expect(try store.inbox.list().first?.deliveries.first { $0.channel == .webhook }?.status == .delivered)
        // Delivered once: a second run sends nothing.
        #expect(try await Self.deliverer(store, at: Timestamp.now.milliseconds).deliverDue().delivered == 0)
        #expect(server.received.count == 1)
    }

    @Test func aRefusedWebhookIsRecordedAndRetriedWithBackoff() async throws {
        let port = try LoopbackHTTPServer.unusedPort()
        let store = try Self.storeWithAlert(OutlaySettings(channels: [.webhook], webhookURL: "http://127.0.0.1:\(port)/hook"))
        let start = Timestamp.now.milliseconds
        let first = try await Self.deliverer(store, at: start).deliverDue()
        #expect(first.failed == 1)
        let failed = try #require(try store.inbox.list().first?.deliveries.first { $0.channel == .webhook })
        #expect(failed.status == .failed && failed.attempts == 1 && failed.lastError != nil)
        #expect(failed.nextAttemptAt?.milliseconds == start + 60_000)
        // Not due yet: no attempt.
        #expect(try await Self.deliverer(store, at: start + 30_000).deliverDue() == NotificationDeliverer.Report())
        // The listener is back; a later run delivers.
        let server = try LoopbackHTTPServer(port: port)
        defer { server.stop() }
        #expect(try await Self.deliverer(store, at: start + 61_000).deliverDue().delivered == 1)
        #expect(server.waitFor(1).count == 1)
        let delivered = try #require(try store.inbox.list().first?.deliveries.first { $0.channel == .webhook })
        #expect(delivered.status == .delivered && delivered.attempts == 2)
        #expect(NotificationDeliverer.backoffMilliseconds(afterAttempt: 3) == 240_000)
        #expect(NotificationDeliverer.backoffMilliseconds(afterAttempt: 30) == 6 * 3_600_000)
    }

    @Test func anErrorStatusFromTheWebhookCountsAsAFailure() async throws {
        let server = try LoopbackHTTPServer(status: 500)
        defer { server.stop() }
        let store = try Self.storeWithAlert(OutlaySettings(channels: [.webhook], webhookURL: server.url))
        #expect(try await Self.deliverer(store, at: Timestamp.now.milliseconds).deliverDue().failed == 1)
        #expect(try store.inbox.list().first?.deliveries.first { $0.channel == .webhook }?.lastError == "HTTP 500")
    }

    @Test func withoutNotifySendTheDesktopChannelIsSkipped() async throws {
        let store = try Self.storeWithAlert(OutlaySettings(channels: [.desktop]))
        #expect(try await Self.deliverer(store, at: Timestamp.now.milliseconds).deliverDue().skipped == 1)
        let desktop = try #require(try store.inbox.list().first?.deliveries.first { $0.channel == .desktop })
        #expect(desktop.status == .skipped && desktop.lastError == "notify-send is not installed")
        // Skipped is final: no retry.
        #expect(try await Self.deliverer(store, at: Timestamp.now.milliseconds + 86_400_000).deliverDue() == NotificationDeliverer.Report())
    }

    @Test func withNotifySendTheDesktopShowsTheMessage() async throws {
        let store = try Self.storeWithAlert(OutlaySettings(channels: [.desktop]))
        let bin = store.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = store.folder.appendingPathComponent("notify.log")
        let script = bin.appendingPathComponent("notify-send")
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > '\(log.path)'\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        #expect(try await Self.deliverer(store, at: Timestamp.now.milliseconds, desktopPath: bin.path).deliverDue().delivered == 1)
        let arguments = try String(contentsOf: log, encoding: .utf8)
        #expect(arguments.contains("--urgency=normal") && arguments.contains("Outlay: budget alert"))
        #expect(arguments.contains("'food' budget at 85.0% in "))
    }

    @Test func aMissingWebhookURLIsSkippedWithTheReason() async throws {
        let store = try Self.storeWithAlert(OutlaySettings(channels: [.webhook]))
        #expect(try await Self.deliverer(store, at: Timestamp.now.milliseconds).deliverDue().skipped == 1)
        #expect(try store.inbox.list().first?.deliveries.first { $0.channel == .webhook }?.lastError?.contains("webhook_url") == true)
    }
}
