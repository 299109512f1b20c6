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

    private static let dueCondition = """
        d.status IN ('pending', 'failed') AND d.channel IN ('desktop', 'webhook')
          AND d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= ?
        """

    /// Whether any delivery is due now (a read, cheap enough to ask after every command).
    public func hasDue() throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM notification_deliveries d WHERE \(Self.dueCondition) LIMIT 1",
                              arguments: [clock.now().milliseconds]) == true
        }
    }

    /// Attempts every delivery that is due now and this deliverer could claim.
    @discardableResult
    public func deliverDue() async throws -> Report {
        let now = clock.now()
        let due = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.notification_id, d.channel, d.attempts, n.type, n.message, n.priority, n.metadata, n.created_at
                FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
                WHERE \(Self.dueCondition) ORDER BY n.seq
                """, arguments: [now.milliseconds])
        }
        var report = Report()
        for row in due where try claim(try row.value(0), channel: try row.value(1), at: now) {
            let notification = DeliveryPayload(id: try row.value(0), type: try row.value(3), message: try row.value(4), priority: try row.value(5),
                                               metadata: try row.value(6), createdAt: Timestamp(milliseconds: try row.value(7)))
            let attempts = (try row.value(2) as Int) + 1
            let outcome: Result<Void, DeliveryError>
            switch NotificationChannel(rawValue: try row.value(1)) {
            case .desktop: outcome = desktop.send(notification)
            case .webhook:
                if let url = database.settings.webhookURL { outcome = await webhook.send(notification, to: url) }
                else { outcome = .failure(.skipped("no webhook_url in [notifications] of config.toml")) }
            default: continue
            }
            try record(outcome, for: notification.id, channel: try row.value(1), attempts: attempts, report: &report)
        }
        return report
    }

    /// Takes the delivery for this deliverer until the claim runs out; false when another one has it.
    private func claim(_ id: String, channel: String, at now: Timestamp) throws -> Bool {
        try database.write { db in
            try db.execute(sql: """
                UPDATE notification_deliveries SET next_attempt_at = ?
                WHERE notification_id = ? AND channel = ? AND status IN ('pending', 'failed') AND next_attempt_at <= ?
                """, arguments: [now.milliseconds + Self.claimMilliseconds, id, channel, now.milliseconds])
            return db.changesCount == 1
        }
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
