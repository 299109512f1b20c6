import Foundation

/// A journal that hledger and ledger both read: each account's opening
/// balance against `equity:opening balances`, one entry per transaction
/// (`expenses:CATEGORY` or `income:CATEGORY` against the account; a split
/// has a posting per part), and each
/// transfer as one entry of two postings, with ids in comments. Accounts are
/// named by what they are: `assets:checking`, `liabilities:card`.
/// Each amount is in its account's commodity; one in another currency than
/// the book's base carries its cost in the base (`20.00 EUR @@ 21.68 USD`,
/// the base amount every total uses), a transfer between currencies what
/// arrived at the cost of what left, and the stored rates are `P` directives.
public enum LedgerJournal {
    struct Writer: RecordWriter {
        /// By lowercased name.
        let accounts: [String: Account]
        let transfers: [Transfer]
        /// The base amounts of rows in another currency than the base, by id.
        let baseAmounts: [String: Int64]
        let base: Currency?
        let rates: [ExchangeRate]

        init(accounts: [Account] = [], transfers: [Transfer] = [], base: Currency? = nil, baseAmounts: [String: Int64] = [:],
             rates: [ExchangeRate] = []) {
            self.accounts = Dictionary(accounts.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            self.transfers = transfers
            self.base = base
            self.baseAmounts = baseAmounts
            self.rates = rates
        }

        func begin(_ output: inout BufferedOutput) throws {
            try output.append("; Exported by Outlay. One entry per transaction and transfer; ids in the comments.\n")
            if !rates.isEmpty { try output.append("\n") }
            for rate in rates { try output.append("P \(rate.date) \(rate.currency.code) \(rate.rate.text) \(rate.quote.code)\n") }
            for account in accounts.values.sorted(by: { $0.name < $1.name }) where account.openingBalance.minorUnits != 0 {
                let day = account.openedOn ?? LocalDate.today(in: .current, now: Date(timeIntervalSince1970: Double(account.createdAt.milliseconds) / 1000))
                try entry(day, "Opening balance of \(account.name)", id: account.id, to: &output,
                          [Posting(path(account.name), account.openingBalance)], balancedBy: nil,
                          then: [Posting("equity:opening balances", account.openingBalance.negated)])
            }
        }

        func write(_ t: Transaction, index: Int, to output: inout BufferedOutput) throws {
            let side = t.kind == .expense ? "expenses:" : "income:"
            let account = path(t.account ?? "cash")
            // One posting per part of a split, each in its category, at its share of the base amount when in another currency.
            let parts = t.isSplit ? t.splits : [SplitPart(category: t.category, amount: t.amount)]
            let baseAmount = baseAmounts[t.id].flatMap { amount in base.map { Money(minorUnits: amount, currency: $0) } }
            let costs = baseAmount.map { whole in
                BaseAmounts.parts(parts.map(\.amount.minorUnits), total: t.amount.minorUnits, base: whole.minorUnits)
                    .map { Money(minorUnits: $0, currency: whole.currency) }
            }
            let categories = parts.enumerated().map { index, part in
                Posting(side + LedgerJournal.accountName(part.category), part.amount, cost: costs?[index])
            }
            var comment = ""
            if let original = t.original { comment = "original: \(original.decimalString) \(original.currency.code)" }
            // The side money went to first: the categories for spending, the account for income and refunds
            // (a refund's postings to its expense accounts are negative: hledger nets them against the purchase).
            if !t.isMoneyIn {
                try entry(t.date, t.description, id: t.id, comment: comment, to: &output, categories, balancedBy: account)
            } else {
                try entry(t.date, t.description, id: t.id, comment: comment, to: &output, [Posting(account, t.amount, cost: baseAmount)],
                          balancedBy: nil, then: categories.map { Posting($0.account, $0.amount.negated, cost: $0.cost) })
            }
        }

        func end(_ output: inout BufferedOutput) throws {
            for transfer in transfers {
                // Between currencies: what arrived, at the cost of what left.
                try entry(transfer.date, transfer.description, id: transfer.id, to: &output,
                          [Posting(path(transfer.to), transfer.amountReceived, cost: transfer.received == nil ? nil : transfer.amount)],
                          balancedBy: nil, then: [Posting(path(transfer.from), transfer.amount.negated)])
            }
        }

        /// One line of an entry: an amount, and its cost in another commodity (written unsigned after `@@`).
        private struct Posting {
            var account: String
            var amount: Money
            var cost: Money?

            init(_ account: String, _ amount: Money, cost: Money? = nil) {
                self.account = account
                self.amount = amount
                self.cost = cost
            }
        }

        /// An entry of `postings`, then `then`'s, then (when named) an account holding what balances them.
        private func entry(_ date: LocalDate, _ description: String, id: String, comment: String = "", to output: inout BufferedOutput,
                           _ postings: [Posting], balancedBy balance: String?, then more: [Posting] = []) throws {
            func text(_ money: Money) -> String {
                (money.minorUnits < 0 ? "-" : "") + unsigned(money)
            }
            func unsigned(_ money: Money) -> String {
                Money(minorUnits: money.minorUnits.magnitude > UInt64(Int64.max) ? .max : abs(money.minorUnits), currency: money.currency).decimalString
                    + " " + money.currency.code
            }
            func line(_ posting: Posting) -> String {
                "    \(posting.account)  \(text(posting.amount))" + (posting.cost.map { " @@ " + unsigned($0) } ?? "") + "\n"
            }
            try output.append("\n\(date) \(LedgerJournal.description(description))\n    ; id: \(id)\n")
            if !comment.isEmpty { try output.append("    ; \(comment)\n") }
            for posting in postings + more { try output.append(line(posting)) }
            if let balance, let currency = postings.first?.amount.currency {
                let all = postings + more
                let total = all.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
                let costs = all.compactMap(\.cost)
                let cost = costs.count == all.count && !costs.isEmpty
                    ? Money(minorUnits: costs.reduce(Int64(0)) { $0 + $1.minorUnits }, currency: costs[0].currency) : nil
                try output.append(line(Posting(balance, Money(minorUnits: -total, currency: currency), cost: cost)))
            }
        }

        /// `assets:checking`, `liabilities:card`: an account the book does not know is an asset.
        private func path(_ name: String) -> String {
            (accounts[name.lowercased()]?.type.isLiability == true ? "liabilities:" : "assets:") + LedgerJournal.accountName(name)
        }
    }

    /// A description is the rest of the entry's first line. Neither tool has
    /// escapes, so what they would read as syntax is replaced: control
    /// characters and line breaks by spaces, `;` (a comment) by `,`, and a
    /// leading `*` or `!` (a status) or `(` (a code) by a bracket or dropped.
    static func description(_ text: String) -> String {
        var cleaned = String(text.map { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 == ";" ? "," : $0 })
        cleaned = cleaned.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        while let first = cleaned.first, first == "*" || first == "!" { cleaned.removeFirst(); cleaned = cleaned.trimmingWhitespace() }
        if cleaned.first == "(" { cleaned = "[" + cleaned.dropFirst() }
        return cleaned.isEmpty ? "-" : cleaned
    }

    /// Account names end at two spaces and are split by colons.
    static func accountName(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == ":" || $0.isNewline }).joined(separator: " ")
    }
}

private extension Money {
    var negated: Money { Money(minorUnits: -minorUnits, currency: currency) }
}
