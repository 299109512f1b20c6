public enum NotificationType: String, Sendable, Hashable, CaseIterable {
    case budgetAlert = "budget_alert"
    case budgetExceeded = "budget_exceeded"
    case weeklySummary = "weekly_summary"
    case monthlyReport = "monthly_report"
    /// An account projected below zero or `[accounts] floor`.
    case lowBalance = "low_balance"
    case system
}

public enum NotificationPriority: String, Sendable, Hashable {
    case low, medium, high
}

/// Where a notification goes. `in-app` (the inbox) is always on.
public enum NotificationChannel: String, Sendable, Hashable, CaseIterable {
    case inApp = "in-app"
    /// A bell and highlight in the TUI.
    case terminal
    /// `notify-send`, when it is installed.
    case desktop
    /// An HTTP POST of a JSON body (ntfy, Gotify, your own).
    case webhook
}

public enum DeliveryStatus: String, Sendable, Hashable {
    case pending, delivered, failed, skipped
}

/// How one channel's delivery of a notification went.
public struct NotificationDelivery: Sendable, Hashable {
    public var channel: NotificationChannel
    public var status: DeliveryStatus
    public var attempts: Int
    public var lastError: String?
    public var nextAttemptAt: Timestamp?
    public var deliveredAt: Timestamp?
}

/// One message in the inbox.
public struct OutlayNotification: Sendable, Hashable {
    public var id: String
    public var type: NotificationType
    public var message: String
    public var priority: NotificationPriority
    /// The numbers behind the message, as a JSON object.
    public var metadata: String
    public var isRead: Bool
    public var createdAt: Timestamp
    public var readAt: Timestamp?
    public var deliveries: [NotificationDelivery]

    public init(id: String, type: NotificationType, message: String, priority: NotificationPriority, metadata: String = "{}",
                isRead: Bool = false, createdAt: Timestamp, readAt: Timestamp? = nil, deliveries: [NotificationDelivery] = []) {
        self.id = id
        self.type = type
        self.message = message
        self.priority = priority
        self.metadata = metadata
        self.isRead = isRead
        self.createdAt = createdAt
        self.readAt = readAt
        self.deliveries = deliveries
    }
}
