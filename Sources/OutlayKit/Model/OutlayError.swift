import OutlayBasics
/// Every failure the domain library reports to a user.
///
/// `description` is the sentence the user reads: it names the bad value, and
/// where there is a fix (a list of known categories, a flag) it says so.
public enum OutlayError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidAmount(String, reason: String)
    case invalidDate(String)
    case invalidSpokenDate(String)
    case invalidCurrency(String)
    /// A rate that is no positive decimal number.
    case invalidRate(String)
    /// A total in the base currency needs `currency` on `date` and no stored rate reaches it.
    case noRate(currency: String, base: String, date: String)
    case invalidKind(String)
    /// Income marked as a refund: only spending comes back.
    case refundOfIncome
    case invalidSplit(String)
    case unknownPayee(String)
    case emptyDescription
    case invalidTag(String)
    case tooManyTags(Int, limit: Int)
    case textTooLong(field: String, limit: Int)
    case nulInText(field: String)
    case outOfRange(String, Int, ClosedRange<Int>)
    case invalidLimit(Int)
    case invalidCursor(String)
    case unknownTransaction(String)
    case ambiguousTransaction(String, matches: [String])
    case unknownCategory(String, kind: TransactionKind?, known: [String])
    case categoryExists(String, kind: TransactionKind)
    case invalidCategoryName(String)
    case nothingToUndo
    case databaseLocked(path: String)
    case databaseUnavailable(path: String, reason: String)
    /// SQLite could not grow the file: the write was rolled back whole.
    case diskFull(path: String)
    case demoTargetNotEmpty(path: String, count: Int)
    case invalidPeriod(String)
    case invalidMonth(String)
    case invalidImport(String, String)
    /// A delimited file whose header names no date, description and amount, and that no bank profile fits.
    case unknownLayout(file: String)
    /// The file's content leaves its reading open: `question` says how, `flag` what the command line takes,
    /// `key` what the dashboard's import view takes.
    case layoutQuestion(file: String, question: String, flag: String, key: String)
    case importRejected(file: String, rows: [BadRow], total: Int)
    case cannotWrite(path: String, reason: String)
    case invalidThreshold(Int)
    case unknownBudget(String)
    case budgetExists(scope: String, period: String)
    case unknownNotification(String)
    case invalidConfig(path: String, line: Int?, key: String?, reason: String)
    case invalidSyncChange(String)
    case clockTooFarAhead(change: String, aheadBy: Int64)
    case ledgerTotalTooLarge(limit: String)
    case storedValueInvalid(String)
    case conflict(String)
    case invalidAccount(String, reason: String)
    case unknownAccount(String, known: [String])
    case accountExists(String)
    case accountInUse(String, count: Int)
    /// A transaction with no account named, in a book with several open ones and no `default_account`.
    case accountNeeded(open: [String])
    case unknownTransfer(String)
    case invalidSchedule(String)
    case unknownSchedule(String)
    /// A reconciled transaction changed without `force`.
    case reconciled(String)

    public var description: String {
        switch self {
        case let .invalidAmount(text, reason):
            return "invalid amount '\(text)': \(reason)"
        case let .invalidDate(text):
            return "invalid date '\(text)': expected a calendar day as YYYY-MM-DD"
        case let .invalidSpokenDate(text):
            return "invalid date '\(text)': use YYYY-MM-DD, today, yesterday or -N (N days ago)"
        case let .invalidCurrency(text):
            return "invalid currency '\(text)': expected an ISO 4217 code such as USD"
        case let .invalidRate(text):
            return "invalid rate '\(text)': expected a positive decimal number such as 1.0842"
        case let .noRate(currency, base, date):
            return "no \(currency) rate on or before \(date) to convert into \(base): add one with `outlay rates set \(currency) RATE --date \(date)` "
                + "or `outlay rates import FILE` (the ECB's eurofxref-hist.csv or a P price file)"
        case let .invalidAccount(text, reason):
            return "invalid account '\(text)': \(reason)"
        case let .unknownAccount(name, known):
            return "no account '\(name)'" + (known.isEmpty ? "" : "; the accounts are \(known.joined(separator: ", "))")
                + " (outlay accounts add NAME --type TYPE makes one)"
        case let .accountExists(name):
            return "an account '\(name)' exists already"
        case let .accountInUse(name, count):
            return "account '\(name)' has \(count) transaction\(count == 1 ? "" : "s") or transfer\(count == 1 ? "" : "s") in it; close it instead (outlay accounts close \(name))"
        case let .accountNeeded(open):
            return "which account? --account \(open.joined(separator: "|")) (or default_account in config.toml)"
        case let .unknownTransfer(id):
            return "no transfer '\(id)'"
        case let .invalidSchedule(reason):
            return "invalid schedule: \(reason)"
        case let .unknownSchedule(id):
            return "no schedule '\(id)' (outlay recurring list shows them)"
        case let .reconciled(description):
            return "'\(description)' is reconciled with a statement; change it anyway with --force (the balance you agreed on will move)"
        case let .invalidKind(text):
            return "invalid kind '\(text)': expected income or expense"
        case let .unknownPayee(name):
            return "no transaction has the payee '\(name)'; outlay payees lists them"
        case let .invalidSplit(reason):
            return "invalid split: \(reason)"
        case .refundOfIncome:
            return "income cannot be a refund: a refund is money back into a spending category (an expense's)"
        case .emptyDescription:
            return "the description must not be empty"
        case let .invalidTag(text):
            return "invalid tag '\(text)': a tag is one word of at most \(FieldLimits.tagLength) characters, without spaces or commas"
        case let .tooManyTags(count, limit):
            return "\(count) tags: a transaction has at most \(limit)"
        case let .outOfRange(name, value, range):
            return "invalid \(name) \(value): expected a number from \(range.lowerBound) to \(range.upperBound)"
        case let .nulInText(field):
            return "the \(field) holds a NUL character (U+0000), which no text may hold"
        case let .textTooLong(field, limit):
            return "the \(field) is longer than \(limit) characters"
        case let .invalidLimit(limit):
            return "invalid limit \(limit): expected a number from 1 to \(TransactionPageRequest.maximumLimit)"
        case let .invalidCursor(text):
            return "invalid cursor '\(text)'"
        case let .unknownTransaction(id):
            return "no transaction with id '\(id)'"
        case let .ambiguousTransaction(id, matches):
            let shown = matches.prefix(5).joined(separator: ", ")
            return "id '\(id)' matches \(matches.count) transactions (\(shown)); give more characters"
        case let .unknownCategory(name, kind, known):
            let which = kind.map { "\($0.rawValue) " } ?? ""
            return "unknown \(which)category '\(name)'; known: \(known.joined(separator: ", "))"
        case let .categoryExists(name, kind):
            return "\(kind.rawValue) category '\(name)' already exists"
        case let .invalidCategoryName(name):
            return "invalid category name '\(name)': at most \(FieldLimits.categoryNameLength) characters, without control characters"
        case .nothingToUndo:
            return "nothing to undo"
        case let .databaseLocked(path):
            return "database \(path) is locked by another process; try again when it finishes"
        case let .databaseUnavailable(path, reason):
            return "cannot open database \(path): \(reason)"
        case let .diskFull(path):
            return "the disk holding \(path) is full: nothing was written; free some space and try again"
        case let .invalidPeriod(text):
            return "invalid period '\(text)': expected daily, weekly, monthly or yearly"
        case let .importRejected(file, rows, total):
            let more = total > rows.count ? "\n  … and \(total - rows.count) more" : ""
            return "\(file): \(total) row\(total == 1 ? "" : "s") cannot be read, so nothing was imported (--skip-bad imports the rest):\n"
                + rows.map { "  \($0)" }.joined(separator: "\n") + more
        case let .unknownLayout(file):
            return "\(file): no header row with date, description and amount (or debit and credit) columns in the first 30 lines, "
                + "and no bank profile fits (outlay import --profiles lists them); name the columns with --map COLUMN=FIELD"
        case let .layoutQuestion(file, question, flag, _):
            return "\(file): \(question); \(flag)"
        case let .invalidImport(place, reason):
            return "\(place): \(reason)"
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason)"
        case let .budgetExists(scope, period):
            return "a \(period) budget for \(scope) already exists; change that one instead"
        case let .invalidMonth(text):
            return "invalid month '\(text)': expected YYYY-MM"
        case let .invalidThreshold(value):
            return "invalid threshold \(value): expected a percentage from 1 to 100"
        case let .unknownBudget(id):
            return "no budget with id '\(id)'"
        case let .unknownNotification(id):
            return "no alert with id '\(id)'"
        case let .invalidConfig(path, line, key, reason):
            let place = [line.map { "line \($0)" }, key.map { "key '\($0)'" }].compactMap { $0 }.joined(separator: ", ")
            return "\(path)\(place.isEmpty ? "" : " (\(place))"): \(reason)"
        case let .invalidSyncChange(reason):
            return "invalid sync change: \(reason)"
        case let .clockTooFarAhead(change, aheadBy):
            return "change \(change) is stamped \(aheadBy / 60_000) minutes ahead of the server's clock; "
                + "set that device's clock right and sync again (its changes are kept until then)"
        case let .ledgerTotalTooLarge(limit):
            return "the ledger's amounts together would pass the largest total a ledger holds, \(limit); nothing was changed"
        case let .storedValueInvalid(what):
            return "the database holds a value Outlay cannot use: \(what) (outlay doctor lists every such value)"
        case let .conflict(what):
            return what
        case let .demoTargetNotEmpty(path, count):
            return "database \(path) already holds \(count) transactions; pass --append to add demo data to it, or choose another file with --db"
        }
    }
}
