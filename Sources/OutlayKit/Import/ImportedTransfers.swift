import GRDB

/// A row that is money moved between two of the person's accounts: one a `transfer` rule names, or one the bank
/// marks so (a top-up, a card's payment) whose other side is `Account.unassigned` until known.
struct ImportedTransfer: Sendable, Hashable {
    var line: Int
    var date: LocalDate
    var amount: Int64
    var from: String
    var to: String
    var description: String

    /// The amount as it moves `account`'s balance.
    func signed(for account: String) -> Int64 { from.lowercased() == account.lowercased() ? -amount : amount }
}

/// Records an import's transfers in its write. Each one is, in order:
/// the same payment already recorded (this file again, the other account's
/// export, or typed by hand: this account's leg, the same amount, within
/// `ImportMatcher.days`, the other side the same or open) — then that leg is
/// cleared and an open other side named; else a transfer recorded from the
/// other account's export with this side open — then it becomes this
/// account's; else a new transfer, this account's leg cleared. A new
/// transfer whose other side the file does not say takes the other account
/// from a row imported there that names this account ("REVOLUT TOPUP" of
/// the amount, within the days): that row was this transfer's other leg all
/// along, so it stops being spending or income and becomes the leg.
struct ImportedTransfers: Sendable {
    var made = 0
    var matched = 0
    /// The sequence numbers of the transfers made, for undo.
    var seqs: ClosedRange<Int64>?
    /// What undo puts back on the transfers matched.
    var undone: [UndoneMatch] = []
    /// Of the transfers made, how many have their other side open.
    var open = 0

    static func record(_ candidates: [ImportedTransfer], account: String, taken: Set<String>, currency: Currency, at now: Timestamp,
                       in db: Database) throws -> ImportedTransfers {
        var result = ImportedTransfers()
        guard !candidates.isEmpty else { return result }
        let before = try TransferRow.lastSeq(in: db)
        var used = taken
        var counter: UInt32 = 0
        for candidate in candidates {
            let mine: TransferSide = candidate.from.lowercased() == account.lowercased() ? .from : .to
            let other = mine == .from ? candidate.to : candidate.from
            if let leg = try TransferRow.leg(account: account, side: mine, other: other, amount: candidate.amount, near: candidate.date,
                                             days: ImportMatcher.days, excluding: used, in: db) {
                used.insert(leg.id)
                result.matched += 1
                if leg.cleared == 0 || leg.account == Account.unassigned {
                    result.undone.append(UndoneMatch(id: leg.id, side: mine, cleared: leg.cleared,
                                                     account: leg.account == Account.unassigned ? leg.account : nil))
                    try ImportMatcher.clearLeg(leg.id, side: mine, account: account, at: now, in: db)
                }
                if leg.otherAccount == Account.unassigned, other != Account.unassigned {
                    let otherSide: TransferSide = mine == .from ? .to : .from
                    result.undone.append(UndoneMatch(id: leg.id, side: otherSide, cleared: leg.otherCleared, account: leg.otherAccount))
                    try TransferRow.assign(leg.id, side: otherSide, to: try AccountService.existing(other, in: db).name, at: now, in: db)
                }
                continue
            }
            var from = candidate.from, to = candidate.to
            var otherLeg: TransactionRow.OtherLeg?
            if other == Account.unassigned,
               let leg = try TransactionRow.otherLeg(of: account, moneyIn: mine == .to, amount: candidate.amount, near: candidate.date,
                                                     days: ImportMatcher.days, in: db) {
                otherLeg = leg
                if mine == .from { to = leg.account } else { from = leg.account }
                try TransactionRow.setDeleted(leg.id, at: now, in: db)
                result.undone.append(UndoneMatch(id: leg.id, side: nil, cleared: leg.cleared, account: nil, deleted: true))
            }
            counter += 1
            var random = SystemRandomNumberGenerator()
            let transfer = Transfer(id: RecordID.make(milliseconds: now.milliseconds, counter: counter, random: random.next()),
                                    from: try name(from, in: db), to: try name(to, in: db),
                                    amount: try FieldRules.amount(Money(minorUnits: candidate.amount, currency: currency)), date: candidate.date,
                                    description: try FieldRules.description(candidate.description.isEmpty ? TransferService.describe(from: from, to: to)
                                                                            : candidate.description), createdAt: now, updatedAt: now)
            try TransferRow.save(transfer, in: db)
            try ImportMatcher.clearLeg(transfer.id, side: mine, account: account, at: now, in: db)
            if let otherLeg {
                try ImportMatcher.clearLeg(transfer.id, side: mine == .from ? .to : .from, account: otherLeg.account, importKey: otherLeg.importKey,
                                           at: now, in: db)
                result.matched += 1
            } else if other == Account.unassigned {
                result.open += 1
            }
            used.insert(transfer.id)
            result.made += 1
        }
        let after = try TransferRow.lastSeq(in: db)
        if after > before { result.seqs = (before + 1)...after }
        return result
    }

    /// An account's stored name; the open side is no account anyone made.
    private static func name(_ account: String, in db: Database) throws -> String {
        account == Account.unassigned ? account : try AccountService.existing(account, in: db).name
    }
}
