import Foundation
import Testing

/// Payees: an import stores the bank's text without its noise as the
/// description and keeps the text beside it; a payee renamed once is what
/// later imports call that merchant.
@Suite struct PayeeCommandLineTests {
    @Test func aPayeeRenamedOnceNamesItsMerchantOnLaterImports() throws {
        let cli = try CLIRunner()
        let config = cli.folder.appendingPathComponent("config.toml").path
        try "[[import.rules]]\nmatch = \"ZELLE PAYMENT TO LANDLORD\"\ncategory = \"rent\"\npayee = \"Landlord\"\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
        let statement = HouseholdReplayTests.folder.appendingPathComponent("chase-checking.csv").path
        #expect(try cli.run(["import", statement, "--config", config]).status == 0)

        let november = try #require(try cli.run(["list", "--from", "2024-11-01", "--json"]).json() as? [[String: Any]])
        let payees = Set(november.compactMap { $0["description"] as? String })
        #expect(payees == ["ACME CORP PAYROLL", "PG&E", "REVOLUT TOPUP DUBLIN", "WHOLEFDS MKT", "Landlord"], "\(payees)")
        let power = try #require(november.first { $0["description"] as? String == "PG&E" })
        #expect(power["bankText"] as? String == "PG&E            WEB ONLINE                 PPD ID: 9432610001")
        // Search finds what the bank wrote as well as the payee.
        let found = try #require(try cli.run(["list", "--search", "9432610001", "--json"]).json() as? [[String: Any]])
        #expect(found.count == 3 && found.allSatisfy { $0["description"] as? String == "PG&E" })

        let listed = try #require(try cli.run(["payees", "--json"]).json() as? [[String: Any]])
        #expect(listed.first { $0["name"] as? String == "WHOLEFDS MKT" }?["count"] as? Int == 3)
        let renamed = try cli.run(["payees", "rename", "WHOLEFDS MKT", "Whole Foods"])
        #expect(renamed.status == 0 && renamed.stdout.contains("on 3 transactions"), "\(renamed.stderr)")
        // An edit of an imported row's description teaches its merchant too.
        let payroll = try #require(november.first { $0["description"] as? String == "ACME CORP PAYROLL" }?["id"] as? String)
        #expect(try cli.run(["edit", payroll, "--description", "Salary"]).status == 0)

        let december = cli.folder.appendingPathComponent("december.csv")
        try """
            Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
            DEBIT,12/04/2024,"WHOLEFDS MKT #10244 SAN FRANCISCO CA",-52.80,DEBIT_CARD,4050.26,,
            CREDIT,12/02/2024,"ACME CORP        PAYROLL                    PPD ID: 1234567890",3250.00,ACH_CREDIT,4103.06,,

            """.write(to: december, atomically: true, encoding: .utf8)
        #expect(try cli.run(["import", december.path, "--config", config]).status == 0)
        let later = try #require(try cli.run(["list", "--from", "2024-12-01", "--json"]).json() as? [[String: Any]])
        #expect(Set(later.compactMap { $0["description"] as? String }) == ["Whole Foods", "Salary"])
        #expect(try cli.run(["payees", "rename", "Nobody", "X"]).stderr.contains("no transaction has the payee 'Nobody'"))
    }
}
