import ArgumentParser
import OutlayBasics
import OutlayKit

struct CategoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "categories",
        abstract: "List, add, rename and merge categories.",
        subcommands: [List.self, Add.self, Rename.self, Merge.self],
        defaultSubcommand: List.self)

    /// `--income` picks the income category of a name both kinds have ("other").
    struct KindOptions: ParsableArguments {
        @Flag(help: "The income category of that name.") var income = false
        @Flag(help: "The expense category of that name.") var expense = false

        func kind(for name: String, service: CategoryService) throws -> TransactionKind {
            if income { return .income }
            if expense { return .expense }
            return try service.kind(of: name)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List categories with their use.")
        @Flag(help: "Only income categories.") var income = false
        @Flag(help: "Only expense categories.") var expense = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let usages = try global.withDatabase(printingAlerts: !output.json) {
                try CategoryService(database: $0).list(kind: income ? .income : expense ? .expense : nil)
            }
            if output.json {
                JSONOutput.print(.array(usages.map { usage in
                    ["name": .string(usage.category.name), "kind": .string(usage.category.kind.rawValue),
                     "parent": .optional(usage.category.parent), "color": .optional(usage.category.color),
                     "transactionCount": .integer(usage.transactionCount), "total": usage.total.json()]
                }))
                return
            }
            let style = TerminalStyle.standardOutput
            var table = TextTable([TextTable.Column(title: "NAME", flexible: true), TextTable.Column(title: "KIND"),
                               TextTable.Column(title: "PARENT"), TextTable.Column(title: "TRANSACTIONS", alignRight: true),
                               TextTable.Column(title: "TOTAL", alignRight: true)])
            for usage in usages {
                table.append([TextTable.Cell(text: usage.category.name), TextTable.Cell(text: usage.category.kind.rawValue),
                              TextTable.Cell(text: usage.category.parent ?? ""), TextTable.Cell(text: "\(usage.transactionCount)"),
                              TextTable.Cell(text: usage.total.description)])
            }
            print(table.render(width: TerminalStyle.width, style: style))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a category.")
        @Argument(help: "Its name.") var name: String
        @Flag(help: "An income category (default: expense).") var income = false
        @Option(help: "Make it a subcategory of this one.") var parent: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let category = try global.withDatabase(printingAlerts: !output.json) {
                try CategoryService(database: $0).add(name, kind: income ? .income : .expense, parent: parent)
            }
            if output.json {
                JSONOutput.print(["name": .string(category.name), "kind": .string(category.kind.rawValue), "parent": .optional(category.parent)])
            } else {
                print("Added \(category.kind.rawValue) category '\(category.name)'")
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename a category; its transactions follow.")
        @Argument(help: "The current name.") var from: String
        @Argument(help: "The new name.") var to: String
        @OptionGroup var kindOptions: KindOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try moveTransactions(from: from, to: to, verb: "Renamed", kindOptions: kindOptions, global: global, output: output) {
                try $0.rename(from, to: to, kind: $1)
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move every transaction of one category into another and remove the first.")
        @Argument(help: "The category to merge away.") var from: String
        @Argument(help: "The category that receives its transactions.") var into: String
        @OptionGroup var kindOptions: KindOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try moveTransactions(from: from, to: into, verb: "Merged", kindOptions: kindOptions, global: global, output: output) {
                try $0.merge(from, into: into, kind: $1)
            }
        }
    }
}

/// Rename and merge: resolve the kind, move the transactions, report how many moved.
private func moveTransactions(from: String, to: String, verb: String, kindOptions: CategoriesCommand.KindOptions,
                              global: GlobalOptions, output: OutputOptions,
                              _ move: (CategoryService, TransactionKind) throws -> Int) throws {
    let moved = try global.withDatabase(printingAlerts: !output.json) { database in
        let service = CategoryService(database: database)
        return try move(service, try kindOptions.kind(for: from, service: service))
    }
    if output.json {
        JSONOutput.print(["action": .string(verb.lowercased()), "from": .string(from), "to": .string(to), "transactions": .integer(moved)])
    } else {
        print("\(verb) '\(from)' \(verb == "Merged" ? "into" : "to") '\(to)' (\(counted(moved, "transaction")))")
    }
}
