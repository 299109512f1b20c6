import GRDB

/// Which accounts keep another currency than the base, read once per query
/// (usually none, so rows of any size decode at the same speed as before).
struct AccountCurrencies {
    let base: Currency
    private var foreign: [String: Currency] = [:]

    init(base: Currency, in db: Database) throws {
        self.base = base
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT name, currency FROM accounts WHERE currency <> ?"), arguments: [base.code]) {
            if let currency = try? Currency(code: row[1]) { foreign[(row[0] as String).lowercased()] = currency }
        }
    }

    /// The currency of `account` (nil: cash).
    func of(_ account: String?) -> Currency {
        guard !foreign.isEmpty else { return base }
        return foreign[(account ?? "cash").lowercased()] ?? base
    }
}
