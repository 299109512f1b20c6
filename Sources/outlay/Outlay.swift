import ArgumentParser

@main
struct Outlay: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "outlay",
        abstract: "A keyboard-driven expense tracker and budgeting tool for the terminal.",
        discussion: """
            Data lives in one SQLite file: --db PATH, else $OUTLAY_DB, else \
            $XDG_DATA_HOME/outlay/outlay.sqlite (~/.local/share/outlay/outlay.sqlite).
            Amounts are exact decimals such as 12, 12.5, 1,234.56 (or as [book] number_format writes them: 1.234,56).
            """,
        version: version,
        subcommands: [
            InitCommand.self, AddCommand.self, ListCommand.self, EditCommand.self, RemoveCommand.self, RestoreCommand.self,
            UndoCommand.self, AccountsCommand.self, TransferCommand.self, ReconcileCommand.self, RecurringCommand.self, UpcomingCommand.self, ForecastCommand.self, CategoriesCommand.self, BudgetCommand.self, AlertsCommand.self, ReportCommand.self, ImportCommand.self, PayeesCommand.self, ExportCommand.self, RatesCommand.self,
            SyncCommand.self, DemoCommand.self, DoctorCommand.self, SnapshotCommand.self, BenchCommand.self, DeliverCommand.self,
        ]
    )

    @Option(help: ArgumentHelp("The dashboard's theme (default: [tui] theme in config.toml, else dark).", valueName: "name"))
    var theme: String?
    @OptionGroup var global: GlobalOptions

    /// `outlay` alone opens the dashboard (its loop runs on this thread; background work has threads of its own).
    func run() async throws {
        try DashboardLauncher.run(global: global, themeName: theme)
    }
}
