import Foundation
import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

/// What the user edits while the dashboard is open takes effect on the next tick: `config.toml`'s `[keys]` and
/// `[tui]`, and the theme file on screen (a broken edit is said and the colours on screen stay).
@Suite struct LiveSettingsTests {
    @Test func keysAndTheThemeChosenInTheConfigApplyWithoutARestart() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let config = fixture.folder.appendingPathComponent("config.toml")
        try "[book]\ncurrency = \"USD\"\n".write(to: config, atomically: true, encoding: .utf8)
        let (app, _) = fixture.app()
        app.runner.configWatch = ConfigWatch(path: config.path)
        app.dispatch(.tick)
        #expect(app.state.keymap.command(for: .char("n")) == nil)
        try "[book]\ncurrency = \"USD\"\n\n[keys]\nadd = \"n\"\n\n[tui]\ntheme = \"nord\"\n".write(to: config, atomically: true, encoding: .utf8)
        app.dispatch(.tick)
        #expect(app.state.keymap.command(for: .char("n")) == .add)
        #expect(app.state.keymap.command(for: .char("a")) == nil)
        #expect(app.state.theme == ThemeLibrary(directories: [TUIFixture.themesDirectory]).load("nord").theme)
        #expect(app.state.notice?.text == "config.toml read again")
        app.type("n")
        guard case .form = app.state.modal else { Issue.record("the rebound key opened no form"); return }
        // A key bound to nothing is said, and the last good keys stay.
        app.press(.escape)
        try "[keys]\nadd = \"ctrl-nothing\"\n".write(to: config, atomically: true, encoding: .utf8)
        app.dispatch(.tick)
        #expect(app.state.notice?.level == .error)
        #expect(app.state.keymap.command(for: .char("n")) == .add)
    }

    @Test func anEditedThemeFileRecoloursTheScreenAndABrokenOneKeepsIt() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let themes = ThemeLibrary(directories: [fixture.folder.path])
        let file = fixture.folder.appendingPathComponent("mine.toml")
        try "name = \"mine\"\n[colors]\naccent = \"#ff00ff\"\n".write(to: file, atomically: true, encoding: .utf8)
        let (app, _) = fixture.app(theme: themes.load("mine").theme)
        app.runner.themeWatch = ThemeWatch(name: "mine", themes: themes)
        app.dispatch(.tick)
        #expect(app.state.theme.accent == .rgb(255, 0, 255))
        try "name = \"mine\"\n[colors]\naccent = \"#00ff00\"\nmuted = \"#808080\"\n".write(to: file, atomically: true, encoding: .utf8)
        app.dispatch(.tick)
        #expect(app.state.theme.accent == .rgb(0, 255, 0) && app.state.theme.muted == .rgb(128, 128, 128))
        #expect(app.state.notice?.text == "Theme mine read again")
        // Mid-edit: the file cannot be read, the theme on screen stays and the notice says where.
        try "name = \"mine\"\n[colors]\naccent = \"green\"\n".write(to: file, atomically: true, encoding: .utf8)
        app.dispatch(.tick)
        #expect(app.state.theme.accent == .rgb(0, 255, 0))
        #expect(app.state.notice?.level == .error && app.state.notice?.text.contains("mine.toml (line 3") == true,
                "\(String(describing: app.state.notice))")
    }
}

/// `M` shows the last messages whole; the status bar says so when it had to cut one.
@Suite struct MessagesTests {
    @Test func aCutNoticeNamesTheKeyThatShowsItWhole() throws {
        var state = AppState(width: 80, height: 24, today: TUIFixture.today, currency: .usd)
        let long = "Imported 1200 transactions into checking from statement-2026-03.csv, 14 matched to entries you made (3 already there)"
        state.notice = Notice(text: "Saved 'Coffee'", level: .info)
        state.notice = Notice(text: long, level: .info)
        var buffer = Buffer(width: 80, height: 24)
        DashboardView.render(state, into: &buffer)
        let status = buffer.lines.last ?? ""
        #expect(status.contains("…") && status.trimmingCharacters(in: .whitespaces).hasSuffix("M whole"), "\(status)")
        _ = Dashboard.update(&state, .key(.char("M")))
        #expect(state.modal == .messages(scroll: 0))
        DashboardView.render(state, into: &buffer)
        // Newest first, wrapped whole: every word of the long notice is on the screen, then the older one.
        let screen = buffer.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(screen.contains("(3 already there)"), "\(buffer.lines.joined(separator: "\n"))")
        let newest = buffer.lines.firstIndex { $0.contains("• Imported 1200") }, older = buffer.lines.firstIndex { $0.contains("• Saved 'Coffee'") }
        #expect(newest != nil && older != nil && newest! < older!)
        _ = Dashboard.update(&state, .key(.char("x")))
        #expect(state.modal == nil)
    }

    @Test func onlyTheLastFiftyAreKept() {
        var state = AppState(width: 80, height: 24, today: TUIFixture.today, currency: .usd)
        for index in 0..<60 { state.notice = Notice(text: "message \(index)", level: .info) }
        state.notice = nil
        state.notice = Notice(text: "message 59", level: .info)
        #expect(state.messages.count == 50)
        #expect(state.messages.first?.text == "message 10" && state.messages.last?.text == "message 59")
    }
}

/// Demo data from the dashboard: `d` on an empty book's welcome, made off the loop, and undone whole with `u`.
@Suite struct DashboardDemoTests {
    @Test func dOnTheWelcomeFillsAnEmptyBookAndUTakesItOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = ServiceClock.fixed(TUIFixture.today)
        let database = try AppDatabase.open(path: folder.appendingPathComponent("ledger.sqlite").path).withClock(clock)
        var state = AppState(width: 120, height: 40, today: TUIFixture.today, currency: database.currency)
        state.modal = .welcome(WelcomeState(suggestedCurrency: "EUR", asksCurrency: true))
        let runner = EffectRunner(database: database, themes: ThemeLibrary(directories: [TUIFixture.themesDirectory]))
        let app = DashboardApp(state: state, runner: runner, terminal: Terminal(backend: TestBackend(width: 120, height: 40)))
        app.runsLongWorkOffLoop = true
        app.start()
        #expect(app.screen.joined(separator: " ").contains("d demo data · q quits"), "\(app.screen.joined(separator: "\n"))")
        app.type("d")
        app.waitForOffLoopWork()
        let reopened = try AppDatabase.open(path: database.path)
        #expect(try TransactionService(database: reopened).count() == EffectRunner.demoTransactions)
        #expect(reopened.currency.code == "EUR")
        #expect(app.state.work == nil && app.state.modal == nil)
        #expect(app.state.notice?.text.hasPrefix("Added \(EffectRunner.demoTransactions) demo transactions") == true, "\(String(describing: app.state.notice))")
        #expect(app.state.transactions.rows.count > 0)
        app.type("u")
        #expect(try TransactionService(database: reopened).count() == 0)
        #expect(app.state.notice?.text.contains("removed the \(EffectRunner.demoTransactions) demo transactions") == true, "\(String(describing: app.state.notice))")
    }

    @Test func aBookHoldingAnythingIsRefusedInTheDashboardsWords() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        let held = try TransactionService(database: fixture.database).count()
        var state = app.state
        #expect(Dashboard.run(.demo, &state) == [.makeDemo])
        #expect(app.runner.run(.makeDemo) == [.failed("Demo data goes only into an empty book; this one holds \(held) transactions")])
        #expect(try TransactionService(database: fixture.database).count() == held)
    }
}
