import Foundation

/// A journal that hledger and ledger both read: each account's opening
/// balance against `equity:opening balances`, one entry per transaction
/// (`expenses:CATEGORY` or `income:CATEGORY` against the account; a split
/// has a posting per part), and each
/// transfer as one entry of two postings, with ids in comments. Accounts are
/// named by what they are: `assets:checking`, `liabilities:card`.
public enum LedgerJournal {
    struct Writer: RecordWriter {
        /// By lowercased name.
        let accounts: [String: Account]
        let transfers: [Transfer]

        init(accounts: [Account] = [], transfers: [Transfer] = []) {
            self.accounts = Dictionary(accounts.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            self.transfers = transfers
        }

        func begin(_ output: inout BufferedOutput) throws {
            try output.append("; Exported by Outlay. One entry per transaction and transfer; ids in the comments.\n")
            for account in accounts.values.sorted(by: { $0.name < $1.name }) where account.openingBalance.minorUnits != 0 {
                let day = account.openedOn ?? LocalDate.today(in: .current, now: Date(timeIntervalSince1970: Double(account.createdAt.milliseconds) / 1000))
                try entry(day, "Opening balance of \(account.name)", id: account.id, to: &output,
                          (path(account.name), account.openingBalance), ("equity:opening balances", nil))
            }
        }

        func write(_ t: Transaction, index: Int, to output: inout BufferedOutput) throws {
            let side = t.kind == .expense ? "expenses:" : "income:"
            let account = path(t.account ?? "cash")
            // One posting per part of a split, each in its category.
            let categories = (t.isSplit ? t.splits : [SplitPart(category: t.category, amount: t.amount)])
                .map { (side + LedgerJournal.accountName($0.category), $0.amount) }
            // The side money went to first: the categories for spending, the account for income and refunds
            // (a refund's postings to its expense accounts are negative: hledger nets them against the purchase).
            if !t.isMoneyIn {
                try entry(t.date, t.description, id: t.id, to: &output, categories, balancedBy: account)
            } else {
                try entry(t.date, t.description, id: t.id, to: &output, [(account, t.amount)],
                          balancedBy: nil, then: categories.map { ($0.0, $0.1.negated) })
            }
        }

        func end(_ output: inout BufferedOutput) throws {
            for transfer in transfers {
                try entry(transfer.date, transfer.description, id: transfer.id, to: &output, (path(transfer.to), transfer.amount), (path(transfer.from), nil))
            }
        }

        /// An entry of two postings; the second's amount (nil) is the first's, negated.
        private func entry(_ date: LocalDate, _ description: String, id: String, to output: inout BufferedOutput,
                           _ first: (String, Money), _ second: (String, Money?)) throws {
            try entry(date, description, id: id, to: &output, [first], balancedBy: nil, then: [(second.0, second.1 ?? first.1.negated)])
        }

        /// An entry of `postings`, then `then`'s, then (when named) an account holding what balances them.
        private func entry(_ date: LocalDate, _ description: String, id: String, to output: inout BufferedOutput,
                           _ postings: [(String, Money)], balancedBy balance: String?, then more: [(String, Money)] = []) throws {
            func text(_ money: Money) -> String {
                (money.minorUnits < 0 ? "-" : "") + Money(minorUnits: money.minorUnits.magnitude > UInt64(Int64.max) ? .max : abs(money.minorUnits),
                                                         currency: money.currency).decimalString + " " + money.currency.code
            }
            try output.append("\n\(date) \(LedgerJournal.description(description))\n    ; id: \(id)\n")
            for (account, amount) in postings + more { try output.append("    \(account)  \(text(amount))\n") }
            if let balance, let currency = postings.first?.1.currency {
                let total = (postings + more).reduce(Int64(0)) { $0 + $1.1.minorUnits }
                try output.append("    \(balance)  \(text(Money(minorUnits: -total, currency: currency)))\n")
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
