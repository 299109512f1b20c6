import ArgumentParser
import OutlayBasics
import OutlayKit

struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "Your accounts (checking, savings, credit, cash, investment, loan) with their balances.",
        discussion: """
            A card or a loan holds what is owed: its balance is negative while something is owed, and it counts against \
            net worth. Example: outlay accounts add card --type credit --opening -250.00
            """,
        subcommands: [List.self, Add.self, Edit.self, Close.self, Reopen.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each account's balance and cleared balance, and net worth.")
        @Option(parsing: .unconditional, help: "Balances at the end of this day (default: everything recorded).") var date: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (balances, currency) = try global.withDatabase(printingAlerts: !output.json) { database in
                (try AccountService(database: database).balances(on: parseDate("--date", date, today: database.clock.today())), database.currency)
            }
            if output.json { return JSONOutput.print(.array(balances.map { $0.json() })) }
            let mixed = balances.contains { $0.account.currency != currency }
            var columns = [TextTable.Column(title: "ACCOUNT", flexible: true), TextTable.Column(title: "TYPE"),
                           TextTable.Column(title: "BALANCE", alignRight: true), TextTable.Column(title: "CLEARED", alignRight: true)]
            // Each balance in its own currency; beside it, in a book of several, what it is worth in the base.
            if mixed { columns += [TextTable.Column(title: "CUR"), TextTable.Column(title: "IN \(currency.code)", alignRight: true)] }
            var table = TextTable(columns + [TextTable.Column(title: "")])
            for item in balances {
                var cells = [TextTable.Cell(text: item.account.name), TextTable.Cell(text: item.account.type.rawValue),
                             TextTable.Cell(text: item.balance.description), TextTable.Cell(text: item.cleared.description)]
                if mixed {
                    let converted = item.account.currency == currency ? item.balance.description : item.inBase.map { "≈ \($0)" } ?? "no rate"
                    cells += [TextTable.Cell(text: item.account.currency.code), TextTable.Cell(text: converted)]
                }
                table.append(cells + [TextTable.Cell(text: item.account.closed ? "closed" : "")])
            }
            print(table.render(width: TerminalStyle.width, style: .standardOutput))
            let worth = NetWorth(balances, currency: currency)
            let approximately = worth.isConverted ? "≈ " : ""
            print("Net worth \(approximately)\(NumberFormat.current.withCurrency(worth.netWorth)): assets \(approximately)\(worth.assets), owed \(approximately)\(worth.liabilities)"
                  + (worth.isConverted ? " (converted at the latest rates)" : ""))
            if !worth.unconverted.isEmpty {
                print("Left out: no rate converts \(worth.unconverted.joined(separator: ", ")) into \(currency.code) (outlay rates set or outlay rates import)")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account.")
        @Argument(help: "Its name.") var name: String
        @Option(help: "checking, savings, credit, cash, investment or loan.") var type: String
        @Option(parsing: .unconditional, help: "What it held when opened (negative: owed).") var opening: String?
        @Option(parsing: .unconditional, help: "The day it was opened (the opening balance counts from then).") var opened: String?
        @Option(help: "A note.") var note: String?
        @Option(help: "Its own currency, as EUR (default: the book's base currency).") var currency: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (account, base) = try global.withDatabase(printingAlerts: !output.json) { database in
                let own = try currency.map { code in try parseArgument("--currency") { try Currency(code: code) } } ?? database.currency
                return (try AccountService(database: database).add(
                    name: name, type: try parseArgument("--type") { try AccountType(parsing: type) },
                    opening: try opening.map { text in try parseArgument("--opening") { try Money.parseTyped(text, currency: own) } },
                    openedOn: try parseDate("--opened", opened, today: database.clock.today()), note: note, currency: own), database.currency)
            }
            if output.json { return JSONOutput.print(account.json()) }
            print("Added \(account.type.rawValue) account '\(account.name)'" + (account.currency == base ? "" : " in \(account.currency.code)")
                  + (account.openingBalance.minorUnits == 0 ? "" : ", opening \(account.openingBalance)"))
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename an account (its transactions follow) or change its type, opening balance or note.")
        @Argument(help: "The account.") var name: String
        @Option(help: "A new name.") var rename: String?
        @Option(help: "A new type.") var type: String?
        @Option(parsing: .unconditional, help: "A new opening balance.") var opening: String?
        @Option(parsing: .unconditional, help: "A new opening day.") var opened: String?
        @Option(help: "A new note.") var note: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let account = try global.withDatabase(printingAlerts: !output.json) { database in
                var patch = AccountService.Patch(name: rename, type: try type.map { text in try parseArgument("--type") { try AccountType(parsing: text) } },
                                                 opening: try opening.map { text in
                                                     try parseArgument("--opening") { try Money.parseTyped(text, currency: database.currency) }
                                                 })
                if let opened { patch.openedOn = .some(try parseDate("--opened", opened, today: database.clock.today())) }
                if let note { patch.note = .some(note) }
                return try AccountService(database: database).edit(name, patch)
            }
            if output.json { return JSONOutput.print(account.json()) }
            print("Saved account '\(account.name)' (\(account.type.rawValue))")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close an account: it keeps its history, and takes no new transactions by default.")
        @Argument(help: "The account.") var name: String
        @OptionGroup var global: GlobalOptions

        func run() throws { try setClosed(true, name, global) }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a closed account.")
        @Argument(help: "The account.") var name: String
        @OptionGroup var global: GlobalOptions

        func run() throws { try setClosed(false, name, global) }
    }

    static func setClosed(_ closed: Bool, _ name: String, _ global: GlobalOptions) throws {
        let account = try global.withDatabase(printingAlerts: true) { try AccountService(database: $0).edit(name, .init(closed: closed)) }
        print("\(closed ? "Closed" : "Reopened") account '\(account.name)'")
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove an account nothing was recorded in.")
        @Argument(help: "The account.") var name: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try global.withDatabase(printingAlerts: true) { try AccountService(database: $0).remove(name) }
            print("Removed account '\(name)'")
        }
    }
}
