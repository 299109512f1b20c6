import Foundation
import GRDB
import OutlayBasics
import GRDBSQLite

/// How transactions are read from and written to the `transactions` table.
/// Column order here is the one `decode` expects.
enum TransactionRow {
    static let writtenColumns = "id, kind, amount, category, description, date, note, tags, account, created_at, updated_at, deleted_at, refund, "
        + "bank_text, splits, original_amount, original_currency"
    /// What a read selects: the written columns, then the base amount (which `BaseAmounts` keeps).
    static let columns = writtenColumns + ", base_amount"

    /// The same qualified with the alias `t`, as `TransactionQuery` names the table.
    static let columnsOfT = columns.split(separator: ",").map { "t.\(String($0).trimmingWhitespace())" }
        .joined(separator: ", ")

    /// The transactions a `SELECT` of `columns` returns, in its order.
    /// `currency` is the book's base: an account in another currency reads its rows in its own.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = [], currency: Currency) throws -> [Transaction] {
        let currencies = try AccountCurrencies(base: currency, in: db)
        let statement = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var transactions: [Transaction] = []
        // Each step leaves the row in the statement: read it through the C API, which
        // costs a third of decoding twelve generic `Row` subscripts (a server's hot path).
        while try rows.next() != nil {
            transactions.append(try decode(ColumnReader(statement: statement.sqliteStatement), currencies: currencies))
        }
        return transactions
    }

    private static func decode(_ row: ColumnReader, currencies: AccountCurrencies) throws -> Transaction {
        let id = row.text(0)
        let currency = currencies.of(row.optionalText(8))
        guard let kind = TransactionKind(rawValue: row.text(1)), let date = try? LocalDate(parsing: row.text(5)) else {
            throw OutlayError.storedValueInvalid("transaction \(id) has kind '\(row.text(1))' and date '\(row.text(5))'")
        }
        func integer(_ column: Int32, _ name: String) throws -> Int64 {
            guard let value = row.integer(column) else {
                throw OutlayError.storedValueInvalid("transaction \(id) has \(name) \(row.text(column)), not a whole number")
            }
            return value
        }
        return Transaction(
            id: id, kind: kind, amount: Money(minorUnits: try integer(2, "amount"), currency: currency), category: row.text(3),
            description: row.text(4), date: date, note: row.optionalText(6), tags: decodeTags(row.text(7)),
            account: row.optionalText(8), createdAt: Timestamp(milliseconds: try integer(9, "created_at")),
            updatedAt: Timestamp(milliseconds: try integer(10, "updated_at")),
            deletedAt: row.isNull(11) ? nil : Timestamp(milliseconds: try integer(11, "deleted_at")), isRefund: row.integer(12) == 1,
            bankText: row.optionalText(13), splits: row.optionalText(14).flatMap { SplitParts.decode($0, currency: currency) } ?? [],
            original: row.integer(15).flatMap { amount in (try? Currency(code: row.text(16))).map { Money(minorUnits: amount, currency: $0) } })
            .withBaseAmount(row.integer(17).map { Money(minorUnits: $0, currency: currencies.base) })
    }

    /// Inserts the row with its base amount (migration v16) in the same write, so budgets weighed next count it.
    static func insert(_ transaction: Transaction, into db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO transactions(\(writtenColumns), base_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments(arguments(transaction) + [try baseAmount(of: transaction, in: db)]))
        try BaseAmounts.convertPending(in: db)
    }

    /// Writes every field of `transaction` over the row with its id, and its base amount.
    static func update(_ transaction: Transaction, in db: Database) throws {
        let values = arguments(transaction)  // id first; the UPDATE wants it last
        try db.cachedStatement(sql: """
            UPDATE transactions SET kind = ?, amount = ?, category = ?, description = ?, date = ?, note = ?,
                tags = ?, account = ?, created_at = ?, updated_at = ?, deleted_at = ?, refund = ?, bank_text = ?, splits = ?,
                original_amount = ?, original_currency = ?, base_amount = ? WHERE id = ?
            """).execute(arguments: StatementArguments(Array(values.dropFirst()) + [try baseAmount(of: transaction, in: db), values[0]]))
        try BaseAmounts.convertPending(in: db)
    }

    /// The amount, when the account keeps the base currency; nil (converted by `BaseAmounts`) when it keeps another.
    private static func baseAmount(of transaction: Transaction, in db: Database) throws -> Int64? {
        let base = try BaseAmounts.base(in: db)
        let own = try AccountRow.currency(of: transaction.account ?? "cash", in: db)?.code ?? base
        return own == base ? transaction.amount.minorUnits : nil
    }

    /// Puts back a split's parts as stored (`SplitParts`), and its category (its first part's), as an undo does.
    static func setSplits(_ id: String, to splits: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE transactions SET splits = ?1, category = json_extract(?1, '$[0].category'), updated_at = ?2 WHERE id = ?3",
                       arguments: [splits, now.milliseconds, id])
    }

    private static func arguments(_ t: Transaction) -> [any DatabaseValueConvertible & Sendable] {
        let values: [(any DatabaseValueConvertible & Sendable)?] = [
            t.id, t.kind.rawValue, t.amount.minorUnits, t.category, t.description, t.date.description,
            t.note, encodeTags(t.tags), t.account, t.createdAt.milliseconds, t.updatedAt.milliseconds,
            t.deletedAt?.milliseconds, t.isRefund ? 1 : 0, t.bankText, SplitParts.encode(t.splits),
            t.original?.minorUnits, t.original?.currency.code,
        ]
        return values.map { $0 ?? DatabaseValue.null }
    }

    // MARK: - Tags as a JSON array of strings

    static func encodeTags(_ tags: [String]) -> String {
        tags.isEmpty ? "[]" : JSONValue.array(tags.map(JSONValue.string)).text
    }

    /// Reads tags as any release stored them (earlier ones wrote `/` as `\/`); anything else is no tags.
    static func decodeTags(_ text: String) -> [String] {
        guard text != "[]", let values = (try? JSONParser.parse(Array(text.utf8)))?.arrayValue else { return [] }
        return values.compactMap(\.stringValue)
    }
}

/// The current row of a stepped statement, column by column.
private struct ColumnReader {
    let statement: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    /// The column's integer; nil when SQLite holds something else there (SQLite would convert it silently).
    func integer(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_INTEGER ? sqlite3_column_int64(statement, column) : nil
    }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }
}

extension TransactionRow {
    /// The largest live expenses of the range, largest first.
    static func largestExpenses(_ range: ClosedRange<LocalDate>, limit: Int, currency: Currency, in db: Database) throws -> [Transaction] {
        try fetchAll(db, sql: """
            SELECT \(columns) FROM transactions
            WHERE deleted_at IS NULL AND kind = 'expense' AND refund = 0 AND date >= ? AND date <= ?
            ORDER BY amount DESC, date DESC, id DESC LIMIT ?
            """, arguments: [range.lowerBound.description, range.upperBound.description, max(1, limit)], currency: currency)
    }
}

extension TransactionRow {
    /// The live transactions of the days `from` through `to`, oldest first, as plain values (no row is decoded whole).
    static func lines(from: LocalDate, through to: LocalDate,
                      in db: Database) throws -> [(kind: String, description: String, date: LocalDate, amount: Int64, category: String, account: String)] {
        try Row.fetchAll(db, sql: """
            SELECT kind, description, date, amount, category, COALESCE(account, 'cash') FROM transactions
            WHERE deleted_at IS NULL AND date >= ? AND date <= ? ORDER BY date
            """, arguments: [from.description, to.description]).map { row in
            (try row.value(0), try row.value(1), try LocalDate(parsing: try row.value(2)), try row.value(3), try row.value(4), try row.value(5))
        }
    }

    static func fetch(id: String, currency: Currency, in db: Database) throws -> Transaction? {
        try fetchAll(db, sql: "SELECT \(columns) FROM transactions WHERE id = ?", arguments: [id], currency: currency).first
    }
}

extension TransactionRow {
    /// A row imported into another account that is a transfer's other leg: the same amount the other way, within
    /// `days` of `date`, its bank text naming `account`, not reconciled.
    struct OtherLeg {
        var id: String
        var account: String
        var cleared: Int
        var importKey: Int64?
    }

    static func otherLeg(of account: String, moneyIn: Bool, amount: Int64, near date: LocalDate, days: Int, in db: Database) throws -> OtherLeg? {
        try Row.fetchOne(db, sql: """
            SELECT id, account, cleared, import_key FROM transactions
            WHERE deleted_at IS NULL AND import_key IS NOT NULL AND cleared < 2 AND kind = ? AND amount = ? AND date BETWEEN ? AND ?
                AND account IS NOT NULL AND account <> ? COLLATE NOCASE AND account <> ?
                AND instr(lower(COALESCE(bank_text, description)), lower(?)) > 0
            ORDER BY abs(julianday(date) - julianday(?)), id LIMIT 1
            """, arguments: [moneyIn ? TransactionKind.expense.rawValue : TransactionKind.income.rawValue, amount,
                             date.adding(days: -days).description, date.adding(days: days).description, account, Account.unassigned,
                             account, date.description]).map { row in
            OtherLeg(id: row[0], account: row[1], cleared: row[2], importKey: row[3])
        }
    }

    /// An imported row's description, which is the bank's text when the row keeps none beside it; nil for a typed one.
    static func importedText(_ transaction: Transaction, in db: Database) throws -> String? {
        try Bool.fetchOne(db, sql: "SELECT import_key IS NOT NULL FROM transactions WHERE id = ?", arguments: [transaction.id]) == true
            ? transaction.description : nil
    }

    static func setDeleted(_ id: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE transactions SET deleted_at = ?, updated_at = ? WHERE id = ?", arguments: [now.milliseconds, now.milliseconds, id])
    }

    static func lastSeq(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM transactions") ?? 0
    }

    /// Where page `depth / 50` of the newest-first list starts: the row `depth` places from the newest.
    static func cursor(atDepth depth: Int, in db: Database) throws -> TransactionCursor? {
        let row = try Row.fetchOne(db, sql: """
            SELECT date, id FROM transactions WHERE deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 1 OFFSET ?
            """, arguments: [depth - 1])
        guard let row, let date = try? LocalDate(parsing: try row.value(0)) else { return nil }
        return TransactionCursor(date: date, id: try row.value(1))
    }

    /// Expenses of the range at least `multiple` times their category's average over `usual` (categories with 3 or more),
    /// the largest three: (description, amount, date, category, average).
    static func unusuallyLarge(_ range: ClosedRange<LocalDate>, comparedWith usual: ClosedRange<YearMonth>, multiple: Int64,
                               in db: Database) throws -> [(description: String, amount: Int64, date: String, category: String, average: Int64)] {
        try Row.fetchAll(db, sql: """
            WITH usual AS (
                SELECT category, SUM(total) / SUM(count) AS average FROM monthly_totals
                WHERE kind = 'expense' AND month >= ? AND month <= ? GROUP BY category HAVING SUM(count) >= 3)
            SELECT t.description, t.amount, t.date, t.category, u.average FROM transactions t
            JOIN usual u ON u.category = t.category
            WHERE t.deleted_at IS NULL AND t.kind = 'expense' AND t.date >= ? AND t.date <= ?
              AND t.amount >= ? * u.average
            ORDER BY t.amount DESC, t.date DESC LIMIT 3
            """, arguments: [usual.lowerBound.description, usual.upperBound.description,
                             range.lowerBound.description, range.upperBound.description, multiple]).map { row in
            (try row.value(0), try row.value(1), try row.value(2), try row.value(3), try row.value(4))
        }
    }
}
