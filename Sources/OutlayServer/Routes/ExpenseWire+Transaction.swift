import OutlayAPI
import OutlayBasics
import OutlayKit

extension ExpenseWire {
    /// A refund is an expense of a negative amount to the original app's clients: their sums of spending net it.
    init(_ transaction: Transaction) {
        self.init(id: transaction.id, amount: transaction.categoryAmount.decimalString, currency: transaction.amount.currency.code,
                  type: transaction.kind == .income ? "INCOME" : "EXPENSE", category: transaction.category,
                  description: transaction.description, date: transaction.date.description, note: transaction.note,
                  tags: transaction.tags, account: transaction.account, createdAt: transaction.createdAt.description,
                  updatedAt: transaction.updatedAt.description,
                  splits: transaction.splits.map { part in
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
