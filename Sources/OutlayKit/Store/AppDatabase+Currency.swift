import GRDB

extension AppDatabase {
    /// Whether the book holds any amount: a transaction or a budget, deleted ones included.
    public func holdsAmounts() throws -> Bool {
        try read { db in try Self.holdsAmounts(db) }
    }

    /// Sets the book's currency while it holds no amount yet, as a new
    /// account's profile or the dashboard's first run may; returns false,
    /// changing nothing, once it does: amounts never change currency.
    /// This handle keeps the old `currency`: open the book again to use the new one.
    public func setCurrencyOfEmptyBook(_ currency: Currency) throws -> Bool {
        try write { db in
            guard try !Self.holdsAmounts(db) else { return false }
            try db.execute(sql: "INSERT OR REPLACE INTO settings(key, value) VALUES ('currency', ?)", arguments: [currency.code])
            try db.execute(sql: "INSERT OR REPLACE INTO settings(key, value) VALUES ('currency_chosen', '1')")
            try db.execute(sql: "UPDATE accounts SET currency = ?", arguments: [currency.code])
            return true
        }
    }

    private static func holdsAmounts(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS(SELECT 1 FROM transactions) OR EXISTS(SELECT 1 FROM budgets) OR EXISTS(SELECT 1 FROM transfers)
                OR EXISTS(SELECT 1 FROM accounts WHERE opening_balance <> 0)
            """) ?? false
    }

    /// Notes that the person chose the book's currency (`outlay init --currency`, the welcome screen), so a
    /// first import in another currency is refused rather than taken as the book's.
    public func markCurrencyChosen() throws {
        try write { db in try db.execute(sql: "INSERT OR REPLACE INTO settings(key, value) VALUES ('currency_chosen', '1')") }
    }

    /// Whether a first import may give the book its file's currency: the book holds no amount, and nobody chose
    /// its currency (no `[book] currency`, no `init --currency`, not confirmed on the welcome screen).
    func takesCurrencyOfFirstImport() throws -> Bool {
        guard settings.bookCurrency == nil else { return false }
        return try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'currency_chosen'") == nil && !Self.holdsAmounts(db)
        }
    }
}
