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
    /// `[book] number_format`: how amounts are typed and shown ("1.234,56"; nil: the locale's, else 1,234.56).
    public var numberFormat: NumberFormat?

    /// The number format people of this book type and read.
    public var effectiveNumberFormat: NumberFormat { numberFormat ?? NumberFormat.ofLocale() ?? .commaDot }
    /// `[accounts] default_account`: where a transaction goes when none is named.
    public var defaultAccount: String?
    /// `[accounts] floor`: an account projected below this is warned about (nil: below zero). Decimal text,
    /// read in the book's currency (`balanceFloor(in:)`), which the config does not know.
    public var balanceFloorText: String?
    /// `[accounts] warning_days`: how many days ahead the low-balance warning looks.
    public var warningDays = 30

    public init(calendar: PeriodCalendar = PeriodCalendar(), channels: [NotificationChannel] = [.inApp, .terminal],
                webhookURL: String? = nil, importRules: [CategoryRule] = []) {
        self.calendar = calendar
        self.channels = channels
        self.webhookURL = webhookURL
        self.importRules = importRules
    }
}

extension OutlaySettings {
    /// The floor in `currency`: zero unless configured.
    public func balanceFloor(in currency: Currency) -> Money {
        balanceFloorText.flatMap { try? Money.parse($0, currency: currency) } ?? .zero(currency)
    }
}
