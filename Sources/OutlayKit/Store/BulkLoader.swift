import GRDB
import GRDBSQLite

/// Writes a stream of transactions in one database transaction, fast.
///
/// Used by `demo` (and later imports). Either every row lands or none does.
/// Rows are encoded, and the roll-ups summed, on a second thread (see
/// `RowPipeline`) while this one writes. The row triggers are suspended
/// inside the transaction and the search index, tag index and roll-ups are
/// brought up to date with set-based statements before commit; DDL is
/// transactional in SQLite, so a crash mid-load restores the triggers along
/// with everything else.
struct BulkLoader {
    let database: AppDatabase
    /// For how many of the first rows `Counts.firstRowsOutcome` says what became of them.
    var sampleLimit = 0
    /// The account of rows that name none (`AccountService.resolve`, decided before the load).
    var defaultAccount = "cash"
    /// An import's: rows that are entries already in the book become their bank records instead of new rows.
    var matcher: ImportMatcher?
    /// Told the rows written so far after each chunk, with `expectedRows` as the whole.
    var progress: ProgressReporter?
    var expectedRows: Int?

    /// A row to load, with the import fingerprint that marks it as already
    /// present (nil: always insert).
    struct Item: Sendable {
        var transaction: Transaction
        var fingerprint: ImportFingerprint?
        /// A small number the caller sorts rows by in `Counts.byLabel` (an import: where the category came from).
        var label: UInt8 = 0
        /// The file's line (for `ImportMatcher.unmatchedLines`).
        var line = 0
        /// A bank's row, which may be an entry the user made (`matcher`); not a row with its own id.
        var matchable = false
        /// 0 not cleared, 1 cleared (a bank's row: the bank has seen it).
        var cleared = 0
    }

    /// What became of a row.
    enum RowOutcome: Sendable, Hashable {
        case inserted
        /// Its import key was there: an earlier import brought it.
        case duplicate
        /// It is the bank's record of this entry, already in the book.
        case matched(ImportMatcher.Entry)
    }

    /// What the load wrote: rows in and skipped, and of the rows in, the money, the days and the labels.
    struct Counts: Sendable, Hashable {
        var inserted = 0
        var duplicates = 0
        var matched = 0
        var moneyIn: Int64 = 0
        var moneyOut: Int64 = 0
        var firstDate: String?
        var lastDate: String?
        var byLabel: [Int] = Array(repeating: 0, count: 8)
        /// The first `seq` the load gave: every row it wrote has this or a later one.
        var firstSeq: Int64 = 0
        /// Of the first `sampleLimit` rows, in order: what became of each.
        var firstRowsOutcome: [RowOutcome] = []

        fileprivate mutating func add(_ row: EncodedRow) {
            inserted += 1
            if row.texts.kind == TransactionKind.income.rawValue || row.refund { moneyIn &+= row.amount } else { moneyOut &+= row.amount }
            if firstDate.map({ row.texts.date < $0 }) ?? true { firstDate = row.texts.date }
            if lastDate.map({ row.texts.date > $0 }) ?? true { lastDate = row.texts.date }
            if Int(row.label) < byLabel.count { byLabel[Int(row.label)] += 1 }
        }
    }

    /// Inserts every element; returns how many rows were written. `beforeCommit`
    /// runs last inside the transaction, with the triggers back and every
    /// derived table exact (budget evaluation, once for the whole load).
    func insert<S: Sequence & Sendable>(_ transactions: S, beforeCommit: @escaping (Database, Counts) throws -> Void = { _, _ in }) throws -> Int
    where S.Element == Transaction {
        let (counts, _) = try load(produce: { emit in
            for transaction in transactions { guard emit(Item(transaction: transaction)) else { break } }
        }, finish: { db, _, counts in
            try beforeCommit(db, counts)
            return .commit
        })
        return counts.inserted
    }

    /// Loads what `produce` emits (made on a second thread), skipping items
    /// whose fingerprint is already stored. `finish` sees what `produce`
    /// returned and the counts, and decides whether the whole load commits.
    func load<Extra: Sendable>(produce: @escaping @Sendable (_ emit: (Item) -> Bool) -> Extra,
                               finish: (Database, Extra, Counts) throws -> Database.TransactionCompletion) throws -> (Counts, Extra?) {
        let defaultAccount = defaultAccount, matcher = matcher, progress = progress, expectedRows = expectedRows, base = database.currency
        let pipeline = RowPipeline<EncodedRow, (DayTotals, Extra)> { emit in
            var totals = DayTotals()
            let extra = produce { item in
                var item = item
                if item.transaction.account == nil { item.transaction.account = defaultAccount }
                let row = EncodedRow(item, base: base)
                if item.transaction.deletedAt == nil { totals.add(row) }
                return emit(row)
            }
            return (totals, extra)
        }
        defer { pipeline.finish() }

        var counts = Counts()
        var extra: Extra?
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let loaded = try db.withTriggersSuspended(where: "tbl_name = 'transactions'") { () -> Extra? in
                    let firstSeq = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) + 1 FROM transactions")) ?? 1
                    counts.firstSeq = firstSeq

                    // A row whose import key is there already (an earlier import brought it) is skipped;
                    // any other constraint still fails the load.
                    let statement = try db.makeStatement(sql: """
                        INSERT INTO transactions(\(TransactionRow.writtenColumns), import_key, cleared, base_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(import_key) WHERE import_key IS NOT NULL DO NOTHING
                        """)
                    let isStored = try db.makeStatement(sql: "SELECT 1 FROM transactions WHERE import_key = ?")
                    try matcher?.prepare(db)
                    var skipped = DayTotals()
                    var chunks = 0
                    while let chunk = pipeline.next() {
                        chunks += 1
                        if chunks == 2 { PausePoint.reached(PausePoint.bulkLoadMidway) }
                        for row in chunk {
                            if let matcher, let key = row.fingerprint?.key, matcher.isMatchedLeg(key) {
                                if counts.firstRowsOutcome.count < sampleLimit { counts.firstRowsOutcome.append(.duplicate) }
                                skipped.add(row)
                                counts.duplicates += 1
                                continue
                            }
                            if let matcher, let match = try row.match(matcher, isStored: isStored, in: db) {
                                if counts.firstRowsOutcome.count < sampleLimit { counts.firstRowsOutcome.append(.matched(match.entry)) }
                                skipped.add(row)
                                counts.matched += 1
                                continue
                            }
                            let inserted = try row.insert(with: statement.sqliteStatement, db: db)
                            if counts.firstRowsOutcome.count < sampleLimit { counts.firstRowsOutcome.append(inserted ? .inserted : .duplicate) }
                            if inserted {
                                counts.add(row)
                            } else {
                                skipped.add(row)
                                counts.duplicates += 1
                            }
                        }
                        progress?(WorkProgress(done: counts.inserted + counts.duplicates + counts.matched, total: expectedRows))
                    }
                    guard let (produced, producerExtra) = pipeline.result else { return nil }
                    extra = producerExtra

                    try db.execute(sql: """
                        INSERT INTO transactions_fts(rowid, description, note, bank_text)
                            SELECT seq, description, note, bank_text FROM transactions WHERE seq >= ?
                        """, arguments: [firstSeq])
                    try db.execute(sql: """
                        INSERT INTO transaction_tags(tag, seq)
                            SELECT j.value, t.seq FROM transactions t, json_each(t.tags) j WHERE t.seq >= ? AND t.tags <> '[]'
                        """, arguments: [firstSeq])
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO split_categories(category, seq)
                            SELECT json_extract(j.value, '$.category'), t.seq FROM transactions t, json_each(t.splits) j
                            WHERE t.seq >= ? AND t.splits IS NOT NULL
                        """, arguments: [firstSeq])
                    let added = produced.subtracting(skipped)
                    guard let addedTotal = added.grandTotal else {
                        throw OutlayError.ledgerTotalTooLarge(limit: Money(minorUnits: Money.largestMinorUnits, currency: database.currency).description)
                    }
                    try added.save(in: db)
                    // The ledger's total refuses (migration v7's trigger) a load that would take it past the limit.
                    try db.execute(sql: "UPDATE ledger_total SET total = total + ?", arguments: [addedTotal])
                    try ChangeLog.logRecords(of: .transaction, where: "seq >= ?", arguments: [firstSeq], in: db)
                    // The summaries of the days it covers are revised at the next upkeep (migration v15).
                    if let first = counts.firstDate, let last = counts.lastDate {
                        try db.execute(sql: """
                            INSERT INTO stale_days(first, last) SELECT ?1, ?2 WHERE EXISTS (
                                SELECT 1 FROM periodic_reports WHERE period_start BETWEEN date(?1, '-37 days') AND date(?2, '+7 days'))
                            """, arguments: [first, last])
                    }
                    try ChangeLog.stamp(db, now: database.clock.now())
                    return producerExtra
                }
                guard let loaded else { return .rollback }
                // With the triggers back: a matched record's roll-ups and change log follow as for any edit.
                try matcher?.apply(db, at: database.clock.now())
                // Rows in another currency than the base went in unconverted; with the triggers back, their roll-ups follow.
                try BaseAmounts.convertPending(base: database.currency, in: db)
                return try finish(db, loaded, counts)
            }
        }
        return (counts, extra)
    }
}

/// Sums and counts per (day, kind, category), and per month, for the roll-ups.
private struct DayTotals: Sendable {
    private struct Key: Hashable, Sendable {
        let day: Int
        let kind: TransactionKind
        let category: String
    }

    private struct MonthKey: Hashable {
        let month: String
        let kind: TransactionKind
        let category: String
    }

    /// An account's day, for its roll-ups (`account_daily`, `account_monthly`).
    private struct AccountDay: Hashable, Sendable {
        let day: Int
        let account: String
    }

    /// `extra`: parts after a split transaction's first (migration v14's `extra_parts`).
    private var totals: [Key: (total: Int64, count: Int64, extra: Int64)] = [:]
    private var accounts: [AccountDay: (delta: Int64, cleared: Int64, count: Int64)] = [:]
    /// The sum of every amount added; nil once it passed the largest amount,
    /// after which nothing more is summed (so no per-key sum can overflow).
    private(set) var grandTotal: Int64? = 0

    /// A row in another currency than the base counts in its category's roll-ups with no money (as the triggers count an
    /// unconverted row) until `BaseAmounts` converts it; in its account's, with its own.
    mutating func add(_ row: EncodedRow) {
        guard row.deletedAt == nil, let kind = TransactionKind(rawValue: row.texts.kind),
              let date = try? LocalDate(parsing: row.texts.date) else { return }
        let parts = row.parts.isEmpty ? [(row.texts.category, row.amount)] : row.parts
        add(day: date.daysSinceEpoch, kind: kind, parts: row.inBase ? parts : parts.map { ($0.category, 0) }, row.amount,
            account: row.texts.account ?? "cash", cleared: row.cleared > 0, refund: row.refund)
    }

    /// A refund counts against its category and into its account; a split's parts each count in their own category.
    private mutating func add(day: Int, kind: TransactionKind, parts: [(category: String, amount: Int64)], _ amount: Int64,
                              account: String, cleared: Bool, refund: Bool) {
        guard let sum = grandTotal, Money.isWithinLimit(amount), Money.isWithinLimit(sum + amount) else {
            grandTotal = nil
            return
        }
        grandTotal = sum + amount
        for (index, part) in parts.enumerated() {
            let key = Key(day: day, kind: kind, category: part.category)
            totals[key, default: (0, 0, 0)].total += refund ? -part.amount : part.amount
            totals[key, default: (0, 0, 0)].count += 1
            if index > 0 { totals[key, default: (0, 0, 0)].extra += 1 }
        }
        let accountDay = AccountDay(day: day, account: account), signed = kind == .income || refund ? amount : -amount
        accounts[accountDay, default: (0, 0, 0)].delta += signed
        if cleared { accounts[accountDay, default: (0, 0, 0)].cleared += signed }
        accounts[accountDay, default: (0, 0, 0)].count += 1
    }

    /// What is left of `self` without `other`, a part of it (rows already there).
    func subtracting(_ other: DayTotals) -> DayTotals {
        var result = self
        for (key, value) in other.totals {
            result.totals[key, default: (0, 0, 0)].total -= value.total
            result.totals[key, default: (0, 0, 0)].count -= value.count
            result.totals[key, default: (0, 0, 0)].extra -= value.extra
        }
        for (key, value) in other.accounts {
            result.accounts[key, default: (0, 0, 0)].delta -= value.delta
            result.accounts[key, default: (0, 0, 0)].cleared -= value.cleared
            result.accounts[key, default: (0, 0, 0)].count -= value.count
        }
        result.grandTotal = grandTotal.flatMap { total in other.grandTotal.map { total - $0 } }
        return result
    }

    func save(in db: Database) throws {
        let daily = try db.makeStatement(sql: """
            INSERT INTO daily_totals(date, kind, category, total, count, extra_parts) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + excluded.count, extra_parts = extra_parts + excluded.extra_parts
            """)
        let monthly = try db.makeStatement(sql: """
            INSERT INTO monthly_totals(month, kind, category, total, count, extra_parts) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + excluded.count, extra_parts = extra_parts + excluded.extra_parts
            """)
        var months: [MonthKey: (total: Int64, count: Int64, extra: Int64)] = [:]
        for (key, value) in totals where value.count != 0 {
            let date = LocalDate(daysSinceEpoch: key.day)
            try daily.execute(arguments: [date.description, key.kind.rawValue, key.category, value.total, value.count, value.extra])
            let month = MonthKey(month: date.monthKey, kind: key.kind, category: key.category)
            months[month, default: (0, 0, 0)].total += value.total
            months[month, default: (0, 0, 0)].count += value.count
            months[month, default: (0, 0, 0)].extra += value.extra
        }
        for (key, value) in months {
            try monthly.execute(arguments: [key.month, key.kind.rawValue, key.category, value.total, value.count, value.extra])
        }
        try saveAccounts(in: db)
    }

    private func saveAccounts(in db: Database) throws {
        let daily = try db.makeStatement(sql: """
            INSERT INTO account_daily(account, date, delta, cleared, count) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + excluded.count
            """)
        let monthly = try db.makeStatement(sql: """
            INSERT INTO account_monthly(account, month, delta, cleared, count) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, cleared = cleared + excluded.cleared, count = count + excluded.count
            """)
        var months: [String: [String: (delta: Int64, cleared: Int64, count: Int64)]] = [:]
        for (key, value) in accounts where value.count != 0 {
            let date = LocalDate(daysSinceEpoch: key.day)
            try daily.execute(arguments: [key.account, date.description, value.delta, value.cleared, value.count])
            months[key.account, default: [:]][date.monthKey, default: (0, 0, 0)].delta += value.delta
            months[key.account, default: [:]][date.monthKey, default: (0, 0, 0)].cleared += value.cleared
            months[key.account, default: [:]][date.monthKey, default: (0, 0, 0)].count += value.count
        }
        for (account, byMonth) in months {
            for (month, value) in byMonth { try monthly.execute(arguments: [account, month, value.delta, value.cleared, value.count]) }
        }
    }
}

/// A transaction as the columns of its row, encoded off the writing thread.
private struct EncodedRow: Sendable {
    let fingerprint: ImportFingerprint?
    let label: UInt8
    let line: Int
    let matchable: Bool
    let cleared: Int64
    let refund: Bool
    let bankText: String?
    /// A split's parts (category, minor units), and as stored; empty and nil when whole.
    let parts: [(category: String, amount: Int64)]
    let splits: String?
    let texts: (id: String, kind: String, category: String, description: String, date: String,
                note: String?, tags: String, account: String?)
    let amount: Int64
    let createdAt: Int64
    let updatedAt: Int64
    let deletedAt: Int64?
    /// In the book's base currency: its base amount is its amount.
    let inBase: Bool
    /// What a card was charged in another currency.
    let original: (amount: Int64, currency: String)?

    init(_ item: BulkLoader.Item, base: Currency) {
        let t = item.transaction
        inBase = t.amount.currency == base
        original = t.original.map { ($0.minorUnits, $0.currency.code) }
        fingerprint = item.fingerprint
        label = item.label
        line = item.line
        matchable = item.matchable
        cleared = Int64(item.cleared)
        refund = t.isRefund
        bankText = t.bankText
        parts = t.splits.map { ($0.category, $0.amount.minorUnits) }
        splits = SplitParts.encode(t.splits)
        texts = (t.id, t.kind.rawValue, t.category, t.description, t.date.description, t.note,
                 t.tags.isEmpty ? "[]" : TransactionRow.encodeTags(t.tags), t.account)
        amount = t.amount.minorUnits
        createdAt = t.createdAt.milliseconds
        updatedAt = t.updatedAt.milliseconds
        deletedAt = t.deletedAt?.milliseconds
    }

    // SQLITE_TRANSIENT: SQLite copies the text, so Swift strings may go away after binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The entry already in the book this row is, if any (one whose import key is stored is not: it is a duplicate).
    func match(_ matcher: ImportMatcher, isStored: Statement, in db: Database) throws -> ImportMatcher.Match? {
        guard matchable, deletedAt == nil, let date = try? LocalDate(parsing: texts.date) else { return nil }
        let out = texts.kind == TransactionKind.expense.rawValue && !refund
        guard let match = try matcher.match(line: line, out: out, amount: amount, date: date, text: bankText ?? texts.description,
                                            importKey: fingerprint?.key, in: db) else { return nil }
        if let key = fingerprint?.key, try Bool.fetchOne(isStored, arguments: [key]) == true {
            matcher.releaseLast(out: out, amount: amount)
            return nil
        }
        return match
    }

    /// Binds the columns in `TransactionRow.columns` order, then the import key and cleared state,
    /// and steps the INSERT. False when the row was already there.
    func insert(with statement: SQLiteStatement, db: Database) throws -> Bool {
        func text(_ index: Int32, _ value: String?) {
            guard var value else { sqlite3_bind_null(statement, index); return }
            // With the length given, SQLite neither scans for a NUL nor needs one appended.
            value.withUTF8 { bytes in
                _ = sqlite3_bind_text(statement, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        }
        func integer(_ index: Int32, _ value: Int64?) {
            if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
        }
        text(1, texts.id)
        text(2, texts.kind)
        integer(3, amount)
        text(4, texts.category)
        text(5, texts.description)
        text(6, texts.date)
        text(7, texts.note)
        text(8, texts.tags)
        text(9, texts.account)
        integer(10, createdAt)
        integer(11, updatedAt)
        integer(12, deletedAt)
        integer(13, refund ? 1 : 0)
        text(14, bankText)
        text(15, splits)
        integer(16, original?.amount)
        text(17, original?.currency)
        integer(18, fingerprint?.key)
        integer(19, cleared)
        integer(20, inBase ? amount : nil)
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return sqlite3_changes(db.sqliteConnection) > 0
    }
}
