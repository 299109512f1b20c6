import Foundation
import OutlayTestSupport
import Testing

/// Long work on the command line shows a progress line on a terminal, and nothing in a pipe;
/// `q` leaves the first run's welcome.
extension DashboardEndToEndTests {
    @Test func longWorkShowsAProgressLineOnATerminalOnly() throws {
        let runner = try CLIRunner()
        let tmux = Tmux()
        try tmux.run(["new-session", "-d", "-x", "120", "-y", "20", "-s", "e2e", "-e", "HOME=\(runner.folder.path)", "-e", "PS1=ready$ ",
                      "bash", "--norc", "--noprofile"])
        try tmux.waitForPrompt()
        try tmux.literal("\(CLIRunner.binary.path) --db \(runner.databasePath) demo --transactions 200000 --end 2026-01-01")
        try tmux.keys("Enter")
        // While it runs: the bar, the count of the whole and the time left.
        let running = try tmux.waitFor("Adding [")
        #expect(running.contains("of 200,000 transactions") && running.contains(" left"), "\(running)")
        let done = try tmux.waitFor("Added 200000 demo transactions", seconds: 120)
        #expect(done.contains("Adding 200,000 transactions in"), "\(done)")
        try tmux.waitForPrompt()

        // In a pipe: the same command says nothing on stderr.
        let piped = try CLIRunner()
        let quiet = try piped.run(["demo", "--transactions", "20000", "--end", "2026-01-01"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func qLeavesTheFirstRunsWelcome() throws {
        let runner = try CLIRunner()
        let tmux = try Tmux.dashboard(for: runner, width: 100, height: 30, welcomed: false)
        try tmux.waitFor("Welcome to Outlay")
        #expect(try tmux.screen().contains("q quits"))
        try tmux.keys("q")
        try tmux.waitForPrompt()
    }
}
