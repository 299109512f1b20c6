import Foundation
import GRDB

/// Sends pending notifications to the desktop and webhook channels.
///
/// Runs after the write that raised them has committed, so a slow or dead
/// channel never holds up or undoes the write. Failures are recorded and
/// retried with exponential backoff on later runs, up to `maxAttempts`.
public struct NotificationDeliverer: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }
    let desktop: DesktopNotifier
    let webhook: WebhookSender

    public static let maxAttempts = 8

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

    /// Attempts every delivery that is due now.
    @discardableResult
    public func deliverDue() throws -> Report {
        let now = clock.now()
        let due = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.notification_id, d.channel, d.attempts, n.type, n.message, n.priority, n.metadata, n.created_at
                FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
                WHERE d.status IN ('pending', 'failed') AND d.channel IN ('desktop', 'webhook')
                  AND d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= ?
                ORDER BY n.seq
                """, arguments: [now.milliseconds])
        }
        var report = Report()
        for row in due {
            let notification = DeliveryPayload(id: try row.value(0), type: try row.value(3), message: try row.value(4), priority: try row.value(5),
                                               metadata: try row.value(6), createdAt: Timestamp(milliseconds: try row.value(7)))
            let attempts = (try row.value(2) as Int) + 1
            let outcome: Result<Void, DeliveryError>
            switch NotificationChannel(rawValue: try row.value(1)) {
            case .desktop: outcome = desktop.send(notification)
            case .webhook:
                if let url = database.settings.webhookURL { outcome = webhook.send(notification, to: url) }
                else { outcome = .failure(.skipped("no webhook_url in [notifications] of config.toml")) }
            default: continue
            }
            try record(outcome, for: notification.id, channel: try row.value(1), attempts: attempts, report: &report)
        }
        return report
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
            try db.execute(sql: """
                UPDATE notification_deliveries SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?,
                    delivered_at = ? WHERE notification_id = ? AND channel = ?
                """, arguments: [status.rawValue, attempts, error, next,
                                 status == .delivered ? now.milliseconds : nil, id, channel])
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
