/// Everything the dashboard does on a key. The raw value is the name used in
/// `config.toml`'s `[keys]` section and in the command palette.
public enum Command: String, CaseIterable, Sendable {
    case nextPane = "next-pane", previousPane = "previous-pane"
    case focusTransactions = "transactions", focusBudgets = "budgets", focusAnalytics = "analytics", focusAlerts = "alerts"
    case down, up, top, bottom
    case pageDown = "page-down", pageUp = "page-up"
    case filter, add, edit, delete, undo
    case importFile = "import"
    case accounts, transfer, recurring
    case confirmRecurring = "confirm-recurring"
    case previousPeriod = "previous-period", nextPeriod = "next-period", span, allTime = "all-time"
    case markRead = "mark-read", markAllRead = "mark-all-read"
    case zoom
    case nextTheme = "next-theme"
    case palette, help, welcome, messages, demo, refresh, sync, quit

    /// What the help overlay and palette say it does.
    public var summary: String {
        switch self {
        case .nextPane: "Focus the next pane"
        case .previousPane: "Focus the previous pane"
        case .focusTransactions: "Focus Transactions"
        case .focusBudgets: "Focus Budgets"
        case .focusAnalytics: "Focus Analytics"
        case .focusAlerts: "Focus Alerts"
        case .down: "Move down"
        case .up: "Move up"
        case .top: "Go to the first row"
        case .bottom: "Go to the last row"
        case .pageDown: "Half a page down"
        case .pageUp: "Half a page up"
        case .filter: "Filter: words, cat:fo, tag:x, >50, =4.21, 2026-11"
        case .add: "Add (a budget when in Budgets)"
        case .edit: "Edit the selected row"
        case .delete: "Delete the selected row (u undoes)"
        case .undo: "Undo the last change"
        case .importFile: "Import a bank's export"
        case .accounts: "Accounts, registers, reconciling"
        case .transfer: "Move money between accounts"
        case .recurring: "Recurring items, suggestions, forecast"
        case .confirmRecurring: "Post the oldest recurring item waiting for confirmation"
        case .previousPeriod: "Previous week, month or year"
        case .nextPeriod: "Next week, month or year"
        case .span: "View a week, month or year (cycles)"
        case .allTime: "All time (toggle)"
        case .markRead: "Mark the selected alert read"
        case .markAllRead: "Mark every alert read"
        case .zoom: "Zoom the focused pane"
        case .nextTheme: "Next theme"
        case .palette: "Command palette"
        case .help: "This help"
        case .welcome: "The welcome screen again"
        case .messages: "The last messages, each whole"
        case .demo: "Fill an empty book with demo data (u takes it out)"
        case .refresh: "Reload everything"
        case .sync: "Sync with the server now (in the background)"
        case .quit: "Quit"
        }
    }

    /// Where the help overlay lists it.
    public var group: String {
        switch self {
        case .nextPane, .previousPane, .focusTransactions, .focusBudgets, .focusAnalytics, .focusAlerts, .zoom: "Panes"
        case .down, .up, .top, .bottom, .pageDown, .pageUp: "Moving"
        case .filter, .add, .edit, .delete, .undo, .importFile, .transfer, .accounts, .recurring, .confirmRecurring, .markRead, .markAllRead: "Editing"
        case .previousPeriod, .nextPeriod, .span, .allTime: "Period"
        case .nextTheme, .palette, .help, .welcome, .messages, .demo, .refresh, .sync, .quit: "General"
        }
    }
}
