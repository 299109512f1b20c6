import Foundation
import Testing

/// Splits from the command line: `--split CATEGORY=AMOUNT[:NOTE]` on add and edit, parts shown under their
/// transaction and in `--json`, every report counting each part in its category.
@Suite struct SplitCommandLineTests {
    @Test func aSplitIsEnteredListedReportedAndMadeWholeAgain() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["categories", "add", "household"]).status == 0)
        let added = try #require(try cli.run(["add", "180", "Costco", "--split", "food=120", "--split", "household=60:paper towels",
                                              "--date", "2024-05-03", "--json"]).json() as? [String: Any])
        let parts = try #require(added["splits"] as? [[String: Any]])
        #expect(parts.map { "\($0["category"] ?? "") \($0["amount"] ?? "") \($0["note"] ?? "-")" } == ["food 120.00 -", "household 60.00 paper towels"])

        let listed = try cli.run(["list", "--from", "2024-05-01", "--to", "2024-05-31"])
        #expect(listed.stdout.contains("split") && listed.stdout.contains("· household") && listed.stdout.contains("paper towels")
                && listed.stdout.contains("-60.00"), "\(listed.stdout)")
        let household = try cli.run(["list", "--category", "household"])
        #expect(household.stdout.contains("Costco") && household.stdout.contains("expenses 60.00"), "\(household.stdout)")
        let matrix = try #require(try cli.run(["report", "matrix", "--from", "2024-05", "--to", "2024-05", "--json"]).json() as? [String: Any])
        let rows = try #require(matrix["categories"] as? [[String: Any]])
        #expect(rows.map { "\($0["category"] ?? "") \(($0["totals"] as? [String])?.first ?? "")" }.sorted() == ["food 120.00", "household 60.00"])

        let short = try #require((added["id"] as? String)?.suffix(8)).description
        let unbalanced = try cli.run(["add", "50", "Market", "--split", "food=30", "--split", "household=10"])
        #expect(unbalanced.status != 0 && unbalanced.stderr.contains("the parts sum to 40.00, the total is 50.00 (10.00 not assigned)"),
                "\(unbalanced.stderr)")
        let newAmount = try cli.run(["edit", short, "--amount", "200"])
        #expect(newAmount.status != 0 && newAmount.stderr.contains("--split") && newAmount.stderr.contains("--unsplit"), "\(newAmount.stderr)")
        #expect(try cli.run(["edit", short, "--amount", "200", "--split", "food=140", "--split", "household=60"]).status == 0)
        let whole = try #require(try cli.run(["edit", short, "--unsplit", "--json"]).json() as? [String: Any])
        #expect(whole["splits"] == nil && whole["category"] as? String == "food" && whole["amount"] as? String == "200.00")
        #expect(try cli.run(["doctor"]).status == 0)
    }
}
