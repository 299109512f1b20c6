import TerminalUI

/// Where each pane goes for a terminal size: a 2×2 grid from 120 columns,
/// one pane with the others folded to a title row when narrower, and
/// nothing but a message below 80×24. Pure, so `update` can ask how many
/// rows a pane shows.
public struct DashboardLayout: Equatable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24
    public static let gridWidth = 120

    public var panes: [Pane: Rect] = [:]
    /// Panes shown as a one-row title (narrow terminals).
    public var folded: [Pane: Rect] = [:]
    public var status: Rect
    /// The row above the status bar: every account's balance and net worth, whatever pane is zoomed.
    public var accounts: Rect
    public var tooSmall: Bool

    public init(width: Int, height: Int, focus: Pane, zoomed: Bool) {
        tooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        accounts = Rect(x: 0, y: height - 2, width: width, height: 1)
        guard !tooSmall else { return }
        let main = Rect(x: 0, y: 0, width: width, height: height - 2)
        if zoomed {
            panes[focus] = main
        } else if width >= Self.gridWidth {
            let rows = Layout.split(main, .vertical, [.percentage(55), .fill(1)])
            let top = Layout.split(rows[0], .horizontal, [.percentage(58), .fill(1)])
            let bottom = Layout.split(rows[1], .horizontal, [.percentage(58), .fill(1)])
            panes = [.transactions: top[0], .budgets: top[1], .analytics: bottom[0], .alerts: bottom[1]]
        } else {
            let constraints = Pane.allCases.map { $0 == focus ? Constraint.fill(1) : .length(1) }
            for (pane, rect) in zip(Pane.allCases, Layout.split(main, .vertical, constraints)) {
                if pane == focus { panes[pane] = rect } else { folded[pane] = rect }
            }
        }
    }

    /// Transaction rows that fit in the Transactions pane (border, header and filter bar taken off).
    public static func transactionRows(_ state: AppState) -> Int {
        let layout = DashboardLayout(width: state.width, height: state.height, focus: state.focus, zoomed: state.zoomed)
        guard let rect = layout.panes[.transactions] else { return 10 }
        let filterBar = state.transactions.filterInput != nil || !state.transactions.filterText.isEmpty ? 1 : 0
        return Swift.max(1, rect.height - 3 - filterBar)
    }
}
