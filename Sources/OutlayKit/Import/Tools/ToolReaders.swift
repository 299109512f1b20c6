import Foundation

/// Recognises another tool's export by its own layout, with no flags: a journal by its extension, a CSV by the
/// header the tool writes. Each reader turns the file into a `ToolExport`.
enum ToolReaders {
    static func recognise(_ path: String, currency: Currency) throws -> ToolExport? {
        if ["journal", "ledger", "hledger"].contains((path as NSString).pathExtension.lowercased()) {
            return try JournalReader.read(path, currency: currency)
        }
        guard ImportFormat.guess(from: path) == .csv else { return nil }
        // The delimiter is found once, for the header and for the rows.
        let delimiter = try DelimitedReader.detectDelimiter(in: path)
        guard let columns = try ToolTable.header(of: path, delimiter: delimiter) else { return nil }
        // Only the header is read to tell: a bank's file is not read twice.
        func has(_ names: [String]) -> Bool { names.allSatisfy { columns[$0] != nil } }
        let reader: (ToolTable) throws -> ToolExport
        if has(["account", "payee", "outflow", "inflow", "cleared"]) {
            reader = readYNAB
        } else if has(["original description", "transaction type", "account name"]) {
            reader = readMint
        } else if has(["source_name", "destination_name", "type", "amount"]) {
            reader = readFirefly
        } else if has(["account", "date", "payee", "notes", "category", "amount"]) {
            reader = readActual
        } else {
            return nil
        }
        return try reader(ToolTable(path: path, delimiter: delimiter, columns: columns, currency: currency))
    }

    /// YNAB's register export: `Account, Flag, Date, Payee, Category Group/Category, Category Group, Category,
    /// Memo, Outflow, Inflow, Cleared`. A transfer's payee is `Transfer : Other account`; a split is a row per
    /// part, its memo starting `Split (1/3)`.
    static func readYNAB(_ table: ToolTable) throws -> ToolExport {
        var export = ToolExport(tool: "YNAB (register export)")
        for record in table.records {
            var row = try table.row(record, date: "date", description: "payee", note: "memo")
            row.signedAmount = try table.amount(record, "inflow") - table.amount(record, "outflow")
            let payee = table.text(record, "payee")
            if let other = ToolCategories.transferTarget(payee) { row.transferAccount = other; row.description = "Transfer to \(other)" }
            row.cleared = ["cleared", "reconciled"].contains(table.text(record, "cleared").lowercased()) ? 1 : 0
            table.categorise(&row, ToolCategories.ynab, name: table.text(record, "category"))
            let account = table.text(record, "account")
            // The parts of a split follow one another: the first is the transaction, the rest are its parts.
            let memo = table.text(record, "memo")
            if let part = Self.splitPart(memo), part.index > 1, let last = export.rows.indices.last, export.rows[last].account == account,
               export.rows[last].row.date == row.date {
                ToolCategories.addPart(of: row, to: &export.rows[last].row, currency: table.currency)
                continue
            }
            if Self.splitPart(memo) != nil { row.note = nil }
            export.rows.append((account, row))
        }
        return export
    }

    /// "Split (2/3) …": which part of how many.
    static func splitPart(_ memo: String) -> (index: Int, of: Int)? {
        guard memo.hasPrefix("Split ("), let close = memo.firstIndex(of: ")") else { return nil }
        let numbers = memo[memo.index(memo.startIndex, offsetBy: 7)..<close].split(separator: "/").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    /// Mint's export: `Date, Description, Original Description, Amount, Transaction Type, Category, Account Name,
    /// Labels, Notes`; amounts unsigned, `debit` or `credit`. A card's payment and a transfer are money between
    /// the person's own accounts, their other side found from the other account's row.
    static func readMint(_ table: ToolTable) throws -> ToolExport {
        var export = ToolExport(tool: "Mint (transactions export)")
        for record in table.records {
            var row = try table.row(record, date: "date", description: "description", note: "notes")
            let amount = abs(try table.amount(record, "amount"))
            row.signedAmount = table.text(record, "transaction type").lowercased() == "debit" ? -amount : amount
            let category = table.text(record, "category")
            if ["transfer", "credit card payment", "transfer for cash spending"].contains(category.lowercased()) {
                row.betweenOwnAccounts = true
                // A card's payment coming in: that account is a card.
                if category.lowercased() == "credit card payment", row.signedAmount > 0 {
                    export.declaredTypes[table.text(record, "account name").lowercased()] = .credit
                }
            } else {
                table.categorise(&row, ToolCategories.mint, name: category)
            }
            row.bankText = table.text(record, "original description").nilIfEmpty.flatMap { $0 == row.description ? nil : $0 }
            row.tags = table.text(record, "labels").split(separator: " ").map(String.init)
            export.rows.append((table.text(record, "account name"), row))
        }
        return export
    }

    /// Actual Budget's export: `Account, Date, Payee, Notes, Category, Amount, Split_Amount, Cleared`; a
    /// transfer's payee is the other account (or `Transfer: Other`); a split's parts follow it with `Split_Amount`.
    static func readActual(_ table: ToolTable) throws -> ToolExport {
        var export = ToolExport(tool: "Actual Budget (export)")
        let accounts = Set(table.records.map { table.text($0, "account").lowercased() })
        for record in table.records {
            let account = table.text(record, "account")
            let partAmount = table.text(record, "split_amount")
            var row = try table.row(record, date: "date", description: "payee", note: "notes")
            row.signedAmount = try table.amount(record, partAmount.isEmpty ? "amount" : "split_amount")
            let payee = table.text(record, "payee")
            let category = table.text(record, "category")
            if let other = ToolCategories.transferTarget(payee) ?? (category.isEmpty && accounts.contains(payee.lowercased()) ? payee : nil) {
                row.transferAccount = other
                row.description = "Transfer to \(other)"
            }
            row.cleared = ["true", "cleared", "reconciled", "1"].contains(table.text(record, "cleared").lowercased()) ? 1 : 0
            table.categorise(&row, [:], name: category)
            // A split's parts follow the row that holds its whole amount.
            if !partAmount.isEmpty, table.text(record, "amount").isEmpty, let last = export.rows.indices.last, export.rows[last].account == account {
                export.rows[last].row.splits.append(SplitPart(category: row.category ?? "other",
                                                              amount: Money(minorUnits: abs(row.signedAmount), currency: table.currency),
                                                              note: row.note))
                if export.rows[last].row.category == nil { (export.rows[last].row.category, export.rows[last].row.ownCategory) = (row.category, true) }
                continue
            }
            export.rows.append((account, row))
        }
        return export
    }

    /// Firefly III's CSV export: a row per journal with `type` (Withdrawal, Deposit, Transfer), `amount`,
    /// `source_name` and `destination_name` (the asset account is the source of a withdrawal, the destination of
    /// a deposit), `category`, `tags`, `notes`, `reconciled`; an opening balance is the account's. A foreign
    /// amount is kept as what was charged in that currency, beside the amount the account moved.
    static func readFirefly(_ table: ToolTable) throws -> ToolExport {
        var export = ToolExport(tool: "Firefly III (CSV export)")
        for record in table.records {
            let code = table.text(record, "currency_code").uppercased()
            guard code.isEmpty || code == table.currency.code else { throw OutlayError.otherCurrency(file: table.path, code, account: table.currency) }
            var row = try table.row(record, date: "date", description: "description", note: "notes")
            let amount = abs(try table.amount(record, "amount"))
            let source = table.text(record, "source_name"), destination = table.text(record, "destination_name")
            row.cleared = ["true", "1", "yes"].contains(table.text(record, "reconciled").lowercased()) ? 1 : 0
            row.tags = table.text(record, "tags").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            let foreign = table.text(record, "foreign_amount"), foreignCode = table.text(record, "foreign_currency_code").uppercased()
            if !foreign.isEmpty, foreignCode != table.currency.code {
                if let charged = try? Currency(code: foreignCode), let minor = BankAmount.parse(foreign, decimalMark: ".", currency: charged), minor != 0 {
                    row.original = Money(minorUnits: abs(minor), currency: charged)
                } else {
                    export.unrepresentable.append(BadRow(line: record.line, reason: "the foreign amount '\(foreign) \(foreignCode)' is no amount in a currency"))
                }
            }
            switch table.text(record, "type").lowercased() {
            case "withdrawal":
                row.signedAmount = -amount
                if row.description.isEmpty { row.description = destination }
                table.categorise(&row, [:], name: table.text(record, "category"))
                export.rows.append((source, row))
            case "deposit":
                row.signedAmount = amount
                if row.description.isEmpty { row.description = source }
                table.categorise(&row, [:], name: table.text(record, "category"))
                export.rows.append((destination, row))
            case "transfer":
                row.signedAmount = -amount
                row.transferAccount = destination
                export.rows.append((source, row))
            case "opening balance":
                // Into the asset account from Firefly's initial-balance account (or out of it, for money owed).
                let assetIsDestination = table.text(record, "destination_type").lowercased().contains("asset")
                export.openings[assetIsDestination ? destination : source] = (assetIsDestination ? amount : -amount, row.date)
            default:
                export.unrepresentable.append(BadRow(line: record.line, reason: "a Firefly '\(table.text(record, "type"))' of \(amount) "
                    + "(\(source) → \(destination)) is not imported"))
            }
        }
        return export
    }
}
