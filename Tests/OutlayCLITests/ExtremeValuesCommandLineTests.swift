import Foundation
import Testing

/// Extreme values on the command line: every run ends with an exit code
/// (never a signal), a refusal names what was wrong, and the ledger stays consistent.
@Suite struct ExtremeValuesCommandLineTests {
    @Test func extremeArgumentsNeverStopTheProcess() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["budget", "set", "food", "100"]).status == 0)
        let amounts = ["9999999999999.99", "10000000000000", "92233720368547758.07", "-9223372036854775808", "0", "0.001", "1e9", "١٢", ""]
        let dates = ["0001-01-01", "9999-12-31", "0000-00-00", "10000-01-01", "2023-02-29", "yesterday", "-3", "-99999999999999999999"]
        var runs: [([String], CLIRunner.Result)] = []
        for amount in amounts {
            for date in dates.prefix(3) { runs.append((["add", amount, "Extreme", "--category", "food", "--date", date], try cli.run(["add", amount, "Extreme", "--category", "food", "--date", date]))) }
        }
        for date in dates { runs.append((["list", "--from", date], try cli.run(["list", "--from", date]))) }
        for arguments in [
            ["list", "--limit", "9223372036854775807"], ["list", "--limit", "0"], ["list", "--min", "92233720368547758.08"],
            ["list", "--search", "मनीष"], ["list", "--search", "ab\u{200D}cd"], ["list", "--search", "\"*^:()"],
            ["report", "trends", "--months", "2147483647"], ["report", "trends", "--months", "-5"], ["report", "daily", "--days", "99999999"],
            ["report", "matrix", "--from", "0001-01", "--to", "9999-12"], ["report", "top", "--limit", "9223372036854775807"],
            ["report", "insights", "--month", "9999-12"], ["report", "insights", "--month", "0001-01"], ["report", "categories", "--date", "9999-12-31"],
            ["budget", "set", "food", "92233720368547758.07"], ["budget", "set", "--overall", "9999999999999.99", "--period", "daily", "--rollover"],
            ["budget"], ["report", "weekly", "--week", "0001-01-01"], ["doctor"],
        ] {
            runs.append((arguments, try cli.run(arguments)))
        }
        for (arguments, result) in runs {
            #expect(!result.killedBySignal, "\(arguments) ended by signal \(result.status): \(result.stderr)")
            if result.status != 0 {
                #expect(!result.stderr.isEmpty && !result.stderr.contains("Fatal error"), "\(arguments): \(result.stderr)")
            }
        }
        #expect(runs.contains { $0.1.status == 0 } && runs.contains { $0.1.status != 0 })
        let doctor = try cli.run(["doctor", "--json"])
        #expect(doctor.status == 0, "\(doctor.stdout) \(doctor.stderr)")
    }
}
