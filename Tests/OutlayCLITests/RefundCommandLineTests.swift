import Foundation
import Testing

/// Refunds from the command line: a negative amount or `--refund` is money
/// back into a spending category, in every total and never income.
@Suite struct RefundCommandLineTests {
    @Test func aNegativeAmountIsARefundOfItsCategory() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["add", "40", "Jacket", "--category", "shopping", "--date", "2024-05-03"]).status == 0)
        // After `--` every word is the description's: the database is named before it.
        let refund = try #require(try cli.run(["add", "--json", "--db", cli.databasePath, "--category", "shopping", "--date", "2024-05-10", "--",
                                               "-15", "Jacket", "returned"], database: .some(nil)).json() as? [String: Any])
        #expect(refund["refund"] as? Bool == true && refund["kind"] as? String == "expense" && refund["amount"] as? String == "15.00")
        let listed = try cli.run(["list", "--from", "2024-05-01", "--to", "2024-05-31"])
        #expect(listed.stdout.contains("+15.00") && listed.stdout.contains("expenses 25.00"), "\(listed.stdout)")
        let summary = try #require(try cli.run(["report", "summary", "--month", "2024-05", "--json"]).json() as? [String: Any])
        #expect(summary["totalSpent"] as? String == "25.00", "\(summary)")

        let refused = try cli.run(["add", "5", "Cashback", "--income", "--refund"])
        #expect(refused.status != 0 && refused.stderr.contains("money back into spending, not income"), "\(refused.stderr)")
        // An edit makes a purchase a refund, and back.
        let id = try #require(refund["id"] as? String)
        #expect(try cli.run(["edit", id, "--kind", "expense"]).status == 0)
        #expect((try cli.run(["report", "summary", "--month", "2024-05", "--json"]).json() as? [String: Any])?["totalSpent"] as? String == "55.00")
        #expect(try cli.run(["edit", id, "--kind", "refund"]).status == 0)
        #expect((try cli.run(["report", "summary", "--month", "2024-05", "--json"]).json() as? [String: Any])?["totalSpent"] as? String == "25.00")
        #expect(try cli.run(["doctor"]).status == 0)
    }
}
