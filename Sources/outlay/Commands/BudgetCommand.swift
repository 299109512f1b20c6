import ArgumentParser
import OutlayBasics
import OutlayKit

struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Set, list and remove budgets.",
        subcommands: [Set.self, List.self, Remove.self],
        defaultSubcommand: List.self)

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set the budget of a category (or --overall) for a period; an existing one is updated.",
            discussion: "Example: outlay budget set food 400 --threshold 75")

        @Argument(help: "The expense category, or nothing with --overall.") var category: String?
        @Argument(help: "The amount per period.") var amount: String?
        @Flag(help: "A budget for all spending.") var overall = false
        @Option(help: "daily, weekly, monthly or yearly.") var period = "monthly"
        @Option(help: "Alert at this percentage of the limit (1-100).") var threshold = 80
        @Flag(help: "Carry what is left (or overspent) into the next period.") var rollover = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if overall && amount != nil { throw ValidationError("give either a category or --overall, not both") }
            if !overall && amount == nil { throw ValidationError("give a category and an amount, or --overall and an amount") }
        }

        func run() throws {
            // With --overall the one positional argument is the amount.
            let amountText = overall ? (category ?? "") : (amount ?? "")
            let status = try global.withDatabase(printingAlerts: !output.json) { database -> BudgetStatus? in
                let money = try parseArgument("amount") { try Money.parseTyped(amountText, currency: database.currency) }
                let budgetPeriod = try parseArgument("--period") { try BudgetPeriod(parsing: period) }
                let service = BudgetService(database: database)
                let budget = try service.set(scope: overall ? .overall : .category(category ?? ""), amount: money,
                                             period: budgetPeriod, threshold: threshold, rollover: rollover)
                return try service.statuses().first { $0.budget.id == budget.id }
            }
            guard let status else { return }
            if output.json { JSONOutput.print(status.json()) } else {
                print("Budget \(status.budget.scope) \(status.budget.period.rawValue): \(status.budget.amount), \(status.spent) spent \(status.budget.period.name(of: status.periodStart...status.periodEnd))")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Budgets with where spending stands in the current period.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let statuses = try global.withDatabase(printingAlerts: !output.json) { try BudgetService(database: $0).statuses() }
            if output.json {
                JSONOutput.print(.array(statuses.map { $0.json() }))
                return
            }
            guard !statuses.isEmpty else {
                print("No budgets yet. Set one with: outlay budget set food 400")
                return
            }
            let style = TerminalStyle.standardOutput
            var table = TextTable([
                TextTable.Column(title: "ID"), TextTable.Column(title: "SCOPE", flexible: true), TextTable.Column(title: "PERIOD"),
                TextTable.Column(title: "LIMIT", alignRight: true), TextTable.Column(title: "SPENT", alignRight: true),
                TextTable.Column(title: "LEFT", alignRight: true), TextTable.Column(title: "USED", alignRight: true),
                TextTable.Column(title: "LEVEL"), TextTable.Column(title: "DAYS LEFT", alignRight: true),
                TextTable.Column(title: "PROJECTED", alignRight: true),
            ])
            for status in statuses {
                let level = status.level
                table.append([
                    TextTable.Cell(text: String(status.budget.id.suffix(8))) { style.dim($0) },
                    TextTable.Cell(text: status.budget.scope.description), TextTable.Cell(text: status.budget.period.rawValue),
                    TextTable.Cell(text: status.limit.description), TextTable.Cell(text: status.spent.description),
                    TextTable.Cell(text: status.remaining.description), TextTable.Cell(text: (status.percentText ?? "-") + "%"),
                    TextTable.Cell(text: level.rawValue) { level == .exceeded ? style.red($0) : level == .warning ? style.yellow($0) : style.green($0) },
                    TextTable.Cell(text: "\(status.daysLeft)"),
                    // "—" until enough of the period has passed to say (BudgetMath.canProject).
                    TextTable.Cell(text: status.projected?.description ?? "—") { text in
                        status.projected.map { $0 > status.limit } == true ? style.red(text) : text
                    },
                ])
            }
            print(table.render(width: TerminalStyle.width, style: style))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a budget.")
        @Argument(help: "The budget's id or its last characters.") var id: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try global.withDatabase(printingAlerts: true) { try BudgetService(database: $0).delete(id: id) }
            print("Removed budget \(id)")
        }
    }
}
