import Foundation
import OutlayKit
@testable import OutlayTUI
import TerminalUI

import Testing

/// Long work runs off the event loop: the real loop (`run`) draws and answers keys while an import of a large
/// file goes on, shows its progress, and takes its answer when it ends; the import commits whole.
@Suite struct OffLoopTests {
    static func statement(rows: Int, in folder: URL) throws -> URL {
        var text = "Date,Description,Amount\n"
        text.reserveCapacity(rows * 40)
        for index in 0..<rows {
            let day = LocalDate(year: 2025, month: 1, day: 1)!.adding(days: index % 400)
            text += "\(day),Shop \(index % 977) purchase \(index),-\(index % 9_000 / 100 + 1).\(String(format: "%02d", index % 100))\n"
        }
        let file = folder.appendingPathComponent("big-statement.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func anImportRunsOffTheLoopWhileKeysAreAnswered() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let rows = 30_000
        let file = try Self.statement(rows: rows, in: fixture.folder)
        let before = try TransactionService(database: fixture.database).count()
        let (app, backend) = fixture.app()
        app.runsLongWorkOffLoop = true

        enum Step { case open, path, waitPreview, waitImportStart, closeView, pressKey, waitAnswer, waitEnd, done }
        var step = Step.open
        var typed = Array(file.path)
        var answeredWhileWorking = false, progressSeen = false
        var said = ""
        backend.script = {
            let state = app.state
            if state.work?.progress != nil { progressSeen = true }
            switch step {
            case .open:
                step = .path
                return .key(.char("i"))
            case .path:
                if typed.isEmpty {
                    step = .waitPreview
                    return .key(KeyEvent(.enter))
                }
                return .key(.char(typed.removeFirst()))
            case .waitPreview:
                guard case let .importFile(view) = state.modal, view.report != nil, state.work == nil else { return nil }
                step = .waitImportStart
                return .key(KeyEvent(.enter))
            case .waitImportStart:
                guard state.work != nil else { return nil }
                step = .closeView
                return nil
            case .closeView:
                // Esc leaves the import view; the import goes on, its progress in the status line.
                step = .pressKey
                return .key(KeyEvent(.escape))
            case .pressKey:
                guard state.modal == nil else { return nil }
                step = .waitAnswer
                return .key(.char("2"))
            case .waitAnswer:
                guard state.focus == .budgets else { return nil }
                answeredWhileWorking = state.work != nil
                step = .waitEnd
                return nil
            case .waitEnd:
                guard state.work == nil, let notice = state.notice?.text, notice.hasPrefix("Imported") else { return nil }
                said = notice
                step = .done
                return .key(.char("q"))
            case .done:
                return nil
            }
        }
        let deadline = Date().addingTimeInterval(300)
        app.run(stopRequested: { Date() > deadline })

        #expect(step == .done, "stopped at \(step)")
        #expect(answeredWhileWorking, "a key was answered only after the import")
        #expect(progressSeen)
        #expect(said.hasPrefix("Imported \(rows) transactions into cash from big-statement.csv"), "\(said)")
        #expect(try TransactionService(database: fixture.database).count() == before + rows)
        #expect(try StoreHealth(database: fixture.database).problems() == [])
    }

    /// Undoing an import of thousands of rows takes seconds: it runs off the loop too, said in the status line; a
    /// small undo stays on the loop.
    @Test func undoingALargeImportRunsOffTheLoop() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let before = try TransactionService(database: fixture.database).count()
        let file = try Self.statement(rows: 5_000, in: fixture.folder)
        let report = try ImportService(database: fixture.database.withClock(fixture.clock))
            .importFile(file.path, options: ImportRequest(path: file.path).options(preview: false))
        #expect(report.imported == 5_000)
        let (app, _) = fixture.app()
        app.runsLongWorkOffLoop = true
        app.type("u")
        #expect(app.state.work?.label == "Undoing")
        app.waitForOffLoopWork()
        #expect(app.state.work == nil)
        #expect(app.state.notice?.text.hasPrefix("Undone: removed the 5000 transactions imported from big-statement.csv") == true,
                "\(String(describing: app.state.notice))")
        #expect(try TransactionService(database: fixture.database).count() == before)
        // One transaction's undo answers at once, on the loop.
        try TransactionService(database: fixture.database.withClock(fixture.clock)).add(TransactionDraft(
            amount: try Money.parse("4.20", currency: .usd), category: "food", description: "Bagel", date: TUIFixture.today))
        app.type("u")
        #expect(app.state.work == nil && app.state.notice?.text.hasPrefix("Undone: removed the added transaction 'Bagel'") == true)
    }
}
