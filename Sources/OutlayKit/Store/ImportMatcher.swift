import GRDB
import OutlayBasics

/// Finds, for a row of a bank's file, what the user already recorded for it in
/// the import's account: a transaction they typed (or another device synced),
/// or their leg of a transfer (entered by hand, or recorded from the other
/// account's export with this side still open). Such a row becomes that
/// record's bank record instead of a new transaction.
///
/// A candidate has the same amount and direction, is dated within `days` of
/// the row (a bank posts later than you spend), and is not matched to another
/// row of the file. Of several, the nearest date wins, then the closest text.
/// Used on the import's writing thread only, inside its write.
final class ImportMatcher: @unchecked Sendable {
    static let days = 7

    typealias Entry = MatchedEntry

    /// A match made, with what it changes (and so what undo puts back).
    struct Match: Sendable, Hashable {
        var entry: Entry
        var line: Int
        var bankDate: LocalDate
        var bankText: String
        var importKey: Int64?
        /// The state the record had: its cleared state, and for an open leg the account it named.
        var previousCleared: Int
        var previousAccount: String?
        /// The record's `seq` in its table (transactions, or transfers for a leg).
        var seq: Int64
    }

    /// 16 bytes: a book of a million hand entries holds its candidates in 16 MB. The texts (id, description)
    /// are read by `seq` only for the few candidates a row weighs.
    private struct Candidate {
        var seq: Int64
        var day: Int32
        /// Its cleared state before the import.
        var cleared: Int8
        var side: Side
        var used = false

        enum Side: UInt8 {
            case none, from, to
            /// A leg that names no account yet (`Account.unassigned`): matching gives it this one.
            case openFrom, openTo
        }

        var transferSide: TransferSide? {
            switch side {
            case .none: nil
            case .from, .openFrom: .from
            case .to, .openTo: .to
            }
        }
        var open: Bool { side == .openFrom || side == .openTo }
    }

    let account: String
    /// Lines of the file the user said are not the entry they were matched to (the import preview's unmatch).
    let unmatchedLines: Set<Int>
    /// Candidates by amount, for money out of the account and money into it.
    private var outgoing: [Int64: [Candidate]] = [:]
    private var incoming: [Int64: [Candidate]] = [:]
    /// Import keys of rows an earlier import matched to this account's transfer legs: those rows are in the book.
    private var legKeys: Set<Int64> = []
    private(set) var matches: [Match] = []

    init(account: String, unmatchedLines: Set<Int> = []) {
        self.account = account
        self.unmatchedLines = unmatchedLines
    }

    /// Transfers this import matched or assigned (so a transfer row of the file does not match them again).
    var matchedTransfers: Set<String> { Set(matches.filter { $0.entry.side != nil }.map(\.entry.id)) }

    /// Reads the candidates: the account's transactions with no bank record yet, and the transfer legs that are
    /// this account's and not yet cleared, or open and so perhaps this account's.
    func prepare(_ db: Database) throws {
        let transactions = try Row.fetchCursor(db, sql: """
            SELECT seq, kind, amount, date, cleared, refund FROM transactions
            WHERE import_key IS NULL AND deleted_at IS NULL AND (account = ?1 OR (account IS NULL AND ?1 = 'cash'))
            """, arguments: [account])
        while let row = try transactions.next() {
            let kind: String = row[1], date: String = row[3]
            guard let day = try? LocalDate(parsing: date) else { continue }
            add(Candidate(seq: row[0], day: Int32(day.daysSinceEpoch), cleared: Int8(clamping: row[4] as Int), side: .none),
                amount: row[2], out: kind == TransactionKind.expense.rawValue && row[5] as Int64 == 0)
        }
        legKeys = Set(try Int64.fetchAll(db, sql: """
            SELECT from_import_key FROM transfers WHERE from_import_key IS NOT NULL AND from_account = ?1 COLLATE NOCASE
            UNION ALL SELECT to_import_key FROM transfers WHERE to_import_key IS NOT NULL AND to_account = ?1 COLLATE NOCASE
            """, arguments: [account]))
        let unassigned = Account.unassigned
        let transfers = try Row.fetchCursor(db, sql: """
            SELECT seq, from_account, to_account, amount, date, from_cleared, to_cleared FROM transfers
            WHERE deleted_at IS NULL AND ((from_account = ?1 COLLATE NOCASE AND from_cleared = 0) OR (to_account = ?1 COLLATE NOCASE AND to_cleared = 0)
                OR from_account = ?2 OR to_account = ?2)
            """, arguments: [account, unassigned])
        while let row = try transfers.next() {
            let from: String = row[1], to: String = row[2], date: String = row[4]
            guard let day = try? LocalDate(parsing: date) else { continue }
            let amount: Int64 = row[3]
            func leg(_ side: Candidate.Side, cleared: Int) -> Candidate {
                Candidate(seq: row[0], day: Int32(day.daysSinceEpoch), cleared: Int8(clamping: cleared), side: side)
            }
            let mine = account.lowercased()
            if from.lowercased() == mine || (from == unassigned && to.lowercased() != mine) {
                add(leg(from == unassigned ? .openFrom : .from, cleared: row[5]), amount: amount, out: true)
            }
            if to.lowercased() == mine || (to == unassigned && from.lowercased() != mine) {
                add(leg(to == unassigned ? .openTo : .to, cleared: row[6]), amount: amount, out: false)
            }
        }
    }

    private func add(_ candidate: Candidate, amount: Int64, out: Bool) {
        if out { outgoing[amount, default: []].append(candidate) } else { incoming[amount, default: []].append(candidate) }
    }

    /// A candidate's id, description and date, read by its `seq`.
    private func entry(_ candidate: Candidate, in db: Database) throws -> Entry? {
        let table = candidate.side == .none ? "transactions" : "transfers"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, description FROM \(table) WHERE seq = ?"),
                                         arguments: [candidate.seq]) else { return nil }
        return Entry(id: row[0], description: row[1], date: LocalDate(daysSinceEpoch: Int(candidate.day)), side: candidate.transferSide)
    }

    /// Whether an earlier import matched the row with this key to a transfer's leg.
    func isMatchedLeg(_ importKey: Int64) -> Bool { legKeys.contains(importKey) }

    /// The record this row is, if any; it is then taken (`release` gives it back).
    func match(line: Int, out: Bool, amount: Int64, date: LocalDate, text: String, importKey: Int64?, in db: Database) throws -> Match? {
        guard !unmatchedLines.contains(line), let list = out ? outgoing[amount] : incoming[amount] else { return nil }
        let day = date.daysSinceEpoch
        // The nearest date wins; of candidates equally near, the one sharing most words with the row.
        var nearest: [Int] = []
        var distance = Int.max
        for (index, candidate) in list.enumerated() where !candidate.used && abs(Int(candidate.day) - day) <= Self.days {
            let away = abs(Int(candidate.day) - day)
            if away < distance { (nearest, distance) = ([], away) }
            if away == distance { nearest.append(index) }
        }
        guard !nearest.isEmpty else { return nil }
        var best: (index: Int, entry: Entry, shared: Int)?
        let rowWords = nearest.count > 1 ? Self.words(text) : []
        for index in nearest {
            guard let entry = try entry(list[index], in: db) else { continue }
            let shared = nearest.count > 1 ? Self.words(entry.description).intersection(rowWords).count : 0
            if let current = best, shared <= current.shared { continue }
            best = (index, entry, shared)
        }
        guard let best else { return nil }
        let candidate = list[best.index]
        if out { outgoing[amount]?[best.index].used = true } else { incoming[amount]?[best.index].used = true }
        let match = Match(entry: best.entry, line: line, bankDate: date, bankText: text, importKey: importKey,
                          previousCleared: Int(candidate.cleared), previousAccount: candidate.open ? Account.unassigned : nil,
                          seq: candidate.seq)
        matches.append(match)
        return match
    }

    /// Gives back the last match (its row turned out to be in the book already).
    func releaseLast(out: Bool, amount: Int64) {
        guard let last = matches.popLast() else { return }
        let release = { (list: inout [Candidate]) in
            if let index = list.firstIndex(where: { $0.seq == last.seq && ($0.side == .none) == (last.entry.side == nil) }) {
                list[index].used = false
            }
        }
        if out { release(&outgoing[amount, default: []]) } else { release(&incoming[amount, default: []]) }
    }

    /// Writes the matches: a transaction gains its bank record (and the row's import key) and is cleared; a
    /// transfer's leg is cleared, and an open leg becomes this account's.
    func apply(_ db: Database, at now: Timestamp) throws {
        for match in matches {
            switch match.entry.side {
            case nil:
                try db.execute(sql: """
                    UPDATE transactions SET bank_date = ?, bank_text = ?, import_key = ?, cleared = max(cleared, 1), updated_at = ?
                    WHERE id = ?
                    """, arguments: [match.bankDate.description, match.bankText, match.importKey, now.milliseconds, match.entry.id])
            case let side?:
                try Self.clearLeg(match.entry.id, side: side, account: account, importKey: match.importKey, at: now, in: db)
            }
        }
    }

    /// Clears one leg of a transfer, naming `account` on it (an open leg becomes this account's).
    static func clearLeg(_ id: String, side: TransferSide, account: String, importKey: Int64? = nil, at now: Timestamp, in db: Database) throws {
        let column = side.rawValue
        try db.execute(sql: """
            UPDATE transfers SET \(column)_account = ?, \(column)_cleared = max(\(column)_cleared, 1),
                \(column)_import_key = COALESCE(?, \(column)_import_key), updated_at = ? WHERE id = ?
            """, arguments: [account, importKey, now.milliseconds, id])
    }

    /// Undo: each matched record as it was before the import.
    static func unmatch(_ matches: [UndoneMatch], at now: Timestamp, in db: Database) throws {
        for match in matches {
            if match.deleted {
                try db.execute(sql: "UPDATE transactions SET deleted_at = NULL, updated_at = ? WHERE id = ?", arguments: [now.milliseconds, match.id])
            } else if let side = match.side {
                let column = side.rawValue
                try db.execute(sql: """
                    UPDATE transfers SET \(column)_account = COALESCE(?, \(column)_account), \(column)_cleared = ?, \(column)_import_key = NULL,
                        updated_at = ? WHERE id = ?
                    """, arguments: [match.account, match.cleared, now.milliseconds, match.id])
            } else {
                try db.execute(sql: """
                    UPDATE transactions SET bank_date = NULL, bank_text = NULL, import_key = NULL, cleared = ?, updated_at = ? WHERE id = ?
                    """, arguments: [match.cleared, now.milliseconds, match.id])
            }
        }
    }

    /// Lowercased words of three or more letters or digits: what "the closest text" compares.
    static func words(_ text: String) -> Set<Substring> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0.count >= 3 })
    }
}

/// What undoing an import puts back on a record it matched: its cleared state, and for a leg the account it named;
/// a transaction it turned into a transfer's leg comes back.
struct UndoneMatch: Sendable, Hashable {
    var id: String
    var side: TransferSide?
    var cleared: Int
    var account: String?
    var deleted = false

    init(id: String, side: TransferSide?, cleared: Int, account: String?, deleted: Bool = false) {
        self.id = id
        self.side = side
        self.cleared = cleared
        self.account = account
        self.deleted = deleted
    }

    init(_ match: ImportMatcher.Match) {
        self.init(id: match.entry.id, side: match.entry.side, cleared: match.previousCleared, account: match.previousAccount)
    }

    /// As the undo log keeps it.
    var json: JSONValue {
        ["id": .string(id), "side": .optional(side?.rawValue), "cleared": .integer(Int64(cleared)), "account": .optional(account),
         "deleted": .bool(deleted)]
    }

    init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.stringValue, case let .number(text)? = object["cleared"],
              let cleared = Int(text) else { return nil }
        self.init(id: id, side: object["side"]?.stringValue.flatMap(TransferSide.init(rawValue:)), cleared: cleared,
                  account: object["account"]?.stringValue, deleted: object["deleted"] == .bool(true))
    }
}
