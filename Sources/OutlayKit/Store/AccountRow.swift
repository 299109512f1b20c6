import GRDB

/// Reads and writes `accounts` and `transfers` rows.
enum AccountRow {
    static let columns = "id, name, type, currency, opening_balance, opened_on, closed, note, created_at, updated_at"

    static func decode(_ row: Row) throws -> Account {
        let id: String = try row.value(0), type: String = try row.value(2), currency: String = try row.value(3)
        let opened: String? = try row.value(5)
        guard let kind = AccountType(rawValue: type), let money = try? Currency(code: currency) else {
            throw OutlayError.storedValueInvalid("account \(id) has type '\(type)' and currency '\(currency)'")
        }
        return Account(id: id, name: try row.value(1), type: kind, currency: money,
                       openingBalance: Money(minorUnits: try row.value(4), currency: money),
                       openedOn: try opened.map { text in
                           guard let day = try? LocalDate(parsing: text) else { throw OutlayError.storedValueInvalid("account \(id) opened '\(text)'") }
                           return day
                       },
                       closed: (try row.value(6) as Int64) != 0, note: try row.value(7),
                       createdAt: Timestamp(milliseconds: try row.value(8)), updatedAt: Timestamp(milliseconds: try row.value(9)))
    }

    static func all(_ db: Database) throws -> [Account] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM accounts ORDER BY closed, name").map(decode)
    }

    static func named(_ name: String, in db: Database) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM accounts WHERE name = ? COLLATE NOCASE", arguments: [name]).map(decode)
    }

    /// The currency of the account named `name`; nil when there is none.
    static func currency(of name: String, in db: Database) throws -> Currency? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT currency FROM accounts WHERE name = ? COLLATE NOCASE"), arguments: [name])
            .flatMap { try? Currency(code: $0) }
    }

    /// The currencies accounts keep.
    static func currencies(in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT currency FROM accounts")
    }

    static func save(_ account: Account, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO accounts(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, currency = excluded.currency,
                opening_balance = excluded.opening_balance, opened_on = excluded.opened_on, closed = excluded.closed,
                note = excluded.note, updated_at = excluded.updated_at
            """, arguments: [account.id, account.name, account.type.rawValue, account.currency.code, account.openingBalance.minorUnits,
                             account.openedOn?.description, account.closed ? 1 : 0, account.note, account.createdAt.milliseconds,
                             account.updatedAt.milliseconds])
    }
}

enum TransferRow {
    static let columns = "id, from_account, to_account, amount, date, description, note, created_at, updated_at, deleted_at, received"

    /// Each side in its account's currency.
    static func decode(_ row: Row, currencies: AccountCurrencies) throws -> Transfer {
        let id: String = try row.value(0), date: String = try row.value(4)
        guard let day = try? LocalDate(parsing: date) else { throw OutlayError.storedValueInvalid("transfer \(id) has date '\(date)'") }
        let deleted: Int64? = try row.value(9), received: Int64? = try row.value(10)
        let from: String = try row.value(1), to: String = try row.value(2)
        return Transfer(id: id, from: from, to: to, amount: Money(minorUnits: try row.value(3), currency: currencies.of(from)),
                        date: day, description: try row.value(5), note: try row.value(6), createdAt: Timestamp(milliseconds: try row.value(7)),
                        updatedAt: Timestamp(milliseconds: try row.value(8)), deletedAt: deleted.map(Timestamp.init(milliseconds:)),
                        received: received.map { Money(minorUnits: $0, currency: currencies.of(to)) })
    }

    static func fetch(_ id: String, currency: Currency, in db: Database) throws -> Transfer? {
        let currencies = try AccountCurrencies(base: currency, in: db)
        return try Row.fetchOne(db, sql: "SELECT \(columns) FROM transfers WHERE id = ?", arguments: [id]).map { try decode($0, currencies: currencies) }
    }

    static func save(_ transfer: Transfer, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO transfers(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET from_account = excluded.from_account, to_account = excluded.to_account, amount = excluded.amount,
                date = excluded.date, description = excluded.description, note = excluded.note, updated_at = excluded.updated_at,
                deleted_at = excluded.deleted_at, received = excluded.received
            """, arguments: [transfer.id, transfer.from, transfer.to, transfer.amount.minorUnits, transfer.date.description,
                             transfer.description, transfer.note, transfer.createdAt.milliseconds, transfer.updatedAt.milliseconds,
                             transfer.deletedAt?.milliseconds, transfer.received?.minorUnits])
    }
}

extension TransferRow {
    /// Live transfers in or out of `account` (nil: all), newest first, between the days given.
    static func list(account: String?, from: LocalDate?, to: LocalDate?, currency: Currency, in db: Database) throws -> [Transfer] {
        var conditions = ["deleted_at IS NULL"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let account { conditions.append("(from_account = ? COLLATE NOCASE OR to_account = ? COLLATE NOCASE)"); arguments += [account, account] }
        if let from { conditions.append("date >= ?"); arguments.append(from.description) }
        if let to { conditions.append("date <= ?"); arguments.append(to.description) }
        return try Row.fetchAll(db, sql: "SELECT \(columns) FROM transfers WHERE \(conditions.joined(separator: " AND ")) ORDER BY date DESC, id DESC",
                                arguments: StatementArguments(arguments)).map { [currencies = try AccountCurrencies(base: currency, in: db)] in
            try decode($0, currencies: currencies)
        }
    }

    static func lastSeq(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM transfers") ?? 0
    }

    /// One side of a live transfer, and the other.
    struct Leg {
        var id: String
        var account: String
        var cleared: Int
        var otherAccount: String
        var otherCleared: Int
    }

    /// The live transfer of `amount` within `days` of `date` whose `side` is `account`'s (or open, when its other side is
    /// not `account`) and whose other side is `other` (or open, or `other` is), not one of `excluding`: this account's
    /// legs first, then the nearest date.
    static func leg(account: String, side: TransferSide, other: String, amount: Int64, near date: LocalDate, days: Int,
                    excluding: Set<String>, in db: Database) throws -> Leg? {
        let mine = side.rawValue, theirs = side == .from ? "to" : "from"
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, \(mine)_account, \(mine)_cleared, \(theirs)_account, \(theirs)_cleared FROM transfers
            WHERE deleted_at IS NULL AND amount = ?1 AND date BETWEEN ?2 AND ?3
                AND (\(mine)_account = ?4 COLLATE NOCASE OR (\(mine)_account = ?6 AND \(theirs)_account <> ?4 COLLATE NOCASE))
                AND (\(theirs)_account = ?5 COLLATE NOCASE OR \(theirs)_account = ?6 OR ?5 = ?6)
            ORDER BY \(mine)_account = ?6, abs(julianday(date) - julianday(?7)), id
            """, arguments: [amount, date.adding(days: -days).description, date.adding(days: days).description, account, other,
                             Account.unassigned, date.description])
        return try rows.lazy.map { row in
            Leg(id: row[0], account: row[1], cleared: row[2], otherAccount: row[3], otherCleared: row[4])
        }.first { !excluding.contains($0.id) }
    }

    /// Names the account on one side of a transfer (an open side assigned).
    static func assign(_ id: String, side: TransferSide, to account: String, at now: Timestamp, in db: Database) throws {
        try db.execute(sql: "UPDATE transfers SET \(side.rawValue)_account = ?, updated_at = ? WHERE id = ?",
                       arguments: [account, now.milliseconds, id])
    }
}
