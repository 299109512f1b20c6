import ArgumentParser
import OutlayBasics
import OutlayKit

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an expense, or income with --income.",
        discussion: "Example: outlay add 4.50 Flat white --category food --tag work")

    @Argument(help: "The amount, e.g. 12, 12.50 or 1,234.56.")
    var amount: String

    @Argument(help: "What it was for (several words are joined).")
    var description: [String] = []

    @Option(help: "The category (default: the one this description's merchant had most, else other).")
    var category: String?

    @Flag(help: "Record money coming in instead of going out.")
    var income = false

    @Option(parsing: .unconditional, help: "The day: YYYY-MM-DD, today, yesterday or -N for N days ago (default: today).")
    var date: String?

    @Option(help: "A longer note.")
    var note: String?

    @Option(name: .customLong("tag"), help: "A tag; repeat for several.")
    var tags: [String] = []

    @Option(help: "The account it was paid from or into.")
    var account: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try global.withDatabase(printingAlerts: !output.json) { database in try add(to: database) }
    }

    private func add(to database: AppDatabase) throws {
        let money = try parseArgument("amount") { try Money.parse(amount, currency: database.currency) }
        let today = database.clock.today()
        let day = try parseDate("--date", date, today: today) ?? today
        let draft = TransactionDraft(kind: income ? .income : .expense, amount: money, category: category,
                                     description: description.joined(separator: " "), date: day, note: note,
                                     tags: tags, account: account)
        let expenses = TransactionService(database: database)
        let guess = category == nil ? try expenses.guessCategory(for: draft.description, kind: draft.kind) : nil
        let added = try expenses.add(draft)
        if output.json {
            JSONOutput.print(added.json)
            return
        }
        print(TransactionText.line("Added", added))
        if let guess, guess.category == added.category {
            print("  \(guess.category): like \(guess.count) earlier '\(guess.example)' (--category sets another)")
        }
    }
}
