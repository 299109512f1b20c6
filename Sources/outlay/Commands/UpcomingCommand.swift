import ArgumentParser
import OutlayKit

struct UpcomingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upcoming",
        abstract: "What the schedules bring in the days ahead, and what waits for confirmation.")
    @Option(help: "How many days ahead.") var days = 30
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (0...ForecastService.longestHorizon).contains(days) else { throw ValidationError("--days \(days): give 0 to \(ForecastService.longestHorizon)") }
    }

    func run() throws {
        let occurrences = try global.withDatabase(printingAlerts: !output.json) { try ForecastService(database: $0).upcoming(days: days) }
        if output.json { return JSONOutput.print(.array(occurrences.map { $0.json() })) }
        guard !occurrences.isEmpty else { return print("Nothing scheduled in the next \(days) days.") }
        var table = TextTable([TextTable.Column(title: "DATE"), TextTable.Column(title: "DESCRIPTION", flexible: true),
                               TextTable.Column(title: "AMOUNT", alignRight: true), TextTable.Column(title: "ACCOUNT"), TextTable.Column(title: "ID")])
        for o in occurrences {
            let s = o.schedule
            let amount = s.kind == .income ? "+\(s.amount)" : s.kind == .transfer ? "\(s.amount)" : "-\(s.amount)"
            table.append([TextTable.Cell(text: o.date.description), TextTable.Cell(text: s.description + (o.waiting ? " (waiting: outlay recurring confirm)" : "")),
                          TextTable.Cell(text: amount), TextTable.Cell(text: s.toAccount.map { "\(s.account) → \($0)" } ?? s.account),
                          TextTable.Cell(text: RecordID.short(s.id))])
        }
        print(table.render(width: TerminalStyle.width, style: .standardOutput))
    }
}

struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Each account's projected balance, day by day, from today's and the scheduled items.",
        discussion: "Prints each account's balance today and at the end, its lowest point and any day it goes below zero (or [accounts] floor).")
    @Option(help: "Only this account.") var account: String?
    @Option(help: "How many days ahead.") var days = 90
    @Flag(name: .customLong("with-budgets"), help: "Also spend what the budgets leave, spread over their periods' days.") var withBudgets = false
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...ForecastService.longestHorizon).contains(days) else { throw ValidationError("--days \(days): give 1 to \(ForecastService.longestHorizon)") }
    }

    func run() throws {
        let forecast = try global.withDatabase(printingAlerts: !output.json) {
            try ForecastService(database: $0).forecast(account: account, days: days, withBudgets: withBudgets)
        }
        if output.json { return JSONOutput.print(forecast.json()) }
        var table = TextTable([TextTable.Column(title: "ACCOUNT", flexible: true), TextTable.Column(title: "TODAY", alignRight: true),
                               TextTable.Column(title: forecast.through.description, alignRight: true), TextTable.Column(title: "LOWEST", alignRight: true),
                               TextTable.Column(title: "ON")])
        for a in forecast.accounts {
            table.append([TextTable.Cell(text: a.account.name), TextTable.Cell(text: a.start.description),
                          TextTable.Cell(text: (a.balances.last ?? a.start).description), TextTable.Cell(text: a.lowest.description),
                          TextTable.Cell(text: a.lowestOn.description)])
        }
        print(table.render(width: TerminalStyle.width, style: .standardOutput))
        for a in forecast.accounts {
            guard let c = a.crossing else { continue }
            let floor = c.floor.minorUnits == 0 ? "" : " (floor \(c.floor))"
            print("! \(a.account.name) is projected at \(c.balance) on \(c.date) after '\(c.after)'\(floor)")
        }
    }
}
