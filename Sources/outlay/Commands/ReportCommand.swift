import ArgumentParser
import Foundation
import OutlayKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports on your spending.",
        subcommands: [Weekly.self])

    struct Weekly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The weekly summary of the last ended week (or the week of --week); made once, shown every time.")
        @Option(help: "Any day of an ended week, YYYY-MM-DD (default: last week).") var week: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let summary = try global.withDatabase(printingAlerts: false) { database -> OutlayNotification? in
                let calendar = database.settings.calendar
                let day = try parseDate("--week", week)
                    ?? calendar.range(of: .weekly, containing: LocalDate.today()).lowerBound.adding(days: -1)
                return try PeriodicReports(database: database).weeklySummary(containing: day)
            }
            if output.json {
                try JSONOutput.print(summary.map { AlertText.object($0) as Any } ?? NSNull())
            } else {
                print(summary?.message ?? "No weekly summary: the week has not ended, or there are no transactions by then.")
            }
        }
    }
}
