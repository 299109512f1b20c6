/// The user's preferences that the services act on, from `config.toml`.
public struct OutlaySettings: Sendable, Hashable {
    /// Budget periods; weeks start on Monday unless configured.
    public var calendar: PeriodCalendar
    /// Where new notifications go besides the inbox.
    public var channels: [NotificationChannel]
    /// Where the `webhook` channel posts.
    public var webhookURL: String?
    /// How imports categorise rows, in order.
    public var importRules: [CategoryRule]
    /// `[import.category_map]`: a bank's category (lowercased) → a category of the book.
    public var importCategoryMap: [String: String] = [:]
    /// `[[import.profiles]]`: layouts saved with `--save-profile`, tried before the built-in ones.
    public var importProfiles: [BankProfile] = []
    /// `[book] currency`: the currency a new book is made in (nil: the locale's, else USD).
    public var bookCurrency: Currency?
    /// `[accounts] default_account`: where a transaction goes when none is named.
    public var defaultAccount: String?

    public init(calendar: PeriodCalendar = PeriodCalendar(), channels: [NotificationChannel] = [.inApp, .terminal],
                webhookURL: String? = nil, importRules: [CategoryRule] = []) {
        self.calendar = calendar
        self.channels = channels
        self.webhookURL = webhookURL
        self.importRules = importRules
    }
}
