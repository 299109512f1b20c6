import Foundation
import Testing

/// Recurring items in the real dashboard, in tmux: what the command line
/// scheduled shows under the budgets and in `p`'s view with its forecast; a
/// schedule made in the form waits for `y`, which posts it where the command
/// line sees it; `s` skips the next occurrence.
extension DashboardEndToEndTests {
    @Test func aRecurringItemFromTheFormWaitsForYAndASkipMovesTheNext() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["accounts", "add", "checking", "--type", "checking", "--opening", "1000"]).status == 0)
        // Weekly from 20 days ago: three occurrences are due already and posted at once.
        let made = try runner.run(["recurring", "add", "50", "Gym", "--every", "week", "--from", "-20", "--account", "checking", "--category", "health"])
        #expect(made.status == 0 && made.stdout.contains("Posted 3 occurrences already due"), "\(made.stdout)\(made.stderr)")
        #expect((try runner.run(["list", "--json"]).json() as? [Any])?.count == 3)

        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40)
        try tmux.waitFor("Upcoming · 30 days")
        #expect(try tmux.screen().contains("Gym"))
        try tmux.keys("p")
        try tmux.waitFor("Recurring and forecast")
        try tmux.waitFor("checking · 90 days")
        #expect(try tmux.screen().contains("every week"))

        try tmux.keys("a")
        try tmux.waitFor("Add a recurring item")
        try tmux.literal("30")
        try tmux.keys("Tab")
        try tmux.literal("Phone")
        try tmux.keys("Tab", "Tab", "Tab")  // Type, Category (history or other), to Account
        try tmux.literal("checking")
        for _ in 0..<6 { try tmux.keys("Tab") }  // To, Every (month), On day, From (today), Until, to Confirm
        try tmux.keys("Space", "Enter")
        try tmux.waitFor("Made 'Phone' every month")
        try tmux.waitFor("1 waiting (y)")
        try tmux.keys("Escape")
        try tmux.waitFor("1 waiting: y posts")
        try tmux.keys("y")
        try tmux.waitFor("Posted 'Phone'")
        let listed = try #require(try runner.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(listed.contains { $0["description"] as? String == "Phone" && $0["amount"] as? String == "30.00" })

        // s in the view skips Gym's next week; the command line sees its next date move on by seven days.
        func gymNext() throws -> String? {
            let schedules = try #require(try runner.run(["recurring", "--json"]).json() as? [[String: Any]])
            return schedules.first { $0["description"] as? String == "Gym" }?["next"] as? String
        }
        let before = try #require(try gymNext())
        try tmux.keys("p")
        try tmux.waitFor("Recurring and forecast")
        try tmux.keys("s")
        try tmux.waitFor("Skipped 'Gym' on \(before)")
        let after = try #require(try gymNext())
        #expect(after > before)
        try tmux.keys("Escape", "q")
    }
}
