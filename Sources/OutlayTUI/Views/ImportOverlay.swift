import Foundation
import OutlayBasics
import OutlayKit
import TerminalUI

/// The import view: the path, how the file is read (profile, columns and
/// their roles, date format, sign), its first rows as they would be stored,
/// and what Enter would do.
enum ImportOverlay {
    static func render(_ view: ImportViewState, state: AppState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let modal = Modal(block: Block(title: "Import a bank's export", borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: Swift.min(120, buffer.width - 2), height: buffer.height - 2)
        let inner = modal.render(in: buffer.area, into: &buffer)
        guard inner.height >= 8 else { return nil }

        buffer.put("File ", x: inner.x, y: inner.y, style: theme.surfaceAccent)
        let field = Rect(x: inner.x + 5, y: inner.y, width: inner.width - 5, height: 1)
        let path = TextField(input: view.path, placeholder: "the path of a CSV, OFX or QIF file (Tab completes)",
                             style: view.editingPath ? theme.selectionStyle : theme.surfaceStyle, placeholderStyle: theme.surfaceMuted)
        path.render(in: field, into: &buffer)

        buffer.put(about(view), x: inner.x, y: inner.y + 1, width: inner.width, style: theme.surfaceMuted)
        columns(view, theme: theme, in: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 1), into: &buffer)
        let problem = view.error ?? { if case let .failed(message, _) = view.outcome { return Self.inKeys(message) } else { return nil } }()
        if let problem {
            Paragraph("✖ " + problem, style: theme.onSurface(theme.dangerStyle))
                .render(in: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: 2), into: &buffer)
        }

        let body = Rect(x: inner.x, y: inner.y + 5, width: inner.width, height: inner.height - 9)
        if view.editingPath && !view.candidates.isEmpty {
            for (offset, name) in view.candidates.prefix(body.height).enumerated() {
                buffer.put(name, x: body.x + 2, y: body.y + offset, width: body.width - 2, style: theme.surfaceStyle)
            }
        } else if let report = view.report {
            rows(report, view: view, theme: theme, in: body, into: &buffer)
        } else if case let .tool(preview) = view.outcome {
            Paragraph(toolLines(preview).map { ($0, theme.surfaceStyle) }).render(in: body, into: &buffer)
        }
        let totalsArea = Rect(x: inner.x, y: inner.bottom - 4, width: inner.width, height: 2)
        if let work = state.work {
            // Reading or importing runs off the loop: a bar with rows done, the rate and the time left.
            Gauge(permille: Int64(work.progress?.permille ?? 0), label: work.line, filledStyle: theme.surfaceAccent, emptyStyle: theme.surfaceMuted)
                .render(in: Rect(x: totalsArea.x, y: totalsArea.y, width: totalsArea.width, height: 1), into: &buffer)
        } else {
            let totals = view.importing ? "Importing…" : view.report.map(summary) ?? ""
            Paragraph(totals, style: theme.surfaceStyle).render(in: totalsArea, into: &buffer)
        }
        let hints = view.editingPath
            ? "Enter previews · Tab completes · Esc closes, importing nothing"
            : "←→ column · r/R its role · f date format · s sign · x leave out the row · m unmatch · a account · b skip unreadable rows · p path · "
                + "Enter imports (u undoes) · Esc closes, importing nothing"
        Paragraph(hints, style: theme.surfaceMuted).render(in: Rect(x: inner.x, y: inner.bottom - 2, width: inner.width, height: 2), into: &buffer)
        return view.editingPath ? path.cursor(in: field) : nil
    }

    /// Another tool's export: the accounts Enter makes and what the file holds that a book cannot.
    static func toolLines(_ preview: ToolPreview) -> [String] {
        var lines = ["Enter brings in \(counted(preview.rows, "row")) of \(preview.accounts.count) accounts: "
                     + preview.accounts.joined(separator: ", ") + ", each into its own (u takes back one account's rows at a time)."]
        if !preview.accountsMade.isEmpty { lines.append("Accounts it makes: " + preview.accountsMade.joined(separator: ", ")) }
        if !preview.unrepresentable.isEmpty {
            lines += ["", "Not imported, as a book cannot hold them:"] + preview.unrepresentable.map { "  " + $0 }
        }
        return lines
    }

    /// How the file is read: the bank, the dates, the decimal mark, the sign.
    static func about(_ view: ImportViewState) -> String {
        if case let .tool(preview) = view.outcome { return "\(preview.tool), another tool's export" }
        guard let report = view.report else { return view.request != nil && view.outcome == nil ? "Reading…" : "" }
        // Where the rows go first: it is what a wrong guess costs most.
        let suggested = report.accountChosenForCard || (view.suggestedAccount && view.request?.account == report.account)
        var parts = ["Into \(report.account)" + (suggested ? " (suggested for a card's export)" : "")]
        if let profile = report.profile {
            parts.append("\(profile.bank) (profile \(profile.name))")
        } else {
            parts.append(report.format != .csv ? report.format.rawValue.uppercased()
                         : report.readFromContent != nil ? "columns read from the content (r corrects)" : "columns by their names")
        }
        if let format = report.dateFormat { parts.append("dates \(format.rawValue)") }
        if let mark = report.decimalMark { parts.append("decimal mark \(mark)") }
        parts.append(view.request?.invertSign == true ? "signs flipped" : "signs as in the file")
        return parts.joined(separator: " · ")
    }

    /// "Date: date  Naam: description …", the selected column marked, scrolled to keep it in view.
    private static func columns(_ view: ImportViewState, theme: Theme, in area: Rect, into buffer: inout Buffer) {
        let names = view.columnNames
        guard !names.isEmpty else { return }
        let segments = names.indices.map { index in
            " \(DisplayWidth.truncateAtWord(names[index], to: 24)): \(view.role(ofColumn: index) ?? "—") "
        }
        var start = view.column
        var used = DisplayWidth.of(segments[view.column])
        while start > 0, used + DisplayWidth.of(segments[start - 1]) <= area.width { start -= 1; used += DisplayWidth.of(segments[start]) }
        var x = area.x
        for index in start..<segments.count {
            let width = DisplayWidth.of(segments[index])
            guard x + width <= area.right else {
                buffer.put("…", x: area.right - 1, y: area.y, width: 1, style: theme.surfaceMuted)
                break
            }
            let selected = index == view.column && !view.editingPath
            let assigned = view.role(ofColumn: index) != nil
            buffer.put(segments[index], x: x, y: area.y, width: width,
                       style: selected ? theme.selectionStyle : assigned ? theme.surfaceStyle : theme.surfaceMuted)
            x += width
        }
    }

    private static func rows(_ report: ImportReport, view: ImportViewState, theme: Theme, in area: Rect, into buffer: inout Buffer) {
        // Narrow: no line numbers and short words, so the description keeps its room.
        let wide = area.width >= 100
        let visible = Swift.max(1, area.height - 1)
        let first = Swift.max(0, Swift.min(view.row - visible / 2, report.preview.count - visible))
        let rows: [Table.Row] = report.preview.dropFirst(first).prefix(visible).map { row in
            var cells: Table.Row
            switch row.status {
            case .new, .duplicate:
                guard let t = row.transaction else { return [] }
                let duplicate = row.status == .duplicate
                let amount = Formatting.balance(t.signedAmount)
                let quiet = duplicate ? theme.surfaceMuted : theme.surfaceStyle
                cells = [(t.date.description, quiet), (t.description, quiet), (t.category, quiet),
                         (amount, duplicate ? theme.surfaceMuted : theme.onSurface(Formatting.style(for: t, theme))),
                         (duplicate ? (wide ? "already imported" : "imported") : t.isRefund ? "refund" : "new", theme.surfaceMuted)]
            case let .leftOut(reason):
                cells = [("", theme.surfaceMuted), (row.description ?? "", theme.surfaceMuted), ("", theme.surfaceMuted),
                         ("", theme.surfaceMuted), (wide ? leftOutWords(reason) : "left out", theme.surfaceMuted)]
            case let .matched(entry):
                guard let t = row.transaction else { return [] }
                let amount = Formatting.balance(t.signedAmount)
                let what = entry.side == nil ? "matches '\(entry.description)' you entered \(entry.date)" : "matches transfer of \(entry.date)"
                cells = [(t.date.description, theme.surfaceStyle), (wide ? "\(t.description) — \(what)" : t.description, theme.surfaceStyle),
                         (t.category, theme.surfaceMuted), (amount, theme.surfaceMuted), (wide ? "matched (m unmatches)" : "matched", theme.surfaceAccent)]
            case let .transfer(to, from):
                let description = row.description ?? ""
                cells = [(row.movement?.date.description ?? "", theme.surfaceStyle),
                         (wide ? "\(description) — \(from) → \(to)" : description, theme.surfaceStyle), ("", theme.surfaceMuted),
                         (row.movement.map { Formatting.balance($0.amount) } ?? "", theme.surfaceMuted), ("transfer", theme.surfaceMuted)]
            case let .unreadable(reason):
                let style = theme.onSurface(theme.dangerStyle)
                cells = [(wide ? "" : "line \(row.line)", style), ("✖ " + reason, style), ("", style), ("", style), (wide ? "cannot be read" : "✖", style)]
            }
            return wide ? [(String(row.line), theme.surfaceMuted)] + cells : cells
        }
        var columns = [Table.Column("DATE", .length(10)), Table.Column("DESCRIPTION", .fill(1)),
                       Table.Column("CATEGORY", .length(wide ? 14 : 10)), Table.Column("AMOUNT", .length(wide ? 13 : 11), alignRight: true),
                       Table.Column("", .length(wide ? 18 : 8))]
        if wide { columns.insert(Table.Column("LINE", .length(5), alignRight: true), at: 0) }
        Table(columns: columns, rows: rows, selected: view.editingPath ? nil : view.row - first, headerStyle: theme.surfaceAccent,
              selectedStyle: theme.selectionStyle).render(in: area, into: &buffer)
    }

    static func leftOutWords(_ reason: LeftOutReason) -> String {
        switch reason {
        case .transfer: "transfer: left out"
        case .pending: "pending: left out"
        case .cancelled: "declined: left out"
        case .balance: "balance: left out"
        case .skipped: "left out by you"
        }
    }

    /// "Would import 3 transactions · 2024-11-22 to 2024-11-28 · out 28.35 · in 2,750.00 EUR · 1 already imported · …".
    static func summary(_ report: ImportReport) -> String {
        var parts = ["Would import \(counted(report.imported, "transaction"))"]
        if let from = report.firstDate, let to = report.lastDate { parts.append(from == to ? "\(from)" : "\(from) to \(to)") }
        parts.append("out \(report.moneyOut) · in \(report.moneyIn) \(report.moneyIn.currency.code)")
        if report.matched > 0 { parts.append("\(report.matched) matched to entries you made") }
        if report.duplicates > 0 { parts.append("\(report.duplicates) already imported") }
        if report.transfersMade > 0 { parts.append(counted(report.transfersMade, "transfer")) }
        let leftOut = LeftOutReason.allCases.compactMap { reason in report.leftOut[reason].flatMap { $0 > 0 ? reason.counted($0) : nil } }
        if !leftOut.isEmpty { parts.append("left out: " + leftOut.joined(separator: ", ")) }
        if report.badRowCount > 0 { parts.append("\(report.badRowCount) cannot be read") }
        if let statement = report.statement, let balance = statement.accountBalance {
            let money = { (minor: Int64) in Money(minorUnits: minor, currency: report.moneyIn.currency).description }
            parts.append(balance == statement.closing ? "balance \(money(balance)) agrees with the statement"
                         : "✖ balance \(money(balance)), the statement says \(money(statement.closing))")
        }
        if report.beforeOpening > 0 { parts.append("! \(counted(report.beforeOpening, "row")) before the account's opening") }
        if report.insideReconciled > 0 { parts.append("! \(counted(report.insideReconciled, "row")) inside a reconciled period") }
        return parts.joined(separator: " · ")
    }

    /// The import's messages name the command line's options; here, the keys that do the same.
    static func inKeys(_ message: String) -> String {
        [("say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY", "f steps through the date formats"),
         ("pass --date-format", "f steps through the date formats"), ("which account? --account", "which account? a steps through"),
         ("(outlay import --profiles lists them); name the columns with --map COLUMN=FIELD", "; ←→ picks a column, r gives it its role"),
         ("(--skip-bad imports the rest)", "(b imports the rest)")]
            .reduce(message) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
