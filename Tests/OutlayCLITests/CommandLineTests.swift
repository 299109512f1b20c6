import Foundation
import GRDB
import Testing

@Suite struct CommandLineTests {
    @Test func helpListsTheCommandsAndBareOutlayWithoutATerminalSaysWhy() throws {
        let cli = try CLIRunner()
        // `outlay` alone opens the dashboard; in a pipe it explains instead of drawing garbage.
        let bare = try cli.run([])
        #expect(bare.status != 0)
        #expect(bare.stderr.contains("the dashboard needs a terminal"))
        let help = try cli.run(["--help"], database: .some(nil))
        #expect(help.status == 0)
        for command in ["add", "list", "edit", "rm", "undo", "categories", "demo", "snapshot", "bench"] {
            #expect(help.stdout.contains(command), "help lists \(command)")
        }
        let version = try cli.run(["--version"], database: .some(nil))
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func aUserAddsListsSearchesEditsDeletesAndUndoes() throws {
        let cli = try CLIRunner()
        let coffee = try #require(try cli.run(["add", "4.50", "Flat", "white", "--category", "food", "--date", "2024-03-05",
                                               "--note", "with Sam", "--tag", "work", "--json"]).json() as? [String: Any])
        #expect(Set(coffee.keys) == ["id", "kind", "amount", "currency", "category", "description", "date", "note", "tags",
                                     "account", "createdAt", "updatedAt"])
        #expect(coffee["amount"] as? String == "4.50" && coffee["description"] as? String == "Flat white")
        let id = try #require(coffee["id"] as? String)
        let salary = try cli.run(["add", "3,200", "Salary", "--income", "--category", "salary", "--date", "2024-03-01"])
        #expect(salary.status == 0 && salary.stdout.contains("+3,200.00"))
        try cli.run(["add", "1,250", "Rent", "--category", "rent", "--date", "2024-03-01"])

        let table = try cli.run(["list"])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.contains { $0.contains("Flat white") && $0.hasSuffix("-4.50") })
        // Amounts are right-aligned: every row ends in the same column.
        let rowLengths = Set(lines.dropFirst().prefix(3).map(\.count))
        #expect(rowLengths.count == 1, "\(lines)")
        #expect(table.stdout.contains("3 transactions · income 3,200.00 · expenses 1,254.50 · balance 1,945.50"))

        let found = try #require(try cli.run(["list", "--search", "sam", "--json"]).json() as? [[String: Any]])
        #expect(found.map { $0["id"] as? String } == [id])
        #expect(try (cli.run(["list", "--tag", "work", "--json"]).json() as? [Any])?.count == 1)
        #expect(try (cli.run(["list", "--kind", "income", "--json"]).json() as? [Any])?.count == 1)
        #expect(try (cli.run(["list", "--min", "1000", "--json"]).json() as? [Any])?.count == 2)

        let short = String(id.suffix(8))
        let edited = try cli.run(["edit", short, "--amount", "5", "--description", "Oat flat white"])
        #expect(edited.status == 0 && edited.stdout.contains("Oat flat white") && edited.stdout.contains("-5.00"))
        let removed = try cli.run(["rm", short])
        #expect(removed.status == 0 && removed.stdout.contains("Deleted"))
        #expect(try (cli.run(["list", "--json"]).json() as? [Any])?.count == 2)
        let undone = try cli.run(["undo"])
        #expect(undone.status == 0 && undone.stdout.contains("restored"))
        try cli.run(["undo"])  // the edit
        let back = try #require(try cli.run(["list", "--search", "flat", "--json"]).json() as? [[String: Any]])
        #expect(back.first?["amount"] as? String == "4.50" && back.first?["description"] as? String == "Flat white")
    }

    @Test func categoriesCanBeListedAddedRenamedAndMerged() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "3", "Espresso", "--category", "food"])
        #expect(try cli.run(["categories", "add", "coffee"]).status == 0)
        try cli.run(["add", "4", "Latte", "--category", "coffee"])
        let merged = try cli.run(["categories", "merge", "coffee", "food"])
        #expect(merged.status == 0 && merged.stdout.contains("1 transaction)"))
        let list = try #require(try cli.run(["categories", "--json"]).json() as? [[String: Any]])
        let food = list.first { $0["name"] as? String == "food" && $0["kind"] as? String == "expense" }
        #expect(food?["transactionCount"] as? Int == 2 && food?["total"] as? String == "7.00")
        #expect(!list.contains { $0["name"] as? String == "coffee" })
        #expect(try cli.run(["categories", "rename", "food", "groceries"]).status == 0)
        #expect(try cli.run(["list", "--category", "groceries", "--json"]).stdout.contains("Latte"))
        let other = try cli.run(["categories", "rename", "other", "misc", "--income"])
        #expect(other.status == 0)
        #expect(try cli.run(["add", "1", "x", "--category", "other"]).status == 0)  // the expense "other" is untouched
    }

    /// Each bad value: a non-zero exit, one line on stderr naming it, nothing written.
    @Test(arguments: [
        (["add", "abc", "Lunch"], "abc"),
        (["add", "10000000000000", "Too much"], "10000000000000"),
        (["add", "12.345", "Lunch"], "12.345"),
        (["add", "5", ""], "description"),
        (["add", "5", "Lunch", "--date", "2024-02-30"], "2024-02-30"),
        (["add", "5", "Lunch", "--category", "foood"], "foood"),
        (["edit", "0123456789", "--amount", "3"], "0123456789"),
        (["rm", "deadbeef"], "deadbeef"),
        (["restore", "not-an-id"], "not-an-id"),
        (["list", "--from", "2024-13-01"], "2024-13-01"),
        (["list", "--kind", "sideways"], "sideways"),
        (["list", "--category", "nope"], "nope"),
        (["categories", "merge", "food", "nowhere"], "nowhere"),
    ])
    func badInputIsNamedAndChangesNothing(arguments: [String], named: String) throws {
        let cli = try CLIRunner()
        try cli.run(["add", "1", "Existing", "--category", "food"])
        let before = try cli.databaseContents()
        let result = try cli.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(named), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try cli.databaseContents() == before)
    }

    @Test func anUnknownCategoryListsTheKnownOnes() throws {
        let cli = try CLIRunner()
        let result = try cli.run(["add", "5", "Lunch", "--category", "foood"])
        #expect(result.stderr.contains("known: entertainment, food, health, other, rent, shopping, subscriptions, transport, utilities"))
    }

    @Test func filesThatAreNotDatabasesAreNamedAndLeftAlone() throws {
        let cli = try CLIRunner()
        let garbage = cli.folder.appendingPathComponent("notes.txt")
        try Data("my shopping list\n".utf8).write(to: garbage)
        let result = try cli.run(["list"], database: .some(garbage.path))
        #expect(result.status != 0)
        #expect(result.stderr.contains(garbage.path) && result.stderr.contains("not a SQLite database"))
        #expect(try String(contentsOf: garbage, encoding: .utf8) == "my shopping list\n")
        let folderAsDatabase = try cli.run(["list"], database: .some(cli.folder.path))
        #expect(folderAsDatabase.status != 0 && folderAsDatabase.stderr.contains(cli.folder.path))
    }

    @Test func aLockedDatabaseGivesAClearErrorAndChangesNothing() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "1", "Existing"])
        let holder = try DatabaseQueue(path: cli.databasePath)
        // Like a TUI that has written and is writing again: a live WAL, and the write lock held.
        try holder.write { db in try db.execute(sql: "INSERT OR REPLACE INTO settings(key, value) VALUES ('holder', '1')") }
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let result = try cli.run(["add", "2", "Blocked"])
            #expect(result.status != 0)
            #expect(result.stderr.contains("locked") && result.stderr.contains(cli.databasePath), "\(result.stderr)")
            // Reading needs no write lock: a list works while another process writes.
            let reading = try cli.run(["list", "--json"])
            #expect(reading.status == 0, "\(reading.stderr)")
        }
        #expect(try (cli.run(["list", "--json"]).json() as? [Any])?.count == 1)
    }

    @Test func theDefaultDatabaseFollowsXDGAndOutlayDB() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["add", "2", "Default place"], database: .some(nil)).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("xdg/outlay/outlay.sqlite").path))
        let custom = cli.folder.appendingPathComponent("env.sqlite").path
        #expect(try cli.run(["add", "3", "From env"], database: .some(nil), environment: ["OUTLAY_DB": custom]).status == 0)
        #expect(FileManager.default.fileExists(atPath: custom))
    }

    @Test func demoIsDeterministic() throws {
        let first = try CLIRunner(), second = try CLIRunner()
        for cli in [first, second] {
            let result = try cli.run(["demo", "--transactions", "800", "--seed", "3", "--end", "2024-05-31", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = try first.run(["list", "--limit", "10000", "--json"]).stdout
        #expect(try (first.run(["list", "--limit", "10000", "--json"]).json() as? [Any])?.count == 800)
        #expect(a == (try second.run(["list", "--limit", "10000", "--json"]).stdout))
        let again = try first.run(["demo", "--transactions", "10"])
        #expect(again.status != 0 && again.stderr.contains("--append"))
        // Demo data is one step of undo: the book it went into is empty again.
        let undone = try second.run(["undo"])
        #expect(undone.status == 0 && undone.stdout.contains("removed the 800 demo transactions"), "\(undone.stdout)\(undone.stderr)")
        #expect(try (second.run(["list", "--json"]).json() as? [Any])?.count == 0)
    }

    /// SPEC 6: killed at any moment, the database is consistent and the load is all or nothing.
    @Test func aLoadKilledMidwayLeavesAllOrNothing() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "1", "Before the load"])
        // Killed with rows written and nothing committed (a pause point, not a guess at timing).
        let load = try cli.killAtPausePoint("bulk-load-midway", ["demo", "--transactions", "100000", "--append"])
        #expect(load.terminationReason == .uncaughtSignal)

        let doctor = try cli.run(["doctor", "--json"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        let count = try #require(try cli.run(["list", "--limit", "10000", "--json"]).json() as? [Any]).count
        #expect(count == 1)
        #expect(try cli.run(["add", "2", "After the crash"]).status == 0)
        #expect(try cli.run(["doctor"]).status == 0)
    }

    @Test func doctorReportsDriftWithANonZeroExit() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "5", "Coffee"])
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.write { db in try db.execute(sql: "UPDATE monthly_totals SET total = total + 7") }
        let result = try cli.run(["doctor"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("monthly_totals"))
    }

    @Test func benchPrintsOneFlatJSONObject() throws {
        let cli = try CLIRunner()
        let result = try cli.run(["bench", "--transactions", "3000", "--json"], database: .some(nil))
        #expect(result.status == 0, "\(result.stderr)")
        let figures = try #require(try result.json() as? [String: Double])
        for key in ["transactions", "insert_rows_per_s", "first_page_ms", "deep_page_ms", "search_ms", "summary_ms", "peak_rss_mb"] {
            #expect((figures[key] ?? 0) > 0, "\(key)")
        }
        #expect(figures["transactions"] == 3000)
    }
}

@Suite struct SnapshotCommandTests {
    @Test func snapshotPrintsOneFrameOfThePaneAskedFor() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "12.50", "Ramen 🍜", "--category", "food"])
        let frame = try cli.run(["snapshot", "--size", "80x24", "--pane", "transactions", "--theme", "nord"])
        #expect(frame.status == 0, "\(frame.stderr)")
        let lines = frame.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(lines[0].hasPrefix("╭ 1 Transactions"))
        #expect(frame.stdout.contains("Ramen 🍜") && frame.stdout.contains("-12.50"))
        let bad = try cli.run(["snapshot", "--size", "80by24"])
        #expect(bad.status != 0 && bad.stderr.contains("--size: '80by24' is not WIDTHxHEIGHT"))
        let pane = try cli.run(["snapshot", "--pane", "wallet"])
        #expect(pane.status != 0 && pane.stderr.contains("--pane: 'wallet' is not a pane"))
    }
}
