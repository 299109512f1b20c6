import OutlayBasics
import OutlayKit
import TerminalUI

/// The accounts, or one account's register with the balance after each line,
/// its cleared state, and while reconciling the statement's balance and the difference.
enum AccountsOverlay {
    static func render(_ view: AccountsViewState, state: AppState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let title = view.register.map { "Register of \($0.account)" } ?? "Accounts"
        let modal = Modal(block: Block(title: title, borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: Swift.min(110, buffer.width - 2), height: buffer.height - 2)
        let inner = modal.render(in: buffer.area, into: &buffer)
        guard inner.height >= 6 else { return nil }
        if let register = view.register { return registerView(register, state: state, in: inner, into: &buffer) }
        let rows: [Table.Row] = state.accounts.map { item in
            [(item.account.name, theme.surfaceStyle), (item.account.type.rawValue + (item.account.closed ? ", closed" : ""), theme.surfaceMuted),
             // An account in another currency than the book's says which.
             (Formatting.balance(item.balance) + (item.account.currency == state.currency ? "" : " " + item.account.currency.code),
              theme.onSurface(item.balance.minorUnits < 0 ? theme.expenseStyle : theme.incomeStyle)),
             (Formatting.balance(item.cleared), theme.surfaceMuted)]
        }
        Table(columns: [Table.Column("ACCOUNT", .fill(1)), Table.Column("TYPE", .length(18)), Table.Column("BALANCE", .length(16), alignRight: true),
                        Table.Column("CLEARED", .length(16), alignRight: true)],
              rows: rows, selected: view.selected, headerStyle: theme.surfaceAccent, selectedStyle: theme.selectionStyle)
            .render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 3), into: &buffer)
        let total = NetWorth(state.accounts, currency: state.currency)
        buffer.put("Net worth \(total.isConverted ? "≈ " : "")\(NumberFormat.current.withCurrency(total.netWorth, plus: true))"
                   + (total.unconverted.isEmpty ? "" : " (no rate for \(total.unconverted.joined(separator: ", ")): left out)"), x: inner.x, y: inner.bottom - 2, width: inner.width,
                   style: theme.surfaceStyle.adding(.bold))
        Paragraph("Enter opens the register · \(state.keymap.label(for: .transfer)) moves money between accounts · Esc closes",
                  style: theme.surfaceMuted).render(in: Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1), into: &buffer)
        return nil
    }

    private static func registerView(_ register: RegisterState, state: AppState, in inner: Rect, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let balance = state.accounts.first { $0.account.name.lowercased() == register.account.lowercased() }
        var header = "balance \(balance.map { Formatting.balance($0.balance) } ?? "-") · cleared \(balance.map { Formatting.balance($0.cleared) } ?? "-")"
        if let statement = register.statement, let cleared = balance?.cleared {
            let difference = Money(minorUnits: statement.minorUnits - cleared.minorUnits, currency: statement.currency)
            header += " · statement \(Formatting.balance(statement)) · difference \(Formatting.balance(difference))"
            if difference.minorUnits == 0 { header += " ✔ agrees" }
        }
        buffer.put(header, x: inner.x, y: inner.y, width: inner.width, style: theme.surfaceStyle.adding(.bold))
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 6)
        let visible = Swift.max(1, body.height - 1)
        let first = Swift.max(0, Swift.min(register.selected - visible / 2, register.lines.count - visible))
        let rows: [Table.Row] = register.lines.dropFirst(first).prefix(visible).map { line in
            let mark = ["", "c", "R"][Swift.min(2, Swift.max(0, line.cleared))]
            // A transfer's other account, unless its description names it already.
            let description = line.transferWith.flatMap { other in
                line.description.lowercased().contains(other.lowercased()) ? nil
                    : "\(line.description) (\(line.amount.minorUnits < 0 ? "to" : "from") \(other))"
            } ?? line.description
            return [(mark, theme.surfaceAccent), (line.date.description, theme.surfaceStyle), (description, theme.surfaceStyle),
                    (Formatting.balance(line.amount), theme.onSurface(line.amount.minorUnits < 0 ? theme.expenseStyle : theme.incomeStyle)),
                    (Formatting.balance(line.balance), theme.surfaceStyle)]
        }
        Table(columns: [Table.Column("", .length(1)), Table.Column("DATE", .length(10)), Table.Column("DESCRIPTION", .fill(1)),
                        Table.Column("AMOUNT", .length(14), alignRight: true), Table.Column("BALANCE", .length(14), alignRight: true)],
              rows: rows, selected: register.selected - first, headerStyle: theme.surfaceAccent, selectedStyle: theme.selectionStyle)
            .render(in: body, into: &buffer)
        var cursor: (x: Int, y: Int)?
        if let input = register.statementInput {
            buffer.put("Statement balance: ", x: inner.x, y: inner.bottom - 3, style: theme.surfaceAccent)
            let field = Rect(x: inner.x + 19, y: inner.bottom - 3, width: 20, height: 1)
            let text = TextField(input: input, placeholder: "1234.56", style: theme.selectionStyle, placeholderStyle: theme.surfaceMuted)
            text.render(in: field, into: &buffer)
            cursor = text.cursor(in: field)
        } else if let choice = register.otherSide {
            buffer.put("The transfer's \(choice.side == .from ? "source" : "destination"): \(choice.account)  (o next · Enter names it · Esc)",
                       x: inner.x, y: inner.bottom - 3, width: inner.width, style: theme.surfaceAccent)
        } else if let error = register.error {
            buffer.put("✖ " + error, x: inner.x, y: inner.bottom - 3, width: inner.width, style: theme.onSurface(theme.dangerStyle))
        }
        Paragraph("Space clears the line (c cleared, R reconciled) · = the statement's balance · o names a transfer's open side · j/k move · Esc back",
                  style: theme.surfaceMuted).render(in: Rect(x: inner.x, y: inner.bottom - 2, width: inner.width, height: 2), into: &buffer)
        return cursor
    }
}
