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
    case categoriesLoaded([Category])
    /// The accounts with their balances, and the configured default.
    case accountsLoaded([AccountBalance], configuredDefault: String?)
    case registerLoaded(account: String, [RegisterLine])
    case upcomingLoaded([Occurrence])
    case recurringLoaded(RecurringViewData)
    /// Series found in history, offered once (the first time the dashboard finds any).
    case suggestionsFound([RecurringSuggestion])
    /// What history says the form's description would be filed under.
    case categoryGuessed(description: String, CategoryGuess?)
    /// The book's currency is now this (chosen on the welcome screen).
    case currencyChanged(Currency)
    /// A write committed; `message` says what it did, `undo` what the undo key would now take back.
    case saved(String, undo: String? = nil)
    /// A form's save failed; the form stays open with its input.
    case saveFailed(String)
    /// The transaction is reconciled with a statement: the same key again changes it anyway.
    case reconciledNeedsConfirming(id: String, description: String)
    case failed(String)
    /// Something worth saying that changed nothing the user did (a config file read again).
    case informed(String)
    case themeLoaded(Theme, problem: String?)
    /// The theme file on screen was edited: its colours, or what is wrong in it (the theme on screen stays).
    case themeFileRead(Theme?, problem: String?)
    /// `config.toml`'s `[keys]` read again.
    case keymapChanged(Keymap)
    /// Another process changed the database.
    case externalChange
    /// Midnight passed while the dashboard was open.
    case dayChanged(LocalDate)
    /// How sync stands, for the status bar.
    case syncStatus(String)
    /// A background sync ended: say how, and show what it brought (an open form stays open).
    case syncEnded(String, failed: Bool)
    /// The import view's dry run of `request`.
    case importPreviewed(ImportRequest, ImportPreviewOutcome)
    /// An import committed rows of these days (the view moves to show them).
    case imported(from: LocalDate, to: LocalDate)
    /// Tab in the import view's path: what `typed` completes to.
    case pathCompleted(typed: String, PathCompletion.Result)
    /// Long work started off the event loop (`OffLoopWork`), went on, and ended.
    case workStarted(String)
    case workProgressed(WorkProgress, milliseconds: Int)
    case workEnded
}

/// Work for the outside world: the database, the terminal bell, theme files.
/// `update` returns these; the effect runner does them and answers with actions.
public enum Effect: Sendable, Equatable {
    case loadTransactions(TransactionFilter, TransactionsLoadMode, after: TransactionCursor?)
    case loadSummaries(filtered: TransactionFilter, period: TransactionFilter)
    /// Budgets as of a day of the viewed period.
    case loadBudgets(on: LocalDate)
    case loadAnalytics(ViewPeriod)
    case loadAlerts
    case loadCategories
    /// Every account's balance, for the accounts bar and forms.
    case loadAccounts
    /// An account's register, for the accounts view.
    case loadRegister(account: String)
    /// The next 30 days of schedules, for the Budgets pane.
    case loadUpcoming
    /// Schedules, suggestions and the forecast, for the recurring view.
    case loadRecurring
    /// Posts what came due (midnight passed with the dashboard open).
    case postDue
    /// Looks once for series in history the user has not been offered yet.
    case offerSuggestions
    case skipOccurrence(scheduleID: String)
    /// `y`: post the oldest occurrence waiting for confirmation.
    case confirmOccurrence(scheduleID: String)
    case stopSchedule(id: String)
    /// Space in a register: clear an item, or take it back.
    case toggleCleared(id: String, account: String)
    /// `o` then Enter in a register: name the open side of a transfer.
    case assignTransfer(id: String, side: TransferSide, account: String, register: String)
    case submit(Submission)
    case deleteTransaction(id: String, force: Bool = false)
    case deleteBudget(id: String)
    case deleteAlert(id: String)
    case undo
    case markRead(id: String)
    case markAllRead
    case loadTheme(String)
    /// Keeps the chosen theme for the next start.
    case rememberTheme(String)
    /// Ask history for the category of a description being typed.
    case guessCategory(description: String, kind: TransactionKind)
    /// `export csv|json|ledger PATH` from the palette: the whole book, as `outlay export` writes it.
    case export(ExportFormat, path: String)
    /// The welcome screen was answered: set the book's currency (if still empty) and do not show it again.
    case finishWelcome(currency: Currency?)
    case checkExternalChanges
    /// Ends of background syncs, the auto-sync interval, the status bar's sync words.
    case checkSync
    /// `S`: sync now, in the background.
    case syncNow
    /// Read the file as the import would, writing nothing, for the import view.
    case previewImport(ImportRequest)
    /// Import the file, as one step of undo.
    case runImport(ImportRequest)
    /// Bring in another tool's export: its accounts, each account's rows.
    case runToolImport(path: String)
    case completePath(String)
    /// `d` on the welcome of an empty book, or `:demo`: made-up transactions to look around with, one step of undo.
    case makeDemo
    case bell
}

/// A valid form, ready to save.
public enum Submission: Sendable, Equatable {
    case addTransaction(TransactionDraft)
    /// `force`: it is reconciled with a statement, and the user confirmed.
    case editTransaction(id: String, TransactionPatch, force: Bool = false)
    case setBudget(replacing: String?, scope: BudgetScope, amount: Money, period: BudgetPeriod, threshold: Int, rollover: Bool)
    case addTransfer(TransferService.Draft)
    case addSchedule(ScheduleService.Draft)
    case editSchedule(id: String, ScheduleService.Patch)
}
