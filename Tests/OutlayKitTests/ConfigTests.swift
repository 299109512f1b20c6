import Foundation
import Testing
@testable import OutlayKit

@Suite struct ConfigTests {
    @Test func aMissingFileMeansDefaults() throws {
        let settings = try OutlayConfig.load(path: "/nonexistent/outlay/config.toml")
        #expect(settings == OutlaySettings())
        #expect(settings.channels == [.inApp, .terminal] && settings.calendar.weekStart == 1)
    }

    @Test func readsNotificationsAndBudgets() throws {
        let settings = try OutlayConfig.parse("""
            # my settings
            [notifications]
            channels = ["in-app", "webhook", "desktop"]
            webhook_url = "https://ntfy.example.org/outlay"

            [budgets]
            week_start = "Sunday"

            [tui]
            theme = "nord"
            """, path: "config.toml")
        #expect(settings.channels == [.inApp, .webhook, .desktop])
        #expect(settings.webhookURL == "https://ntfy.example.org/outlay")
        #expect(settings.calendar.weekStart == 7)
    }

    @Test func readsTheDefaultAccountAndTransferRules() throws {
        let settings = try OutlayConfig.parse("""
            [accounts]
            default_account = "checking"

            [[import.rules]]
            match = "AUTOPAY"
            transfer = "card"

            [[import.rules]]
            match = "tesco"
            category = "food"
            """, path: "config.toml")
        #expect(settings.defaultAccount == "checking")
        #expect(settings.importRules.map { "\($0.match) \($0.category) \($0.transfer ?? "-")" } == ["AUTOPAY  card", "tesco food -"])
    }

    @Test(arguments: [
        ("[notifications]\nchannels = [\"in-app\"\n", "config.toml (line 2", nil as String?),
        ("[notifications]\nchanels = [\"in-app\"]\n", "config.toml (line 2, key 'notifications.chanels')", "unknown key"),
        ("\n[notifications]\nchannels = \"webhook\"\n", "config.toml (line 3, key 'notifications.channels')", "expected a list"),
        ("[notifications]\nchannels = [\"pager\"]\n", "key 'notifications.channels'", "unknown channel 'pager'"),
        ("[notifications]\nwebhook_url = \"ftp://x\"\n", "line 2, key 'notifications.webhook_url'", "http"),
        ("[budgets]\n\nweek_start = \"someday\"\n", "line 3, key 'budgets.week_start'", "weekday"),
        ("budgets = 3\n", "line 1, key 'budgets'", "[budgets] table"),
        ("[budgets]\nweek_start = \"monday\"\n\n[[import.rules]]\nmatch = \"tesco\"\ncategory = \"food\"\n\n[[import.rules]]\ncategory = \"food\"\nmatch = \"/(unclosed/\"\n",
         "line 10, key 'import.rules.match'", "not a valid regular expression"),
        ("[[import.rules]]\nmatch = \"a\"\ncategory = \"b\"\n[[import.rules]]\ncategory = \"food\"\n", "line 4, key 'import.rules.match'", "needs match"),
    ])
    func malformedFilesNameFileLineAndKey(text: String, place: String, reason: String?) {
        #expect {
            try OutlayConfig.parse(text, path: "config.toml")
        } throws: { error in
            let message = String(describing: error)
            return message.contains(place) && (reason.map(message.contains) ?? true)
        }
    }
}

@Suite struct BookCurrencyTests {
    @Test func theLocaleSuggestsTheCurrency() {
        #expect(Currency.ofLocale(["LANG": "de_CH.UTF-8"])?.code == "CHF")
        #expect(Currency.ofLocale(["LC_ALL": "nl_NL.UTF-8@euro", "LANG": "en_US.UTF-8"])?.code == "EUR")
        #expect(Currency.ofLocale(["LC_MONETARY": "en_GB.UTF-8", "LANG": "C"])?.code == "GBP")
    }

    @Test func aNewBookIsMadeInTheConfiguredCurrencyAndAnOldOneKeepsItsOwn() throws {
        let settings = try OutlayConfig.parse("[book]\ncurrency = \"chf\"\n", path: "config.toml")
        #expect(settings.bookCurrency?.code == "CHF")
        let store = try TestDatabase(settings: settings)
        #expect(store.database.currency.code == "CHF")
        #expect(throws: OutlayError.self) { try OutlayConfig.parse("[book]\ncurrency = \"francs\"\n", path: "config.toml") }
        // Once it holds an amount, the currency stays.
        #expect(try store.database.setCurrencyOfEmptyBook(try Currency(code: "EUR")))
        try TransactionService(database: try AppDatabase.open(path: store.database.path)).add(draft("3", "Coffee"))
        #expect(try !store.database.setCurrencyOfEmptyBook(try Currency(code: "GBP")))
        #expect(try AppDatabase.open(path: store.database.path).currency.code == "EUR")
    }
}
