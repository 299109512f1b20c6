import Foundation
import OutlayKit
import OutlayTestSupport
import Testing

/// The command line a newcomer meets in the first hour.
@Suite struct FirstHourCommandLineTests {
    @Test func datesAsTheFormReadsThemAndCategoriesFromHistory() throws {
        let cli = try CLIRunner()
        let yesterday = try cli.run(["add", "3.10", "COFFEE #1234", "--category", "food", "--date", "yesterday"])
        #expect(yesterday.status == 0, "\(yesterday.stderr)")
        let twoDaysAgo = try LocalDate(parsing: TestDay.text).adding(days: -2).description
        let relative = try cli.run(["add", "2.90", "coffee 0931", "--date", "-2"])
        #expect(relative.stdout.contains(twoDaysAgo) && relative.stdout.contains(" food "), "\(relative.stdout)")
        #expect(relative.stdout.contains("food: like 1 earlier 'COFFEE #1234'"))
        let listed = try cli.run(["list", "--from", "-7", "--to", "today"])
        #expect(listed.stdout.contains("2 transactions ·") && listed.stdout.contains("USD"))
        let bad = try cli.run(["add", "1", "Tea", "--date", "last week"])
        #expect(bad.status != 0 && bad.stderr.contains("'last week': use YYYY-MM-DD, today, yesterday or -N"))
    }

    @Test func pipedTablesAreWholeAndBudgetsProjectAndTrendsShowIncome() throws {
        let cli = try CLIRunner()
        try cli.run(["budget", "set", "food", "1"])
        try cli.run(["add", "2", "A long description that makes the alert message run well past eighty columns", "--category", "food"])
        let alerts = try cli.run(["alerts"], environment: ["COLUMNS": ""])
        let line = try #require(alerts.stdout.split(separator: "\n").first { $0.contains("budget exceeded") })
        #expect(line.hasSuffix("(1.00 over)"), "cut in a pipe: \(line)")
        let budgets = try cli.run(["budget"])
        #expect(budgets.stdout.contains("PROJECTED"))
        try cli.run(["add", "3000", "Salary", "--income", "--category", "salary"])
        let trends = try cli.run(["report", "trends", "--months", "1"])
        #expect(trends.stdout.contains("INCOME") && trends.stdout.contains("█"), "\(trends.stdout)")
    }

    @Test func initChoosesTheCurrencyUntilTheBookHoldsAmounts() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["init", "--currency", "chf"]).stdout.contains("in CHF"))
        #expect(try cli.run(["add", "4.50", "Kaffee"]).status == 0)
        let refused = try cli.run(["init", "--currency", "EUR"])
        #expect(refused.status != 0 && refused.stderr.contains("already holds amounts in CHF"))
        #expect(try cli.run(["list"]).stdout.contains("CHF"))
    }
}
