import Foundation
import Testing

/// The dashboard's import view with the real binary in tmux: a bank's export
/// found with Tab, previewed, imported with Enter, and taken back with u.
extension DashboardEndToEndTests {
    @Test func importingABanksExportFromTheDashboard() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["init", "--currency", "EUR"]).status == 0)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("OutlayKitTests/Fixtures/banks/ing-nl.csv")
        let file = runner.folder.appendingPathComponent("statement-november.csv")
        try FileManager.default.copyItem(at: fixture, to: file)
        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40)

        // Esc leaves nothing behind.
        try tmux.keys("i")
        try tmux.waitFor("Import a bank's export")
        try tmux.literal(runner.folder.path + "/statement-n")
        try tmux.keys("Tab")
        try tmux.waitFor("statement-november.csv")
        try tmux.keys("Enter")
        try tmux.waitFor("ING (Netherlands) (profile ing-nl)")
        let preview = try tmux.screen()
        #expect(preview.contains("2024-11-28 Albert Heijn 1234") && preview.contains("-23.45"), "\(preview)")
        #expect(preview.contains("+2,750.00") && preview.contains("Would import 3 transactions"), "\(preview)")
        try tmux.keys("Escape")
        try tmux.waitGone("Import a bank's export")
        #expect(try (runner.run(["list", "--json"]).json() as? [Any])?.isEmpty == true)

        // Again, and Enter imports: the rows show (all time, since they are from 2024) and u offers to take them back.
        Thread.sleep(forTimeInterval: 0.2)
        try tmux.keys("i")
        try tmux.waitFor("Import a bank's export")
        try tmux.literal(file.path)
        try tmux.keys("Enter")
        try tmux.waitFor("Would import 3 transactions")
        try tmux.keys("Enter")
        try tmux.waitFor("Imported 3 transactions into cash from statement-november.csv")
        try tmux.waitFor("NS GROEP IZ NS REIZIGERS")
        #expect(try tmux.screen().contains("All time"))
        let listed = try #require(try runner.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(listed.map { $0["amount"] as? String } == ["23.45", "2750.00", "4.90"])

        try tmux.keys("u")
        try tmux.waitFor("Undone: removed the 3 transactions imported from statement-november.csv")
        #expect(try (runner.run(["list", "--json"]).json() as? [Any])?.isEmpty == true)
    }
}
