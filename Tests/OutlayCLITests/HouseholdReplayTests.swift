import Foundation
import Testing

/// Three months of a household as a person lives them: some spending typed on
/// the day, then each bank's export imported at the end (Chase checking,
/// newest first with its running balance; a Chase card; a Revolut account with
/// top-ups, a pending and a declined payment). The books must end where the
/// banks do, with nothing twice and nothing dropped.
@Suite struct HouseholdReplayTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OutlayKitTests/Fixtures/household")

    static let rules = """
        [[import.rules]]
        match = "WHOLEFDS"
        category = "food"
        [[import.rules]]
        match = "TRADER JOE"
        category = "food"
        [[import.rules]]
        match = "CAFE"
        category = "food"
        [[import.rules]]
        match = "PG&E"
        category = "utilities"
        [[import.rules]]
        match = "SHELL"
        category = "transport"
        [[import.rules]]
        match = "UBER"
        category = "transport"
        [[import.rules]]
        match = "ZELLE PAYMENT TO LANDLORD"
        category = "rent"
        [[import.rules]]
        match = "PAYROLL"
        category = "salary"
        [[import.rules]]
        match = "AMAZON"
        category = "shopping"
        [[import.rules]]
        match = "/^(NETFLIX|SPOTIFY)/"
        category = "subscriptions"

        """

    /// The household's books before any export: three accounts and what was typed on the day.
    static func typedByHand(_ cli: CLIRunner, config: String) throws {
        for command in [["accounts", "add", "checking", "--type", "checking"], ["accounts", "add", "card", "--type", "credit"],
                        ["accounts", "add", "revolut", "--type", "checking"],
                        ["add", "3250", "Salary", "--income", "--category", "salary", "--account", "checking", "--date", "2024-09-30"],
                        ["add", "1800", "Rent October", "--category", "rent", "--account", "checking", "--date", "2024-10-01"],
                        ["add", "82.45", "Whole Foods", "--category", "food", "--account", "checking", "--date", "2024-09-04", "--note", "party"],
                        ["categories", "add", "household"],
                        // One shop, two categories: the card's row for it matches by its total.
                        ["add", "112.21", "Trader Joe's", "--split", "food=90", "--split", "household=22.21:candles", "--account", "card",
                         "--date", "2024-10-19"],
                        ["add", "3.50", "Coffee", "--category", "food", "--account", "cash", "--date", "2024-10-10"],
                        ["transfer", "300", "--from", "checking", "--to", "revolut", "--date", "2024-09-24", "--description", "Top up Revolut"]] {
            let result = try cli.run(command + ["--config", config])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    func importJSON(_ cli: CLIRunner, _ file: String, account: String, config: String, dryRun: Bool = false) throws -> [String: Any] {
        let result = try cli.run(["import", Self.folder.appendingPathComponent(file).path, "--account", account, "--json", "--config", config]
                                 + (dryRun ? ["--dry-run"] : []))
        #expect(result.status == 0, "\(file): \(result.stderr)")
        return try #require(try result.json() as? [String: Any])
    }

    func balances(_ cli: CLIRunner) throws -> [String: String] {
        let accounts = try #require(try cli.run(["accounts", "--json"]).json() as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: accounts.compactMap { account in
            (account["name"] as? String).map { ($0, account["balance"] as? String ?? "") }
        })
    }

    /// Spending per month and category from `report matrix`, in cents.
    func spending(_ cli: CLIRunner) throws -> [String: Int64] {
        let matrix = try #require(try cli.run(["report", "matrix", "--from", "2024-09", "--to", "2024-11", "--json"]).json() as? [String: Any])
        let months = try #require(matrix["months"] as? [String])
        var result: [String: Int64] = [:]
        for row in try #require(matrix["categories"] as? [[String: Any]]) where row["kind"] as? String == "expense" {
            for (month, total) in zip(months, try #require(row["totals"] as? [String])) where try OracleTests.cents(total) != 0 {
                result["\(month) \(row["category"] as? String ?? "")"] = try OracleTests.cents(total)
            }
        }
        return result
    }

    /// Counted by hand from the three files and the typed entries: each purchase once, transfers never, the card's
    /// Amazon return taken off shopping, the split Trader Joe's run in its two categories.
    static let spendingByHand: [String: Int64] = [
        "2024-09 rent": 180_000, "2024-09 food": 8_245 + 480, "2024-09 utilities": 9_130, "2024-09 transport": 4_820, "2024-09 shopping": 9_180,
        "2024-10 rent": 180_000, "2024-10 food": 6_410 + 9_000 + 350, "2024-10 household": 2_221, "2024-10 utilities": 8_920, "2024-10 transport": 5_230 + 2_345 + 6_445,
        "2024-10 shopping": 4_599 - 1_200, "2024-10 subscriptions": 1_099,
        "2024-11 rent": 180_000, "2024-11 food": 7_199 + 7_981 + 520, "2024-11 utilities": 10_210, "2024-11 transport": 5_510 + 1_890,
        "2024-11 subscriptions": 1_549, "2024-11 other": 10_200,
    ]

    @Test(arguments: [["chase-checking.csv", "chase-card.csv", "revolut.csv"], ["revolut.csv", "chase-card.csv", "chase-checking.csv"]])
    func theBooksEndWhereTheBanksDoWithNothingTwiceAndNothingDropped(_ order: [String]) throws {
        let cli = try CLIRunner()
        let config = cli.folder.appendingPathComponent("config.toml").path
        try Self.rules.write(toFile: config, atomically: true, encoding: .utf8)
        try Self.typedByHand(cli, config: config)
        let accountOf = ["chase-checking.csv": "checking", "chase-card.csv": "card", "revolut.csv": "revolut"]

        // A dry run lists every row with what it would become, and writes nothing.
        let dry = try importJSON(cli, "chase-checking.csv", account: "checking", config: config, dryRun: true)
        let rows = try #require(dry["rows"] as? [[String: Any]])
        #expect(rows.count == 18)
        let salary = try #require(rows.first { ($0["description"] as? String)?.contains("PAYROLL") == true && $0["date"] as? String == "2024-09-30" })
        #expect(salary["status"] as? String == "matched" && (salary["matched"] as? [String: Any])?["description"] as? String == "Salary")
        #expect(rows.filter { $0["status"] as? String == "transfer" }.count == 3)
        #expect(try balances(cli)["checking"] == "1067.55")

        var matched = 0
        for file in order {
            let report = try importJSON(cli, file, account: accountOf[file] ?? "", config: config)
            matched += report["matched"] as? Int ?? 0
            if let statement = report["statement"] as? [String: Any] {
                #expect(statement["agrees"] as? Bool == true, "\(file): \(statement)")
            }
        }
        // The four entries typed on the day (salary, rent, groceries, the card's groceries) and the typed transfer's checking leg.
        #expect(matched >= 5)

        // Every account ends at its statement's closing balance; the card at what its rows add up to.
        let ended = try balances(cli)
        #expect(ended["checking"] == "4103.06" && ended["revolut"] == "1070.21" && ended["card"] == "-43.10" && ended["cash"] == "-3.50")
        #expect(ended["unassigned"] == nil, "every transfer's other side was found: \(ended)")

        // Nothing twice: 18 checking rows less 6 transfers, 12 card rows less 3 payments, 10 Revolut rows less 3 top-ups, one coffee.
        let list = try #require(try cli.run(["list", "--limit", "1000", "--json"]).json() as? [[String: Any]])
        #expect(list.count == 12 + 9 + 7 + 1)
        let transfers = try #require(try cli.run(["transfer", "list", "--json"]).json() as? [[String: Any]])
        #expect(transfers.count == 6)
        // What was typed is kept: the typed groceries keep their note and description.
        let groceries = try #require(list.first { $0["description"] as? String == "Whole Foods" })
        #expect(groceries["note"] as? String == "party" && groceries["date"] as? String == "2024-09-04")
        let split = try #require(list.first { $0["description"] as? String == "Trader Joe's" })
        #expect((split["splits"] as? [[String: Any]])?.map { "\($0["category"] ?? "") \($0["amount"] ?? "")" } == ["food 90.00", "household 22.21"])
        #expect(split["bankText"] as? String != nil, "the card's row became its bank record: \(split)")

        #expect(try spending(cli) == Self.spendingByHand)

        // Again, each file: nothing new.
        for file in order {
            let again = try importJSON(cli, file, account: accountOf[file] ?? "", config: config)
            #expect(again["imported"] as? Int == 0 && again["matched"] as? Int == 0 && again["transfers"] as? Int == 0, "\(file): \(again)")
        }
        #expect(try balances(cli) == ended)

        // hledger reads the exported journal to the same spending and the same balances.
        let journal = cli.folder.appendingPathComponent("book.journal").path
        #expect(try cli.run(["export", "--format", "ledger", "--output", journal]).status == 0)
        guard let hledger = try OracleTests.run("hledger", ["-f", journal, "bal", "-M", "expenses", "-O", "csv", "-b", "2024-09-01", "-e", "2024-12-01"])
        else {
            Issue.record("hledger is not installed: bash .ci/install-deps installs it")
            return
        }
        var theirs: [String: Int64] = [:]
        let csvLines = hledger.output.split(separator: "\n").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } }
        let months = try #require(csvLines.first).dropFirst().map { String($0) }
        for cells in csvLines.dropFirst() where cells.first?.hasPrefix("expenses:") == true {
            for (month, cell) in zip(months, cells.dropFirst()) where try OracleTests.cents(cell) != 0 {
                theirs["\(month) \(cells[0].dropFirst("expenses:".count))"] = try OracleTests.cents(cell)
            }
        }
        #expect(theirs == Self.spendingByHand)
        let balances = try #require(try OracleTests.run("hledger", ["-f", journal, "bal", "assets:checking", "assets:revolut", "--flat", "-N", "-O", "csv"]))
        #expect(balances.output.contains("\"assets:checking\",\"4103.06 USD\"") && balances.output.contains("\"assets:revolut\",\"1070.21 USD\""),
                "\(balances.output)")
    }

    /// Undoing the imports puts the typed entries back as they were: not cleared, no bank record, still there.
    @Test func undoingTheImportsRestoresWhatWasTyped() throws {
        let cli = try CLIRunner()
        let config = cli.folder.appendingPathComponent("config.toml").path
        try Self.rules.write(toFile: config, atomically: true, encoding: .utf8)
        try Self.typedByHand(cli, config: config)
        let before = try #require(try cli.run(["list", "--limit", "1000", "--json"]).json() as? [[String: Any]])
        let balancesBefore = try balances(cli)
        let clearedBefore = try #require(try cli.run(["accounts", "--json"]).json() as? [[String: Any]]).map { "\($0["name"] ?? "") \($0["cleared"] ?? "")" }
        for (file, account) in [("chase-checking.csv", "checking"), ("revolut.csv", "revolut")] {
            _ = try importJSON(cli, file, account: account, config: config)
        }
        #expect(try balances(cli)["checking"] == "4103.06")
        for _ in 0..<2 { #expect(try cli.run(["undo"]).status == 0) }
        let after = try #require(try cli.run(["list", "--limit", "1000", "--json"]).json() as? [[String: Any]])
        #expect(after.map { "\($0["id"] ?? "") \($0["description"] ?? "") \($0["date"] ?? "")" }
                == before.map { "\($0["id"] ?? "") \($0["description"] ?? "") \($0["date"] ?? "")" })
        #expect(try balances(cli) == balancesBefore)
        #expect(try #require(try cli.run(["accounts", "--json"]).json() as? [[String: Any]]).map { "\($0["name"] ?? "") \($0["cleared"] ?? "")" }
                == clearedBefore)
        // And the same file again matches them again.
        #expect(try importJSON(cli, "chase-checking.csv", account: "checking", config: config)["matched"] as? Int == 4)
    }
}
