import Foundation
import OutlayKit
import OutlayTestSupport
import Testing

/// A newcomer's first hour with the real binary in tmux, in the order they
/// meet things: the welcome, a first entry, the demo loaded from another
/// shell, a filter, a budget made in the dashboard and crossed, its alert,
/// the budget deleted and the delete undone, a window too small and back, a
/// theme, and a restart that keeps it.
extension DashboardEndToEndTests {
    @Test func theFirstHour() throws {
        let runner = try CLIRunner()
        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40, welcomed: false)
        let state = runner.folder.appendingPathComponent("xdg-state/outlay/dashboard.json")

        // The welcome asks the new book's currency.
        try tmux.waitFor("Welcome to Outlay")
        try tmux.keys("BSpace", "BSpace", "BSpace")
        try tmux.literal("CHF")
        try tmux.keys("Enter")
        try tmux.waitFor("The book is in CHF")
        #expect(try tmux.screen().contains("balance 0.00 CHF"))

        // A first entry.
        try tmux.keys("a")
        try tmux.waitFor("Add a transaction")
        try tmux.literal("4.50")
        try tmux.keys("Tab")
        try tmux.literal("Flat white")
        try tmux.keys("Enter")
        try tmux.waitFor("Added 'Flat white' 4.50")
        try tmux.waitFor("· u: remove")

        // The demo from another shell shows up while the dashboard is open.
        let demo = try runner.run(["demo", "--transactions", "3000", "--append"])
        #expect(demo.status == 0, "\(demo.stderr)")
        // The month on screen (whatever day the tests run on) counts what the command line counts in it.
        let month = try YearMonth(LocalDate(parsing: TestDay.text))
        let listed = try runner.run(["list", "--from", month.first.description, "--to", month.last.description, "--limit", "1"]).stdout
        let inMonth = try #require(listed.split(separator: "\n").last { $0.contains(" transactions · ") }?.split(separator: " ").first)
        try tmux.waitFor("\(month.spelledOut) · \(inMonth) rows", seconds: 10)
        try tmux.keys("A")
        try tmux.waitFor("3,001 rows")
        #expect(try runner.run(["list", "--limit", "1"]).stdout.contains("CHF"))

        // A filter by category, in any case and by its start.
        try tmux.keys("/")
        try tmux.literal("cat:FO")
        try tmux.waitFor("/ cat:FO")
        let filtered = try tmux.screen()
        #expect(filtered.contains(" food ") && !filtered.contains(" transport "))
        try tmux.keys("Escape")
        // The filter gone before the next key: a key right behind Escape reads as Alt-key, as in every terminal
        // program, and on a busy machine 0.2 s was not always "behind" enough.
        try tmux.waitFor("3,001 rows")
        try tmux.keys("A")
        try tmux.waitFor("\(month.spelledOut) ·")

        // A budget set in the dashboard, low enough that this month is past it: an alert naming the month.
        try tmux.keys("2", "a")
        try tmux.waitFor("Add a budget")
        try tmux.literal("food")
        try tmux.keys("Tab")
        try tmux.literal("5")
        try tmux.keys("Enter")
        try tmux.waitFor("✖ over")
        try tmux.keys("4")
        try tmux.waitFor("'food' budget exceeded in ")
        let alertsBefore = try runner.run(["alerts", "--json"]).stdout.components(separatedBy: "\"budget_exceeded\"").count

        // Delete the budget: the status says what u would do; u does it, and the crossing is not alerted again.
        try tmux.keys("2", "d")
        try tmux.waitFor("Deleted the 'food' budget · u: restore the")
        try tmux.keys("u")
        try tmux.waitFor("Undone: restored the 'food' budget")
        try tmux.waitFor("✖ over")
        #expect(try runner.run(["alerts", "--json"]).stdout.components(separatedBy: "\"budget_exceeded\"").count == alertsBefore)

        // Too small: a message, and keys do nothing but quit.
        try tmux.run(["resize-window", "-t", "e2e", "-x", "60", "-y", "20"])
        try tmux.waitFor("Terminal too small")
        try tmux.keys("d")
        try tmux.keys("a")
        try tmux.run(["resize-window", "-t", "e2e", "-x", "120", "-y", "40"])
        try tmux.waitFor("2 Budgets")
        let budgets = try runner.run(["budget", "--json"]).stdout
        #expect(budgets.contains("\"food\""), "the budget was deleted while the screen was too small: \(budgets)")
        #expect(try !tmux.screen().contains("Add a transaction"))

        // A theme, kept for the next start.
        try tmux.keys("T")
        let chosen = try tmux.waitFor("(kept for next time)")
        let theme = try #require(chosen.range(of: #"Theme: ([a-z-]+)"#, options: .regularExpression).map { String(chosen[$0].dropFirst(7)) })
        try tmux.keys("q")
        try tmux.waitForPrompt()
        #expect(try String(contentsOf: state, encoding: .utf8).contains("\"theme\":\"\(theme)\""))

        // Restarted: no welcome, and the theme is the one chosen (the palette's theme entry marks it).
        try tmux.literal("\(CLIRunner.binary.path) --db \(runner.databasePath)")
        try tmux.keys("Enter")
        try tmux.waitFor("1 Transactions")
        #expect(try !tmux.screen().contains("Welcome to Outlay"))
        try tmux.keys("T")
        let next = try tmux.waitFor("(kept for next time)")
        #expect(!next.contains("Theme: \(theme) "), "the restart did not start from the kept theme \(theme)")
        try tmux.keys("q")
        try tmux.waitForPrompt()
    }
}
