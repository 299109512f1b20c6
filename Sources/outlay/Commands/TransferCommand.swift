import ArgumentParser
import OutlayBasics
import OutlayKit

struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Move money between two of your accounts: never income or spending.",
        discussion: """
            Paying the card from checking: outlay transfer 500 --from checking --to card. A transfer is one record with both \
            legs; outlay transfer rm ID deletes it, outlay undo takes it back. No report, budget or insight counts it.
            """,
        subcommands: [Add.self, List.self, Edit.self, Assign.self, Remove.self],
        defaultSubcommand: Add.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a transfer.")
        @Argument(help: "The amount.") var amount: String
        @Option(help: "The account the money leaves.") var from: String
        @Option(help: "The account it arrives in.") var to: String
        @Option(parsing: .unconditional, help: "The day: YYYY-MM-DD, today, yesterday or -N (default: today).") var date: String?
        @Option(help: "What it was (default: \"Transfer from A to B\").") var description: String?
        @Option(help: "A note.") var note: String?
        @Option(parsing: .unconditional, help: "What arrived, when --to keeps another currency than --from (the amount is what left).")
        var received: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let transfer = try global.withDatabase(printingAlerts: !output.json) { database in
                let today = database.clock.today()
                let accounts = AccountService(database: database)
                let sent = try accounts.named(from).currency, arriving = try accounts.named(to).currency
                return try TransferService(database: database).add(TransferService.Draft(
                    amount: try parseArgument("amount") { try Money.parseTyped(amount, currency: sent) }, from: from, to: to,
                    date: try parseDate("--date", date, today: today) ?? today, description: description, note: note,
                    received: try received.map { text in try parseArgument("--received") { try Money.parseTyped(text, currency: arriving) } }))
            }
            if output.json { return JSONOutput.print(transfer.json()) }
            if let received = transfer.received {
                print("Moved \(transfer.amount) \(transfer.amount.currency.code) from \(transfer.from), \(received) \(received.currency.code) arrived in "
                      + "\(transfer.to) on \(transfer.date): 1 \(transfer.amount.currency.code) = "
                      + "\(CurrencyConversion.impliedRate(paid: transfer.amount, received: received)) \(received.currency.code) (\(transfer.id))")
            } else {
                print("Moved \(transfer.amount) from \(transfer.from) to \(transfer.to) on \(transfer.date) (\(transfer.id))")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Transfers, newest first.")
        @Option(help: "Only those in or out of this account.") var account: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let transfers = try global.withDatabase(printingAlerts: !output.json) { try TransferService(database: $0).list(account: account) }
            if output.json { return JSONOutput.print(.array(transfers.map { $0.json() })) }
            var table = TextTable([TextTable.Column(title: "DATE"), TextTable.Column(title: "FROM"), TextTable.Column(title: "TO"),
                                   TextTable.Column(title: "DESCRIPTION", flexible: true), TextTable.Column(title: "AMOUNT", alignRight: true),
                                   TextTable.Column(title: "ID")])
            for t in transfers {
                table.append([TextTable.Cell(text: t.date.description), TextTable.Cell(text: t.from), TextTable.Cell(text: t.to),
                              TextTable.Cell(text: t.description),
                              TextTable.Cell(text: t.received.map { "\(t.amount) \(t.amount.currency.code) → \($0) \($0.currency.code)" } ?? t.amount.description),
                              TextTable.Cell(text: t.id)])
            }
            print(table.render(width: TerminalStyle.width, style: .standardOutput))
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a transfer (both legs at once); outlay undo takes the change back.")
        @Argument(help: "Its id.") var id: String
        @Option(help: "A new amount.") var amount: String?
        @Option(help: "A new account the money leaves.") var from: String?
        @Option(help: "A new account it arrives in.") var to: String?
        @Option(parsing: .unconditional, help: "A new day.") var date: String?
        @Option(help: "A new description.") var description: String?
        @Option(help: "A new note.") var note: String?
        @Option(parsing: .unconditional, help: "What arrived, when --to keeps another currency than --from.") var received: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if [amount, from, to, date, description, note, received].allSatisfy({ $0 == nil }) {
                throw ValidationError("nothing to change: give at least one of --amount, --from, --to, --date, --description, --note, --received")
            }
        }

        func run() throws {
            let transfer = try global.withDatabase(printingAlerts: !output.json) { database in
                let accounts = AccountService(database: database), transfers = TransferService(database: database)
                let current = try transfers.get(id: id)
                // Each amount in its account's currency: the account named now, or the one it keeps.
                let sending = try accounts.named(from ?? current.from).currency, arriving = try accounts.named(to ?? current.to).currency
                let money = try amount.map { text in try parseArgument("--amount") { try Money.parseTyped(text, currency: sending) } }
                let arrived = try received.map { text in try parseArgument("--received") { try Money.parseTyped(text, currency: arriving) } }
                let day = try parseDate("--date", date, today: database.clock.today())
                return try transfers.edit(id: id) { transfer in
                    if let money { transfer.amount = money }
                    if let arrived { transfer.received = arrived }
                    if let from { transfer.from = from }
                    if let to { transfer.to = to }
                    if let day { transfer.date = day }
                    if let description { transfer.description = description }
                    if let note { transfer.note = note }
                }
            }
            if output.json { return JSONOutput.print(transfer.json()) }
            print("Saved: \(transfer.amount) from \(transfer.from) to \(transfer.to) on \(transfer.date) (\(transfer.id))")
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Name the account on a transfer's open side (an import's top-up or card payment whose other account was not known).")
        @Argument(help: "Its id (the last 4 or more characters do).") var id: String
        @Option(help: "The account the money left.") var from: String?
        @Option(help: "The account it arrived in.") var to: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if (from == nil) == (to == nil) { throw ValidationError("give one of --from and --to: the side that is open") }
        }

        func run() throws {
            let transfer = try global.withDatabase(printingAlerts: !output.json) { database in
                try TransferService(database: database).assign(id: id, side: from != nil ? .from : .to, to: from ?? to ?? "")
            }
            if output.json { return JSONOutput.print(transfer.json()) }
            print("Saved: \(transfer.amount) from \(transfer.from) to \(transfer.to) on \(transfer.date) (\(transfer.id))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a transfer (both legs); outlay undo restores it.")
        @Argument(help: "Its id.") var id: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let transfer = try global.withDatabase(printingAlerts: true) { try TransferService(database: $0).delete(id: id) }
            print("Deleted the transfer '\(transfer.description)'")
        }
    }
}
