import Foundation
import Testing

/// `outlay import` with banks' own exports, as a user runs it: no flags, a
/// summary worth reading (and the same in `--json`), a layout taught once
/// with `--map … --save-profile`, and categories that never block.
@Suite struct BankImportCommandLineTests {
    static let banks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OutlayKitTests/Fixtures/banks")

    @Test func anINGExportImportsWithNoFlagsAndSaysWhatItDid() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--currency", "EUR"])
        let file = Self.banks.appendingPathComponent("ing-nl.csv").path
        let first = try cli.run(["import", file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Imported 3 transactions into cash from \(file) with profile ing-nl: ING (Netherlands)"), "\(first.stdout)")
        #expect(first.stdout.contains("2024-11-22 to 2024-11-28 · out 28.35 · in 2,750.00 EUR"), "\(first.stdout)")
        #expect(first.stdout.contains("categories: 3 left as other"), "\(first.stdout)")

        let again = try #require(try cli.run(["import", file, "--json"]).json() as? [String: Any])
        #expect(again["imported"] as? Int == 0 && again["duplicates"] as? Int == 3 && again["profile"] as? String == "ing-nl")
        let list = try #require(try cli.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(list.map { "\($0["date"] ?? "") \($0["kind"] ?? "") \($0["amount"] ?? "")" }
                == ["2024-11-28 expense 23.45", "2024-11-25 income 2750.00", "2024-11-22 expense 4.90"])
    }

    @Test func theJSONSummaryCarriesTheSameFigures() throws {
        let cli = try CLIRunner()
        let config = cli.folder.appendingPathComponent("config.toml").path
        try "[import.category_map]\n\"Food & Drink\" = \"transport\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let file = Self.banks.appendingPathComponent("chase-card.csv").path
        let json = try #require(try cli.run(["import", file, "--json", "--config", config]).json() as? [String: Any])
        #expect(json["profile"] as? String == "chase-card" && json["imported"] as? Int == 3)
        #expect(json["from"] as? String == "2024-11-22" && json["to"] as? String == "2024-11-28")
        #expect(json["moneyOut"] as? String == "69.39" && json["moneyIn"] as? String == "12.00")
        #expect((json["leftOut"] as? [String: Int])?["transfer"] == 0 && json["transfers"] as? Int == 1 && json["transfersOpen"] as? Int == 1)
        // Food & Drink through the user's map (not the built-in food); the purchase and its return (a refund, so an
        // expense's category) both as the bank named them: shopping.
        #expect(json["categories"] as? [String: Int] == ["rule": 0, "bank": 2, "map": 1, "history": 0, "created": 0, "other": 0])
        let uber = try #require(try cli.run(["list", "--search", "uber", "--json"]).json() as? [[String: Any]]).first
        #expect(uber?["category"] as? String == "transport")
    }

    @Test func aLayoutTaughtOnceIsRecognisedNextTime() throws {
        let cli = try CLIRunner()
        let first = cli.folder.appendingPathComponent("may.csv").path, second = cli.folder.appendingPathComponent("june.csv").path
        try "Wann;Was;Wie viel\n01.05.2024;Bäckerei Müller;-3,50\n02.05.2024;Gehalt;1.000,00\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "Wann;Was;Wie viel\n03.06.2024;Bäckerei Müller;-3,60\n".write(toFile: second, atomically: true, encoding: .utf8)
        // No profile fits: the columns are read from the content (a dry run here, so nothing is kept).
        #expect(try cli.run(["import", second, "--dry-run"]).stdout.contains("columns read from their content"))

        let taught = try cli.run(["import", first, "--map", "Wann=date", "--map", "Was=description", "--map", "Wie viel=amount",
                                  "--date-format", "DD.MM.YYYY", "--save-profile", "my-bank"])
        #expect(taught.status == 0 && taught.stdout.contains("Saved this layout as profile 'my-bank'"), "\(taught.stderr)")
        let config = cli.folder.appendingPathComponent("xdg-config/outlay/config.toml").path
        #expect(try String(contentsOfFile: config, encoding: .utf8).contains("headers = [\"Wann\", \"Was\", \"Wie viel\"]"))

        let next = try cli.run(["import", second])
        #expect(next.status == 0 && next.stdout.contains("Imported 1 transaction into cash from \(second) with profile my-bank"), "\(next.stderr)")
        #expect(next.stdout.contains("2024-06-03 · out 3.60"))
        let listed = try #require(try cli.run(["import", "--profiles", "--json"]).json() as? [[String: Any]])
        #expect(listed.first?["name"] as? String == "my-bank" && listed.count >= 26)
        // The name is taken now: refused before anything is imported.
        let third = cli.folder.appendingPathComponent("july.csv").path
        try "Wann;Was;Wie viel\n03.07.2024;Kiosk;-1,00\n".write(toFile: third, atomically: true, encoding: .utf8)
        let taken = try cli.run(["import", third, "--save-profile", "my-bank"])
        #expect(taken.status != 0 && taken.stderr.contains("'my-bank' exists already"))
        #expect(try (cli.run(["list", "--json"]).json() as? [Any])?.count == 3)
    }

    /// A newcomer's first command is the bank's export: an empty book nobody chose a currency for takes the statement's.
    @Test func aFirstImportGivesAnEmptyBookItsCurrency() throws {
        let cli = try CLIRunner()
        let file = Self.banks.appendingPathComponent("revolut.csv").path
        let first = try cli.run(["import", file])
        #expect(first.status == 0 && first.stdout.contains("the book held nothing yet and is now in EUR"), "\(first.stdout)\(first.stderr)")
        #expect(try cli.run(["list", "--json"]).stdout.contains("\"currency\": \"EUR\""))
        // A book whose currency was chosen keeps it as its base: the statement goes into an account in euros, made first.
        let chosen = try CLIRunner()
        #expect(try chosen.run(["init", "--currency", "USD"]).status == 0)
        let refused = try chosen.run(["import", file])
        #expect(refused.status != 0 && refused.stderr.contains("the file is in EUR and no account keeps EUR"), "\(refused.stderr)")
        #expect(try chosen.run(["accounts", "add", "revolut", "--type", "checking", "--currency", "EUR"]).status == 0)
        let imported = try chosen.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let rows = try #require(try chosen.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["currency"] as? String == "EUR" && $0["account"] as? String == "revolut" })
    }
}
