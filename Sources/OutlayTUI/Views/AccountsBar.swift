import OutlayBasics
import OutlayKit
import TerminalUI

/// The row above the status bar: each open account's balance and net worth,
/// in view whatever pane has the focus or the zoom. What does not fit is
/// counted ("+2 more"), and `b` lists them all.
enum AccountsBar {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        buffer.fill(area, with: Cell(" ", style: theme.base))
        guard !state.accounts.isEmpty else { return }
        let total = NetWorth(state.accounts, currency: state.currency), worth = total.netWorth
        // Converted from other currencies at the latest rates: said with ≈.
        let tail = "net worth \(total.isConverted ? "≈ " : "")\(Formatting.balance(worth))  \(state.keymap.label(for: .accounts)) accounts "
        let open = state.accounts.filter { !$0.account.closed }
        var x = area.x + 1
        let limit = area.right - DisplayWidth.of(tail) - 1
        for (index, item) in open.enumerated() {
            let amount = Formatting.balance(item.balance)
            let width = DisplayWidth.of(item.account.name) + 1 + DisplayWidth.of(amount)
            let remaining = open.count - index - 1
            let reserve = remaining > 0 ? DisplayWidth.of("+\(remaining) more") + 3 : 0
            guard x + width + reserve <= limit else {
                buffer.put("+\(open.count - index) more", x: x, y: area.y, width: Swift.max(0, limit - x), style: theme.mutedStyle)
                break
            }
            buffer.put(item.account.name, x: x, y: area.y, width: limit - x, style: theme.mutedStyle)
            buffer.put(amount, x: x + DisplayWidth.of(item.account.name) + 1, y: area.y, width: DisplayWidth.of(amount),
                       style: item.balance.minorUnits < 0 ? theme.expenseStyle : theme.base)
            x += width + 3
        }
        buffer.put(tail, x: area.right - DisplayWidth.of(tail), y: area.y, width: DisplayWidth.of(tail),
                   style: worth.minorUnits < 0 ? theme.expenseStyle.adding(.bold) : theme.incomeStyle.adding(.bold))
    }
}
