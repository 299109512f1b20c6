import Foundation
import OutlayKit
@testable import OutlayTUI
import TerminalUI

/// A small fixed ledger on a fixed day, and a dashboard over it on a TestBackend.
struct TUIFixture {
    static let today = LocalDate(year: 2026, month: 3, day: 18)!
    let database: AppDatabase
    let clock = ServiceClock.fixed(TUIFixture.today)
    let folder: URL

    /// The repository's `themes/` folder.
    static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

    init(rows extra: Int = 0) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try AppDatabase.open(path: folder.appendingPathComponent("ledger.sqlite").path)
        let expenses = TransactionService(database: database.withClock(clock))
        let rows: [(TransactionKind, String, String, String, String)] = [
            (.income, "2400", "Salary March", "salary", "2026-03-01"),
            (.expense, "950", "Rent", "rent", "2026-03-01"),
            (.expense, "42.80", "Groceries 寿司 market", "food", "2026-03-03"),
            (.expense, "3.60", "Coffee ☕", "food", "2026-03-05"),
            (.expense, "61.25", "Groceries", "food", "2026-03-09"),
            (.expense, "28.00", "Train ticket", "transport", "2026-03-10"),
            (.expense, "15.99", "Streaming", "subscriptions", "2026-03-12"),
            (.expense, "23.40", "Pizza night 🍕", "food", "2026-03-14"),
            (.expense, "80.00", "Concert", "entertainment", "2026-03-15"),
            (.expense, "12.10", "Lunch", "food", "2026-03-17"),
            (.expense, "9.50", "Taxi\u{1B}[31m red\u{07}", "transport", "2026-03-18"),
            (.expense, "300", "Rent", "rent", "2026-02-01"),
            (.expense, "120.40", "Groceries", "food", "2026-02-11"),
        ]
        // Fixed ids: rows of one day are ordered by id, and snapshots must not depend on chance.
        for (index, (kind, amount, description, category, date)) in rows.enumerated() {
            try expenses.add(TransactionDraft(kind: kind, amount: try Money.parse(amount, currency: database.currency),
                                              category: category, description: description, date: try LocalDate(parsing: date),
                                              id: Self.id(index)))
        }
        for index in 0..<extra {
            try expenses.add(TransactionDraft(amount: Money(minorUnits: Int64(100 + index), currency: database.currency),
                                              category: "other", description: "Row \(index)",
                                              date: TUIFixture.today.adding(days: -(index % 17)), id: Self.id(100 + index)))
        }
        let budgets = BudgetService(database: database.withClock(clock))
        try budgets.set(scope: .category("food"), amount: try Money.parse("170", currency: database.currency))
        try budgets.set(scope: .category("transport"), amount: try Money.parse("100", currency: database.currency))
        try budgets.set(scope: .overall, amount: try Money.parse("1500", currency: database.currency))
    }

    static func id(_ index: Int) -> String { String(format: "01950000-0000-7000-8000-%012d", index) }

    func app(width: Int = 120, height: Int = 40, keymap: Keymap = .defaults, theme: Theme = .dark,
             sync: BackgroundSync? = nil) -> (DashboardApp, TestBackend) {
        let backend = TestBackend(width: width, height: height)
        let runner = EffectRunner(database: database.withClock(clock), themes: ThemeLibrary(directories: [Self.themesDirectory]), sync: sync)
        let state = AppState(width: width, height: height, today: Self.today, currency: database.currency, keymap: keymap,
                             theme: theme, themeNames: ThemeLibrary(directories: [Self.themesDirectory]).names())
        let app = DashboardApp(state: state, runner: runner, terminal: Terminal(backend: backend))
        app.start()
        return (app, backend)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

extension DashboardApp {
    /// Types each character as a key.
    func type(_ text: String) {
        for character in text { dispatch(.key(.char(character))) }
    }

    func press(_ key: Key, _ modifiers: KeyEvent.Modifiers = []) { dispatch(.key(KeyEvent(key, modifiers))) }

    var screen: [String] { frame().trimmedLines }
}
