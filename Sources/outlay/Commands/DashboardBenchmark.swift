import OutlayKit
import OutlayTUI
import TerminalUI

/// The dashboard's figures on the benchmark database: a full frame, one `j`, and opening.
struct DashboardBenchmark {
    static let width = 200
    static let height = 60

    func run(databasePath: String, into figures: inout BenchmarkFigures) throws {
        // Opening: database, first loads of every pane, first full frame.
        figures.record("first_frame_ms", try BenchmarkFigures.medianMilliseconds(runs: 7) {
            _ = try openApp(databasePath).frame()
        })

        let app = try openApp(databasePath)
        figures.record("frame_render_ms", BenchmarkFigures.medianMilliseconds(runs: 50) { _ = app.frame() })

        // All time: a million rows to scroll through, a page fetched whenever the window's edge comes near.
        app.dispatch(.key(KeyEvent(.character("A"))))
        figures.record("scroll_frame_ms", BenchmarkFigures.medianMilliseconds(runs: 1_000) {
            app.dispatch(.key(KeyEvent(.character("j"))))
            _ = app.frame()
        })
    }

    private func openApp(_ path: String) throws -> DashboardApp {
        let database = try AppDatabase.open(path: path)
        let runner = EffectRunner(database: database, themes: ThemeLibrary(directories: []))
        let state = AppState(width: Self.width, height: Self.height, today: LocalDate.today(), currency: database.currency)
        let app = DashboardApp(state: state, runner: runner, terminal: Terminal(backend: TestBackend(width: Self.width, height: Self.height)))
        app.start()
        return app
    }
}
