import OutlayKit
import TerminalUI

/// The dashboard's logic: `update(state, action) -> effects`, with no I/O.
public enum Dashboard {
    /// What to load when the dashboard opens.
    public static func start(_ state: AppState) -> [Effect] {
        reloadAll(state, keepPosition: false) + [.loadCategories, .checkSync, .offerSuggestions]
    }

    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case let .key(key):
            return handleKey(&state, key)
        case let .resize(width, height):
            state.width = width
            state.height = height
            keepSelectionVisible(&state)
            return []
        case .tick:
            return [.checkExternalChanges, .checkSync]
        case let .syncStatus(text):
            state.syncStatus = text
            return []
        case let .syncEnded(message, failed):
            state.notice = Notice(text: message, level: failed ? .error : .info)
            return failed ? [] : reloadAll(state, keepPosition: true) + [.loadCategories]
        case .externalChange:
            return reloadAll(state, keepPosition: true)
        case let .dayChanged(day):
            // Someone watching the current week, month or year goes on watching the current one; another chosen one stays.
            if state.period.range?.contains(state.today) == true { state.period = state.period.containing(day, calendar: state.calendar) }
            state.today = day
            return [.postDue] + reloadAll(state, keepPosition: true)
        case let .transactionsLoaded(load):
            return applyTransactions(&state, load)
        case let .summariesLoaded(filtered, period):
            state.transactions.summary = filtered
            state.periodSummary = period
            return []
        case let .budgetsLoaded(statuses):
            state.budgets = statuses
            state.budgetSelected = clamp(state.budgetSelected, count: statuses.count)
            return []
        case let .analyticsLoaded(data):
            state.analytics = data
            return []
        case let .alertsLoaded(alerts, unread, latest):
            return applyAlerts(&state, alerts, unread: unread, latest: latest)
        case let .categoriesLoaded(categories):
            state.categories = categories
            return []
        case let .registerLoaded(account, lines):
            guard case var .accounts(view) = state.modal else { return [] }
            view.register = view.register?.account == account ? view.register.map { var r = $0; r.lines = lines; return r }
                : RegisterState(account: account, lines: lines)
            if var register = view.register { register.selected = clamp(register.selected, count: lines.count); view.register = register }
            state.modal = .accounts(view)
            return []
        case let .upcomingLoaded(occurrences):
            state.upcoming = occurrences
            return []
        case let .recurringLoaded(data):
            state.lastRecurring = data
            guard case var .recurring(view) = state.modal else { return [] }
            if view.data == nil {
                // First look: the account heading below its floor, else the one with the most coming.
                let accounts = data.forecast.accounts
                view.account = accounts.firstIndex { $0.crossing != nil }
                    ?? accounts.indices.max { accounts[$0].items.count < accounts[$1].items.count } ?? 0
            }
            view.data = data
            view.selected = clamp(view.selected, count: view.rowCount)
            view.account = clamp(view.account, count: data.forecast.accounts.count)
            state.modal = .recurring(view)
            return []
        case let .suggestionsFound(suggestions):
            let names = suggestions.prefix(3).map { "\($0.draft.description) \($0.draft.amount)" }.joined(separator: ", ")
            state.notice = Notice(text: "Recurring in your history: \(names)\(suggestions.count > 3 ? " …" : "") — \(state.keymap.label(for: .recurring)) to make them schedules",
                                  level: .info)
            return []
        case let .accountsLoaded(accounts, configuredDefault):
            state.accounts = accounts
            let open = accounts.filter { !$0.account.closed }.map(\.account.name)
            state.defaultAccount = configuredDefault ?? (open.count == 1 ? open[0] : nil)
            return []
        case let .categoryGuessed(description, guess):
            guard case var .form(form) = state.modal, form.text(.description) == description else { return [] }
            form.guess = guess
            form.guessedFor = description + "\u{1F}" + form.text(.kind)
            state.modal = .form(validated(form, state))
            return []
        case let .currencyChanged(currency):
            state.currency = currency
            return reloadAll(state, keepPosition: true)
        case let .importPreviewed(request, outcome):
            return importPreviewed(&state, request, outcome)
        case let .imported(from, to):
            // Rows imported outside the viewed period are shown: all time, as after `A`. `.saved` reloads.
            if let range = state.period.range, !(range.contains(from) && range.contains(to)) { state.period = .allTime }
            return []
        case let .pathCompleted(typed, completion):
            return pathCompleted(&state, typed: typed, completion)
        case let .workStarted(label):
            state.work = RunningWork(label: label)
            return []
        case let .workProgressed(progress, milliseconds):
            state.work?.progress = progress
            state.work?.milliseconds = milliseconds
            return []
        case .workEnded:
            state.work = nil
            return []
        case let .saved(message, undo):
            switch state.modal {
            // A recurring item's form goes back to the recurring view it came from.
            case let .form(form) where form.kind.isSchedule: state.modal = .recurring(RecurringViewState())
            case .form, .importFile: state.modal = nil
            default: break
            }
            var text = message
            if let undo, let key = state.keymap.keys(for: .undo).first { text += " · \(key): \(undo)" }
            state.notice = Notice(text: text, level: .info)
            return reloadAll(state, keepPosition: true) + [.loadCategories]
        case let .reconciledNeedsConfirming(id, description):
            let warning = "'\(description)' is reconciled with a statement: "
            if case var .form(form) = state.modal {
                form.confirmedReconciled = true
                form.submitError = warning + "Enter again saves it anyway (the agreed balance moves), Esc leaves it"
                state.modal = .form(form)
            } else {
                state.confirmingDelete = id
                state.notice = Notice(text: warning + "\(state.keymap.label(for: .delete)) again deletes it anyway", level: .error)
            }
            return []
        case let .saveFailed(message):
            if case var .form(form) = state.modal {
                form.submitError = message
                state.modal = .form(form)
            } else if case var .importFile(view) = state.modal {
                view.importing = false
                view.error = message
                state.modal = .importFile(view)
            } else {
                state.notice = Notice(text: message, level: .error)
            }
            return []
        case let .failed(message):
            state.notice = Notice(text: message, level: .error)
            return []
        case let .informed(message):
            state.notice = Notice(text: message, level: .info)
            return []
        case let .themeFileRead(theme, problem):
            if let theme { state.theme = state.noColor ? theme.withoutColor : theme }
            state.notice = problem.map { Notice(text: "The theme file changed but cannot be used: \($0); the theme on screen stays", level: .error) }
                ?? Notice(text: "Theme \(state.theme.name) read again", level: .info)
            return []
        case let .keymapChanged(keymap):
            state.keymap = keymap
            return []
        case let .themeLoaded(theme, problem):
            state.theme = state.noColor ? theme.withoutColor : theme
            state.notice = problem.map { Notice(text: $0, level: .error) } ?? Notice(text: "Theme: \(theme.name) (kept for next time)", level: .info)
            return problem == nil ? [.rememberTheme(theme.name)] : []
        }
    }

    // MARK: - Loading

    /// Every pane's data; with `keepPosition` the transaction window reloads where it is.
    static func reloadAll(_ state: AppState, keepPosition: Bool) -> [Effect] {
        let filter = transactionFilter(state)
        let transactions: Effect = keepPosition
            ? .loadTransactions(filter, .reload(keepSelected: state.transactions.selectedTransaction?.id),
                                after: state.transactions.windowAfter)
            : .loadTransactions(filter, .top, after: nil)
        return [transactions, .loadSummaries(filtered: filter, period: periodFilter(state)),
                .loadBudgets(on: state.period.referenceDay(today: state.today)), .loadAnalytics(state.period), .loadAlerts, .loadAccounts, .loadUpcoming]
            + overlayReloads(state)
    }

    /// An open view that shows data of its own reads it again too: a change from anywhere never leaves it stale.
    static func overlayReloads(_ state: AppState) -> [Effect] {
        switch state.modal {
        case .recurring: [.loadRecurring]
        case let .accounts(view): view.register.map { [.loadRegister(account: $0.account)] } ?? []
        default: []
        }
    }

    static func periodFilter(_ state: AppState) -> TransactionFilter {
        TransactionFilter(from: state.period.range?.lowerBound, to: state.period.range?.upperBound)
    }

    /// The period plus what the filter bar says (a date in it replaces the period).
    static func transactionFilter(_ state: AppState) -> TransactionFilter {
        var filter = periodFilter(state)
        FilterQuery.apply(state.transactions.filterText, to: &filter, currency: state.currency, categories: state.categories.map(\.name))
        return filter
    }

    private static func applyAlerts(_ state: inout AppState, _ alerts: [OutlayNotification], unread: Int, latest: Int64) -> [Effect] {
        let previous = state.latestAlert
        state.alerts = alerts
        state.unreadAlerts = unread
        state.alertSelected = clamp(state.alertSelected, count: alerts.count)
        state.latestAlert = latest
        guard let previous, latest > previous, let newest = alerts.first(where: { !$0.isRead }) else { return [] }
        // Keep what the last action said ("Added …"): the alert is its consequence.
        let said = state.notice.map { $0.text + "  " } ?? ""
        state.notice = Notice(text: said + "🔔 " + newest.message, level: .info)
        return [.bell]
    }

    static func clamp(_ index: Int, count: Int) -> Int { Swift.max(0, Swift.min(index, count - 1)) }
}
