import Foundation
import Testing

@Suite struct ReportCommandLineTests {
    static func book() throws -> CLIRunner {
        let cli = try CLIRunner()
        #expect(try cli.run(["demo", "--transactions", "3000", "--seed", "4", "--end", "2024-06-30"]).status == 0)
        return cli
    }

    @Test func reportsSpeakTheGatewaysJSON() throws {
        let cli = try Self.book()
        let summary = try #require(try cli.run(["report", "summary", "--month", "2024-06", "--json"]).json() as? [String: Any])
        #expect(Set(summary.keys) == ["period", "totalSpent", "transactionCount", "categoryBreakdown", "averagePerTransaction"])
        #expect(summary["period"] as? String == "2024-06")
        let breakdown = try #require(summary["categoryBreakdown"] as? [String: String])
        let total = try breakdown.values.reduce(Int64(0)) { try $0 + OracleTests.cents($1) }
        #expect(try OracleTests.cents(summary["totalSpent"] as? String ?? "") == total)

        let trends = try #require(try cli.run(["report", "trends", "--month", "2024-06", "--months", "6", "--json"]).json() as? [String: Any])
        #expect((trends["trends"] as? [[String: Any]])?.map { $0["month"] as? String } == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"])
        for kind in ["categories", "daily", "weekdays", "top", "insights"] {
            let result = try cli.run(["report", kind, "--month", "2024-06", "--json"])
            #expect(result.status == 0 && (try? result.json()) != nil, "report \(kind): \(result.stderr)")
        }
    }

    @Test func peopleGetAlignedTablesWithBars() throws {
        let cli = try Self.book()
        let categories = try cli.run(["report", "categories", "--month", "2024-06"])
        let lines = categories.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("2024-06-01 to 2024-06-30:") == true)
        #expect(lines.dropFirst(2).first?.hasSuffix(String(repeating: "█", count: 30)) == true, "\(categories.stdout)")
        #expect(try cli.run(["report", "trends", "--month", "2024-06"]).stdout.contains("█"))
        #expect(try cli.run(["report", "insights", "--month", "2024-06"]).stdout.contains("- "))
    }

    @Test func exportsGoToAFileOrStandardOutput() throws {
        let cli = try Self.book()
        let csv = try cli.run(["export", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("Date,Type,Category,Description,Amount,Id,Note,Tags,Account\n"))
        #expect(csv.stdout.split(separator: "\n").count == 3_001)
        let file = cli.folder.appendingPathComponent("book.json").path
        #expect(try cli.run(["export", "--format", "json", "--output", file]).stdout == "Exported 3000 transactions to \(file)\n")
        #expect(FileManager.default.fileExists(atPath: file))
    }

    @Test(arguments: [
        (["report", "summary", "--month", "2024-13"], "2024-13"),
        (["report", "categories", "--period", "decade"], "decade"),
        (["report", "matrix", "--from", "2024-06", "--to", "2024-01"], "2024-06"),
        (["export", "--format", "xml"], "xml"),
    ])
    func badReportInputIsNamed(arguments: [String], named: String) throws {
        let cli = try CLIRunner()
        let result = try cli.run(arguments)
        #expect(result.status != 0 && result.stderr.contains(named), "\(result.stderr)")
    }
}
