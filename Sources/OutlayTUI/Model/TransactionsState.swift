import OutlayKit
import TerminalUI

/// The Transactions pane: a window of rows around what is on screen, never the whole ledger.
///
/// Rows are newest first. `windowAfter` is the cursor of the row just before
/// `rows[0]` (nil at the very top), so the window can be reloaded in place.
public struct TransactionsState: Sendable, Equatable {
    public var rows: [Transaction] = []
    public var selected = 0
    /// The first row drawn.
    public var top = 0
    public var windowAfter: TransactionCursor?
    /// More rows exist after `rows.last` / before `rows.first`.
    public var hasOlder = false
    public var hasNewer = false
    /// A page in either direction is on its way; do not ask twice.
    public var loadingOlder = false
    public var loadingNewer = false
    /// Set while the filter bar is open.
    public var filterInput: TextInput?
    public var filterText = ""
    /// Totals and count for the period and filter.
    public var summary: TransactionSummary?
    public var loaded = false

    /// Rows fetched per page; the window keeps at most `windowLimit`.
    static let pageSize = 100
    static let windowLimit = 600

    public var selectedTransaction: Transaction? { rows.indices.contains(selected) ? rows[selected] : nil }
}

/// How a page of transactions joins the window.
public enum TransactionsLoadMode: Sendable, Hashable {
    /// Replace the window with the rows after `windowAfter`, keeping the selected id if it is still there.
    case reload(keepSelected: String?)
    /// The first page (`g`) or the last (`G`).
    case top, bottom
    /// Add older rows after the end / newer rows before the start.
    case older, newer
}

/// A page as it came back, and whether more rows lie beyond it.
public struct TransactionsLoad: Sendable, Equatable {
    public var mode: TransactionsLoadMode
    /// In window order (newest first).
    public var rows: [Transaction]
    /// More rows exist past this page, in the direction it was read.
    public var hasMore: Bool
    /// For `newer` and `bottom`: the cursor just before the page's first row.
    public var windowAfter: TransactionCursor?
}
