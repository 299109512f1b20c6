import ArgumentParser
import OutlayBasics
import OutlayKit

struct PayeesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payees",
        abstract: "List payees, and rename one (later imports of that merchant use the new name).",
        subcommands: [List.self, Rename.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Payees with how many transactions, their net amount and a bank text behind them.")
        @Option(help: "How many, most used first.") var limit = 200
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let payees = try global.withDatabase(printingAlerts: !output.json) { try PayeeService(database: $0).list(limit: limit) }
            if output.json {
                return JSONOutput.print(.array(payees.map { payee in
                    ["name": .string(payee.name), "count": .integer(payee.count), "net": payee.net.json(), "bankText": .optional(payee.bankText)]
                }))
            }
            var table = TextTable([TextTable.Column(title: "PAYEE", flexible: true), TextTable.Column(title: "COUNT", alignRight: true),
                                   TextTable.Column(title: "NET", alignRight: true), TextTable.Column(title: "AS THE BANK WROTE IT", flexible: true)])
            for payee in payees {
                table.append([TextTable.Cell(text: payee.name), TextTable.Cell(text: "\(payee.count)"), TextTable.Cell(text: payee.net.description),
                              TextTable.Cell(text: payee.bankText ?? "")])
            }
            print(table.render(width: TerminalStyle.width, style: .standardOutput))
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename a payee everywhere; later imports of its merchant use the new name.")
        @Argument(help: "The payee as it reads now.") var old: String
        @Argument(help: "Its new name.") var new: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let count = try global.withDatabase(printingAlerts: true) { try PayeeService(database: $0).rename(old, to: new) }
            print("Renamed '\(old)' to '\(new)' on \(counted(count, "transaction")); later imports call that merchant '\(new)'")
        }
    }
}
