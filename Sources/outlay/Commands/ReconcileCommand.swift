import ArgumentParser
import OutlayBasics
import OutlayKit

struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Compare an account with its statement: the cleared balance, what is not cleared yet, the difference.",
        discussion: """
            Mark what the statement shows with --mark ID (repeatable; a transaction's or a transfer's id). When the \
            statement's balance equals the cleared balance (or everything recorded through --date), everything through \
            that day is reconciled: editing it later asks for --force. --adjust settles a difference that remains with a \
            transaction named "Reconciliation adjustment". Example: outlay reconcile checking --statement-balance 1234.56 --date 2026-11-30
            """)

    @Argument(help: "The account.") var account: String
    @Option(help: "The statement's closing balance (negative: owed).") var statementBalance: String
    @Option(parsing: .unconditional, help: "The statement's day (default: today).") var date: String?
    @Option(name: .customLong("mark"), help: "Clear this transaction or transfer; repeat for several.") var marks: [String] = []
    @Flag(help: "Settle a difference that remains with an adjustment transaction.") var adjust = false
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let status = try global.withDatabase(printingAlerts: !output.json) { database in
            let today = database.clock.today()
            return try ReconcileService(database: database).reconcile(
                account: account, statement: try parseArgument("--statement-balance") { try Money.parseTyped(statementBalance, currency: database.currency) },
                on: try parseDate("--date", date, today: today) ?? today, mark: marks, adjust: adjust)
        }
        if output.json {
            return JSONOutput.print([
                "account": .string(status.account), "date": .string(status.date.description), "statement": status.statement.json(),
                "cleared": status.cleared.json(), "difference": status.difference.json(), "reconciled": .integer(status.reconciled),
                "adjustment": status.adjustment.map(\.json) ?? .null,
                "uncleared": .array(status.uncleared.map { item in
                    ["id": .string(item.id), "date": .string(item.date.description), "description": .string(item.description),
                     "amount": item.amount.json(), "transfer": .bool(item.isTransfer)]
                }),
            ])
        }
        print("\(status.account) on \(status.date): statement \(status.statement) · cleared \(status.cleared) · difference \(status.difference)")
        if let adjustment = status.adjustment { print("Adjusted with \(adjustment.signedText) 'Reconciliation adjustment' (\(adjustment.id))") }
        if status.difference.minorUnits == 0 {
            print("The balances agree: \(counted(status.reconciled, "item")) through \(status.date) reconciled.")
        }
        guard !status.uncleared.isEmpty else { return }
        print("Not cleared yet (--mark ID clears one):")
        var table = TextTable([TextTable.Column(title: "DATE"), TextTable.Column(title: "DESCRIPTION", flexible: true),
                               TextTable.Column(title: "AMOUNT", alignRight: true), TextTable.Column(title: "ID")])
        for item in status.uncleared {
            table.append([TextTable.Cell(text: item.date.description), TextTable.Cell(text: item.description + (item.isTransfer ? " (transfer)" : "")),
                          TextTable.Cell(text: item.amount.description), TextTable.Cell(text: item.id)])
        }
        print(table.render(width: TerminalStyle.width, style: .standardOutput))
    }
}
