import OutlayAPI
import OutlayBasics
import OutlayKit

extension ExpenseWire {
    /// A refund is an expense of a negative amount to the original app's clients: their sums of spending net it.
    /// Their clients know one currency: a transaction of an account in another is given in the base, converted
    /// (its parts in proportion), unless no rate reaches it yet.
    init(_ transaction: Transaction) {
        let shown = transaction.inBaseCurrency
        self.init(id: transaction.id, amount: shown.categoryAmount.decimalString, currency: shown.amount.currency.code,
                  type: transaction.kind == .income ? "INCOME" : "EXPENSE", category: transaction.category,
                  description: transaction.description, date: transaction.date.description, note: transaction.note,
                  tags: transaction.tags, account: transaction.account, createdAt: transaction.createdAt.description,
                  updatedAt: transaction.updatedAt.description,
                  splits: shown.splits.map { part in
                      SplitWire(category: part.category, amount: (transaction.isRefund ? "-" : "") + part.amount.decimalString, note: part.note)
                  })
    }
}

extension SummaryWire {
    init(_ summary: TransactionSummary) {
        self.init(totalIncome: summary.totalIncome.decimalString, totalExpenses: summary.totalExpenses.decimalString,
                  balance: summary.balance.decimalString, count: summary.count)
    }
}
