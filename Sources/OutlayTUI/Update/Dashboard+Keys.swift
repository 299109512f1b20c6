import OutlayKit
import TerminalUI

extension Dashboard {
    static func handleKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        // On a screen too small to show anything, nothing but quitting may happen: no unseen deletes or forms.
        if DashboardLayout(width: state.width, height: state.height, focus: state.focus, zoomed: state.zoomed).tooSmall {
            if state.keymap.command(for: key) == .quit || key == .ctrl("c") { state.shouldQuit = true }
            return []
        }
        switch state.modal {
        case let .form(form): return formKey(&state, form, key)
        case let .palette(palette): return paletteKey(&state, palette, key)
        case let .welcome(welcome): return welcomeKey(&state, welcome, key)
        case let .importFile(view): return importKey(&state, view, key)
        case let .accounts(view): return accountsKey(&state, view, key)
        case let .recurring(view): return recurringKey(&state, view, key)
        case let .help(page):
            let pages = HelpOverlay.pages(state.keymap, width: state.width, height: state.height).count
            state.modal = key == KeyEvent(.character(" ")) && page + 1 < pages ? .help(page: page + 1) : nil
            return []
        case let .messages(scroll):
            switch state.keymap.command(for: key) {
            case .down?: state.modal = .messages(scroll: scroll + 1)
            case .up?: state.modal = .messages(scroll: Swift.max(0, scroll - 1))
            default: state.modal = nil
            }
            return []
        case nil: break
        }
        if let input = state.transactions.filterInput { return filterKey(&state, input, key) }
        state.notice = nil
        guard let command = state.keymap.command(for: key) else { return [] }
        return run(command, &state)
    }

    /// Runs a command from a key or the palette.
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .nextPane: state.focus = state.focus.next
        case .previousPane: state.focus = state.focus.previous
        case .focusTransactions: state.focus = .transactions
        case .focusBudgets: state.focus = .budgets
        case .focusAnalytics: state.focus = .analytics
        case .focusAlerts: state.focus = .alerts
        case .down: return move(&state, by: 1)
        case .up: return move(&state, by: -1)
        case .pageDown: return move(&state, by: Swift.max(1, DashboardLayout.transactionRows(state) / 2))
        case .pageUp: return move(&state, by: -Swift.max(1, DashboardLayout.transactionRows(state) / 2))
        case .top: return jump(&state, toEnd: false)
        case .bottom: return jump(&state, toEnd: true)
        case .filter:
            state.focus = .transactions
            state.transactions.filterInput = TextInput(state.transactions.filterText)
        case .add:
            state.modal = .form(state.focus == .budgets ? budgetForm(state, editing: nil) : addTransactionForm(&state))
        case .edit: return edit(&state)
        case .delete: return delete(&state)
        case .undo: return [.undo]
        case .importFile: state.modal = .importFile(ImportViewState())
        case .accounts: state.modal = .accounts(AccountsViewState())
        case .transfer: state.modal = .form(transferForm(state))
        case .recurring:
            state.modal = .recurring(RecurringViewState())
            return [.loadRecurring]
        case .confirmRecurring: return confirmOldestWaiting(&state)
        case .previousPeriod, .nextPeriod:
            let step = command == .nextPeriod ? 1 : -1
            state.period = state.period == .allTime ? .month(YearMonth(state.today)) : state.period.stepped(by: step)
            return reloadAll(state, keepPosition: false)
        case .span:
            state.period = state.period.nextSpan(around: state.period.referenceDay(today: state.today), calendar: state.calendar)
            return reloadAll(state, keepPosition: false)
        case .allTime:
            state.period = state.period == .allTime ? .month(YearMonth(state.today)) : .allTime
            return reloadAll(state, keepPosition: false)
        case .markRead:
            guard state.focus == .alerts, state.alerts.indices.contains(state.alertSelected) else { return [] }
            // Read, then on to the next one, as in a mail reader.
            let id = state.alerts[state.alertSelected].id
            state.alertSelected = clamp(state.alertSelected + 1, count: state.alerts.count)
            return [.markRead(id: id)]
        case .markAllRead: return [.markAllRead]
        case .zoom: state.zoomed.toggle()
        case .nextTheme:
            let names = state.themeNames
            let index = names.firstIndex(of: state.theme.name) ?? -1
            return [.loadTheme(names.isEmpty ? "dark" : names[(index + 1) % names.count])]
        case .palette: state.modal = .palette(PaletteState())
        case .help: state.modal = .help(page: 0)
        case .welcome: state.modal = .welcome(WelcomeState(suggestedCurrency: state.currency.code, asksCurrency: false))
        case .messages: state.modal = .messages(scroll: 0)
        case .demo: return [.makeDemo]
        case .refresh: return reloadAll(state, keepPosition: true) + [.loadCategories]
        case .sync: return [.syncNow]
        case .quit: state.shouldQuit = true
        }
        keepSelectionVisible(&state)
        return []
    }

    private static func edit(_ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .transactions:
            guard let transaction = state.transactions.selectedTransaction else { return [] }
            state.modal = .form(editTransactionForm(transaction))
        case .budgets:
            guard state.budgets.indices.contains(state.budgetSelected) else { return [] }
            state.modal = .form(budgetForm(state, editing: state.budgets[state.budgetSelected].budget))
        case .alerts:
            return run(.markRead, &state)
        case .analytics:
            break
        }
        return []
    }

    private static func delete(_ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .transactions:
            guard let transaction = state.transactions.selectedTransaction else { return [] }
            let confirmed = state.confirmingDelete == transaction.id
            state.confirmingDelete = nil
            return [.deleteTransaction(id: transaction.id, force: confirmed)]
        case .budgets:
            guard state.budgets.indices.contains(state.budgetSelected) else { return [] }
            return [.deleteBudget(id: state.budgets[state.budgetSelected].budget.id)]
        case .alerts:
            guard state.alerts.indices.contains(state.alertSelected) else { return [] }
            return [.deleteAlert(id: state.alerts[state.alertSelected].id)]
        case .analytics:
            return []
        }
    }

    // MARK: - Filter bar

    private static func filterKey(_ state: inout AppState, _ input: TextInput, _ key: KeyEvent) -> [Effect] {
        var input = input
        switch key.key {
        case .escape:
            // Esc clears the filter; Enter keeps it.
            state.transactions.filterInput = nil
            let hadFilter = !state.transactions.filterText.isEmpty
            state.transactions.filterText = ""
            return hadFilter ? reloadTransactionsFromTop(state) : []
        case .enter:
            state.transactions.filterInput = nil
            return []
        default:
            if key == .ctrl("c") { return filterKey(&state, input, KeyEvent(.escape)) }
            guard input.handle(key) else { return [] }
            state.transactions.filterInput = input
            guard input.text != state.transactions.filterText else { return [] }
            // Filters as you type: a page and two sums cost well under a millisecond.
            state.transactions.filterText = input.text
            return reloadTransactionsFromTop(state)
        }
    }

    static func reloadTransactionsFromTop(_ state: AppState) -> [Effect] {
        let filter = transactionFilter(state)
        return [.loadTransactions(filter, .top, after: nil), .loadSummaries(filtered: filter, period: periodFilter(state))]
    }

    // MARK: - Welcome

    /// The welcome screen: the currency field takes typing; Enter keeps it and closes the screen for good;
    /// `q` quits (as Esc closes it) while the suggested currency is untouched, a letter of a code after that.
    private static func welcomeKey(_ state: inout AppState, _ welcome: WelcomeState, _ key: KeyEvent) -> [Effect] {
        var welcome = welcome
        switch key.key {
        case .enter:
            guard welcome.asksCurrency else {
                state.modal = nil
                return [.finishWelcome(currency: nil)]
            }
            guard let currency = try? Currency(code: welcome.currency.text.trimmingWhitespace()) else {
                welcome.error = "'\(welcome.currency.text)' is not a currency code: three letters such as EUR, CHF or USD"
                state.modal = .welcome(welcome)
                return []
            }
            state.modal = nil
            return [.finishWelcome(currency: currency)]
        case .escape:
            state.modal = nil
            return [.finishWelcome(currency: nil)]
        default:
            if key == .ctrl("c") {
                state.modal = nil
                return [.finishWelcome(currency: nil)]
            }
            // While the suggested currency is untouched, letters are the welcome's keys, not a code being typed.
            let untouched = !welcome.asksCurrency || welcome.currency.isSelected
            if key == .char("q"), untouched {
                state.modal = nil
                state.shouldQuit = true
                return [.finishWelcome(currency: nil)]
            }
            if key == .char("d"), welcome.asksCurrency, untouched, let currency = try? Currency(code: welcome.currency.text) {
                state.modal = nil
                return [.finishWelcome(currency: currency), .makeDemo]
            }
            if welcome.asksCurrency, welcome.currency.handle(key) { welcome.error = nil }
            state.modal = .welcome(welcome)
            return []
        }
    }

    // MARK: - Palette

    private static func paletteKey(_ state: inout AppState, _ palette: PaletteState, _ key: KeyEvent) -> [Effect] {
        var palette = palette
        let entries = PaletteEntry.matching(palette.input.text, keymap: state.keymap, themes: state.themeNames)
        switch key.key {
        case .escape:
            state.modal = nil
        case .enter:
            state.modal = nil
            guard entries.indices.contains(palette.selected) else { return [] }
            switch entries[palette.selected].target {
            case let .command(command): return run(command, &state)
            case let .theme(name): return [.loadTheme(name)]
            case let .export(format, path): return [.export(format, path: path)]
            case .exportHint:
                // Keep the palette open with the command started: the format and path are the user's to type.
                palette.input = TextInput("export csv ")
                palette.selected = 0
                state.modal = .palette(palette)
            }
        case .down, .tab:
            palette.selected = Swift.min(palette.selected + 1, Swift.max(0, entries.count - 1))
            state.modal = .palette(palette)
        case .up, .backTab:
            palette.selected = Swift.max(0, palette.selected - 1)
            state.modal = .palette(palette)
        default:
            if key == .ctrl("c") { state.modal = nil; return [] }
            if palette.input.handle(key) { palette.selected = 0 }
            state.modal = .palette(palette)
        }
        return []
    }
}
