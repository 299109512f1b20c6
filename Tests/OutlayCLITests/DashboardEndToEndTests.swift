import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OutlayTestSupport
import Testing

/// The real binary in a real terminal (tmux): keys in, screen out.
@Suite(.serialized) struct DashboardEndToEndTests {
    /// One tmux server of its own, so tests never touch a user's sessions.
    final class Tmux {
        let socket = "outlay-e2e-\(UUID().uuidString.prefix(8))"

        /// Runs tmux through `sh` and waits for its output file to appear.
        ///
        /// Neither Foundation's `Process` (it waits for descriptors the daemonised
        /// tmux server keeps open) nor `waitpid` (Foundation's own child reaper
        /// may collect the child first) can tell reliably when tmux is done, so
        /// the shell renames the output into place as its last step.
        @discardableResult
        func run(_ arguments: [String]) throws -> String {
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: base + ".done") }
            let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            let command = quoted.joined(separator: " ") + " >'\(base).out' 2>/dev/null </dev/null; mv '\(base).out' '\(base).done'"
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
            defer { argv.forEach { free($0) } }
            guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { throw CocoaError(.executableLoad) }
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: base + ".done"), Date() < deadline { usleep(5_000) }
            var status: Int32 = 0
            waitpid(pid, &status, WNOHANG)
            return (try? String(contentsOfFile: base + ".done", encoding: .utf8)) ?? ""
        }

        func keys(_ keys: String...) throws { try run(["send-keys", "-t", "e2e"] + keys) }
        func literal(_ text: String) throws { try run(["send-keys", "-t", "e2e", "-l", text]) }
        func screen() throws -> String { try run(["capture-pane", "-t", "e2e", "-p"]) }

        /// Waits for the shell's prompt on the last line (an earlier prompt higher up does not count).
        func waitForPrompt(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let deadline = Date().addingTimeInterval(15)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces) == "ready$" { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("the prompt never came back; the screen was:\n\(last)", sourceLocation: sourceLocation)
        }

        /// Waits until the screen shows `text`; fails with the screen if it never does.
        @discardableResult
        func waitFor(_ text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.contains(text) { return last }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("'\(text)' never showed; the screen was:\n\(last)", sourceLocation: sourceLocation)
            return last
        }

        /// A shell in a terminal of this size, with the runner's home, running the dashboard on its database.
        static func dashboard(for runner: CLIRunner, width: Int, height: Int, welcomed: Bool = true,
                              environment: [String: String] = [:]) throws -> Tmux {
            let tmux = Tmux()
            let home = runner.folder.path
            let extra = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
            try tmux.run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e", "-e", "HOME=\(home)",
                          "-e", "XDG_CONFIG_HOME=\(home)/xdg-config", "-e", "XDG_STATE_HOME=\(home)/xdg-state", "-e", "OUTLAY_TODAY=\(TestDay.text)", "-e", "PS1=ready$ "]
                         + extra + ["bash", "--norc", "--noprofile"])
            try tmux.waitForPrompt()
            try tmux.literal("\(CLIRunner.binary.path) --db \(runner.databasePath)")
            try tmux.keys("Enter")
            try tmux.waitFor("1 Transactions")
            if welcomed {
                // A fresh state folder: the first run's welcome comes first.
                try tmux.waitFor("Welcome to Outlay")
                try tmux.keys("Enter")
                try tmux.waitGone("Welcome to Outlay")
            }
            return tmux
        }

        func waitGone(_ text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if try !screen().contains(text) { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("'\(text)' never went away", sourceLocation: sourceLocation)
        }

        deinit { _ = try? run(["kill-server"]) }
    }

    @Test func addAnExpenseThatCrossesABudgetSeeItEverywhereAndQuitToAWorkingPrompt() throws {
        let runner = try CLIRunner()
        try runner.run(["add", "30", "Train", "--category", "transport"])
        try runner.run(["budget", "set", "transport", "100"])
        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40)
        try tmux.waitFor("30.0% ok")

        try tmux.keys("a")
        try tmux.waitFor("Add a transaction")
        try tmux.literal("52.5")
        try tmux.keys("Tab")
        try tmux.literal("Bus pass")
        try tmux.keys("Tab")
        try tmux.literal("transport")
        try tmux.keys("Enter")

        let screen = try tmux.waitFor("82.5% ⚠ warning")
        #expect(screen.contains("Bus pass"))
        #expect(screen.contains("-52.50"))
        try tmux.keys("4")
        try tmux.waitFor("● ")
        #expect(try tmux.screen().contains("'transport' budget at 82.5%"))

        // Another shell's change shows up while the dashboard is open.
        let added = try runner.run(["add", "4.20", "From another shell", "--category", "transport"])
        #expect(added.status == 0, "\(added.stderr)")
        try tmux.waitFor("From another shell", seconds: 6)

        try tmux.keys("q")
        try tmux.waitForPrompt()
        try tmux.literal("echo e2e-$((6*7))")
        try tmux.keys("Enter")
        try tmux.waitFor("e2e-42")
        #expect(try runner.run(["list", "--json"]).stdout.contains("Bus pass"))
    }

    /// A locale this machine does not have (Debian's images carry only C.UTF-8): the dashboard still draws its borders,
    /// takes non-ASCII keys, and reads and shows amounts in the book's number format.
    @Test func anUninstalledLocaleStillDrawsTakesUnicodeAndWritesTheBooksNumbers() throws {
        let runner = try CLIRunner()
        try runner.writeConfig("[book]\nnumber_format = \"1.234,56\"\n")
        try runner.run(["init", "--currency", "EUR"])
        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40,
                                      environment: ["LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_CTYPE": "", "LC_NUMERIC": ""])
        #expect(try tmux.screen().contains("╭ 1 Transactions"))
        try tmux.keys("a")
        try tmux.waitFor("Add a transaction")
        try tmux.literal("1.150,50")
        try tmux.keys("Tab")
        try tmux.literal("Bäckerei Grün")
        try tmux.keys("Tab")
        try tmux.literal("food")
        try tmux.keys("Enter")
        try tmux.waitGone("Add a transaction")
        let screen = try tmux.waitFor("-1.150,50")
        #expect(screen.contains("Bäckerei Grün") && screen.contains("out 1.150,50"), "\(screen)")
        try tmux.keys("q")
        try tmux.waitForPrompt()
        #expect(try runner.run(["list", "--json"]).stdout.contains("\"amount\": \"1150.50\""))
    }

    /// The process whose command line holds `text` (and is not this test process).
    static func processID(commandContaining text: String) -> pid_t? {
        let own = getpid()
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry), pid != own,
                  let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if arguments.first?.hasSuffix("outlay") == true, arguments.contains(text) { return pid }
        }
        return nil
    }

    @Test func sigtermRestoresTheTerminalAndKeepsAHalfTypedEntry() throws {
        let runner = try CLIRunner()
        let tmux = try Tmux.dashboard(for: runner, width: 100, height: 30)
        let home = runner.folder.path
        try tmux.keys("a")
        try tmux.waitFor("Add a transaction")
        try tmux.literal("19.99")
        try tmux.waitFor("Amount 19.99")
        // The signal comes from outside, as `kill` or a closing terminal would send it.
        let pid = try #require(Self.processID(commandContaining: runner.databasePath))
        kill(pid, SIGTERM)
        try tmux.waitForPrompt()
        try tmux.literal("echo alive")
        try tmux.keys("Enter")
        try tmux.waitFor("alive")
        let draft = try String(contentsOfFile: "\(home)/xdg-state/outlay/draft.json", encoding: .utf8)
        #expect(draft.contains("\"amount\":\"19.99\""))
    }
}
