import OutlayKit
import TerminalUI

extension Dashboard {
    /// Moves the focused pane's selection; near the window's edge, asks for the next page.
    static func move(_ state: inout AppState, by delta: Int) -> [Effect] {
        switch state.focus {
        case .budgets:
            state.budgetSelected = clamp(state.budgetSelected + delta, count: state.budgets.count)
            return []
        case .alerts:
            state.alertSelected = clamp(state.alertSelected + delta, count: state.alerts.count)
            return []
        case .analytics:
            return []
        case .transactions:
            var list = state.transactions
            guard !list.rows.isEmpty else { return [] }
            list.selected = clamp(list.selected + delta, count: list.rows.count)
            state.transactions = list
            keepSelectionVisible(&state)
            return prefetch(&state)
        }
    }

    /// `g` / `G`: the first or last row of the whole list, not just of the window.
    static func jump(_ state: inout AppState, toEnd: Bool) -> [Effect] {
        switch state.focus {
        case .budgets: state.budgetSelected = toEnd ? Swift.max(0, state.budgets.count - 1) : 0
        case .alerts: state.alertSelected = toEnd ? Swift.max(0, state.alerts.count - 1) : 0
        case .analytics: break
        case .transactions:
            let list = state.transactions
            if toEnd, list.hasOlder { return [.loadTransactions(transactionFilter(state), .bottom, after: nil)] }
            if !toEnd, list.hasNewer { return [.loadTransactions(transactionFilter(state), .top, after: nil)] }
            state.transactions.selected = toEnd ? Swift.max(0, list.rows.count - 1) : 0
            keepSelectionVisible(&state)
        }
        return []
    }

    /// Within a screen of either end of the window, the next page is fetched.
    private static func prefetch(_ state: inout AppState) -> [Effect] {
        let list = state.transactions
        let margin = DashboardLayout.transactionRows(state)
        let filter = transactionFilter(state)
        if list.hasOlder, !list.loadingOlder, list.selected >= list.rows.count - margin, let last = list.rows.last {
            state.transactions.loadingOlder = true
            return [.loadTransactions(filter, .older, after: TransactionCursor(date: last.date, id: last.id))]
        }
        if list.hasNewer, !list.loadingNewer, list.selected < margin, let first = list.rows.first {
            state.transactions.loadingNewer = true
            return [.loadTransactions(filter, .newer, after: TransactionCursor(date: first.date, id: first.id))]
        }
        return []
    }

    /// Scrolls so the selected row is on screen.
    static func keepSelectionVisible(_ state: inout AppState) {
        let visible = DashboardLayout.transactionRows(state)
        var list = state.transactions
        if list.selected < list.top { list.top = list.selected }
        if list.selected >= list.top + visible { list.top = list.selected - visible + 1 }
        list.top = Swift.max(0, Swift.min(list.top, Swift.max(0, list.rows.count - visible)))
        state.transactions = list
    }

    /// Joins a page to the window, trimming the far end so the window stays small.
    static func applyTransactions(_ state: inout AppState, _ load: TransactionsLoad) -> [Effect] {
        var list = state.transactions
        list.loaded = true
        switch load.mode {
        case let .reload(keepSelected):
            let selectedOffset = list.selected - list.top
            list.rows = load.rows
            list.hasOlder = load.hasMore
            if let id = keepSelected, let index = load.rows.firstIndex(where: { $0.id == id }) {
                list.selected = index
                list.top = Swift.max(0, index - selectedOffset)
            } else {
                list.selected = clamp(list.selected, count: load.rows.count)
            }
        case .top:
            list = TransactionsState(filterInput: list.filterInput, filterText: list.filterText, summary: list.summary, loaded: true)
            list.rows = load.rows
            list.hasOlder = load.hasMore
        case .bottom:
            list = TransactionsState(filterInput: list.filterInput, filterText: list.filterText, summary: list.summary, loaded: true)
            list.rows = load.rows
            list.hasNewer = load.hasMore
            list.windowAfter = load.windowAfter
            list.selected = Swift.max(0, load.rows.count - 1)
            list.top = list.selected
        case .older:
            list.loadingOlder = false
            list.rows += load.rows
            list.hasOlder = load.hasMore
            let excess = list.rows.count - TransactionsState.windowLimit
            if excess > 0, list.top >= excess {
                list.windowAfter = TransactionCursor(date: list.rows[excess - 1].date, id: list.rows[excess - 1].id)
                list.rows.removeFirst(excess)
                list.selected -= excess
                list.top -= excess
                list.hasNewer = true
            }
        case .newer:
            list.loadingNewer = false
            list.rows = load.rows + list.rows
            list.selected += load.rows.count
            list.top += load.rows.count
            list.hasNewer = load.hasMore
            list.windowAfter = load.windowAfter
            let excess = list.rows.count - TransactionsState.windowLimit
            if excess > 0, list.top + DashboardLayout.transactionRows(state) <= list.rows.count - excess {
                list.rows.removeLast(excess)
                list.hasOlder = true
            }
        }
        state.transactions = list
        keepSelectionVisible(&state)
        return []
    }
}
