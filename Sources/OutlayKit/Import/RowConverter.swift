import Foundation
import OutlayBasics

/// Turns file rows into transactions: kind, category (`ImportCategories`),
/// id and fingerprint.
struct RowConverter: Sendable {
    private(set) var categories: ImportCategories
    let currency: Currency
    let now: Timestamp
    /// How often each (date, amount, description) has been seen in this file.
    private var occurrences: [Int64: Int] = [:]
    /// For the random part of new ids: seeded once, so a million rows make no million system calls.
    private var random: SeededRandom
    /// Orders the new ids of this import (see `RecordID.make(milliseconds:counter:random:)`).
    private var made: UInt32 = 0
    /// `ImportOptions.invertSign`.
    var invertSign = false
    /// The account the rows go in (a transfer rule's other leg).
    var account = "cash"
    /// A card's rows: money in that is not a payment is a merchant's credit, a refund.
    var cardRows = false
    /// The names the user gave merchants (`PayeeNameRow`), by `MerchantKey`.
    var learnedPayees: [String: String] = [:]

    /// Payees of the texts seen so far: banks repeat their texts.
    private var payees: [String: String] = [:]

    /// The name the user gave this merchant, else a rule's, else the bank's text without its noise.
    mutating func payee(for bankText: String) -> String {
        if let known = payees[bankText] { return known }
        let payee: String
        if !learnedPayees.isEmpty, let key = MerchantKey.of(bankText), let learned = learnedPayees[key] {
            payee = learned
        } else {
            payee = categories.payee(for: bankText) ?? PayeeName.clean(bankText)
        }
        if payees.count < 100_000 { payees[bankText] = payee }
        return payee
    }

    /// The transfer a row is: one a rule names the other account of, or one the bank marks as between the person's
    /// own accounts (its other side open). Out of the import's account when money left it, else into it.
    mutating func transfer(_ row: ImportedRow) -> ImportedTransfer? {
        let named = (row.transferAccount ?? categories.transferTarget(for: row.description.trimmingWhitespace()))
            .flatMap { $0.lowercased() == account.lowercased() ? nil : $0 }
        guard let other = named ?? (row.betweenOwnAccounts ? Account.unassigned : nil), row.signedAmount != 0, row.signedAmount != .min else {
            return nil
        }
        let signed = invertSign ? -row.signedAmount : row.signedAmount
        return ImportedTransfer(line: row.line, date: row.date, amount: abs(signed), from: signed < 0 ? account : other,
                                to: signed < 0 ? other : account, description: row.description.trimmingWhitespace())
    }

    /// A card's cashback, rewards and interest are income, not a merchant's money back.
    static func isReward(_ description: String) -> Bool {
        let lowered = description.lowercased()
        return ["cashback", "cash back", "reward", "bonus", "interest"].contains { lowered.contains($0) }
    }

    init(categories: ImportCategories, currency: Currency, now: Timestamp, expectedRows: Int = 0) {
        occurrences.reserveCapacity(min(expectedRows, 4_000_000))
        self.categories = categories
        self.currency = currency
        self.now = now
        var system = SystemRandomNumberGenerator()
        random = SeededRandom(seed: system.next())
    }

    mutating func transaction(_ row: ImportedRow) -> Result<BulkLoader.Item, BadRow> {
        func bad(_ reason: String) -> Result<BulkLoader.Item, BadRow> { .failure(BadRow(line: row.line, reason: reason)) }
        guard row.signedAmount != 0 else { return bad("the amount is zero") }
        var kind = row.kind ?? (row.signedAmount < 0 ? .expense : .income)
        if invertSign && !row.isRefund { kind = kind == .income ? .expense : .income }
        // Money back into spending: the category the purchase had (rules, history, the bank's), as an expense.
        let refund = row.isRefund || (cardRows && kind == .income && row.kind == nil && !Self.isReward(row.description))
        if refund { kind = .expense }
        let description = row.description.trimmingWhitespace()
        guard !description.isEmpty else { return bad("empty description") }
        var (category, source, bankTag) = categories.resolve(description: description, bankCategory: row.category, kind: kind, own: row.ownCategory)
        // A split from Outlay's own export keeps its parts, which must still sum to its amount.
        let parts = row.splits.map { SplitPart(category: categories.part($0.category, kind: kind), amount: $0.amount, note: $0.note) }
        if !parts.isEmpty {
            let sum = parts.reduce(Int64(0)) { $0 &+ $1.amount.minorUnits }
            guard parts.count >= 2, parts.allSatisfy(\.amount.isPositive), sum == row.signedAmount.magnitude else {
                return bad("its \(parts.count) parts sum to \(Money(minorUnits: sum, currency: currency)), not its amount")
            }
            category = parts[0].category
        }
        made &+= 1
        var id = RecordID.make(milliseconds: now.milliseconds, counter: made, random: random.next())
        let fingerprint: ImportFingerprint
        if let given = row.id {
            guard let canonical = RecordID.canonical(given) else { return bad("id '\(given)' is not a UUID") }
            id = canonical
            fingerprint = ImportFingerprint(date: row.date, signedAmount: 0, description: canonical, occurrence: 0)  // the id is the content
        } else {
            let content = ImportFingerprint.content(date: row.date, signedAmount: row.signedAmount, description: description)
            let occurrence = (occurrences[content] ?? 0) + 1
            occurrences[content] = occurrence
            fingerprint = ImportFingerprint(content: content, day: row.date.daysSinceEpoch, occurrence: occurrence)
        }
        var tags = row.tags.map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty && !$0.contains(where: \.isWhitespace) }
        if let bankTag, !tags.contains(bankTag), tags.count < FieldLimits.maximumTags { tags.append(bankTag) }
        // A bank's row: the payee is stored as its description and the bank's text kept beside it when it differs
        // (a text with nothing to take out costs the search index nothing twice). Outlay's own rows are as written.
        let fromBank = row.id == nil
        let payee = fromBank ? payee(for: description) : description
        let transaction = Transaction(
            id: id, kind: kind, amount: Money(minorUnits: row.signedAmount.magnitude > UInt64(Int64.max) ? .max : abs(row.signedAmount), currency: currency),
            category: category, description: payee, date: row.date, note: row.note, tags: tags,
            createdAt: row.createdAt ?? now, updatedAt: row.updatedAt ?? now, isRefund: refund,
            bankText: fromBank ? (payee == description ? nil : description) : row.bankText, splits: parts, original: row.original)
        return .success(BulkLoader.Item(transaction: transaction, fingerprint: fingerprint, label: UInt8(source.rawValue), line: row.line,
                                        matchable: row.id == nil, cleared: row.cleared ?? (row.id == nil ? 1 : 0)))
    }
}

extension BulkLoader.Item {
    /// The row as the statement's running balance sees it.
    func statementRow(balance: Int64) -> StatementCheck.Row {
        StatementCheck.Row(line: line, date: transaction.date, amount: transaction.signedAmount.minorUnits, balance: balance)
    }
}
