import OutlayKit
import TerminalUI

/// The first run's one screen: what the panes are, how to begin, the book's currency.
enum WelcomeOverlay {
    static func render(_ welcome: WelcomeState, state: AppState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let keys = state.keymap
        let modal = Modal(block: Block(title: "Welcome to Outlay", borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle),
                          width: Swift.min(76, buffer.width - 4), height: Swift.min(welcome.asksCurrency ? 22 : 19, buffer.height - 2))
        let inner = modal.render(in: buffer.area, into: &buffer).inset(by: 1)
        let lines: [(text: String, style: Style)] = [
            ("Your money, on this machine, in four panes (Tab moves between them):", theme.surfaceStyle),
            ("", theme.surfaceStyle),
            ("1 Transactions  spending and income: \(keys.label(for: .add)) adds, \(keys.label(for: .undo)) undoes", theme.surfaceStyle),
            ("2 Budgets       limits per category, with a warning before", theme.surfaceStyle),
            ("3 Analytics     where it went, spending against income", theme.surfaceStyle),
            ("4 Alerts        budget warnings and monthly summaries", theme.surfaceStyle),
            ("", theme.surfaceStyle),
            ("To begin: \(keys.label(for: .add)) adds a first expense; \(keys.label(for: .importFile)) imports a bank's export "
                + "(29 banks' layouts known)." + (welcome.asksCurrency ? " To look around first, d fills this empty book with "
                    + "demo data; \(keys.label(for: .undo)) takes it all out again." : ""),
             theme.surfaceStyle),
            ("\(keys.label(for: .span)) shows a week, month or year; [ and ] move through them; \(keys.label(for: .help)) lists every key.",
             theme.surfaceMuted),
        ]
        let footerHeight = welcome.asksCurrency ? 4 : 1
        let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: Swift.max(1, inner.height - footerHeight))
        Paragraph(lines).render(in: body, into: &buffer)
        var cursor: (x: Int, y: Int)?
        var y = inner.bottom - footerHeight
        if welcome.asksCurrency {
            buffer.put("The book's base currency (totals are in it; three letters):", x: inner.x, y: y, width: inner.width, style: theme.surfaceStyle)
            let field = Rect(x: inner.x, y: y + 1, width: 8, height: 1)
            let input = TextField(input: welcome.currency, placeholder: "EUR", style: theme.selectionStyle, placeholderStyle: theme.surfaceMuted)
            input.render(in: field, into: &buffer)
            cursor = input.cursor(in: field)
            if let error = welcome.error {
                buffer.put("✖ " + error, x: inner.x + 10, y: y + 1, width: inner.width - 10, style: theme.onSurface(theme.dangerStyle))
            } else {
                // The number format the locale (or the config) gave, beside the currency it suggested.
                buffer.put("numbers as \(NumberFormat.current.rawValue) ([book] number_format in config.toml changes it)",
                           x: inner.x + 10, y: y + 1, width: inner.width - 10, style: theme.surfaceMuted)
            }
            y += 3
        }
        buffer.put(DisplayWidth.truncateAtWord("Enter starts · " + (welcome.asksCurrency ? "d demo data · " : "") + "q quits · \(keys.label(for: .palette))welcome shows this again", to: inner.width),
                   x: inner.x, y: y, width: inner.width, style: theme.surfaceMuted)
        return cursor
    }
}
