import Foundation
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
        figures.record("keypress_during_import_ms", try keysDuringImport(app, databasePath: databasePath))
    }

    /// The 99th percentile of a key's answer (its update, effects and frame) while an import of 100 000 rows runs off
    /// the loop, as in the live dashboard: keys every 5 ms, as fast as a held key repeats.
    private func keysDuringImport(_ app: DashboardApp, databasePath: String) throws -> Double {
        let file = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("dashboard-import.csv")
        try ImportBenchmark.writeStatement(rows: 100_000, to: file, seed: 9, currency: app.state.currency.code)
        app.runsLongWorkOffLoop = true
        app.dispatch(.key(KeyEvent(.character("i"))))
        for character in file.path { app.dispatch(.key(KeyEvent(.character(character)))) }
        app.dispatch(.key(KeyEvent(.enter)))
        app.waitForOffLoopWork()
        // The book has several accounts: `a` picks the first, and the file is previewed into it.
        app.dispatch(.key(KeyEvent(.character("a"))))
        app.waitForOffLoopWork()
        app.dispatch(.key(KeyEvent(.enter)))
        guard app.isWorking else { throw OutlayError.invalidImport(file.path, "the dashboard did not start importing it") }
        app.dispatch(.key(KeyEvent(.escape)))
        var answers: [Double] = []
        while app.isWorking {
            let started = DispatchTime.now().uptimeNanoseconds
            app.dispatch(.key(KeyEvent(.character(answers.count % 200 < 100 ? "j" : "k"))))
            _ = app.frame()
            answers.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            app.collectOffLoopWork()
            Thread.sleep(forTimeInterval: 0.005)
        }
        app.waitForOffLoopWork()
        guard !answers.isEmpty else { return 0 }
        return answers.sorted()[Swift.min(answers.count - 1, answers.count * 99 / 100)]
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
