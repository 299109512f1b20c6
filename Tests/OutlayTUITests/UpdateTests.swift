import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

/// `update` alone: each action's exact state change and effects, no database.
@Suite struct UpdateTests {
    let today = TUIFixture.today
    let usd = Currency.usd

    func state() -> AppState { AppState(width: 120, height: 40, today: today, currency: usd) }

    func transaction(_ index: Int) -> Transaction {
        Transaction(id: "0190000000007000800000000000\(String(format: "%04d", index))", kind: .expense,
                    amount: Money(minorUnits: Int64(100 + index), currency: usd), category: "food", description: "Row \(index)",
                    date: today.adding(days: -index), createdAt: Timestamp(milliseconds: 0), updatedAt: Timestamp(milliseconds: 0))
    }

    func loaded(_ count: Int, hasMore: Bool) -> AppState {
        var state = state()
        _ = Dashboard.update(&state, .transactionsLoaded(TransactionsLoad(mode: .top, rows: (0..<count).map(transaction), hasMore: hasMore)))
        return state
    }

    @Test func startingLoadsEveryPaneForTheCurrentMonth() {
        let month = TransactionFilter(from: LocalDate(year: 2026, month: 3, day: 1), to: LocalDate(year: 2026, month: 3, day: 31))
        #expect(Dashboard.start(state()) == [
            .loadTransactions(month, .top, after: nil), .loadSummaries(filtered: month, period: month), .loadBudgets(on: today),
            .loadAnalytics(.month(YearMonth(today))), .loadAlerts, .loadAccounts, .loadUpcoming, .loadCategories, .checkSync, .offerSuggestions,
        ])
    }

    @Test func jMovesTheSelectionAndNearTheWindowsEndFetchesTheNextPage() {
        var state = loaded(100, hasMore: true)
        var expected = state
        #expect(Dashboard.update(&state, .key(.char("j"))) == [])
        expected.transactions.selected = 1
        #expect(state == expected)

        // Once the selection is within a screen of the window's end, the next page is asked for, once.
        let visible = DashboardLayout.transactionRows(state)
        #expect(visible == 17)  // 40 rows: the accounts bar and the status bar, then the pane's border, header and the grid's split
        state.transactions.selected = 100 - visible - 2
        #expect(Dashboard.update(&state, .key(.char("j"))) == [])
        let effects = Dashboard.update(&state, .key(.char("j")))
        let month = Dashboard.transactionFilter(state)
        #expect(effects == [.loadTransactions(month, .older, after: TransactionCursor(date: transaction(99).date, id: transaction(99).id))])
        #expect(state.transactions.selected == 100 - visible && state.transactions.loadingOlder)
        #expect(Dashboard.update(&state, .key(.char("j"))) == [])
    }

    @Test func theWindowStaysBoundedWhileScrollingFarDown() {
        var state = loaded(100, hasMore: true)
        for page in 1...8 {
            state.transactions.selected = state.transactions.rows.count - 1
            Dashboard.keepSelectionVisible(&state)
            let rows = (page * 100..<(page + 1) * 100).map(transaction)
            _ = Dashboard.update(&state, .transactionsLoaded(TransactionsLoad(mode: .older, rows: rows, hasMore: true)))
        }
        #expect(state.transactions.rows.count <= TransactionsState.windowLimit)
        #expect(state.transactions.hasNewer)
        #expect(state.transactions.selectedTransaction == transaction(799))
        // The row just before the window is where a reload starts.
        let first = state.transactions.rows[0]
        let index = Int(first.description.dropFirst(4))!
        #expect(state.transactions.windowAfter == TransactionCursor(date: transaction(index - 1).date, id: transaction(index - 1).id))
    }

    @Test func slashOpensTheFilterAndTypingFiltersAsYouType() {
        var state = loaded(5, hasMore: false)
        #expect(Dashboard.update(&state, .key(.char("/"))) == [])
        #expect(state.transactions.filterInput == TextInput(""))
        let effects = Dashboard.update(&state, .key(.char("x")))
        var filter = Dashboard.periodFilter(state)
        filter.search = "x"
        #expect(effects == [.loadTransactions(filter, .top, after: nil), .loadSummaries(filtered: filter, period: Dashboard.periodFilter(state))])
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [])
        #expect(state.transactions.filterInput == nil && state.transactions.filterText == "x")
    }

    @Test func filterWordsNarrowByCategoryTagKindAndAmount() {
        var filter = TransactionFilter()
        FilterQuery.apply("cat:food tag:trip kind:income >12.50 <100 sushi bar", to: &filter, currency: usd, categories: ["food"])
        #expect(filter == TransactionFilter(kind: .income, category: "food", tag: "trip", search: "sushi bar",
                                            minimumAmount: 1_250, maximumAmount: 10_000))
    }

    /// Words are prefixes in any case, so `cat:` is too; an amount or a date typed alone means that amount or date.
    @Test func categoriesByPrefixInAnyCaseAmountsAndDates() {
        let categories = ["food", "football", "fees", "transport"]
        func filter(_ text: String) -> TransactionFilter {
            var filter = TransactionFilter()
            FilterQuery.apply(text, to: &filter, currency: usd, categories: categories)
            return filter
        }
        #expect(filter("cat:Food").category == "food")
        #expect(filter("cat:TRA").category == "transport")
        #expect(filter("cat:fo").categories == ["food", "football"] && filter("cat:fo").category == nil)
        #expect(filter("cat:zzz").category == "zzz")  // nothing starts so: nothing is found, rather than everything
        #expect(filter("4.21").minimumAmount == 421 && filter("4.21").maximumAmount == 421)
        #expect(filter("=4.21").minimumAmount == 421 && filter("=4.21").search == nil)
        #expect(filter("=12").maximumAmount == 1_200)
        #expect(filter("route 66").search == "route 66" && filter("route 66").minimumAmount == nil)
        #expect(filter("2026-11").from == LocalDate(year: 2026, month: 11, day: 1) && filter("2026-11").to == LocalDate(year: 2026, month: 11, day: 30))
        #expect(filter("rent 2026-11-05").from == LocalDate(year: 2026, month: 11, day: 5) && filter("rent 2026-11-05").search == "rent")
    }

    @Test func aFormValidatesAsYouTypeAndKeepsInputWhenItCannotSave() throws {
        var state = state()
        _ = Dashboard.update(&state, .key(.char("a")))
        guard case var .form(form) = state.modal else { Issue.record("no form"); return }
        #expect(form.fields.map(\.id) == [.amount, .description, .category, .date, .kind, .account, .tags, .note, .splits, .original])
        #expect(form.fields.allSatisfy { $0.error == nil })

        for key in "12.x" { _ = Dashboard.update(&state, .key(.char(key))) }
        guard case let .form(typed) = state.modal else { Issue.record("form closed"); return }
        #expect(typed[.amount]?.error == "invalid amount '12.x': expected a number like 12.50")
        form = typed

        // Enter with errors saves nothing and goes to the first bad field.
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [])
        guard case let .form(refused) = state.modal else { Issue.record("form closed"); return }
        #expect(refused.focused == 0)
        #expect(refused[.description]?.error == "needed")
        #expect(refused[.amount]?.input.text == "12.x")

        _ = Dashboard.update(&state, .key(KeyEvent(.backspace)))
        _ = Dashboard.update(&state, .key(.char("5")))
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        for key in "Lunch" { _ = Dashboard.update(&state, .key(.char(key))) }
        let effects = Dashboard.update(&state, .key(KeyEvent(.enter)))
        #expect(effects == [.submit(.addTransaction(TransactionDraft(amount: Money(minorUnits: 1_250, currency: usd),
                                                                      description: "Lunch", date: today)))])

        // The database refuses: the form stays, with every character typed.
        _ = Dashboard.update(&state, .saveFailed("database is locked"))
        guard case let .form(failed) = state.modal else { Issue.record("form closed"); return }
        #expect(failed.submitError == "database is locked")
        #expect(failed[.amount]?.input.text == "12.5" && failed[.description]?.input.text == "Lunch")
        _ = form
    }

    @Test func escPutsAnEntryAsideAndAddBringsItBack() {
        var state = state()
        _ = Dashboard.update(&state, .key(.char("a")))
        for key in "7" { _ = Dashboard.update(&state, .key(.char(key))) }
        _ = Dashboard.update(&state, .key(KeyEvent(.escape)))
        #expect(state.modal == nil)
        #expect(state.cancelledDraft?[.amount]?.input.text == "7")
        _ = Dashboard.update(&state, .key(.char("a")))
        guard case let .form(form) = state.modal else { Issue.record("no form"); return }
        #expect(form[.amount]?.input.text == "7")
        #expect(state.cancelledDraft == nil)
    }

    @Test func periodKeysMoveByMonthAndReloadEverything() {
        var state = state()
        let effects = Dashboard.update(&state, .key(.char("[")))
        #expect(state.period == .month(YearMonth(LocalDate(year: 2026, month: 2, day: 1)!)))
        let february = TransactionFilter(from: LocalDate(year: 2026, month: 2, day: 1), to: LocalDate(year: 2026, month: 2, day: 28))
        #expect(effects == [.loadTransactions(february, .top, after: nil), .loadSummaries(filtered: february, period: february),
                            .loadBudgets(on: LocalDate(year: 2026, month: 2, day: 28)!),
                            .loadAnalytics(.month(YearMonth(LocalDate(year: 2026, month: 2, day: 1)!))), .loadAlerts, .loadAccounts, .loadUpcoming])
        _ = Dashboard.update(&state, .key(.char("A")))
        #expect(state.period == .allTime)
    }

    @Test func aNewerAlertRingsTheBellButTheFirstLoadDoesNot() {
        var state = state()
        let alert = OutlayNotification(id: "n1", type: .budgetAlert, message: "'food' budget at 82%", priority: .medium, metadata: "{}",
                                       isRead: false, createdAt: Timestamp(milliseconds: 0), readAt: nil, deliveries: [])
        #expect(Dashboard.update(&state, .alertsLoaded([alert], unread: 1, latest: 4)) == [])
        #expect(Dashboard.update(&state, .alertsLoaded([alert], unread: 1, latest: 4)) == [])
        #expect(Dashboard.update(&state, .alertsLoaded([alert], unread: 2, latest: 5)) == [.bell])
        #expect(state.unreadAlerts == 2 && state.notice?.text == "🔔 'food' budget at 82%")
    }

    @Test func ticksLookForOtherProcessesChangesAndAChangeReloadsInPlace() {
        var state = loaded(10, hasMore: false)
        state.transactions.selected = 3
        #expect(Dashboard.update(&state, .tick) == [.checkExternalChanges, .checkSync])
        let effects = Dashboard.update(&state, .externalChange)
        #expect(effects.first == .loadTransactions(Dashboard.transactionFilter(state), .reload(keepSelected: transaction(3).id), after: nil))
    }

    @Test func midnightMovesThisMonthToTheNextAndLeavesAChosenMonthAlone() {
        var state = AppState(width: 120, height: 40, today: LocalDate(year: 2026, month: 3, day: 31)!, currency: usd)
        let effects = Dashboard.update(&state, .dayChanged(LocalDate(year: 2026, month: 4, day: 1)!))
        #expect(state.period == .month(YearMonth(LocalDate(year: 2026, month: 4, day: 1)!)))
        #expect(state.today == LocalDate(year: 2026, month: 4, day: 1))
        #expect(effects.contains(.loadAnalytics(.month(YearMonth(LocalDate(year: 2026, month: 4, day: 1)!)))))
        // What came due overnight is posted first, then everything reloads.
        #expect(effects.first == .postDue)
        _ = Dashboard.update(&state, .key(.char("[")))
        _ = Dashboard.update(&state, .dayChanged(LocalDate(year: 2026, month: 4, day: 2)!))
        #expect(state.period == .month(YearMonth(LocalDate(year: 2026, month: 3, day: 1)!)))
    }

    @Test func panesZoomAndTheHelpAndPaletteOpen() {
        var state = state()
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        #expect(state.focus == .budgets)
        _ = Dashboard.update(&state, .key(.char("4")))
        #expect(state.focus == .alerts)
        _ = Dashboard.update(&state, .key(.char("z")))
        #expect(state.zoomed)
        _ = Dashboard.update(&state, .key(.char("?")))
        #expect(state.modal == .help(page: 0))
        _ = Dashboard.update(&state, .key(.char("x")))
        #expect(state.modal == nil)
        _ = Dashboard.update(&state, .key(.char(":")))
        for key in "theme nord" { _ = Dashboard.update(&state, .key(.char(key))) }
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [])  // "nord" is not among this state's theme names
        state.themeNames = ["dark", "nord"]
        _ = Dashboard.update(&state, .key(.char(":")))
        for key in "theme nord" { _ = Dashboard.update(&state, .key(.char(key))) }
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [.loadTheme("nord")])
        #expect(Dashboard.update(&state, .key(.char("T"))) == [.loadTheme("nord")])
        _ = Dashboard.update(&state, .key(.char("q")))
        #expect(state.shouldQuit)
    }
}
