import OutlayKit
import TerminalUI

/// Everything the dashboard shows, as plain values. `update` changes it;
/// views only read it.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var focus: Pane = .transactions
    public var zoomed = false
    public var period: ViewPeriod
    public var today: LocalDate
    public var currency: Currency
    /// The book's weeks (its first weekday), for week views.
    public var calendar = PeriodCalendar()

    public var transactions = TransactionsState()
    public var budgets: [BudgetStatus] = []
    public var budgetSelected = 0
    public var analytics: AnalyticsData?
    public var alerts: [OutlayNotification] = []
    public var alertSelected = 0
    public var unreadAlerts = 0
    /// The newest alert seen; a newer one rings the bell. Nil before the first load.
    public var latestAlert: Int64?
    /// Income, spending and balance of the period (no filter), for the status bar.
    public var periodSummary: TransactionSummary?
    /// Every category with its kind: the form suggests only those of its type.
    public var categories: [Category] = []
    /// What the schedules bring in the next 30 days (and what waits for `y`), shown under the budgets.
    public var upcoming: [Occurrence] = []
    /// The recurring view's data as last loaded, for the schedule form (which takes the view's place) to compare against.
    public var lastRecurring: RecurringViewData?
    /// Every account with its balance; the form suggests the open ones.
    public var accounts: [AccountBalance] = []
    /// Where a transaction goes when its form names no account (`[accounts] default_account`, else the only open one).
    public var defaultAccount: String?

    public var modal: Overlay?
    /// The status bar's message; each new one is kept in `messages` too, for `M` to show whole.
    public var notice: Notice? {
        didSet {
            guard let notice, notice != oldValue, messages.last != notice else { return }
            messages.append(notice)
            if messages.count > Self.messagesKept { messages.removeFirst(messages.count - Self.messagesKept) }
        }
    }
    /// The last messages, oldest first.
    public private(set) var messages: [Notice] = []
    static let messagesKept = 50
    /// The add form last closed with Esc, offered again on the next `a`.
    public var cancelledDraft: FormState?
    /// A reconciled transaction `d` was refused for: `d` on it again deletes it anyway.
    public var confirmingDelete: String?

    public var keymap: Keymap
    public var theme: Theme
    public var themeNames: [String]
    public var noColor: Bool
    public var syncStatus = BackgroundSync.localOnly
    /// Long work running off the event loop (an import, its preview, an export), for the status line.
    public var work: RunningWork?
    public var shouldQuit = false

    public init(width: Int, height: Int, today: LocalDate, currency: Currency, keymap: Keymap = .defaults,
                theme: Theme = .dark, themeNames: [String] = ["dark"], noColor: Bool = false) {
        self.width = width
        self.height = height
        self.today = today
        self.currency = currency
        period = .month(YearMonth(today))
        self.keymap = keymap
        self.theme = noColor ? theme.withoutColor : theme
        self.themeNames = themeNames
        self.noColor = noColor
    }
}

public enum Overlay: Sendable, Equatable {
    case form(FormState)
    case palette(PaletteState)
    /// Every key; a small screen pages it.
    case help(page: Int)
    /// The first run's welcome, with the book's currency to confirm.
    case welcome(WelcomeState)
    /// `i`: a file, previewed as it would be stored, then imported.
    case importFile(ImportViewState)
    /// `b`: the accounts, and one's register.
    case accounts(AccountsViewState)
    /// `p`: schedules, suggestions and the forecast.
    case recurring(RecurringViewState)
    /// `M`: the last messages, newest first, each whole; `scroll` lines down.
    case messages(scroll: Int)
}

/// The first-run screen: what the panes are and how to begin, and the
/// book's currency (the locale's suggested) while the book is still empty.
public struct WelcomeState: Sendable, Equatable {
    public var currency: TextInput
    /// Whether the currency can still be chosen (the book holds no amount yet).
    public var asksCurrency: Bool
    public var error: String?

    public init(suggestedCurrency: String, asksCurrency: Bool) {
        currency = TextInput(suggestedCurrency)
        // Typing a code replaces the suggestion.
        currency.selectAll()
        self.asksCurrency = asksCurrency
    }
}

public struct Notice: Sendable, Equatable {
    public enum Level: Sendable, Equatable { case info, error }
    public var text: String
    public var level: Level

    public init(text: String, level: Level) {
        self.text = text
        self.level = level
    }
}

/// The Analytics pane's figures for the viewed period.
public struct AnalyticsData: Sendable, Equatable {
    public var period: ViewPeriod
    /// The month insights describe (the viewed period's).
    public var month: YearMonth
    public var categories: CategoryAnalysis
    public var trends: Trends
    public var daily: DailyPattern
    public var weekdays: WeekdayPattern
    public var insights: [Insight]
}
