import OutlayKit
import TerminalUI

/// How amounts and dates read on screen.
enum Formatting {
    /// A transaction's category, or a split's: "groceries +1" (its first part's, and how many more).
    static func category(_ transaction: Transaction) -> String {
        transaction.isSplit ? "\(transaction.splits[0].category) +\(transaction.splits.count - 1)" : transaction.category
    }

    /// "-4.50"; an account's own currency after it when it is not the book's ("-20.00 EUR"), the pane's totals being in the book's.
    static func signed(_ transaction: Transaction, base: Currency) -> String {
        transaction.signedText + (transaction.amount.currency == base ? "" : " " + transaction.amount.currency.code)
    }

    static func balance(_ money: Money) -> String {
        money.minorUnits > 0 ? "+" + money.description : money.description
    }

    static func style(for kind: TransactionKind, _ theme: Theme) -> Style {
        kind == .income ? theme.incomeStyle : theme.expenseStyle
    }

    /// Money in (income, a refund) in the income colour.
    static func style(for transaction: Transaction, _ theme: Theme) -> Style {
        transaction.isMoneyIn ? theme.incomeStyle : theme.expenseStyle
    }

    static func level(_ level: BudgetLevel, _ theme: Theme) -> Style {
        switch level {
        case .under: theme.incomeStyle
        case .warning: theme.warningStyle
        case .exceeded: theme.dangerStyle
        }
    }

    /// A word for the level, so it reads without colour.
    static func levelMark(_ level: BudgetLevel) -> String {
        switch level {
        case .under: "ok"
        case .warning: "⚠ warning"
        case .exceeded: "✖ over"
        }
    }

    /// "2,400" for 2,400.00: a chart's scale needs no cents.
    static func wholeUnits(_ money: Money) -> String {
        let text = money.description
        guard let point = text.lastIndex(of: ".") else { return text }
        return String(text[..<point])
    }

    static func shortMonth(_ month: YearMonth) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month.month - 1]
    }
}
