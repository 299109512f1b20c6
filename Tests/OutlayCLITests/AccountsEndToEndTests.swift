import Foundation
import Testing

/// Accounts in the real dashboard, in tmux: the accounts bar, a transfer with `t`,
/// and a line cleared in a register with `b`, seen by the command line at once.
extension DashboardEndToEndTests {
    @Test func movingMoneyAndClearingALineFromTheDashboard() throws {
        let runner = try CLIRunner()
        for command in [["accounts", "add", "checking", "--type", "checking", "--opening", "1000"],
                        ["accounts", "add", "card", "--type", "credit"],
                        ["add", "40", "Groceries", "--account", "card", "--category", "food"]] {
            #expect(try runner.run(command).status == 0)
        }
        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40)
        try tmux.waitFor("net worth +960.00")
        #expect(try tmux.screen().contains("card -40.00"))

        try tmux.keys("t")
        try tmux.waitFor("Move money between accounts")
        try tmux.literal("40")
        try tmux.keys("Tab", "C-u")
        try tmux.literal("checking")
        try tmux.keys("Tab", "C-u")
        try tmux.literal("card")
        try tmux.keys("Enter")
        try tmux.waitFor("Moved 40.00 from checking to card")
        try tmux.waitFor("card 0.00")
        #expect(try tmux.screen().contains("checking +960.00"))

        try tmux.keys("b")
        try tmux.waitFor("CLEARED")
        try tmux.keys("Enter")
        try tmux.waitFor("Register of card")
        try tmux.keys("Space")
        try tmux.waitFor("cleared +40.00")
        let accounts = try #require(try runner.run(["accounts", "--json"]).json() as? [[String: Any]])
        #expect(accounts.first { $0["name"] as? String == "card" }?["cleared"] as? String == "40.00")
        // The transfer is no transaction: the list still holds only the groceries.
        #expect((try runner.run(["list", "--json"]).json() as? [Any])?.count == 1)
    }
}
