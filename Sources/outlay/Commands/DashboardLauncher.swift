import Foundation
import OutlayKit
import OutlayTUI
import TerminalCurses
import TerminalUI

/// Builds the dashboard's starting state from the config, the theme files
/// and the database: shared by the live TUI, `snapshot` and `bench`.
struct DashboardSetup {
    let session: Session
    let settings: TUISettings
    let themes: ThemeLibrary
    let theme: Theme
    let themeProblem: String?
    /// The name the theme on screen was asked for by (its file's name), to watch that file.
    let themeName: String
    /// The live dashboard's memory between runs (theme, welcome seen); nil for snapshots and benchmarks.
    let memory: DashboardMemory?

    init(global: GlobalOptions, themeName: String?, remembering: Bool = false) throws {
        session = try global.open()
        var problem: String?
        do {
            settings = try TUISettings(document: session.config)
        } catch {
            // Bad [keys] or [tui]: say so in the status bar and carry on with the defaults.
            settings = TUISettings()
            problem = "\(error)"
        }
        memory = remembering ? DashboardMemory(path: UserPaths.dashboardState()) : nil
        themes = ThemeLibrary.standard()
        // --theme, then the one last chosen with T, then the config's, then dark.
        self.themeName = themeName ?? memory?.theme(configured: settings.theme) ?? settings.theme ?? "dark"
        let loaded = themes.load(self.themeName)
        theme = loaded.theme
        themeProblem = problem ?? loaded.problem
    }

    func initialState(width: Int, height: Int) -> AppState {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let database = session.database
        var state = AppState(width: width, height: height, today: database.clock.today(), currency: database.currency,
                             keymap: settings.keymap, theme: theme, themeNames: themes.names(), noColor: noColor)
        state.calendar = database.settings.calendar
        state.notice = themeProblem.map { Notice(text: $0, level: .error) }
        if let memory, !memory.welcomed {
            // A new book may still choose its currency: the config's, else the locale's, is offered.
            let empty = (try? database.holdsAmounts()) == false
            let suggested = empty ? (database.settings.bookCurrency ?? Currency.ofLocale ?? database.currency) : database.currency
            state.modal = .welcome(WelcomeState(suggestedCurrency: suggested.code, asksCurrency: empty))
        }
        return state
    }

    /// `syncing`: with the sync server, if logged in (not for a one-frame snapshot).
    func app(width: Int, height: Int, backend: any Backend, syncing: Bool = true) -> DashboardApp {
        let sync = syncing ? BackgroundSync(database: session.database, credentialsPath: UserPaths.credentials(),
                                            interval: settings.autoSyncSeconds) : nil
        let runner = EffectRunner(database: session.database, themes: themes, sync: sync, memory: memory, configuredTheme: settings.theme,
                                  bell: { [weak backend] in backend?.bell() })
        if syncing {
            runner.configWatch = ConfigWatch(path: session.configPath)
            runner.themeWatch = ThemeWatch(name: themeName, themes: themes)
        }
        return DashboardApp(state: initialState(width: width, height: height), runner: runner,
                            terminal: Terminal(backend: backend))
    }
}

enum DashboardLauncher {
    /// Opens the live dashboard and gives the terminal back however it ends.
    static func run(global: GlobalOptions, themeName: String?) throws {
        let setup = try DashboardSetup(global: global, themeName: themeName, remembering: true)
        let backend = try CursesBackend.open()
        let size = backend.size
        let app = setup.app(width: size.width, height: size.height, backend: backend)
        app.runsLongWorkOffLoop = true
        let drafts = DraftStore(path: UserPaths.draft())
        app.modify { drafts.restore(into: &$0) }
        app.onTransactionAdded = { drafts.discard() }
        app.run(stopRequested: { backend.stopRequested })
        backend.close()
        drafts.save(DraftStore.unsaved(in: app.state))
        setup.session.finish(printing: false)
    }
}
