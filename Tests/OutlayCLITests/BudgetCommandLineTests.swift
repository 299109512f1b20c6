import Foundation
import OutlayKit
import OutlayTestSupport
import Testing

@Suite struct BudgetCommandLineTests {
    /// The "done when": budgets, spending past 80 % and 100 %, the alerts
    /// in the inbox and on a webhook from config.toml, and a weekly summary.
    @Test func aUserIsWarnedInTheInboxAndOnTheirWebhook() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let cli = try CLIRunner()
        let config = cli.folder.appendingPathComponent("config.toml")
        try """
            [notifications]
            channels = ["in-app", "terminal", "webhook"]
            webhook_url = "\(server.url)"
            """.write(to: config, atomically: true, encoding: .utf8)
        func outlay(_ arguments: [String]) throws -> CLIRunner.Result { try cli.run(arguments + ["--config", config.path]) }

        // Last week's spending, so that a weekly summary is due.
        let lastWeek = try LocalDate(parsing: TestDay.text).adding(days: -7).description
        #expect(try outlay(["add", "12", "Old bus pass", "--category", "transport", "--date", lastWeek]).status == 0)

        let set = try outlay(["budget", "set", "food", "100", "--json"])
        #expect(set.status == 0, "\(set.stderr)")
        let budget = try #require(try set.json() as? [String: Any])
        #expect(Set(budget.keys).isSuperset(of: ["id", "scope", "amount", "period", "threshold", "rollover", "spent",
                                                  "remaining", "percent", "level"]))
        #expect(budget["threshold"] as? Int == 80 && budget["period"] as? String == "monthly")
        #expect(try outlay(["budget", "set", "--overall", "5000"]).status == 0)

        #expect(try outlay(["add", "79", "Groceries", "--category", "food"]).stderr.contains("!") == false)
        let warned = try outlay(["add", "2", "Snack", "--category", "food"])
        // Alerts go to stderr: the table or JSON a pipe reads has none in it.
        #expect(warned.stderr.contains("! 'food' budget at 81.0% in ") && !warned.stdout.contains("budget at"), "\(warned.stderr)")
        let exceeded = try outlay(["add", "20", "Dinner", "--category", "food"])
        #expect(exceeded.stderr.contains("!! 'food' budget exceeded in "))
        #expect(try outlay(["add", "19", "More", "--category", "food"]).stderr.contains("!") == false)

        let alerts = try #require(try outlay(["alerts", "--json"]).json() as? [[String: Any]])
        let budgetAlerts = alerts.compactMap { $0["type"] as? String }.filter { $0.hasPrefix("budget") }
        #expect(budgetAlerts == ["budget_exceeded", "budget_alert"])
        #expect(alerts.contains { $0["type"] as? String == "weekly_summary" })

        // The weekly summary is posted too, in any order: wait for both budget alerts, not for a count.
        func hookTypes(_ bodies: [String]) -> Set<String> {
            Set(bodies.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["type"] as? String })
        }
        let hooks = hookTypes(server.waitUntil { hookTypes($0).isSuperset(of: ["budget_alert", "budget_exceeded"]) })
        #expect(hooks.isSuperset(of: ["budget_alert", "budget_exceeded"]), "\(hooks)")

        let list = try #require(try outlay(["budget", "list", "--json"]).json() as? [[String: Any]])
        let food = try #require(list.first { $0["scope"] as? String == "food" })
        #expect(food["spent"] as? String == "120.00" && food["remaining"] as? String == "-20.00")
        #expect(food["percent"] as? String == "120.0" && food["level"] as? String == "exceeded")

        let weekly = try outlay(["report", "weekly"])
        #expect(weekly.status == 0 && weekly.stdout.hasPrefix("You spent 12.00 in the week of"), "\(weekly.stdout)")
        #expect(try outlay(["alerts", "read", "--all"]).stdout.contains("Marked"))
        #expect(try (outlay(["alerts", "--unread", "--json"]).json() as? [Any])?.isEmpty == true)
    }

    @Test func aMalformedConfigIsNamedAndChangesNothing() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "1", "Existing"])
        let before = try cli.databaseContents()
        let config = cli.folder.appendingPathComponent("bad.toml")
        try "[notifications]\nchannels = [\"in-app\", \"pager\"]\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try cli.run(["add", "5", "Lunch", "--config", config.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(config.path) && result.stderr.contains("line 2") && result.stderr.contains("pager"))
        #expect(try cli.databaseContents() == before)
    }

    @Test(arguments: [
        (["budget", "set", "food", "abc"], "abc"),
        (["budget", "set", "food", "100", "--threshold", "120"], "120"),
        (["budget", "set", "food", "100", "--period", "fortnightly"], "fortnightly"),
        (["budget", "set", "nope", "100"], "nope"),
        (["budget", "rm", "deadbeef"], "deadbeef"),
        (["alerts", "read", "deadbeef"], "deadbeef"),
    ])
    func badBudgetInputIsNamedAndChangesNothing(arguments: [String], named: String) throws {
        let cli = try CLIRunner()
        try cli.run(["add", "1", "Existing", "--category", "food"])
        let before = try cli.databaseContents()
        let result = try cli.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(named), "\(result.stderr)")
        #expect(try cli.databaseContents() == before)
    }
}
