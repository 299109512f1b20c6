import Foundation
import Testing

@Suite struct ImportCommandLineTests {
    /// A bank-style CSV of `rows` rows (semicolons, DD.MM.YYYY, decimal commas).
    static func bankFile(_ cli: CLIRunner, rows: Int, name: String = "bank.csv") throws -> String {
        var text = "Buchungstag;Verwendungszweck;Betrag;Währung\n"
        text.reserveCapacity(rows * 40)
        for index in 0..<rows {
            let day = index / 200 % 28 + 1, month = index / 5_600 % 12 + 1, year = 2000 + index / 67_200
            text += "\(day < 10 ? "0" : "")\(day).\(month < 10 ? "0" : "")\(month).\(year);Shop \(index % 97);-\(index % 500 + 1),\(index % 90 + 10);EUR\n"
        }
        let path = cli.folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aUserImportsTheirBankFileOnce() throws {
        let cli = try CLIRunner()
        let file = try Self.bankFile(cli, rows: 500)
        let config = cli.folder.appendingPathComponent("config.toml").path
        try "[[import.rules]]\nmatch = \"shop 1\"\ncategory = \"shopping\"\n".write(toFile: config, atomically: true, encoding: .utf8)

        let dry = try #require(try cli.run(["import", file, "--dry-run", "--json", "--config", config]).json() as? [String: Any])
        #expect(dry["imported"] as? Int == 500 && dry["dryRun"] as? Bool == true)
        #expect(try (cli.run(["list", "--json"]).json() as? [Any])?.isEmpty == true)

        let first = try cli.run(["import", file, "--config", config])
        #expect(first.status == 0 && first.stdout.hasPrefix("Imported 500 transactions into cash from \(file)\n")
                && first.stdout.contains("skipped: 0 already imported"))
        let again = try cli.run(["import", file, "--config", config])
        #expect(again.stdout.hasPrefix("Imported 0 transactions into cash from \(file)\n") && again.stdout.contains("skipped: 500 already imported"))
        let shopping = try #require(try cli.run(["list", "--category", "shopping", "--limit", "1000", "--json"]).json() as? [[String: Any]])
        #expect(!shopping.isEmpty && shopping.allSatisfy { ($0["description"] as? String)?.hasPrefix("Shop 1") == true })
        #expect(try cli.run(["doctor"]).status == 0)
    }

    @Test func aBadFileNamesItsLinesAndChangesNothing() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "1", "Existing"])
        let before = try cli.databaseContents()
        let path = cli.folder.appendingPathComponent("bad.csv").path
        try "Date,Description,Amount\n2024-03-05,Fine,-1.00\n2024-03-06,Broken,twelve\n2024-13-01,Bad,-1.00\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(path) && result.stderr.contains("line 3: amount 'twelve' is not a number")
                && result.stderr.contains("line 4: date '2024-13-01'"), "\(result.stderr)")
        #expect(try cli.databaseContents() == before)
        let skipped = try cli.run(["import", path, "--skip-bad"])
        #expect(skipped.status == 0 && skipped.stdout.contains("Imported 1 transaction ") && skipped.stdout.contains("line 3:"))
        let missing = try cli.run(["import", cli.folder.appendingPathComponent("nope.csv").path])
        #expect(missing.status != 0 && missing.stderr.contains("nope.csv"))
    }

    /// Killed in the middle of a large import: consistent, and all or none of it.
    @Test func anImportKilledMidwayLeavesAllOrNothing() throws {
        let cli = try CLIRunner()
        try cli.run(["add", "1", "Before the import"])
        let file = try Self.bankFile(cli, rows: 20_000)
        let load = try cli.killAtPausePoint("bulk-load-midway", ["import", file])
        #expect(load.terminationReason == .uncaughtSignal, "the import ended before its pause point")
        #expect(try cli.run(["doctor"]).status == 0)
        let count = try #require(try cli.run(["list", "--limit", "10000", "--json"]).json() as? [Any]).count
        #expect(count == 1)
        // Run again: it all goes in.
        #expect(try cli.run(["import", file]).stdout.hasPrefix("Imported 20000 transactions"))
        #expect(try cli.run(["doctor"]).status == 0)
    }
}
