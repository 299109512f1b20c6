import Foundation
@testable import OutlayKit
import Testing

/// A book in three currencies against hledger, on the journal Outlay exports: each account in its own commodity, spending
/// at cost in the base currency month by month, and net worth at the latest rates.
@Suite struct CurrencyOracleTests {
    /// "1023.3551 USD" or "0" as cents of `currency`, rounded half to even as hledger shows it.
    static func cents(_ cell: String, _ currency: String = "USD") throws -> Int64 {
        let parts = cell.split(separator: " ")
        if parts.count == 2 { #expect(String(parts[1]) == currency, "\(cell) is not in \(currency)") }
        let number = try #require(Decimal(string: String(parts.first ?? "0"), locale: Locale(identifier: "en_US_POSIX")))
        return CurrencyConversion.rounded(number * 100)
    }

    static func csv(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
    }

    @Test func hledgerAgreesPerAccountAtCostAndAtTheLatestRates() throws {
        let cli = try CLIRunner()
        let today = ["OUTLAY_TODAY": "2024-12-31"]
        let rates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("OutlayKitTests/Fixtures/rates/eurofxref-hist.csv").path
        let steps: [[String]] = [
            ["init", "--currency", "USD"],
            ["accounts", "add", "checking", "--type", "checking", "--opening", "2500", "--opened", "2024-11-01"],
            ["accounts", "add", "revolut", "--type", "checking", "--currency", "EUR"],
            ["accounts", "add", "zurich", "--type", "savings", "--currency", "CHF", "--opening", "1000", "--opened", "2024-11-01"],
            ["accounts", "add", "card", "--type", "credit"],
            ["rates", "import", rates],
            ["transfer", "500", "--from", "checking", "--to", "revolut", "--received", "458.20", "--date", "2024-11-27"],
            ["add", "20.00", "Boulangerie", "--account", "revolut", "--category", "food", "--date", "2024-11-27"],
            ["add", "33.33", "Hotel", "--account", "revolut", "--split", "shopping=22.22", "--split", "food=11.11", "--date", "2024-11-28"],
            ["add", "--", "-7.77", "Returned scarf", "--account", "revolut", "--category", "shopping", "--date", "2024-11-30"],
            ["add", "45.55", "Fondue", "--account", "zurich", "--category", "food", "--date", "2024-11-29"],
            ["add", "13.05", "Café in Paris", "--account", "card", "--original", "12.00EUR", "--category", "food", "--date", "2024-11-28"],
            ["add", "3000", "Salary", "--income", "--category", "salary", "--account", "checking", "--date", "2024-11-29"],
        ]
        for step in steps {
            let result = try cli.run(step, environment: today)
            #expect(result.status == 0, "\(step.joined(separator: " ")): \(result.stderr)")
        }
        let journal = cli.folder.appendingPathComponent("book.journal").path
        #expect(try cli.run(["export", "--format", "ledger", "--output", journal], environment: today).status == 0)
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(text.contains("P 2024-11-28 EUR 1.055 USD") && text.contains("P 2024-11-28 EUR 0.9308 CHF"))
        #expect(text.contains("assets:revolut  458.20 EUR @@ 500.00 USD"))

        guard let balances = try OracleTests.run("hledger", ["-f", journal, "bal", "assets", "liabilities", "-O", "csv"]) else {
            Issue.record("hledger is not installed: bash .ci/install-deps installs it")
            return
        }
        #expect(balances.status == 0)
        // 1. Each account in its own currency, as outlay accounts --json says.
        let accounts = try #require(try cli.run(["accounts", "--json"], environment: today).json() as? [[String: Any]])
        var compared = 0
        for row in Self.csv(balances.output).dropFirst() where row[0] != "total" {
            let name = String(row[0].split(separator: ":").last ?? "")
            let account = try #require(accounts.first { $0["name"] as? String == name }, "hledger has \(row[0])")
            let currency = try #require(account["currency"] as? String)
            #expect(try Self.cents(row[1], currency) == Self.cents(try #require(account["balance"] as? String), currency), "\(name)")
            compared += 1
        }
        #expect(compared == 4)

        // 2. Spending month by month at cost, in the base currency, as outlay report matrix says.
        let atCost = try #require(try OracleTests.run("hledger", ["-f", journal, "bal", "-M", "expenses", "income", "-B", "-O", "csv",
                                                               "-b", "2024-11-01", "-e", "2024-12-01"]))
        let matrix = try #require(try cli.run(["report", "matrix", "--from", "2024-11", "--to", "2024-11", "--json"], environment: today).json()
                                  as? [String: Any])
        var outlay: [String: Int64] = [:]
        for row in try #require(matrix["categories"] as? [[String: Any]]) {
            let account = (row["kind"] as? String == "income" ? "income:" : "expenses:") + (row["category"] as? String ?? "")
            outlay[account] = try Self.cents(try #require((row["totals"] as? [String])?.first))
        }
        let costRows = Self.csv(atCost.output).dropFirst().filter { $0[0] != "total" }
        #expect(costRows.count == 3)
        for row in costRows {
            #expect(abs(try Self.cents(row[1])) == outlay[row[0]], "\(row[0]): hledger \(row[1]), outlay \(outlay[row[0]] ?? -1)")
        }
        #expect(outlay["income:salary"] == 300_000)

        // 3. Net worth at the latest rates, converted as hledger -X converts.
        let market = try #require(try OracleTests.run("hledger", ["-f", journal, "bal", "assets", "liabilities", "-X", "USD", "-O", "csv"]))
        let total = try #require(Self.csv(market.output).first { $0[0] == "total" })
        let listed = try cli.run(["accounts"], environment: today).stdout
        let worth = try #require(listed.split(separator: "\n").first { $0.hasPrefix("Net worth") })
        let figure = try #require(worth.split(separator: " ").first { $0.first?.isNumber == true })
        #expect(try Self.cents(total[1]) == Money.parse(String(figure), currency: .usd).minorUnits, "hledger \(total[1]), outlay: \(worth)")
        #expect(worth.contains("≈"))
    }
}
