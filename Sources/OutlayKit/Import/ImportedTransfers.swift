import GRDB

/// A row a `transfer` rule turned into money moved between two accounts.
struct ImportedTransfer: Sendable, Hashable {
    var line: Int
    var date: LocalDate
    var amount: Int64
    var from: String
    var to: String
    var description: String
}

/// Records an import's transfers in its write: each one becomes a transfer, unless one already recorded
/// between the same accounts, of the same amount, within three days, is the same payment (the other
/// account's export, or this file again).
struct ImportedTransfers: Sendable {
    var made = 0
    var matched = 0
    /// The sequence numbers of the transfers made, for undo.
    var seqs: ClosedRange<Int64>?

    static let matchingDays = 3

    static func record(_ candidates: [ImportedTransfer], currency: Currency, at now: Timestamp, in db: Database) throws -> ImportedTransfers {
        var result = ImportedTransfers()
        guard !candidates.isEmpty else { return result }
        let before = try TransferRow.lastSeq(in: db)
        var used: Set<String> = []
        var counter: UInt32 = 0
        for candidate in candidates {
            let existing = try TransferRow.matching(from: candidate.from, to: candidate.to, amount: candidate.amount, near: candidate.date,
                                                    days: matchingDays, in: db)
            if let match = existing.first(where: { !used.contains($0) }) {
                used.insert(match)
                result.matched += 1
                continue
            }
            counter += 1
            var random = SystemRandomNumberGenerator()
            let transfer = Transfer(id: RecordID.make(milliseconds: now.milliseconds, counter: counter, random: random.next()),
                                    from: try AccountService.existing(candidate.from, in: db).name, to: try AccountService.existing(candidate.to, in: db).name,
                                    amount: try FieldRules.amount(Money(minorUnits: candidate.amount, currency: currency)), date: candidate.date,
                                    description: try FieldRules.description(candidate.description), createdAt: now, updatedAt: now)
            try TransferRow.save(transfer, in: db)
            used.insert(transfer.id)
            result.made += 1
        }
        let after = try TransferRow.lastSeq(in: db)
        if after > before { result.seqs = (before + 1)...after }
        return result
    }
}
