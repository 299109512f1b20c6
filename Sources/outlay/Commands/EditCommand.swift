import ArgumentParser
import OutlayBasics
import OutlayKit

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change fields of a transaction (by id, or the short id that list shows).")

    @Argument(help: "The transaction's id or its last characters.") var id: String
    @Option(help: "New amount.") var amount: String?
    @Option(help: "New description.") var description: String?
    @Option(help: "New category.") var category: String?
    @Option(parsing: .unconditional, help: "New day: YYYY-MM-DD, today, yesterday or -N.") var date: String?
    @Option(help: "income, expense or refund (money back into a spending category).") var kind: String?
    @Option(help: "New note.") var note: String?
    @Flag(help: "Remove the note.") var clearNote = false
    @Option(name: .customLong("tag"), help: "Replace the tags; repeat for several.") var tags: [String] = []
    @Flag(help: "Remove all tags.") var clearTags = false
    @Option(help: "Move it to another account.") var account: String?
    @Option(name: .customLong("split"), help: "Replace its parts: CATEGORY=AMOUNT[:NOTE], repeated; they sum to the amount.") var splits: [String] = []
    @Flag(help: "Make a split transaction whole again, in --category or its first part's.") var unsplit = false
    @Option(parsing: .unconditional, help: "What was charged in another currency, as 12.00EUR.") var original: String?
    @Flag(help: "Forget what was charged in another currency.") var clearOriginal = false
    @Flag(help: "Change it even though it is reconciled with a statement.") var force = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if amount == nil, description == nil, category == nil, date == nil, kind == nil, note == nil,
           !clearNote, tags.isEmpty, !clearTags, account == nil, splits.isEmpty, !unsplit, original == nil, !clearOriginal {
            throw ValidationError("nothing to change: give at least one of --amount, --description, --category, --date, --kind, --note, --tag, "
                                  + "--account, --split, --unsplit, --original")
        }
        if original != nil && clearOriginal { throw ValidationError("--original and --clear-original contradict each other") }
        if !splits.isEmpty && unsplit { throw ValidationError("--split and --unsplit contradict each other") }
        if note != nil && clearNote { throw ValidationError("--note and --clear-note contradict each other") }
    }

    func run() throws {
        try global.withDatabase(printingAlerts: !output.json) { database in try edit(in: database) }
    }

    private func edit(in database: AppDatabase) throws {
        var patch = TransactionPatch()
        patch.amount = try amount.map { text in try parseArgument("--amount") { try Money.parseTyped(text, currency: database.currency) } }
        patch.description = description
        patch.category = category
        patch.date = try parseDate("--date", date)
        if kind?.lowercased() == "refund" {
            (patch.kind, patch.isRefund) = (.expense, true)
        } else {
            patch.kind = try kind.map { text in try parseArgument("--kind") { try TransactionKind(parsing: text) } }
            if patch.kind == .expense { patch.isRefund = false }
        }
        if clearNote { patch.note = .some(nil) } else if let note { patch.note = .some(note) }
        if clearTags { patch.tags = [] } else if !tags.isEmpty { patch.tags = tags }
        if let account { patch.account = .some(account) }
        if clearOriginal { patch.original = .some(nil) }
        if let original { patch.original = .some(try parseArgument("--original") { try Money.parseWithCurrency(original) }) }
        if unsplit { patch.splits = [] } else if !splits.isEmpty { patch.splits = try SplitArguments.parts(splits, currency: database.currency) }
        let edited = try TransactionService(database: database).edit(id: id, patch, force: force)
        if output.json { JSONOutput.print(edited.json) } else { print(TransactionText.line("Edited", edited)) }
    }
}
