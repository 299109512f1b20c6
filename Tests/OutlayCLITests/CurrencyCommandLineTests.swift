import Foundation
import Testing

/// Several currencies as a person meets them on the command line: rates set and listed, an account in euros, what
/// arrived of a transfer and what a card was charged abroad, each editable, and balances in both currencies.
@Suite struct CurrencyCommandLineTests {
    @Test func ratesAccountsTransfersAndChargesAbroadOnTheCommandLine() throws {
        let cli = try CLIRunner()
        let today = ["OUTLAY_TODAY": "2024-12-02"]
        func run(_ arguments: [String]) throws -> CLIRunner.Result {
            let result = try cli.run(arguments, environment: today)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }
        _ = try run(["init", "--currency", "USD"])
        #expect(try run(["accounts", "add", "revolut", "--type", "checking", "--currency", "EUR"]).stdout.contains("'revolut' in EUR"))
        #expect(try run(["rates", "set", "EUR", "1.0842", "--date", "2024-11-28"]).stdout.contains("1 EUR = 1.0842 USD from 2024-11-28"))
        let rates = try #require(try run(["rates", "--json"]).json() as? [[String: Any]])
        #expect(rates.map { "\($0["currency"] ?? "") \($0["rate"] ?? "") \($0["quote"] ?? "")" } == ["EUR 1.0842 USD"])

        let sent = try run(["transfer", "500", "--from", "cash", "--to", "revolut", "--received", "458.20", "--date", "2024-11-28", "--json"])
        let transfer = try #require(try JSONSerialization.jsonObject(with: Data(sent.stdout.utf8)) as? [String: Any])
        #expect(transfer["received"] as? String == "458.20" && transfer["receivedCurrency"] as? String == "EUR")
        _ = try run(["transfer", "edit", try #require(transfer["id"] as? String), "--received", "460.00"])
        let refused = try cli.run(["transfer", "500", "--from", "cash", "--to", "revolut"], environment: today)
        #expect(refused.status != 0 && refused.stderr.contains("--received"), "\(refused.stderr)")

        let added = try run(["add", "13.05", "Café in Paris", "--account", "cash", "--original", "12.00EUR", "--category", "food",
                             "--date", "2024-11-28", "--json"])
        let coffee = try #require(try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])
        #expect(coffee["originalAmount"] as? String == "12.00" && coffee["originalCurrency"] as? String == "EUR")
        let id = try #require(coffee["id"] as? String)
        _ = try run(["edit", id, "--original", "11.50 EUR"])
        let listed = try run(["list"]).stdout
        #expect(listed.contains("(11.50 EUR) -13.05") && listed.contains("balance ≈ -13.05 USD"), "\(listed)")
        _ = try run(["edit", id, "--clear-original"])
        #expect(try !run(["list"]).stdout.contains("EUR) -13.05"))

        let accounts = try #require(try run(["accounts", "--json"]).json() as? [[String: Any]])
        let revolut = try #require(accounts.first { $0["name"] as? String == "revolut" })
        // 460.00 EUR at 1.0842 = 498.732 USD.
        #expect(revolut["balance"] as? String == "460.00" && revolut["baseBalance"] as? String == "498.73", "\(revolut)")
        let balances = try run(["accounts"]).stdout
        #expect(balances.contains("≈ 498.73") && balances.contains("Net worth ≈ -14.32 USD"), "\(balances)")
    }
}
