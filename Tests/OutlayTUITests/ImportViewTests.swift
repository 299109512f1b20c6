import Foundation
import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

/// The dashboard's import view (`i`): through `update` alone, then headless
/// through the real loop on a real database.
@Suite struct ImportViewTests {
    /// A Chase card export: two purchases, a return, a payment (a transfer), and one row that cannot be read.
    static let chase = """
        Transaction Date,Post Date,Description,Category,Type,Amount,Memo
        03/14/2026,03/15/2026,UBER   *EATS,Food & Drink,Sale,-23.40,
        03/12/2026,03/13/2026,AMAZON MKTPL*AB12CD,Shopping,Sale,-45.99,
        03/11/2026,03/11/2026,AMAZON MKTPL*ZZ99,Shopping,Return,12.00,
        03/10/2026,03/10/2026,Payment Thank You-Mobile,,Payment,500.00,
        03/09/2026,03/09/2026,CORNER SHOP,Groceries,Sale,twelve,

        """

    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func stored(_ fixture: TUIFixture) throws -> [Transaction] {
        try TransactionService(database: fixture.database)
            .list(TransactionPageRequest(filter: TransactionFilter(), order: .newestFirst, limit: 10_000, after: nil)).transactions
    }

    /// The dashboard with the import view open on the Chase file, its path typed.
    static func importView(ofChaseIn fixture: TUIFixture) throws -> (AppState, String) {
        let path = try write(chase, named: "chase.csv", in: fixture.folder)
        var state = AppState(width: 120, height: 40, today: TUIFixture.today, currency: fixture.database.currency)
        state.modal = .importFile(ImportViewState(path: path))
        return (state, path)
    }

    func view(_ state: AppState) -> ImportViewState? {
        if case let .importFile(view) = state.modal { return view }
        return nil
    }

    func key(_ state: inout AppState, _ key: Key, _ modifiers: KeyEvent.Modifiers = []) -> [Effect] {
        Dashboard.update(&state, .key(KeyEvent(key, modifiers)))
    }

    // MARK: - update

    @Test func iOpensAPathThatTabCompletesAndEnterPreviews() {
        var state = AppState(width: 120, height: 40, today: TUIFixture.today, currency: .usd)
        #expect(key(&state, .character("i")).isEmpty && view(state) != nil)
        for character in "~/Dow" { _ = key(&state, .character(character)) }
        #expect(key(&state, .tab) == [.completePath("~/Dow")])
        // An answer for what was typed before is dropped; the current one fills the field and lists what still fits.
        _ = Dashboard.update(&state, .pathCompleted(typed: "~/D", PathCompletion.Result(text: "~/Desktop/", candidates: [])))
        #expect(view(state)?.path.text == "~/Dow")
        _ = Dashboard.update(&state, .pathCompleted(typed: "~/Dow", PathCompletion.Result(text: "~/Downloads/", candidates: [])))
        for character in "chase.csv" { _ = key(&state, .character(character)) }
        let path = ("~/Downloads/chase.csv" as NSString).expandingTildeInPath
        #expect(key(&state, .enter) == [.previewImport(ImportRequest(path: path))])
        #expect(view(state)?.editingPath == false)
        // Esc leaves, asking for nothing to be written.
        #expect(key(&state, .escape).isEmpty && state.modal == nil)
    }

    @Test func eachChangeToHowTheFileIsReadIsPreviewedAgainAndOldPreviewsAreDropped() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        var (state, path) = try Self.importView(ofChaseIn: fixture)
        var request = ImportRequest(path: path)
        #expect(key(&state, .enter) == [.previewImport(request)])
        let report = try ImportService(database: fixture.database).importFile(path, options: request.options(preview: true))
        _ = Dashboard.update(&state, .importPreviewed(request, .report(report)))
        #expect(view(state)?.report?.profile?.name == "chase-card")
        #expect(view(state)?.columnNames.first == "Transaction Date" && view(state)?.role(ofColumn: 0) == "date")

        // s flips the sign, f steps the date format, r the selected column's role, x leaves out the selected row.
        request.invertSign = true
        #expect(key(&state, .character("s")) == [.previewImport(request)])
        let formats = BankDateFormat.allCases
        request.dateFormat = formats[(formats.firstIndex(of: report.dateFormat!)! + 1) % formats.count]
        #expect(key(&state, .character("f")) == [.previewImport(request)])
        _ = key(&state, .right)
        _ = key(&state, .right)
        request.roles[3] = .amount  // Description (3rd column) was a description; r moves it on to amount
        #expect(key(&state, .character("r")) == [.previewImport(request)])
        request.roles[3] = .description
        #expect(key(&state, .character("R")) == [.previewImport(request)])
        _ = key(&state, .down)
        request.skipLines = [3]
        #expect(key(&state, .character("x")) == [.previewImport(request)])
        request.skipUnreadable = true
        #expect(key(&state, .character("b")) == [.previewImport(request)])

        // The preview still shown is of an older request: Enter does not import it.
        #expect(key(&state, .enter).isEmpty && view(state)?.error?.contains("No preview yet") == true)
        _ = Dashboard.update(&state, .importPreviewed(ImportRequest(path: path), .report(report)))
        #expect(view(state)?.request == request)

        // A current preview that imports something: Enter imports exactly what it shows.
        var plain = ImportRequest(path: path)
        plain.skipUnreadable = true
        state.modal = .importFile(ImportViewState(path: path))
        _ = key(&state, .enter)
        #expect(key(&state, .character("b")) == [.previewImport(plain)])
        let current = try ImportService(database: fixture.database).importFile(path, options: plain.options(preview: true))
        _ = Dashboard.update(&state, .importPreviewed(plain, .report(current)))
        #expect(key(&state, .enter) == [.runImport(plain)] && view(state)?.importing == true)
        // While it runs, keys do nothing; the saved import closes the view and shows where its rows are.
        #expect(key(&state, .character("x")).isEmpty)
        _ = Dashboard.update(&state, .imported(from: LocalDate(year: 2025, month: 1, day: 2)!, to: TUIFixture.today))
        #expect(state.period == .allTime)
        _ = Dashboard.update(&state, .saved("Imported 3 transactions from chase.csv", undo: "remove the 3 transactions imported from chase.csv"))
        #expect(state.modal == nil && state.notice?.text.contains("u: remove the 3 transactions") == true)
    }

    @Test func enterRefusesWhileARowCannotBeReadAndSaysWhichKeysHelp() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        var (state, path) = try Self.importView(ofChaseIn: fixture)
        _ = key(&state, .enter)
        let request = ImportRequest(path: path)
        let report = try ImportService(database: fixture.database).importFile(path, options: request.options(preview: true))
        #expect(report.badRowCount == 1 && report.imported == 2 && report.matched == 1 && report.transfersMade == 1)
        _ = Dashboard.update(&state, .importPreviewed(request, .report(report)))
        #expect(key(&state, .enter).isEmpty)
        #expect(view(state)?.error == "1 row cannot be read: b imports the others, x leaves out the selected one")
    }

    @Test func tabCompletesAsFarAsTheNamesAgree() {
        let folder: [String: [String]] = [".": ["statements/", "stash.txt", ".hidden"], "statements": ["chase-2025.csv", "chase-2026.csv", "ING.csv"]]
        func list(_ path: String) -> [String]? { folder[path.hasSuffix("/") ? String(path.dropLast()) : path] }
        #expect(PathCompletion.complete("stat", list: list) == .init(text: "statements/", candidates: []))
        #expect(PathCompletion.complete("sta", list: list) == .init(text: "sta", candidates: ["stash.txt", "statements/"]))
        #expect(PathCompletion.complete("statements/ch", list: list)
                == .init(text: "statements/chase-202", candidates: ["chase-2025.csv", "chase-2026.csv"]))
        #expect(PathCompletion.complete("statements/ing", list: list) == .init(text: "statements/ING.csv", candidates: []))
        #expect(PathCompletion.complete("nowhere/x", list: list) == .init(text: "nowhere/x", candidates: []))
        #expect(PathCompletion.complete(".h", list: list).text == ".hidden")
    }

    // MARK: - headless, on a real database

    @Test func aBankFileIsPreviewedExactlyAsStoredThenImportedAsOneUndoableStep() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let path = try Self.write(Self.chase, named: "chase.csv", in: fixture.folder)
        let (app, _) = fixture.app()
        let before = try Self.stored(fixture).count

        app.type("i")
        app.type(path)
        app.press(.enter)
        var screen = app.screen
        #expect(screen.contains { $0.contains("Chase (credit card) (profile chase-card)") && $0.contains("dates MM/DD/YYYY") })
        // The Uber Eats order is the pizza night typed on the day (same account, amount, within the week): matched, not new.
        #expect(screen.contains { $0.contains("2026-03-14 UBER EATS — matches 'Pizza night") && $0.contains("-23.40") && $0.contains("matched") })
        #expect(screen.contains { $0.contains("2026-03-11 AMAZON MKTPL") && $0.contains("+12.00") })
        #expect(screen.contains { $0.contains("2026-03-10 Payment Thank You-Mobile — unassigned → cash") && $0.contains("+500.00")
                && $0.contains("transfer") })
        #expect(screen.contains { $0.contains("✖ amount 'twelve' is not a number") })
        // The summary wraps onto a second line.
        let summary = screen.joined(separator: " ")
        #expect(summary.contains("Would import 2 transactions") && summary.contains("1 matched to entries you made") && summary.contains("· 1 transfer ·"))
        #expect(screen.contains { $0.contains("1 cannot be read") })
        // m: it is not that entry after all; it comes in as new.
        app.type("m")
        screen = app.screen
        #expect(screen.contains { $0.contains("2026-03-14 UBER EATS") && $0.contains("food") && $0.contains("-23.40") && $0.contains("new") })
        #expect(screen.contains { $0.contains("Would import 3 transactions") })

        // Enter refuses while a row cannot be read; x on it leaves it out.
        app.press(.enter)
        #expect(app.screen.contains { $0.contains("1 row cannot be read") })
        for _ in 0..<4 { app.press(.down) }
        app.type("x")
        screen = app.screen
        #expect(screen.contains { $0.contains("CORNER SHOP") == false && $0.contains("left out by you") })
        #expect(screen.contains { $0.contains("Would import 3 transactions") })
        #expect(screen.contains { $0.contains("left out: 1") } && screen.contains { $0.contains("skipped by you") })
        // Esc here would leave nothing; Enter imports.
        app.press(.enter)
        #expect(app.state.modal == nil)
        #expect(try Self.stored(fixture).count == before + 3)
        #expect(app.screen.last?.contains("Imported 3 transactions into cash from chase.csv") == true)
        #expect(app.state.transactions.rows.contains { $0.description == "UBER EATS" && $0.category == "food" })

        // The same file again: every row already there, nothing to import.
        app.type("i")
        app.type(path)
        app.press(.enter)
        #expect(app.screen.contains { $0.contains("Would import 0 transactions") && $0.contains("3 already imported") })
        #expect(app.screen.contains { $0.contains("UBER EATS") && $0.contains("already imported") })
        app.press(.escape)

        // One u takes the whole import back.
        app.type("u")
        #expect(try Self.stored(fixture).count == before)
        #expect(app.screen.last?.contains("Undone: removed the 3 transactions imported from chase.csv") == true)
    }

    /// Another tool's export in the import view: the accounts it makes are named before Enter, which brings every account in.
    @Test func anotherToolsExportShowsItsAccountsAndEnterBringsThemIn() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let ynab = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("OutlayKitTests/Fixtures/tools/ynab-register.csv").path
        let (app, _) = fixture.app(width: 120, height: 30)
        app.type("i")
        app.type(ynab)
        app.press(.enter)
        #expect(app.screen.contains { $0.contains("YNAB (register export), another tool's export") })
        #expect(app.screen.contains { $0.contains("Accounts it makes: Checking (checking), Savings (savings), Visa (credit)") })
        #expect(try AccountService(database: fixture.database).list().map(\.name) == ["cash"])
        app.press(.enter)
        #expect(app.state.modal == nil)
        #expect(app.state.messages.last?.text.hasPrefix("Imported 6 transactions from ynab-register.csv, YNAB (register export); made Checking, Savings, Visa") == true,
                "\(app.state.messages)")
        let balances = try AccountService(database: fixture.database).balances().map { "\($0.account.name) \($0.balance.decimalString)" }
        #expect(balances.contains("Checking 1911.70") && balances.contains("Visa 107.25"), "\(balances)")
        #expect(app.state.period == .allTime || app.state.transactions.rows.contains { $0.description == "Con Edison" })
    }

    @Test func anUnknownLayoutIsReadFromItsContentInTheViewAndEscLeavesNothing() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let path = try Self.write("Wann;Was;Wie viel\n01.03.2026;Bäckerei;-3,50\n02.03.2026;Kiosk;-1,20\n", named: "mine.csv", in: fixture.folder)
        let (app, _) = fixture.app(width: 140, height: 24)
        let before = try Self.stored(fixture)

        app.type("i")
        app.type(path)
        app.press(.enter)
        let screen = app.screen
        #expect(screen.contains { $0.contains("columns read from the content") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("Wann: date") && $0.contains("Was: description") && $0.contains("Wie viel: amount") })
        #expect(screen.contains { $0.contains("2026-03-01 Bäckerei") && $0.contains("-3.50") })
        #expect(screen.contains { $0.contains("dates DD.MM.YYYY") && $0.contains("decimal mark ,") })
        // A role corrected by hand is kept over what the content said: r steps the first column's role on.
        app.type("r")
        #expect(app.screen.contains { $0.contains("Wann: description") }, "\(app.screen.joined(separator: "\n"))")
        app.type("R")
        app.type("s")
        #expect(app.screen.contains { $0.contains("2026-03-01 Bäckerei") && $0.contains("+3.50") })

        app.press(.escape)
        #expect(app.state.modal == nil)
        #expect(try Self.stored(fixture) == before)
    }
}
