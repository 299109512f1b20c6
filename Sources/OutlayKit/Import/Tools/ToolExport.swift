/// A file another money tool wrote (Mint, YNAB, Actual Budget, Firefly III, an hledger or ledger journal): the
/// rows of many accounts, transfers between them named by their other account, the tool's own categories. It is
/// imported account by account through the same import as a bank's file, so duplicates, matching and transfers
/// behave as there: a transfer's second row finds the leg its first recorded.
struct ToolExport: Sendable {
    /// How the summary names the tool: "YNAB (register export)".
    var tool: String
    var rows: [(account: String, row: ImportedRow)] = []
    /// Lines that hold what Outlay cannot represent, each said; nothing is dropped silently.
    var unrepresentable: [BadRow] = []
    /// An account's opening balance and its day, where the file says (a journal's `equity:opening balances`).
    var openings: [String: (amount: Int64, day: LocalDate)] = [:]
    /// Account types the file declares (a journal's `liabilities:` prefix); the rest are guessed from names and signs.
    var declaredTypes: [String: AccountType] = [:]

    init(tool: String) { self.tool = tool }

    /// Every account the rows go in or move money to, in the order first met.
    var accounts: [String] {
        var seen = Set<String>(), names: [String] = []
        for (account, row) in rows {
            for name in [account, row.transferAccount].compactMap({ $0 }) where seen.insert(name.lowercased()).inserted { names.append(name) }
        }
        for name in openings.keys.sorted() where seen.insert(name.lowercased()).inserted { names.append(name) }
        return names
    }

    /// An account's type: as declared, else from its name ("Visa", "Savings", "Wallet"), else a checking account.
    func type(of account: String) -> AccountType {
        if let declared = declaredTypes[account.lowercased()] { return declared }
        let words = account.lowercased().split { !$0.isLetter }.map(String.init)
        func says(_ stems: [String]) -> Bool { words.contains { word in stems.contains { word.hasPrefix($0) } } }
        if says(["visa", "mastercard", "amex", "card", "credit", "kreditkarte", "carte"]) { return .credit }
        if says(["saving", "spar", "épargne", "livret", "isa", "deposit", "tagesgeld"]) { return .savings }
        if says(["cash", "wallet", "bargeld", "espèces", "petty"]) { return .cash }
        if says(["loan", "mortgage", "kredit", "prêt"]) { return .loan }
        if says(["invest", "brokerage", "depot", "stocks", "401k", "ira", "pension"]) { return .investment }
        return .checking
    }
}

/// One account's rows of a tool's export, as an import source.
struct ToolAccountSource: ImportSource {
    let rows: [ImportedRow]

    func read(_ emit: (Result<ImportedRow, BadRow>) -> Bool) throws -> (any ImportSource)? {
        for row in rows { guard emit(.success(row)) else { break } }
        return nil
    }
}

/// What importing a tool's export did: the tool, the accounts it made, and each account's import.
public struct ToolImportReport: Sendable {
    public var file: String
    public var tool: String
    /// Accounts made for the file, with the type guessed (or declared).
    public var accountsMade: [(name: String, type: AccountType)] = []
    /// One import per account, in the file's order.
    public var imports: [ImportReport] = []
    /// What the file holds that Outlay cannot represent, line by line.
    public var unrepresentable: [String] = []
    /// Opening balances set from the file.
    public var openingsSet: [String] = []
    /// A dry run: nothing was made or imported; `imports` preview the accounts the book has.
    public var dryRun = false
    /// Rows the file holds, over all its accounts.
    public var rowsRead = 0
    /// Every account the file names.
    public var accounts: [String] = []

    public var imported: Int { imports.reduce(0) { $0 + $1.imported } }
    public var duplicates: Int { imports.reduce(0) { $0 + $1.duplicates } }
    public var transfers: Int { imports.reduce(0) { $0 + $1.transfersMade } }
    public var transfersMatched: Int { imports.reduce(0) { $0 + $1.transfersMatched } }
    public var categoriesMade: [String] { Array(Set(imports.flatMap(\.createdCategories))).sorted() }
}
