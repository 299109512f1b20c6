import Foundation
import Testing

/// The dashboard's import view with the real binary in tmux: a bank's export
/// found with Tab, previewed, imported with Enter, and taken back with u.
extension DashboardEndToEndTests {
    static let chaseCard = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OutlayKitTests/Fixtures/banks/chase-card.csv")

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
        #expect(preview.contains("2024-11-28 Albert Heijn ") && preview.contains("-23.45"), "\(preview)")
        #expect(preview.contains("+2,750.00") && preview.contains("Would import 3 transactions"), "\(preview)")
        try tmux.keys("Escape")
        try tmux.waitGone("Import a bank's export")
        #expect(try (runner.run(["list", "--json"]).json() as? [Any])?.isEmpty == true)

        // Again, and Enter imports: the rows show (all time, since they are from 2024) and u offers to take them back.
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

    /// A card's export into a book of several accounts: the view names the card account before Enter (and `a` changes
    /// it), shows the Uber Eats order typed on the day as matched, and Enter brings in the rest, the card's payment a transfer.
    @Test func aCardsExportGoesIntoTheCardWithWhatWasTypedMatched() throws {
        let runner = try CLIRunner()
        for command in [["accounts", "add", "checking", "--type", "checking"], ["accounts", "add", "visa", "--type", "credit"],
                        ["add", "23.40", "Pizza with Sam", "--category", "food", "--account", "visa", "--date", "2024-11-27"]] {
            #expect(try runner.run(command).status == 0)
        }
        let fixture = Self.chaseCard
        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40)
        try tmux.keys("i")
        try tmux.waitFor("Import a bank's export")
        try tmux.literal(fixture.path)
        try tmux.keys("Enter")
        // The header comes with the file's layout, the rows a frame later: wait for the last row the preview draws.
        let preview = try tmux.waitFor("Payment Thank You-Mobile — unassigned → visa")
        #expect(preview.contains("Into visa (suggested for a card's export)"), "\(preview)")
        #expect(preview.contains("UBER EATS — matches 'Pizza with Sam'") && preview.contains("+500.00"), "\(preview)")
        // a steps to another account and back: each is previewed again.
        try tmux.keys("a")
        try tmux.waitFor("Into cash ·")
        try tmux.keys("A")
        try tmux.waitFor("Into visa")
        try tmux.keys("Enter")
        // The status bar cuts the message (the undo hint follows it) and says M shows it whole.
        try tmux.waitFor("Imported 2 transactions into visa from chase-card.csv")
        #expect(try tmux.screen().contains("M whole"))
        try tmux.keys("M")
        try tmux.waitFor("1 matched to entries you made")
        try tmux.keys("Escape")
        try tmux.waitGone("Messages —")
        let visa = try #require(try runner.run(["list", "--account", "visa", "--json"]).json() as? [[String: Any]])
        #expect(visa.map { $0["description"] as? String ?? "" }.sorted() == ["AMAZON MKTPL", "AMAZON MKTPL", "Pizza with Sam"])
        let transfers = try #require(try runner.run(["transfer", "list", "--json"]).json() as? [[String: Any]])
        #expect(transfers.count == 1 && transfers.first?["to"] as? String == "visa" && transfers.first?["from"] as? String == "unassigned")
    }

    /// A dinner split in the form (food and entertainment, the last part taking the rest), then the card's export:
    /// its row matches the split by the total and the parts stay as typed.
    @Test func aSplitTypedInTheFormIsMatchedByTheCardsRow() throws {
        let runner = try CLIRunner()
        for command in [["accounts", "add", "checking", "--type", "checking"], ["accounts", "add", "visa", "--type", "credit"]] {
            #expect(try runner.run(command).status == 0)
        }
        let fixture = Self.chaseCard
        let tmux = try Tmux.dashboard(for: runner, width: 120, height: 40)
        try tmux.keys("a")
        try tmux.waitFor("Add a transaction")
        try tmux.literal("23.40")
        try tmux.keys("Tab")
        try tmux.literal("Pizza and wine")
        try tmux.keys("Tab", "Tab")
        for _ in 0..<10 { try tmux.keys("BSpace") }
        try tmux.literal("2024-11-27")
        try tmux.keys("Tab", "Tab")
        try tmux.literal("visa")
        try tmux.keys("Tab", "Tab", "Tab")
        try tmux.literal("food 15; entertainment")
        try tmux.waitFor("food 15.00 + entertainment 8.40 = 23.40")
        try tmux.keys("Enter")
        try tmux.waitFor("Added 'Pizza and wine' 23.40 in food 15.00 + entertainment 8.40")

        try tmux.keys("i")
        try tmux.waitFor("Import a bank's export")
        try tmux.literal(fixture.path)
        try tmux.keys("Enter")
        let preview = try tmux.waitFor("Into visa (suggested for a card's export)")
        #expect(preview.contains("UBER EATS — matches 'Pizza and wine'"), "\(preview)")
        try tmux.keys("Enter")
        try tmux.waitFor("Imported 2 transactions into visa from chase-card.csv")
        let visa = try #require(try runner.run(["list", "--account", "visa", "--json"]).json() as? [[String: Any]])
        let dinner = try #require(visa.first { $0["description"] as? String == "Pizza and wine" })
        #expect((dinner["splits"] as? [[String: Any]])?.map { "\($0["category"] ?? "") \($0["amount"] ?? "")" } == ["food 15.00", "entertainment 8.40"])
        #expect((dinner["bankText"] as? String)?.hasPrefix("UBER") == true, "\(dinner)")
        #expect(visa.count == 3)
    }
}
