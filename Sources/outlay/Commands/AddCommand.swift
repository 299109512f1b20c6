import ArgumentParser
import OutlayBasics
import OutlayKit

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an expense, income with --income, or a refund with --refund (or a negative amount).",
        discussion: """
            Example: outlay add 4.50 Flat white --category food --tag work. A refund is money back into a spending \
            category (outlay add 15 "Amazon return" --refund --category shopping, or outlay add -- -15 …): it lowers \
            that category's spending, never counts as income. A split puts parts of it in several categories: \
            outlay add 180 Costco --split groceries=120 --split household=60:paper towels (the parts sum to the amount).
            """)

    @Argument(help: "The amount, e.g. 12, 12.50 or 1,234.56.")
    var amount: String

    @Argument(help: "What it was for (several words are joined).")
    var description: [String] = []

    @Option(help: "The category (default: the one this description's merchant had most, else other).")
    var category: String?

    @Flag(help: "Record money coming in instead of going out.")
    var income = false

    @Flag(help: "Money back into a spending category (a return, a merchant's credit): it lowers that category's spending.")
    var refund = false

    @Option(parsing: .unconditional, help: "The day: YYYY-MM-DD, today, yesterday or -N for N days ago (default: today).")
    var date: String?

    @Option(help: "A longer note.")
    var note: String?

    @Option(name: .customLong("tag"), help: "A tag; repeat for several.")
    var tags: [String] = []

    @Option(help: "The account it was paid from or into.")
    var account: String?

    @Option(parsing: .unconditional, help: "What was charged in another currency, as 12.00EUR: the amount is then what the account paid.")
    var original: String?

    @Option(name: .customLong("split"), help: "A part in its own category: CATEGORY=AMOUNT[:NOTE]; repeat, the parts sum to the amount.")
    var splits: [String] = []

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try global.withDatabase(printingAlerts: !output.json) { database in try add(to: database) }
    }

    private func add(to database: AppDatabase) throws {
        // `-15` is money back: a refund (`outlay add -- -15 Refund`).
        let negative = amount.trimmingWhitespace().hasPrefix("-")
        if income && (negative || refund) {
            throw InputError(description: "--income: \(negative ? "a negative amount" : "--refund") is money back into spending, not income")
        }
        // In the account's currency, which may not be the book's (yen have no decimals).
        let currency = try account.map { try AccountService(database: database).named($0).currency } ?? database.currency
        let money = try parseArgument("amount") {
            try Money.parseTyped(negative ? String(amount.trimmingWhitespace().dropFirst()) : amount, currency: currency)
        }
        let today = database.clock.today()
        let day = try parseDate("--date", date, today: today) ?? today
        let draft = TransactionDraft(kind: income ? .income : .expense, amount: money, category: category,
                                     description: description.joined(separator: " "), date: day, note: note,
                                     tags: tags, account: account, isRefund: refund || negative,
                                     splits: try SplitArguments.parts(splits, currency: currency),
                                     original: try original.map { text in try parseArgument("--original") { try Money.parseWithCurrency(text) } })
        if category != nil && !draft.splits.isEmpty { throw InputError(description: "--category: a split's parts name their categories (--split)") }
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
