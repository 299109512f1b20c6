import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

/// What a newcomer touches in the first hour, through `update` alone.
@Suite struct FirstHourUpdateTests {
    let today = TUIFixture.today
    let usd = Currency.usd

    func state(width: Int = 120, height: Int = 40) -> AppState {
        var state = AppState(width: width, height: height, today: today, currency: usd)
        state.categories = Category.defaultExpenseNames.map { Category(name: $0, kind: .expense) }
            + Category.defaultIncomeNames.map { Category(name: $0, kind: .income) }
        return state
    }

    func type(_ text: String, into state: inout AppState) -> [Effect] {
        text.flatMap { Dashboard.update(&state, .key(.char($0))) }
    }

    func form(_ state: AppState) -> FormState? {
        if case let .form(form) = state.modal { return form }
        return nil
    }

    @Test func onATooSmallScreenOnlyQuittingActs() {
        var state = state(width: 60, height: 20)
        state.focus = .budgets
        for key in ["d", "a", "u", "e", ":", "?"] {
            #expect(Dashboard.update(&state, .key(.char(Character(key)))) == [], "\(key) acted")
        }
        #expect(state.modal == nil && !state.shouldQuit)
        _ = Dashboard.update(&state, .key(.char("q")))
        #expect(state.shouldQuit)
    }

    @Test func theCategoryFieldSuggestsOnlyItsKindAndSaysWhatHistoryWouldChoose() {
        var state = state()
        _ = Dashboard.update(&state, .key(.char("a")))
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        // Typing a description asks history, which answers through an action.
        #expect(type("Coffee", into: &state) .last == .guessCategory(description: "Coffee", kind: .expense))
        let guess = CategoryGuess(category: "food", count: 280, example: "Coffee")
        _ = Dashboard.update(&state, .categoryGuessed(description: "Coffee", guess))
        #expect(form(state)?[.category]?.hint == "food — like 280 earlier 'Coffee'")
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        _ = type("sal", into: &state)
        // "salary" is income: not offered for an expense, and named as the other kind with the way to switch.
        #expect(form(state)?[.category]?.hint?.contains("salary") != true)
        _ = type("ary", into: &state)
        #expect(form(state)?[.category]?.error == "'salary' is an income category: Space on Type switches to income")
    }

    /// Space on Type steps expense → income → refund; a refund keeps the spending categories and is saved as one.
    @Test func theFormEntersARefundOfASpendingCategory() {
        var state = state()
        _ = Dashboard.update(&state, .key(.char("a")))
        _ = type("12", into: &state)
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        _ = type("Jacket returned", into: &state)
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        _ = type("shopping", into: &state)
        for _ in 0..<2 { _ = Dashboard.update(&state, .key(KeyEvent(.tab))) }
        _ = Dashboard.update(&state, .key(.char(" ")))
        #expect(form(state)?[.kind]?.input.text == "income")
        // shopping is no income category: the form says so until the type is a refund.
        #expect(form(state)?[.category]?.error == "'shopping' is an expense category: Space on Type switches to expense")
        _ = Dashboard.update(&state, .key(.char(" ")))
        #expect(form(state)?[.kind]?.input.text == "refund")
        #expect(form(state)?[.category]?.error == nil)
        let effects = Dashboard.update(&state, .key(KeyEvent(.enter)))
        guard case let .submit(.addTransaction(draft))? = effects.first else {
            Issue.record("no submission: \(effects)")
            return
        }
        #expect(draft.isRefund && draft.kind == .expense && draft.category == "shopping" && draft.amount.description == "12.00")
    }

    /// The form's split field (next to last, before what was charged abroad) splits the amount: parts in their own
    /// categories, one of them taking what is left.
    @Test func theFormSplitsAnAmountAndSaysWhatThePartsAddUpTo() {
        var state = state()
        _ = Dashboard.update(&state, .key(.char("a")))
        _ = type("180", into: &state)
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        _ = type("Costco", into: &state)
        for _ in 0..<3 { _ = Dashboard.update(&state, .key(KeyEvent(.backTab))) }
        #expect(form(state)?.fields[form(state)?.focused ?? 0].id == .splits)
        _ = type("food 120; shopping 70", into: &state)
        #expect(form(state)?[.splits]?.error == "the parts sum to 190.00 of 180.00: 10.00 too much")
        for _ in 0..<3 { _ = Dashboard.update(&state, .key(KeyEvent(.backspace))) }
        #expect(form(state)?[.splits]?.hint == "food 120.00 + shopping 60.00 = 180.00" && form(state)?[.splits]?.error == nil)
        for _ in 0..<9 { _ = Dashboard.update(&state, .key(KeyEvent(.backspace))) }
        _ = type("shopping: candles", into: &state)
        #expect(form(state)?[.splits]?.hint == "food 120.00 + shopping 60.00 = 180.00")
        #expect(form(state)?[.category]?.hint == "split: each part names its category")
        let effects = Dashboard.update(&state, .key(KeyEvent(.enter)))
        guard case let .submit(.addTransaction(draft))? = effects.first else {
            Issue.record("no submission: \(effects)")
            return
        }
        #expect(draft.category == nil && draft.splits == [SplitPart(category: "food", amount: Money(minorUnits: 12_000, currency: .usd)),
                                                           SplitPart(category: "shopping", amount: Money(minorUnits: 6_000, currency: .usd), note: "candles")])
    }

    @Test func theDateFieldSaysWhichDayItUnderstood() {
        var state = state()
        _ = Dashboard.update(&state, .key(.char("a")))
        for _ in 0..<3 { _ = Dashboard.update(&state, .key(KeyEvent(.tab))) }
        for _ in 0..<10 { _ = Dashboard.update(&state, .key(KeyEvent(.backspace))) }
        _ = type("-3", into: &state)
        #expect(form(state)?[.date]?.hint == "= Sunday 15 March 2026")
    }

    @Test func afterEachChangeTheStatusSaysWhatUndoWouldTakeBack() {
        var state = state()
        _ = Dashboard.update(&state, .saved("Deleted the 'food' budget", undo: "restore the 'food' budget"))
        #expect(state.notice?.text == "Deleted the 'food' budget · u: restore the 'food' budget")
    }

    @Test func inAlertsDDeletesAndRReadsAndMovesOn() {
        var state = state()
        let alerts = (1...3).map { index in
            OutlayNotification(id: "n\(index)", type: .budgetAlert, message: "alert \(index)", priority: .medium, metadata: "{}",
                               isRead: false, createdAt: Timestamp(milliseconds: Int64(index)), readAt: nil, deliveries: [])
        }
        _ = Dashboard.update(&state, .alertsLoaded(alerts, unread: 3, latest: 3))
        _ = Dashboard.update(&state, .key(.char("4")))
        #expect(Dashboard.update(&state, .key(.char("r"))) == [.markRead(id: "n1")])
        #expect(state.alertSelected == 1)
        #expect(Dashboard.update(&state, .key(.char("d"))) == [.deleteAlert(id: "n2")])
    }

    @Test func vCyclesWeekMonthAndYearAndEveryPaneFollows() {
        var state = state()
        #expect(state.period == .month(YearMonth(today)))
        let effects = Dashboard.update(&state, .key(.char("v")))
        #expect(state.period == .year(2026))
        #expect(effects.contains(.loadAnalytics(.year(2026))) && effects.contains(.loadBudgets(on: today)))
        _ = Dashboard.update(&state, .key(.char("v")))
        // Weeks start on Monday: 18 March 2026 is a Wednesday.
        #expect(state.period == .week(LocalDate(year: 2026, month: 3, day: 16)!))
        _ = Dashboard.update(&state, .key(.char("[")))
        #expect(state.period == .week(LocalDate(year: 2026, month: 3, day: 9)!))
        // A past week's budgets are read at its last day.
        #expect(Dashboard.update(&state, .key(.char("]"))).contains(.loadBudgets(on: today)))
        _ = Dashboard.update(&state, .key(.char("[")))
        #expect(Dashboard.reloadAll(state, keepPosition: false).contains(.loadBudgets(on: LocalDate(year: 2026, month: 3, day: 15)!)))
        _ = Dashboard.update(&state, .key(.char("v")))
        #expect(state.period == .month(YearMonth(LocalDate(year: 2026, month: 3, day: 1)!)))
    }

    @Test func aChosenThemeIsRememberedAndThePaletteExports() {
        var state = state()
        #expect(Dashboard.update(&state, .themeLoaded(.dark, problem: nil)) == [.rememberTheme("dark")])
        #expect(Dashboard.update(&state, .themeLoaded(.dark, problem: "no theme 'x'")) == [])
        _ = Dashboard.update(&state, .key(.char(":")))
        _ = type("export csv /tmp/book.csv", into: &state)
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [.export(.csv, path: "/tmp/book.csv")])
    }

    @Test func helpAt80x24PagesRatherThanCutting() {
        let pages = HelpOverlay.pages(.defaults, width: 80, height: 24)
        #expect(pages.count >= 1)
        let rows = pages.flatMap { $0.flatMap { $0 } }
        for command in Command.allCases {
            #expect(rows.contains { $0.text.hasPrefix(String(command.summary.prefix(8))) }, "\(command) missing from help")
        }
        var state = state(width: 80, height: 24)
        _ = Dashboard.update(&state, .key(.char("?")))
        if pages.count > 1 {
            _ = Dashboard.update(&state, .key(.char(" ")))
            #expect(state.modal == .help(page: 1))
        }
    }

    /// Entering a filled-in field selects it: the first key typed replaces it (the date's "-2" is two days ago, not
    /// "2026-03-18-2"); an arrow lets go of the selection, after which typing adds.
    @Test func typingIntoAFilledInFieldReplacesIt() {
        var state = state()
        _ = Dashboard.update(&state, .key(.char("a")))
        for _ in 0..<3 { _ = Dashboard.update(&state, .key(KeyEvent(.tab))) }
        #expect(form(state)?[.date]?.input.isSelected == true)
        _ = type("-2", into: &state)
        #expect(form(state)?[.date]?.input.text == "-2" && form(state)?[.date]?.hint == "= Monday 16 March 2026")
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        _ = Dashboard.update(&state, .key(KeyEvent(.backTab)))
        _ = Dashboard.update(&state, .key(KeyEvent(.left)))
        _ = type("0", into: &state)
        #expect(form(state)?[.date]?.input.text == "-02")
        // Backspace on a selection empties the field.
        _ = Dashboard.update(&state, .key(KeyEvent(.tab)))
        _ = Dashboard.update(&state, .key(KeyEvent(.backTab)))
        _ = Dashboard.update(&state, .key(KeyEvent(.backspace)))
        #expect(form(state)?[.date]?.input.text == "")
    }

    @Test func qQuitsFromTheWelcomeUntilACodeIsBeingTyped() {
        var state = state()
        state.modal = .welcome(WelcomeState(suggestedCurrency: "CHF", asksCurrency: true))
        _ = type("Q", into: &state)
        _ = type("q", into: &state)
        guard case let .welcome(welcome) = state.modal else { Issue.record("welcome closed"); return }
        #expect(welcome.currency.text == "Qq" && !state.shouldQuit)
        state.modal = .welcome(WelcomeState(suggestedCurrency: "CHF", asksCurrency: true))
        #expect(Dashboard.update(&state, .key(.char("q"))) == [.finishWelcome(currency: nil)])
        #expect(state.shouldQuit && state.modal == nil)
    }

    @Test func theWelcomeAsksTheCurrencyOnceAndRefusesNonsense() {
        var state = state()
        state.modal = .welcome(WelcomeState(suggestedCurrency: "CHF", asksCurrency: true))
        for _ in 0..<3 { _ = Dashboard.update(&state, .key(KeyEvent(.backspace))) }
        _ = type("euro", into: &state)
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [])
        guard case let .welcome(welcome) = state.modal else { Issue.record("welcome closed"); return }
        #expect(welcome.error?.contains("'euro' is not a currency code") == true)
        _ = Dashboard.update(&state, .key(KeyEvent(.backspace)))
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [.finishWelcome(currency: try? Currency(code: "EUR"))])
        #expect(state.modal == nil)
    }
}
