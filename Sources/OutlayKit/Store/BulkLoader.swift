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

    /// Inserts every element; returns how many rows were written. `beforeCommit`
    /// runs last inside the transaction, with the triggers back and every
    /// derived table exact (budget evaluation, once for the whole load).
    func insert<S: Sequence & Sendable>(_ transactions: S, beforeCommit: (Database) throws -> Void = { _ in }) throws -> Int
    where S.Element == Transaction {
        let pipeline = RowPipeline<EncodedRow, [DayKey: DayTotal]> { emit in
            var totals: [DayKey: DayTotal] = [:]
            for transaction in transactions {
                if transaction.deletedAt == nil {
                    let key = DayKey(day: transaction.date.daysSinceEpoch, kind: transaction.kind, category: transaction.category)
                    totals[key, default: DayTotal()].add(transaction.amount.minorUnits)
                }
                guard emit(EncodedRow(transaction)) else { break }
            }
            return totals
        }
        defer { pipeline.finish() }

        return try database.writeWithoutTransaction { db in
            var inserted = 0
            try db.inTransaction(.immediate) {
                let triggers = try Row.fetchAll(db, sql: """
                    SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'transactions'
                    """)
                for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger[0] as String)") }
                let firstSeq = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) + 1 FROM transactions")) ?? 1

                let statement = try db.makeStatement(sql: """
                    INSERT INTO transactions(\(TransactionRow.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                while let chunk = pipeline.next() {
                    for row in chunk { try row.insert(with: statement.sqliteStatement, db: db) }
                    inserted += chunk.count
                }

                try db.execute(sql: """
                    INSERT INTO transactions_fts(rowid, description, note)
                        SELECT seq, description, note FROM transactions WHERE seq >= ?
                    """, arguments: [firstSeq])
                try db.execute(sql: """
                    INSERT INTO transaction_tags(tag, seq)
                        SELECT j.value, t.seq FROM transactions t, json_each(t.tags) j WHERE t.seq >= ? AND t.tags <> '[]'
                    """, arguments: [firstSeq])
                let upsert = try db.makeStatement(sql: """
                    INSERT INTO daily_totals(date, kind, category, total, count) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + excluded.count
                    """)
                let monthlyUpsert = try db.makeStatement(sql: """
                    INSERT INTO monthly_totals(month, kind, category, total, count) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET total = total + excluded.total, count = count + excluded.count
                    """)
                var months: [MonthKey: DayTotal] = [:]
                for (key, value) in pipeline.result ?? [:] {
                    let date = LocalDate(daysSinceEpoch: key.day).description
                    try upsert.execute(arguments: [date, key.kind.rawValue, key.category, value.total, value.count])
                    months[MonthKey(month: String(date.prefix(7)), kind: key.kind, category: key.category), default: DayTotal()]
                        .add(value)
                }
                for (key, value) in months {
                    try monthlyUpsert.execute(arguments: [key.month, key.kind.rawValue, key.category, value.total, value.count])
                }
                for trigger in triggers { try db.execute(sql: trigger[1] as String) }
                try beforeCommit(db)
                return .commit
            }
            return inserted
        }
    }

    private struct DayKey: Hashable, Sendable {
        let day: Int
        let kind: TransactionKind
        let category: String
    }

    private struct MonthKey: Hashable {
        let month: String
        let kind: TransactionKind
        let category: String
    }

    private struct DayTotal: Sendable {
        var total: Int64 = 0
        var count: Int64 = 0

        mutating func add(_ amount: Int64) {
            total += amount
            count += 1
        }

        mutating func add(_ other: DayTotal) {
            total += other.total
            count += other.count
        }
    }
}

/// A transaction as the columns of its row, encoded off the writing thread.
private struct EncodedRow: Sendable {
    let texts: (id: String, kind: String, category: String, description: String, date: String,
                note: String?, tags: String, account: String?)
    let amount: Int64
    let createdAt: Int64
    let updatedAt: Int64
    let deletedAt: Int64?

    init(_ t: Transaction) {
        texts = (t.id, t.kind.rawValue, t.category, t.description, t.date.description, t.note,
                 t.tags.isEmpty ? "[]" : TransactionRow.encodeTags(t.tags), t.account)
        amount = t.amount.minorUnits
        createdAt = t.createdAt.milliseconds
        updatedAt = t.updatedAt.milliseconds
        deletedAt = t.deletedAt?.milliseconds
    }

    // SQLITE_TRANSIENT: SQLite copies the text, so Swift strings may go away after binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds the columns in `TransactionRow.columns` order and steps the INSERT.
    func insert(with statement: SQLiteStatement, db: Database) throws {
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
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
