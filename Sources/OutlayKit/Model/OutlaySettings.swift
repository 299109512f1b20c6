/// The user's preferences that the services act on, from `config.toml`.
public struct OutlaySettings: Sendable, Hashable {
    /// Budget periods; weeks start on Monday unless configured.
    public var calendar: PeriodCalendar
    /// Where new notifications go besides the inbox.
    public var channels: [NotificationChannel]
    /// Where the `webhook` channel posts.
    public var webhookURL: String?

    public init(calendar: PeriodCalendar = PeriodCalendar(), channels: [NotificationChannel] = [.inApp, .terminal],
                webhookURL: String? = nil) {
        self.calendar = calendar
        self.channels = channels
        self.webhookURL = webhookURL
    }
}
