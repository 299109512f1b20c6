import OutlayKit
import TerminalUI

/// Something that happened: a key, a resize, a clock tick, or an effect's result.
public enum Action: Sendable, Equatable {
    case key(KeyEvent)
    case resize(width: Int, height: Int)
    /// Twice a second: time to look for other processes' changes.
    case tick
    case transactionsLoaded(TransactionsLoad)
    case summariesLoaded(filtered: TransactionSummary, period: TransactionSummary)
    case budgetsLoaded([BudgetStatus])
    case analyticsLoaded(AnalyticsData)
    case alertsLoaded([OutlayNotification], unread: Int, latest: Int64)
    case categoriesLoaded([String])
    /// A write committed; `message` says what it did.
    case saved(String)
    /// A form's save failed; the form stays open with its input.
    case saveFailed(String)
    case failed(String)
    case themeLoaded(Theme, problem: String?)
    /// Another process changed the database.
    case externalChange
    /// Midnight passed while the dashboard was open.
    case dayChanged(LocalDate)
    /// How sync stands, for the status bar.
    case syncStatus(String)
    /// A background sync ended: say how, and show what it brought (an open form stays open).
    case syncEnded(String, failed: Bool)
}

/// Work for the outside world: the database, the terminal bell, theme files.
/// `update` returns these; the effect runner does them and answers with actions.
public enum Effect: Sendable, Equatable {
    case loadTransactions(TransactionFilter, TransactionsLoadMode, after: TransactionCursor?)
    case loadSummaries(filtered: TransactionFilter, period: TransactionFilter)
    case loadBudgets
    case loadAnalytics(YearMonth)
    case loadAlerts
    case loadCategories
    case submit(Submission)
    case deleteTransaction(id: String)
    case deleteBudget(id: String)
    case undo
    case markRead(id: String)
    case markAllRead
    case loadTheme(String)
    case checkExternalChanges
    /// Ends of background syncs, the auto-sync interval, the status bar's sync words.
    case checkSync
    /// `S`: sync now, in the background.
    case syncNow
    case bell
}

/// A valid form, ready to save.
public enum Submission: Sendable, Equatable {
    case addTransaction(TransactionDraft)
    case editTransaction(id: String, TransactionPatch)
    case setBudget(replacing: String?, scope: BudgetScope, amount: Money, period: BudgetPeriod, threshold: Int, rollover: Bool)
}
