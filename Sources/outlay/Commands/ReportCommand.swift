import ArgumentParser
import Foundation
import OutlayBasics
import OutlayKit
import TerminalUI

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports on your spending, from the roll-ups: milliseconds at any size.",
        subcommands: [Summary.self, Trends.self, NetWorth.self, Categories.self, Daily.self, Weekdays.self, Top.self, Insights.self,
                      Matrix.self, Weekly.self])

    /// `--month`, the current one by default.
    struct MonthOption: ParsableArguments {
        @Option(help: "The month, YYYY-MM (default: this month).") var month: String?

        /// The month given, else the book's clock's.
        func value(in database: AppDatabase) throws -> YearMonth {
            try month.map { text in try parseArgument("--month") { try YearMonth(parsing: text) } } ?? YearMonth(database.clock.today())
        }
    }

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A month's spending: total, count, per category, average.")
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let summary = try global.withDatabase(printingAlerts: false) { try AnalyticsService(database: $0).monthlySummary(try month.value(in: $0)) }
            if output.json { return JSONOutput.print(summary.json()) }
            print("\(summary.period): \(summary.totalSpent) spent in \(summary.transactionCount) expenses, \(summary.averagePerTransaction) on average")
            print(ReportText.categories(summary.categoryBreakdown))
        }
    }

    struct Trends: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Spending and income per month, oldest first, ending with --month.")
        @Option(help: "How many months.") var months = 12
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let trends = try global.withDatabase(printingAlerts: false) {
                try AnalyticsService(database: $0).trends(months: months, endingWith: try month.value(in: $0))
            }
            if output.json { return JSONOutput.print(trends.json()) }
            let style = TerminalStyle.standardOutput
            print(ReportText.barTable(["MONTH", "SPENT", "INCOME", "COUNT"], bars: ["SPENT", "INCOME"], trends.months.map { month in
                ([month.month.description, month.totalSpent.description, month.totalIncome.description, "\(month.transactionCount)"],
                 [month.totalSpent.minorUnits, month.totalIncome.minorUnits])
            }, styles: [style.red, style.green]))
        }
    }

    struct NetWorth: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "networth",
                                                        abstract: "What your accounts hold, what is owed on cards and loans, and the difference, at each month's end.")
        @Option(help: "How many months.") var months = 12
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let rows = try global.withDatabase(printingAlerts: false) {
                try AccountService(database: $0).netWorth(months: months, endingWith: try month.value(in: $0))
            }
            if output.json {
                return JSONOutput.print(.array(rows.map { row in
                    ["month": .string(row.month.description), "assets": row.assets.json(), "liabilities": row.liabilities.json(),
                     "netWorth": row.netWorth.json(), "currency": .string(row.assets.currency.code)]
                }))
            }
            print(ReportText.barTable(["MONTH", "ASSETS", "OWED", "NET WORTH"], rows.map { row in
                ([row.month.description, row.assets.description, row.liabilities.description, row.netWorth.description],
                 Swift.max(0, row.netWorth.minorUnits))
            }))
        }
    }

    struct Categories: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Spending per category over a week, month or year, with shares.")
        @Option(help: "week, month or year.") var period = "month"
        @Option(help: "Any day of the period, YYYY-MM-DD (default: today).") var date: String?
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            guard let kind = AnalysisPeriod(rawValue: period) else { throw InputError(description: "--period: invalid period '\(period)': expected week, month or year") }
            let given = try parseDate("--date", date)
            let analysis = try global.withDatabase(printingAlerts: false) { database in
                let day = try given ?? (month.month != nil ? try month.value(in: database).first : database.clock.today())
                return try AnalyticsService(database: database).categoryAnalysis(kind, containing: day)
            }
            if output.json { return JSONOutput.print(analysis.json()) }
            print("\(analysis.start) to \(analysis.end): \(analysis.totalSpent) spent")
            print(ReportText.categories(analysis.categories))
        }
    }

    struct Daily: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Spending on each of the last 30 days (or of --month).")
        @Option(help: "How many days, ending today.") var days = 30
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let pattern = try global.withDatabase(printingAlerts: false) { database -> DailyPattern in
                let service = AnalyticsService(database: database)
                if month.month != nil {
                    let chosen = try month.value(in: database)
                    return try service.dailyPattern(days: chosen.last.daysSinceEpoch - chosen.first.daysSinceEpoch + 1, endingWith: chosen.last)
                }
                return try service.dailyPattern(days: days, endingWith: database.clock.today())
            }
            if output.json { return JSONOutput.print(pattern.json()) }
            print(ReportText.barTable(["DATE", "DAY", "SPENT"], pattern.days.map { day in
                ([day.date.description, ReportText.weekday(day.date), day.total.description], day.total.minorUnits)
            }))
            print("\(pattern.totalSpent) in \(pattern.days.count) days, \(pattern.averageDaily) a day on average")
        }
    }

    struct Weekdays: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Average spending per weekday over the last 13 weeks (or --month).")
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let pattern = try global.withDatabase(printingAlerts: false) { database in
                let today = database.clock.today()
                let range = month.month != nil ? try month.value(in: database).range : today.adding(days: -90)...today
                return try AnalyticsService(database: database).weekdayPattern(range)
            }
            if output.json { return JSONOutput.print(pattern.json()) }
            print("\(pattern.start) to \(pattern.end)")
            print(ReportText.barTable(["WEEKDAY", "AVERAGE", "TOTAL"], pattern.weekdays.map { day in
                ([day.name, day.averagePerDay.description, day.total.description], day.averagePerDay.minorUnits)
            }))
        }
    }

    struct Top: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The largest expenses of a month.")
        @Option(help: "How many.") var limit = 10
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (chosen, top) = try global.withDatabase(printingAlerts: false) { database in
                let chosen = try month.value(in: database)
                return (chosen, try AnalyticsService(database: database).topExpenses(chosen.range, limit: limit))
            }
            if output.json {
                return JSONOutput.print(["period": .string(chosen.description), "expenses": .array(top.expenses.map(\.json))])
            }
            print(top.expenses.isEmpty ? "No expenses in \(chosen)." : TransactionText.table(top.expenses))
        }
    }

    struct Insights: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Observations about a month's spending (see README for the rules).")
        @OptionGroup var month: MonthOption
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (chosen, insights) = try global.withDatabase(printingAlerts: false) { database in
                let chosen = try month.value(in: database)
                return (chosen, try AnalyticsService(database: database).insights(chosen))
            }
            if output.json { return JSONOutput.print(["period": .string(chosen.description), "insights": .array(insights.map(\.json))]) }
            print(insights.isEmpty ? "No spending in \(chosen) yet." : insights.map { "- " + $0.message }.joined(separator: "\n"))
        }
    }

    struct Matrix: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every category's total per month over a range of months.")
        @Option(help: "First month, YYYY-MM (default: 11 months before --to).") var from: String?
        @Option(help: "Last month, YYYY-MM (default: this month).") var to: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let givenLast = try to.map { text in try parseArgument("--to") { try YearMonth(parsing: text) } }
            let givenFirst = try from.map { text in try parseArgument("--from") { try YearMonth(parsing: text) } }
            let matrix = try global.withDatabase(printingAlerts: false) { database in
                let last = givenLast ?? YearMonth(database.clock.today())
                let first = givenFirst ?? last.adding(months: -11)
                guard first <= last else { throw InputError(description: "--from \(first) is after --to \(last)") }
                return try AnalyticsService(database: database).matrix(from: first, to: last)
            }
            if output.json { return JSONOutput.print(matrix.json()) }
            var table = TextTable([TextTable.Column(title: "CATEGORY", flexible: true)]
                              + matrix.months.map { TextTable.Column(title: $0.description, alignRight: true) })
            for row in matrix.rows {
                table.append([TextTable.Cell(text: "\(row.kind == .income ? "+" : "")\(row.category)")] + row.totals.map { TextTable.Cell(text: $0.description) })
            }
            print(table.render(width: nil, style: .standardOutput))
        }
    }

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
                    ?? calendar.range(of: .weekly, containing: database.clock.today()).lowerBound.adding(days: -1)
                return try PeriodicReports(database: database).weeklySummary(containing: day)
            }
            if output.json {
                JSONOutput.print(summary?.json() ?? .null)
            } else {
                print(summary?.message ?? "No weekly summary: the week has not ended, or it has no transactions.")
            }
        }
    }
}

/// Tables shared by the reports.
enum ReportText {
    /// A table whose first column is a label, the others right-aligned figures,
    /// ending with a bar proportional to each row's `measure`.
    static func barTable(_ titles: [String], _ rows: [(cells: [String], measure: Int64)]) -> String {
        barTable(titles, bars: [""], rows.map { ($0.cells, [$0.measure]) })
    }

    /// A table with a bar per measure after the cells, every bar on one scale
    /// (so spending and income compare at a glance); `bars` titles them.
    static func barTable(_ titles: [String], bars: [String], _ rows: [(cells: [String], measures: [Int64])],
                         styles: [(String) -> String] = []) -> String {
        let most = rows.flatMap(\.measures).max() ?? 0
        let width = bars.count == 1 ? 30 : 20
        var table = TextTable(titles.enumerated().map { TextTable.Column(title: $1, alignRight: $0 > 0) }
                              + bars.map { TextTable.Column(title: $0) })
        for row in rows {
            table.append(row.cells.map { TextTable.Cell(text: $0) } + row.measures.enumerated().map { index, measure in
                TextTable.Cell(text: BarText.bar(measure, of: most, width: width), style: styles.indices.contains(index) ? styles[index] : { $0 })
            })
        }
        return table.render(width: TerminalStyle.width, style: .standardOutput)
    }

    static func categories(_ categories: [CategoryTotal]) -> String {
        guard !categories.isEmpty else { return "No expenses." }
        return barTable(["CATEGORY", "SPENT", "SHARE", "COUNT"], categories.map { category in
            ([category.category, category.total.description, (category.percentage?.description ?? "0.0") + "%", "\(category.count)"],
             category.total.minorUnits)
        })
    }

    static func weekday(_ date: LocalDate) -> String { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.isoWeekday - 1] }
}
