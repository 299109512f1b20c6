import OutlayBasics
import OutlayKit

/// What an import did, for people and for `--json`: the profile, the rows,
/// the days and money, what was skipped and why, and where categories came from.
enum ImportSummary {
    static func text(_ report: ImportReport, savedAs name: String?, configPath: String) -> String {
        let verb = report.dryRun ? "Would import" : "Imported"
        let read = report.profile.map { " with profile \($0.name): \($0.bank)" } ?? ""
        let into = report.account.isEmpty ? "" : " into \(report.account)"
        var lines = ["\(verb) \(counted(report.imported, "transaction"))\(into) from \(report.file)\(read)"]
        if let roles = report.readFromContent {
            // No profile or known header: say what each column was taken for, so one role can be corrected with --map.
            lines.append("  no bank's layout or known header fits; columns read from their content: " + roles.joined(separator: "; "))
            lines.append("  (--map COLUMN=FIELD corrects one; --save-profile NAME keeps the layout for the next file)")
        }
        if report.accountChosenForCard { lines.append("  into \(report.account): a card's export, and the book's one card account") }
        if let card = report.cardAccount {
            lines.append("  ! this is a card's export and went into \(report.account): outlay undo, then --account \(card) puts it in the card account")
        }
        if let currency = report.adoptedCurrency {
            lines.append("  the book held nothing yet and \(report.dryRun ? "would take" : "is now in") \(currency.code), the statement's currency")
        }
        if let first = report.firstDate, let last = report.lastDate {
            lines.append("  \(first == last ? "\(first)" : "\(first) to \(last)") · out \(report.moneyOut) · in \(report.moneyIn) \(report.moneyIn.currency)")
        }
        var skipped = ["\(report.duplicates) already imported"]
        for reason in LeftOutReason.allCases {
            guard let count = report.leftOut[reason], count > 0 else { continue }
            skipped.append(reason.counted(count) + (reason == .pending ? " (--include-pending imports them)" : ""))
        }
        if report.matched > 0 { lines.append("  matched: \(report.matched) to entries you made (kept as you typed them, now cleared)") }
        lines.append("  skipped: " + skipped.joined(separator: ", "))
        if report.transfersMade + report.transfersMatched > 0 {
            var transfers = "  transfers: \(report.transfersMade) recorded"
            if report.transfersOpen > 0 {
                transfers += " (\(report.transfersOpen) from or to an account not known yet: outlay transfer assign ID --from/--to ACCOUNT)"
            }
            if report.transfersMatched > 0 { transfers += ", \(report.transfersMatched) matched to one already recorded" }
            lines.append(transfers)
        }
        lines += statementLines(report)
        let sources = CategorySource.allCases.compactMap { source in report.categorySources[source].map { "\($0) \(source)" } }
        if !sources.isEmpty { lines.append("  categories: " + sources.joined(separator: " · ")) }
        let bankCategories = report.columns[.category] != nil || report.format == .qif || report.format == .ofx
        if bankCategories && (report.categorySources[.other] ?? 0) > 0 {
            lines.append("  (other keeps the bank's category as a tag; [import.category_map] or --create-categories file them)")
        }
        if !report.createdCategories.isEmpty {
            lines.append("  new categories: " + report.createdCategories.map { $0.split(separator: ":").last.map(String.init) ?? $0 }.joined(separator: ", "))
        }
        if let name { lines.append("Saved this layout as profile '\(name)' in \(configPath)") }
        if report.badRowCount > 0 {
            lines.append("Skipped \(report.badRowCount) rows that cannot be read:")
            lines += report.badRows.map { "  \($0)" }
            if report.badRowCount > report.badRows.count { lines.append("  … and \(report.badRowCount - report.badRows.count) more") }
        }
        return lines.joined(separator: "\n")
    }

    /// What moving in from another tool did: the tool, the accounts made, each account's rows, transfers,
    /// categories, and what the file holds that a book cannot.
    static func text(_ report: ToolImportReport) -> String {
        var lines = [report.dryRun ? "Would import \(counted(report.rowsRead, "row")) of \(counted(report.accounts.count, "account")) from "
                        + "\(report.file), recognised as \(report.tool); nothing was written"
                     : "Imported \(counted(report.imported, "transaction")) from \(report.file), recognised as \(report.tool)"]
        if !report.accountsMade.isEmpty {
            lines.append("  accounts \(report.dryRun ? "it would make" : "made"): " + report.accountsMade.map { "\($0.name) (\($0.type.rawValue)"
                + (report.openingsSet.contains($0.name) ? ", with its opening balance" : "") + ")" }.joined(separator: ", "))
        }
        for account in report.imports {
            lines.append("  \(account.account): \(counted(account.imported, "transaction"))"
                         + (account.duplicates > 0 ? ", \(account.duplicates) already imported" : "")
                         + (account.matched > 0 ? ", \(account.matched) matched to entries you made" : ""))
        }
        if report.transfers + report.transfersMatched > 0 {
            lines.append("  transfers: \(report.transfers) recorded, \(report.transfersMatched) found as the other side of one recorded")
        }
        if !report.categoriesMade.isEmpty {
            lines.append("  new categories: " + report.categoriesMade.map { $0.split(separator: ":").last.map(String.init) ?? $0 }.joined(separator: ", "))
        }
        if !report.unrepresentable.isEmpty {
            lines.append("  not imported, as a book cannot hold them:")
            lines += report.unrepresentable.map { "    \($0)" }
        }
        if report.imports.count > 1 { lines.append("  (each account's rows are one step of undo)") }
        return lines.joined(separator: "\n")
    }

    static func json(_ report: ToolImportReport) -> JSONValue {
        [
            "file": .string(report.file), "tool": .string(report.tool), "imported": .integer(report.imported), "dryRun": .bool(report.dryRun),
            "rows": .integer(Int64(report.rowsRead)),
            "duplicates": .integer(report.duplicates), "transfers": .integer(report.transfers), "transfersMatched": .integer(report.transfersMatched),
            "accountsMade": .array(report.accountsMade.map { ["name": .string($0.name), "type": .string($0.type.rawValue)] }),
            "accounts": .array(report.imports.map { json($0) }),
            "createdCategories": .array(report.categoriesMade.map(JSONValue.string)),
            "unrepresentable": .array(report.unrepresentable.map(JSONValue.string)),
        ]
    }

    /// The statement's running balance beside the account's, and rows that land where they should not.
    private static func statementLines(_ report: ImportReport) -> [String] {
        var lines: [String] = []
        let currency = report.moneyIn.currency
        func money(_ minor: Int64) -> String { Money(minorUnits: minor, currency: currency).description }
        if let statement = report.statement {
            if statement.openedAccount { lines.append("  \(report.account) starts from the statement's opening balance \(money(statement.opening))") }
            if let broken = statement.firstBreak {
                lines.append("  ✖ the statement's running balance breaks at line \(broken.line): the rows before it give \(money(broken.expected)), "
                             + "the file says \(money(broken.stated)) (a row missing, or a sign read the wrong way)")
            }
            if let balance = statement.accountBalance {
                lines.append(balance == statement.closing
                    ? "  balance \(money(balance)) on \(statement.closingDate) agrees with the statement"
                    : "  ✖ balance \(money(balance)) on \(statement.closingDate), the statement says \(money(statement.closing)) "
                        + "(\(money(statement.closing - balance)) apart)")
            }
        }
        if report.beforeOpening > 0 { lines.append("  ! \(counted(report.beforeOpening, "row")) dated before \(report.account) was opened") }
        if report.insideReconciled > 0 {
            lines.append("  ! \(counted(report.insideReconciled, "row")) inside a period of \(report.account) already reconciled")
        }
        return lines
    }

    /// A dry run's rows, each with what it would become.
    static func rows(_ report: ImportReport) -> String {
        var table = TextTable([TextTable.Column(title: "LINE"), TextTable.Column(title: "DATE"), TextTable.Column(title: "DESCRIPTION", flexible: true),
                               TextTable.Column(title: "AMOUNT"), TextTable.Column(title: "BECOMES", flexible: true)])
        for row in report.preview {
            let movement = row.movement.map { ($0.amount.minorUnits > 0 ? "+" : "") + $0.amount.description }
            let amount = row.transaction?.signedText ?? movement ?? ""
            let date = row.transaction?.date ?? row.movement?.date
            table.append([TextTable.Cell(text: String(row.line)), TextTable.Cell(text: date?.description ?? ""),
                          TextTable.Cell(text: row.transaction?.description ?? row.description ?? ""), TextTable.Cell(text: amount),
                          TextTable.Cell(text: becomes(row))])
        }
        var text = table.render(width: TerminalStyle.width, style: .standardOutput)
        let total = report.imported + report.duplicates + report.matched + report.badRowCount
            + report.leftOut.values.reduce(0, +) + report.transfersMade
        if report.preview.count >= ImportService.listedRows, total > report.preview.count {
            text += "\n… the first \(report.preview.count) rows shown"
        }
        return text
    }

    static func becomes(_ row: ImportPreviewRow) -> String {
        switch row.status {
        case .new: row.transaction?.isRefund == true ? "new: a refund of \(row.transaction?.category ?? "")" : "new"
        case .duplicate: "already imported"
        case let .matched(entry):
            entry.side == nil ? "matches '\(entry.description)' you entered \(entry.date)" : "matches the transfer '\(entry.description)' of \(entry.date)"
        case let .transfer(to, from): "transfer \(from) → \(to)"
        case let .leftOut(reason): "left out: " + reason.counted(1).replacingOccurrences(of: "1 ", with: "")
        case let .unreadable(reason): "cannot be read: \(reason)"
        }
    }

    static func json(_ report: ImportReport) -> JSONValue {
        [
            "account": .string(report.account), "accountChosenForCard": .bool(report.accountChosenForCard),
            "cardAccount": .optional(report.cardAccount), "matched": .integer(report.matched), "transfersOpen": .integer(report.transfersOpen),
            "statement": report.statement.map(statementJSON) ?? .null,
            "beforeOpening": .integer(report.beforeOpening), "insideReconciled": .integer(report.insideReconciled),
            "rows": report.dryRun ? .array(report.preview.map(rowJSON)) : .null,
            "file": .string(report.file), "format": .string(report.format.rawValue),
            "profile": report.profile.map { .string($0.name) } ?? .null, "imported": .integer(report.imported),
            "readFromContent": report.readFromContent.map { .array($0.map(JSONValue.string)) } ?? .null,
            "columns": .object(JSONObject(report.columnFields.sorted { $0.value < $1.value }.map { (key: $0.key.rawValue, value: .integer(Int64($0.value + 1))) })),
            "duplicates": .integer(report.duplicates),
            "leftOut": .object(JSONObject(LeftOutReason.allCases.map { (key: $0.rawValue, value: .integer(report.leftOut[$0] ?? 0)) })),
            "from": .optional(report.firstDate?.description), "to": .optional(report.lastDate?.description),
            "moneyIn": report.moneyIn.json(), "moneyOut": report.moneyOut.json(), "currency": .string(report.moneyIn.currency.code),
            "categories": .object(JSONObject(CategorySource.allCases.map { (key: $0.key, value: .integer(report.categorySources[$0] ?? 0)) })),
            "createdCategories": .array(report.createdCategories.map(JSONValue.string)),
            "badRowCount": .integer(report.badRowCount), "dryRun": .bool(report.dryRun),
            "transfers": .integer(report.transfersMade), "transfersMatched": .integer(report.transfersMatched),
            "adoptedCurrency": .optional(report.adoptedCurrency?.code),
            "badRows": .array(report.badRows.map { ["line": .integer($0.line), "reason": .string($0.reason)] }),
        ]
    }

    private static func statementJSON(_ statement: StatementCheck) -> JSONValue {
        [
            "opening": .integer(statement.opening), "closing": .integer(statement.closing), "closingDate": .string(statement.closingDate.description),
            "accountBalance": statement.accountBalance.map(JSONValue.integer) ?? .null, "agrees": .bool(statement.agrees),
            "openedAccount": .bool(statement.openedAccount),
            "break": statement.firstBreak.map { ["line": .integer(Int64($0.line)), "expected": .integer($0.expected), "stated": .integer($0.stated)] } ?? .null,
        ]
    }

    private static func rowJSON(_ row: ImportPreviewRow) -> JSONValue {
        var status: String
        var matched: JSONValue = .null
        switch row.status {
        case .new: status = "new"
        case .duplicate: status = "duplicate"
        case let .matched(entry):
            status = "matched"
            matched = ["id": .string(entry.id), "description": .string(entry.description), "date": .string(entry.date.description),
                       "side": .optional(entry.side?.rawValue)]
        case .transfer: status = "transfer"
        case .leftOut: status = "leftOut"
        case .unreadable: status = "unreadable"
        }
        return ["line": .integer(Int64(row.line)), "status": .string(status), "date": .optional(row.transaction?.date.description),
                "description": .optional(row.transaction?.description ?? row.description), "amount": row.transaction.map { $0.signedAmount.json() } ?? .null,
                "category": .optional(row.transaction?.category), "matched": matched]
    }
}
