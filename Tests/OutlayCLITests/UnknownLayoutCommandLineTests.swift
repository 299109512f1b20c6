import Foundation
import Testing

/// `outlay import` with a file from a bank Outlay has no profile for: no flags, the columns read from their
/// content and said in the summary (and `--json`); a question answered with a flag; the layout kept with
/// `--save-profile` and recognised next time, headerless too.
@Suite struct UnknownLayoutCommandLineTests {
    static let unknown = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OutlayKitTests/Fixtures/unknown-banks")

    @Test func aHeaderlessStatementIsReadKeptAsAProfileAndKnownNextTime() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--currency", "GBP"])
        let file = Self.unknown.appendingPathComponent("uk-dr-cr.csv").path
        let first = try cli.run(["import", file, "--save-profile", "my-coop"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("columns read from their content: column 1 date (DD/MM/YYYY); column 3 amount; column 4 balance; "
                                      + "money out is marked DR, money in CR"), "\(first.stdout)")
        #expect(first.stdout.contains("balance 1,234.56 on 2024-11-28 agrees with the statement"), "\(first.stdout)")
        // The next month's statement of the same bank: recognised by the saved profile, DR still money out.
        let next = cli.folder.appendingPathComponent("december.csv").path
        try "02/12/24,CARD PURCHASE WAITROSE,23.10 DR,1211.46 CR\n01/12/24,BACS REFUND HMRC,10.00 CR,1234.56 CR\n"
            .write(toFile: next, atomically: true, encoding: .utf8)
        let second = try #require(try cli.run(["import", next, "--json"]).json() as? [String: Any])
        #expect(second["profile"] as? String == "my-coop" && second["imported"] as? Int == 2, "\(second)")
        #expect(second["readFromContent"] is NSNull)
        let list = try #require(try cli.run(["list", "--json", "--from", "2024-12-01"]).json() as? [[String: Any]])
        #expect(list.map { "\($0["date"] ?? "") \($0["kind"] ?? "") \($0["amount"] ?? "")" }
                == ["2024-12-02 expense 23.10", "2024-12-01 income 10.00"])
    }

    @Test func theJSONSummaryNamesEachColumnsRole() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--currency", "SEK"])
        let file = Self.unknown.appendingPathComponent("se-swedish.csv").path
        let json = try #require(try cli.run(["import", file, "--json"]).json() as? [String: Any])
        #expect(json["profile"] is NSNull && json["imported"] as? Int == 4)
        #expect(json["columns"] as? [String: Int] == ["date": 1, "description": 3, "amount": 4, "balance": 5])
        #expect((json["readFromContent"] as? [String])?.first == "column 1 'Bokföringsdag' date (YYYY-MM-DD)")
    }

    @Test func aQuestionIsAnsweredWithAFlagAndNothingIsWrittenBefore() throws {
        let cli = try CLIRunner()
        let file = cli.folder.appendingPathComponent("card.csv").path
        try "2024-11-02,AMAZON,25.00,A\n2024-11-03,CAFE,4.00,B\n2024-11-09,SHELL,40.00,C\n".write(toFile: file, atomically: true, encoding: .utf8)
        let asked = try cli.run(["import", file])
        #expect(asked.status != 0 && asked.stderr.contains("every amount in column 3 is positive") && asked.stderr.contains("--invert-sign"),
                "\(asked.stderr)")
        #expect(try (cli.run(["list", "--json"]).json() as? [Any])?.isEmpty == true)
        let answered = try cli.run(["import", file, "--invert-sign"])
        #expect(answered.status == 0 && answered.stdout.contains("out 69.00 · in 0.00"), "\(answered.stdout)\(answered.stderr)")
    }
}

/// `outlay import` with another tool's export: recognised with no flags, the summary says which tool and what it made.
@Suite struct ToolImportCommandLineTests {
    static let tools = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OutlayKitTests/Fixtures/tools")

    @Test func aYNABRegisterMovesInWithItsAccounts() throws {
        let cli = try CLIRunner()
        let file = Self.tools.appendingPathComponent("ynab-register.csv").path
        let result = try cli.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 6 transactions from \(file), recognised as YNAB (register export)"), "\(result.stdout)")
        #expect(result.stdout.contains("accounts made: Checking (checking), Savings (savings), Visa (credit)"), "\(result.stdout)")
        #expect(result.stdout.contains("transfers: 2 recorded, 2 found as the other side of one recorded"), "\(result.stdout)")
        let accounts = try #require(try cli.run(["accounts", "--json"]).json() as? [[String: Any]])
        #expect(accounts.contains { $0["name"] as? String == "Checking" && $0["balance"] as? String == "1911.70" }, "\(accounts)")
        let again = try #require(try cli.run(["import", file, "--json"]).json() as? [String: Any])
        #expect(again["tool"] as? String == "YNAB (register export)" && again["imported"] as? Int == 0 && again["duplicates"] as? Int == 6)
        // A dry run of another book makes nothing and says what it would.
        let other = try CLIRunner()
        let dry = try other.run(["import", file, "--dry-run"])
        #expect(dry.stdout.contains("Would import 10 rows of 3 accounts from \(file), recognised as YNAB (register export); nothing was written"),
                "\(dry.stdout)")
        #expect(dry.stdout.contains("accounts it would make: Checking (checking), Savings (savings), Visa (credit)"), "\(dry.stdout)")
        #expect(try (other.run(["accounts", "--json"]).json() as? [Any])?.count == 1)
    }
}
