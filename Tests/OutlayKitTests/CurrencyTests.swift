import Foundation
@testable import OutlayKit
import Testing

/// Accounts in their own currencies, rates by day, and totals in the book's base currency, worked out by hand.
@Suite struct CurrencyTests {
    let store = try! TestDatabase()
    var database: AppDatabase { store.database }

    func eur(_ text: String) -> Money { try! Money.parse(text, currency: Currency(code: "EUR")) }

    /// A USD book with a Revolut account in EUR.
    func withEuroAccount() throws {
        try AccountService(database: database).add(name: "revolut", type: .checking, currency: Currency(code: "EUR"))
    }

    func spend(_ amount: Money, _ description: String, on date: String, account: String = "revolut", category: String = "food") throws -> Transaction {
        try store.expenses.add(TransactionDraft(amount: amount, category: category, description: description, date: day(date), account: account))
    }

    func baseAmount(of id: String) throws -> Int64? {
        try database.read { db in try Int64.fetchOne(db, sql: "SELECT base_amount FROM transactions WHERE id = ?", arguments: [id]) }
    }

    @Test func conversionRoundsOnceHalfToEven() throws {
        let factor = CurrencyConversion.Factor(try RateValue(parsing: "1.0025"))
        let euro = try Currency(code: "EUR")
        // 2.00 × 1.0025 = 2.005 → 2.00; 6.00 × 1.0025 = 6.015 → 6.02: the even cent either way.
        #expect(CurrencyConversion.convert(200, from: euro, to: .usd, by: factor) == 200)
        #expect(CurrencyConversion.convert(600, from: euro, to: .usd, by: factor) == 602)
        #expect(CurrencyConversion.convert(-600, from: euro, to: .usd, by: factor) == -602)
        // Into a currency without decimals: 12.34 EUR × 160.49 = 1980.4466 yen → 1980.
        #expect(try CurrencyConversion.convert(1234, from: euro, to: Currency(code: "JPY"), by: CurrencyConversion.Factor(RateValue(parsing: "160.49"))) == 1980)
        #expect(try RateValue(parsing: "001.50").text == "1.5")
        for bad in ["", "0", "-1.2", "1,08", "abc", "1.2.3", "N/A"] {
            #expect(throws: OutlayError.invalidRate(bad)) { try RateValue(parsing: bad) }
        }
    }

    @Test func aTransactionConvertsAtTheRateOfItsDayOrTheLatestBeforeAndNeverWithoutOne() throws {
        try withEuroAccount()
        let onTheDay = try spend(eur("20.00"), "Boulangerie", on: "2024-11-28")
        let daysLater = try spend(eur("10.00"), "Café", on: "2024-12-02")
        // No rate yet: kept in its own currency, and a total says what it lacks instead of counting 1:1.
        #expect(try baseAmount(of: onTheDay.id) == nil)
        #expect(throws: OutlayError.noRate(currency: "EUR", base: "USD", date: "2024-11-28")) { try store.expenses.summary() }

        try RateService(database: database).set(Currency(code: "EUR"), rate: RateValue(parsing: "1.0842"), on: day("2024-11-28"))
        #expect(try baseAmount(of: onTheDay.id) == 2168)  // 20.00 × 1.0842 = 21.684
        #expect(try baseAmount(of: daysLater.id) == 1084)  // the 28th's rate four days on: 10.842
        #expect(try store.expenses.summary().totalExpenses == usd("32.52"))

        // A rate for the later day moves only what falls from then on.
        try RateService(database: database).set(Currency(code: "EUR"), rate: RateValue(parsing: "1.0555"), on: day("2024-12-01"))
        #expect(try baseAmount(of: onTheDay.id) == 2168)
        #expect(try baseAmount(of: daysLater.id) == 1056)  // 10.555 → 10.56
        #expect(try store.expenses.summary().totalExpenses == usd("32.24"))

        // Before any rate: refused, naming the currency and the day.
        _ = try spend(eur("5.00"), "Earlier", on: "2024-11-27")
        #expect(throws: OutlayError.noRate(currency: "EUR", base: "USD", date: "2024-11-27")) {
            try AnalyticsService(database: database).monthlySummary(YearMonth(parsing: "2024-11"))
        }
        // The account's own balance never needs a rate.
        let balance = try AccountService(database: database).balances().first { $0.account.name == "revolut" }
        #expect(balance?.balance == eur("-35.00"))
        #expect(try StoreHealth(database: database).problems() == [])
    }

    @Test func aRateReachesThroughTheEurosTheECBPricesEverythingIn() throws {
        try AccountService(database: database).add(name: "yen", type: .cash, currency: Currency(code: "JPY"))
        let rates = RateService(database: database)
        try rates.set(Currency(code: "EUR"), rate: RateValue(parsing: "160.49"), on: day("2024-11-28"), in: Currency(code: "JPY"))
        try rates.set(Currency(code: "EUR"), rate: RateValue(parsing: "1.0550"), on: day("2024-11-28"))
        let ramen = try spend(Money(minorUnits: 1000, currency: Currency(code: "JPY")), "Ramen", on: "2024-11-29", account: "yen")
        // ¥1000 ÷ 160.49 × 1.0550 = 6.5736… USD.
        #expect(try baseAmount(of: ramen.id) == 657)
        // Typed with cents before the account was known: yen have none.
        #expect(throws: OutlayError.self) { try spend(usd("12.50"), "Half a yen", on: "2024-11-29", account: "yen") }
    }

    @Test func budgetsReportsAndSplitsCountSpendingFromEveryAccountInTheBase() throws {
        try withEuroAccount()
        try RateService(database: database).set(Currency(code: "EUR"), rate: RateValue(parsing: "1.0842"), on: day("2024-11-01"))
        let budgets = store.budgets(on: "2024-11-30")
        try budgets.set(scope: .category("food"), amount: usd("100"))
        _ = try spend(eur("20.00"), "Boulangerie", on: "2024-11-28")
        _ = try spend(usd("10.00"), "Deli", on: "2024-11-28", account: "cash")
        // A split in euros: its parts convert in proportion and still sum to the whole (30.00 EUR = 32.53 USD).
        _ = try store.expenses.add(TransactionDraft(amount: eur("30.00"), description: "Hotel", date: day("2024-11-29"), account: "revolut",
                                                    splits: [SplitPart(category: "shopping", amount: eur("20.00")),
                                                             SplitPart(category: "food", amount: eur("10.00"))]))
        let status = try budgets.statuses().first
        // 21.68 (20.00 EUR) + 10.00 + the split's food part. The split's 30.00 EUR is 32.53 (32.526); its second part, food's
        // 10.00 EUR, is 10.84 (10.842, truncated), and the first, shopping, takes what is left: 21.69.
        #expect(status?.spent == usd("42.52"))
        let month = try AnalyticsService(database: database).monthlySummary(YearMonth(parsing: "2024-11"))
        #expect(month.totalSpent == usd("64.21"))  // 21.68 + 10.00 + 32.53
        #expect(month.categoryBreakdown.first { $0.category == "shopping" }?.total == usd("21.69"))
        #expect(try StoreHealth(database: database).problems() == [])
    }

    @Test func aTransferBetweenCurrenciesKeepsBothAmountsAndEachBalanceIsExact() throws {
        try withEuroAccount()
        let transfers = TransferService(database: database)
        #expect(throws: OutlayError.self) {  // which amount arrived cannot be guessed
            try transfers.add(TransferService.Draft(amount: usd("500"), from: "cash", to: "revolut", date: day("2024-11-28")))
        }
        let transfer = try transfers.add(TransferService.Draft(amount: usd("500"), from: "cash", to: "revolut", date: day("2024-11-28"),
                                                               received: eur("458.20")))
        #expect(transfer.received == eur("458.20"))
        #expect(CurrencyConversion.impliedRate(paid: transfer.amount, received: eur("458.20")) == "0.9164")
        let balances = try AccountService(database: database).balances()
        #expect(balances.first { $0.account.name == "cash" }?.balance == usd("-500.00"))
        #expect(balances.first { $0.account.name == "revolut" }?.balance == eur("458.20"))
        // Between two accounts of one currency what arrives is what was sent.
        try AccountService(database: database).add(name: "checking", type: .checking)
        #expect(throws: OutlayError.self) {
            try transfers.add(TransferService.Draft(amount: usd("5"), from: "cash", to: "checking", date: day("2024-11-28"), received: usd("4")))
        }
        // Undo of an edit puts the received amount back too.
        _ = try transfers.edit(id: transfer.id) { $0.received = self.eur("400.00") }
        _ = try store.undo.undo()
        #expect(try transfers.list().first?.received == eur("458.20"))
        #expect(try StoreHealth(database: database).problems() == [])
    }

    @Test func spendingAbroadKeepsWhatWasChargedBesideWhatTheCardPaid() throws {
        try AccountService(database: database).add(name: "card", type: .credit)
        let coffee = try store.expenses.add(TransactionDraft(amount: usd("13.05"), category: "food", description: "Café in Paris",
                                                             date: day("2024-11-28"), account: "card", original: eur("12.00")))
        let stored = try store.expenses.get(id: coffee.id)
        #expect(stored.amount == usd("13.05"))
        #expect(stored.original == eur("12.00"))
        #expect(stored.json["originalAmount"] == .string("12.00"))
        // In the account's own currency it is no original.
        #expect(throws: OutlayError.self) {
            try store.expenses.add(TransactionDraft(amount: usd("1"), description: "Odd", date: day("2024-11-28"), account: "card", original: usd("1")))
        }
        let edited = try store.expenses.edit(id: coffee.id, TransactionPatch(original: .some(nil)))
        #expect(edited.original == nil)
        #expect(try Money.parseWithCurrency("12.00EUR") == eur("12.00"))
        #expect(try Money.parseWithCurrency("EUR 12.00") == eur("12.00"))
    }

    @Test func theECBsFileAndAPriceFileAreStoredAsTheySay() throws {
        try withEuroAccount()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/rates")
        let rates = RateService(database: database)
        let ecb = try rates.importFile(folder.appendingPathComponent("eurofxref-hist.csv").path)
        // Only what the book uses: one euro in dollars on three days; the other currencies said, N/A days passed over.
        #expect(ecb.stored == 3)
        #expect(ecb.leftOut == ["BGN", "CHF", "CZK", "GBP", "JPY"])
        #expect(try rates.list().map { "\($0.date) \($0.currency) \($0.rate) \($0.quote)" } == ["2024-11-29 EUR 1.0559 USD"])
        #expect(try rates.importFile(folder.appendingPathComponent("eurofxref-hist.csv").path).unchanged == 3)
        let every = try rates.importFile(folder.appendingPathComponent("eurofxref-hist.csv").path, everyCurrency: true)
        #expect(every.stored == 15)  // JPY, BGN, CZK, GBP, CHF on three days; CYP is N/A throughout

        let prices = try rates.importFile(folder.appendingPathComponent("prices.journal").path)
        // The 27th's and 28th's are the ECB's own (1.0550 is 1.055), the pound is new.
        #expect(prices.stored == 1 && prices.unchanged == 2)
        let all = try rates.list(everyDay: true).map { "\($0.date) \($0.currency) \($0.rate) \($0.quote)" }
        #expect(all.contains("2024-11-27 EUR 1.0514 USD") && all.contains("2024-11-28 EUR 1.055 USD") && all.contains("2024-11-29 GBP 1.2693 USD"))

        // A bad line is named, and nothing of the file is stored.
        let bad = folder.appendingPathComponent("../../").appendingPathComponent("bad-rates-\(UUID().uuidString).txt")
        let badFile = FileManager.default.temporaryDirectory.appendingPathComponent(bad.lastPathComponent)
        try "P 2024-12-01 EUR 1.04 USD\nP 2024-12-02 EUR abc USD\n".write(to: badFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: badFile) }
        #expect(throws: OutlayError.invalidImport("\(badFile.path), line 2", "the price 'abc USD' is no positive amount in a three-letter currency")) {
            try rates.importFile(badFile.path)
        }
        #expect(try rates.list(everyDay: true).count == all.count)
    }
}
