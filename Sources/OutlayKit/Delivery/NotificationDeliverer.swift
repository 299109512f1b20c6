import Foundation
import GRDB

/// Sends pending notifications to the desktop and webhook channels.
///
/// Runs after the write that raised them has committed, so a slow or dead
/// channel never holds up or undoes the write (the command line hands it to a
/// process of its own: no command waits on the network). Each delivery is
/// claimed before it is sent, in one write, so two deliverers at once (the
/// dashboard and a command, two commands) send it once. A claim lasts
/// `claimMilliseconds`: a deliverer that dies mid-send leaves it to a later
/// run. Failures are recorded and retried with exponential backoff, up to `maxAttempts`.
public struct NotificationDeliverer: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }
    let desktop: DesktopNotifier
    let webhook: WebhookSender

    public static let maxAttempts = 8
    /// Longer than any send takes (the webhook's own timeout is 5 s).
    static let claimMilliseconds: Int64 = 120_000

    public init(database: AppDatabase,
                desktop: DesktopNotifier = DesktopNotifier(), webhook: WebhookSender = WebhookSender()) {
        self.database = database
        self.desktop = desktop
        self.webhook = webhook
    }

    public struct Report: Sendable, Hashable {
        public var delivered = 0
        public var failed = 0
        public var skipped = 0
    }

    /// Whether any delivery is due now (a read, cheap enough to ask after every command).
    public func hasDue() throws -> Bool {
        try database.read { db in try DeliveryRow.hasDue(at: clock.now(), in: db) }
    }

    /// Attempts every delivery that is due now and this deliverer could claim.
    @discardableResult
    public func deliverDue() async throws -> Report {
        let now = clock.now()
        let due = try database.read { db in try DeliveryRow.due(at: now, in: db) }
        var report = Report()
        for delivery in due where try claim(delivery.payload.id, channel: delivery.channel, at: now) {
            let notification = delivery.payload
            let attempts = delivery.attempts + 1
            let outcome: Result<Void, DeliveryError>
            switch NotificationChannel(rawValue: delivery.channel) {
            case .desktop: outcome = desktop.send(notification)
            case .webhook:
                if let url = database.settings.webhookURL { outcome = await webhook.send(notification, to: url) }
                else { outcome = .failure(.skipped("no webhook_url in [notifications] of config.toml")) }
            default: continue
            }
            try record(outcome, for: notification.id, channel: delivery.channel, attempts: attempts, report: &report)
        }
        return report
    }

    /// Takes the delivery for this deliverer until the claim runs out; false when another one has it.
    private func claim(_ id: String, channel: String, at now: Timestamp) throws -> Bool {
        try database.write { db in try DeliveryRow.claim(id, channel: channel, at: now, until: now.milliseconds + Self.claimMilliseconds, in: db) }
    }

    private func record(_ outcome: Result<Void, DeliveryError>, for id: String, channel: String, attempts: Int,
                        report: inout Report) throws {
        let now = clock.now()
        var status = DeliveryStatus.delivered
        var error: String?
        var next: Int64?
        switch outcome {
        case .success:
            report.delivered += 1
        case let .failure(.skipped(reason)):
            status = .skipped
            error = reason
            report.skipped += 1
        case let .failure(.failed(reason)):
            status = .failed
            error = reason
            report.failed += 1
            if attempts < Self.maxAttempts { next = now.milliseconds + Self.backoffMilliseconds(afterAttempt: attempts) }
        }
        try database.write { db in
            try DeliveryRow.record(id, channel: channel, status: status, attempts: attempts, error: error, nextAttempt: next,
                                   deliveredAt: status == .delivered ? now.milliseconds : nil, in: db)
        }
    }

    /// 1 minute after the first failure, doubling, at most 6 hours.
    public static func backoffMilliseconds(afterAttempt attempt: Int) -> Int64 {
        min(60_000 << Int64(min(attempt - 1, 20)), 6 * 3_600_000)
    }
}

/// What a channel is given to deliver.
public struct DeliveryPayload: Sendable, Hashable {
    public var id: String
    public var type: String
    public var message: String
    public var priority: String
    public var metadata: String
    public var createdAt: Timestamp

    var title: String {
        switch NotificationType(rawValue: type) {
        case .budgetAlert: "Outlay: budget alert"
        case .budgetExceeded: "Outlay: budget exceeded"
        case .weeklySummary: "Outlay: your week"
        case .monthlyReport: "Outlay: your month"
        case .lowBalance: "Outlay: an account is running low"
        default: "Outlay"
        }
    }
}

public enum DeliveryError: Error, Sendable, Hashable {
    /// Will not be retried: the channel is not available here.
    case skipped(String)
    /// Will be retried after a backoff.
    case failed(String)
}
