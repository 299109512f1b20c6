import ArgumentParser
import OutlayBasics
import OutlayKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List transactions, newest first, with totals for the filter.")

    @Option(parsing: .unconditional, help: "First day: YYYY-MM-DD, today, yesterday or -N.") var from: String?
    @Option(parsing: .unconditional, help: "Last day: YYYY-MM-DD, today, yesterday or -N.") var to: String?
    @Option(help: "income or expense.") var kind: String?
    @Option(help: "Only this category.") var category: String?
    @Option(help: "Only transactions with this tag.") var tag: String?
    @Option(help: "Only this account's transactions (outlay accounts lists them).") var account: String?
    @Option(help: "Words to find in the description or note (prefixes match).") var search: String?
    @Option(name: .customLong("min"), help: "Smallest amount.") var minimum: String?
    @Option(name: .customLong("max"), help: "Largest amount.") var maximum: String?
    @Option(help: "How many rows to show (1-10000).") var limit = 50
    @Option(help: "Continue after this cursor (printed below a full page).") var after: String?
    @Flag(help: "Oldest first instead of newest first.") var oldestFirst = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try global.withDatabase(printingAlerts: !output.json) { database in try list(database) }
    }

    private func list(_ database: AppDatabase) throws {
        let currency = database.currency
        var filter = TransactionFilter(
            from: try parseDate("--from", from), to: try parseDate("--to", to),
            kind: try kind.map { text in try parseArgument("--kind") { try TransactionKind(parsing: text) } },
            category: try category.map { try CategoryService(database: database).validatedName($0) },
            tag: tag, search: search,
            minimumAmount: try minimum.map { text in try parseArgument("--min") { try Money.parseTyped(text, currency: currency).minorUnits } },
            maximumAmount: try maximum.map { text in try parseArgument("--max") { try Money.parseTyped(text, currency: currency).minorUnits } })
        if let account { filter.account = try AccountService(database: database).named(account).name }
        let cursor = try after.map { text in try parseArgument("--after") { try TransactionCursor(parsing: text) } }
        let request = TransactionPageRequest(filter: filter, order: oldestFirst ? .oldestFirst : .newestFirst,
                                             limit: limit, after: cursor)
        let service = TransactionService(database: database)
        let page = try service.list(request)
        if output.json {
            JSONOutput.print(.array(page.transactions.map(\.json)))
            return
        }
        let summary = try service.summary(filter)
        let style = TerminalStyle.standardOutput
        if page.transactions.isEmpty {
            print("No transactions match.")
            return
        }
        print(TransactionText.table(page.transactions, style: style, base: database.currency))
        // In a book whose accounts keep several currencies the totals are converted into the base: said with ≈.
        let converted = try AccountService(database: database).list().contains { $0.currency != database.currency } ? "≈ " : ""
        print(style.dim("\(counted(summary.count, "transaction")) · income \(converted)\(summary.totalIncome) · expenses \(converted)\(summary.totalExpenses) · "
                        + "balance \(converted)\(NumberFormat.current.withCurrency(summary.balance))"))
        if let next = page.nextCursor {
            print(style.dim("More: outlay list --after \(next) (with the same filters)"))
        }
    }
}
