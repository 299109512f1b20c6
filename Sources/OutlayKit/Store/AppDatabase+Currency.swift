import GRDB

extension AppDatabase {
    /// Sets the book's currency while it holds no amount yet (no transaction or
    /// budget, deleted ones included), as a new account's profile may; returns
    /// false, changing nothing, once it does: amounts never change currency.
    /// This handle keeps the old `currency`: open the book again to use the new one.
    public func setCurrencyOfEmptyBook(_ currency: Currency) throws -> Bool {
        try write { db in
            let holdsAmounts = try Bool.fetchOne(db, sql: """
                SELECT EXISTS(SELECT 1 FROM transactions) OR EXISTS(SELECT 1 FROM budgets)
                """) ?? false
            guard !holdsAmounts else { return false }
            try db.execute(sql: "INSERT OR REPLACE INTO settings(key, value) VALUES ('currency', ?)", arguments: [currency.code])
            return true
        }
    }
}
