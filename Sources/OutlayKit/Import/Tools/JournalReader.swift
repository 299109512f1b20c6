import Foundation

/// An hledger or ledger journal: each entry's postings to `assets:` and `liabilities:` accounts are the book's
/// accounts, to `expenses:` and `income:` (or `revenue:`) its categories, and to `equity:` an account's opening
/// balance. An entry of one account against categories is a transaction (a split when several, a refund when
/// money comes back from `expenses:`); of two accounts alone, a transfer. What a book cannot hold (another
/// commodity, a price, a cost, a virtual posting, an entry mixing more) is said line by line, never dropped silently.
enum JournalReader {
    static func read(_ path: String, currency: Currency) throws -> ToolExport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutlayError.invalidImport(path, "cannot be read")
        }
        var export = ToolExport(tool: "an hledger/ledger journal")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var index = 0
        while index < lines.count {
            let line = lines[index], number = index + 1
            index += 1
            guard let first = line.first, !line.trimmingWhitespace().isEmpty else { continue }
            if ";#*%|".contains(first) { continue }
            if first.isNumber {
                var postings: [(line: Int, text: String)] = []
                while index < lines.count, let lead = lines[index].first, lead == " " || lead == "\t" {
                    let text = lines[index].trimmingWhitespace()
                    if !text.isEmpty, !text.hasPrefix(";"), !text.hasPrefix("#") { postings.append((index + 1, text)) }
                    index += 1
                }
                Entry(line: number, header: line, postings: postings, currency: currency).add(to: &export)
                continue
            }
            let word = line.split(separator: " ").first.map(String.init) ?? ""
            switch word {
            case "account":
                let name = line.dropFirst(8).split(separator: ";").first.map { String($0).trimmingWhitespace() } ?? ""
                if let account = Entry.account(name) { export.declaredTypes[account.name.lowercased()] = account.type }
            case "P":
                export.unrepresentable.append(BadRow(line: number, reason: "a price ('\(line)') is not kept: a book holds one currency"))
            case "commodity", "decimal-mark", "D", "Y", "year":
                continue
            default:
                export.unrepresentable.append(BadRow(line: number, reason: "'\(line.prefix(60))' is not read: Outlay imports entries, prices and account declarations"))
                while index < lines.count, let lead = lines[index].first, lead == " " || lead == "\t" { index += 1 }
            }
        }
        return export
    }

    /// One entry: its first line and its postings.
    struct Entry {
        let line: Int
        let header: String
        let postings: [(line: Int, text: String)]
        let currency: Currency

        /// `assets:bank:checking` → the account "bank checking" (an asset, type from its name); `liabilities:visa` → a card.
        static func account(_ path: String) -> (name: String, type: AccountType?)? {
            let parts = path.split(separator: ":").map { String($0).trimmingWhitespace() }
            guard parts.count >= 2, let top = parts.first?.lowercased(), top == "assets" || top == "liabilities" else { return nil }
            let name = parts.dropFirst().joined(separator: " ")
            guard top == "liabilities" else { return (name, nil) }
            return (name, ["loan", "mortgage"].contains { name.lowercased().contains($0) } ? .loan : .credit)
        }

        func add(to export: inout ToolExport) {
            func refuse(_ reason: String) { export.unrepresentable.append(BadRow(line: line, reason: reason)) }
            // "2024-11-28 * (code) Description  ; comment"
            var rest = Substring(header.split(separator: ";", maxSplits: 1).first ?? "")
            let dateText = rest.prefix { !$0.isWhitespace }
            rest = rest.dropFirst(dateText.count).drop { $0.isWhitespace }
            let primary = dateText.split(separator: "=").first.map { $0.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-") } ?? ""
            guard let date = try? LocalDate(parsing: primary) else { return refuse("'\(dateText)' is not a date (YYYY-MM-DD)") }
            var cleared = 0
            if let mark = rest.first, mark == "*" || mark == "!" {
                cleared = mark == "*" ? 1 : 0
                rest = rest.dropFirst().drop { $0.isWhitespace }
            }
            if rest.first == "(", let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...].drop { $0.isWhitespace } }
            let description = String(rest).trimmingWhitespace()

            // Each posting: an account, then (after two spaces or a tab) an amount, which one posting may leave out.
            var read: [(account: String, amount: Int64?)] = []
            for posting in postings {
                var text = String(posting.text.split(separator: ";", maxSplits: 1).first ?? "").trimmingWhitespace()
                if let mark = text.first, mark == "*" || mark == "!" { text = String(text.dropFirst()).trimmingWhitespace() }
                let separator = text.range(of: "  ") ?? text.range(of: "\t")
                let account = separator.map { String(text[..<$0.lowerBound]) } ?? text
                if account.hasPrefix("(") || account.hasPrefix("[") { return refuse("a virtual posting (\(account)) cannot be kept") }
                guard let separator else { read.append((account, nil)); continue }
                var amountText = String(text[separator.upperBound...]).trimmingWhitespace()
                if amountText.contains("@") { return refuse("a cost in another commodity ('\(amountText)') cannot be kept: a book holds one currency") }
                if let assertion = amountText.firstIndex(of: "=") { amountText = String(amountText[..<assertion]).trimmingWhitespace() }
                if amountText.isEmpty { read.append((account, nil)); continue }
                guard let amount = Self.amount(amountText, currency: currency) else {
                    return refuse("'\(amountText)' is not an amount in \(currency.code), the book's currency")
                }
                read.append((account, amount))
            }
            let missing = read.filter { $0.amount == nil }.count
            guard missing <= 1 else { return refuse("more than one posting leaves its amount out") }
            let total = read.reduce(Int64(0)) { $0 + ($1.amount ?? 0) }
            guard missing == 1 || total == 0 else { return refuse("the postings do not balance (they sum to \(total))") }
            let postings = read.map { (account: $0.account, amount: $0.amount ?? -total) }

            var accounts: [(name: String, amount: Int64)] = [], categories: [(kind: TransactionKind, name: String, amount: Int64)] = []
            var equity = false
            for posting in postings {
                let top = posting.account.split(separator: ":").first.map { $0.lowercased() } ?? ""
                let below = posting.account.split(separator: ":").dropFirst().map { String($0).trimmingWhitespace() }.joined(separator: ":")
                if let account = Self.account(posting.account) {
                    if let type = account.type { export.declaredTypes[account.name.lowercased()] = type }
                    accounts.append((account.name, posting.amount))
                } else if top == "expenses" || top == "expense", !below.isEmpty {
                    categories.append((.expense, below, posting.amount))
                } else if ["income", "revenue", "revenues"].contains(top), !below.isEmpty {
                    categories.append((.income, below, posting.amount))
                } else if top == "equity" {
                    equity = true
                } else {
                    return refuse("the posting to '\(posting.account)' is neither an account (assets:, liabilities:) nor a category (expenses:, income:)")
                }
            }
            if equity {
                guard accounts.count == 1, categories.isEmpty else { return refuse("an equity entry other than one account's opening balance") }
                export.openings[accounts[0].name] = (accounts[0].amount, date)
                return
            }
            var row = ImportedRow(line: line, date: date, signedAmount: 0, description: description.isEmpty ? "-" : description)
            row.cleared = cleared
            if accounts.count == 2, categories.isEmpty {
                guard let from = accounts.first(where: { $0.amount < 0 }), let to = accounts.first(where: { $0.amount > 0 }) else {
                    return refuse("a transfer of nothing")
                }
                row.signedAmount = from.amount
                row.transferAccount = to.name
                export.rows.append((from.name, row))
                return
            }
            guard accounts.count == 1, !categories.isEmpty, Set(categories.map(\.kind)).count == 1 else {
                return refuse("an entry of \(accounts.count) accounts and \(categories.count) categories, mixed, is not one transaction or one transfer")
            }
            let kind = categories[0].kind, account = accounts[0]
            // Spending: the categories up, the account down; money back from a merchant: the other way (a refund).
            let signs = Set(categories.map { $0.amount > 0 })
            guard signs.count == 1 else { return refuse("its categories move both ways") }
            row.signedAmount = account.amount
            row.isRefund = kind == .expense && account.amount > 0
            guard kind == .expense || account.amount > 0 else { return refuse("income taken back from an account") }
            var parts: [(name: String, amount: Int64)] = []
            for category in categories {
                if let index = parts.firstIndex(where: { $0.name.lowercased() == category.name.lowercased() }) {
                    parts[index].amount += abs(category.amount)
                } else {
                    parts.append((category.name, abs(category.amount)))
                }
            }
            row.category = parts[0].name
            row.ownCategory = true
            if parts.count > 1 {
                row.splits = parts.map { SplitPart(category: $0.name, amount: Money(minorUnits: $0.amount, currency: currency)) }
            }
            export.rows.append((account.name, row))
        }

        /// "12.00 EUR", "-12.00 EUR", "EUR 12.00", "$12.00", "-$1,234.56", "12": minor units, when the commodity is the book's.
        static func amount(_ text: String, currency: Currency) -> Int64? {
            let letters = text.filter { $0.isLetter || "$€£¥".contains($0) }
            let symbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]
            guard letters.isEmpty || letters.uppercased() == currency.code || symbols[letters] == currency.code else { return nil }
            let number = text.filter { !$0.isLetter && !"$€£¥\"".contains($0) }
            // A journal written with a decimal comma (`1.234,56 EUR`) says so by a comma and one or two digits at the end.
            var mark = DecimalMarkEvidence()
            mark.observe(number)
            return BankAmount.parse(number, decimalMark: mark.mark, currency: currency)
        }
    }
}
