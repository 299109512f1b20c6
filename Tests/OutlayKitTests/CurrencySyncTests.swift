import Foundation
@testable import OutlayKit
import Testing

/// Accounts' currencies, rates, original amounts and what a transfer between currencies received travel between devices.
@Suite struct CurrencySyncTests {
    let server = try! TestDatabase()
    let laptop = try! TestDatabase()
    let desktop = try! TestDatabase()

    func sync(_ device: TestDatabase) async throws {
        _ = try await SyncRunner(service: SyncService(database: device.database),
                                 transport: DirectTransport(server: SyncService(database: server.database, role: .server))).run()
    }

    @Test func twoDevicesAgreeOnEveryCurrencyAndEveryConvertedTotal() async throws {
        let euro = try Currency(code: "EUR")
        let eur = { (text: String) in try! Money.parse(text, currency: euro) }
        try AccountService(database: laptop.database).add(name: "revolut", type: .checking, currency: euro)
        try AccountService(database: laptop.database).add(name: "card", type: .credit)
        _ = try laptop.expenses.add(TransactionDraft(amount: eur("20.00"), category: "food", description: "Boulangerie",
                                                     date: day("2024-11-29"), account: "revolut"))
        _ = try laptop.expenses.add(TransactionDraft(amount: usd("13.05"), category: "food", description: "Café in Paris", date: day("2024-11-28"),
                                                     account: "card", original: eur("12.00")))
        try TransferService(database: laptop.database).add(TransferService.Draft(amount: usd("500"), from: "cash", to: "revolut",
                                                                                  date: day("2024-11-28"), received: eur("458.20")))
        _ = try await sync(laptop)
        _ = try await sync(desktop)
        // The desktop has the euro row but no rate yet: it says so rather than guess.
        #expect(throws: OutlayError.noRate(currency: "EUR", base: "USD", date: "2024-11-29")) { try desktop.expenses.summary() }

        // The rate is set on the desktop; the laptop converts with it when it arrives.
        try RateService(database: desktop.database).set(euro, rate: RateValue(parsing: "1.0842"), on: day("2024-11-28"))
        _ = try await sync(desktop)
        _ = try await sync(laptop)

        let contents = try fullContents(laptop.database)
        #expect(try fullContents(desktop.database) == contents)
        #expect(try fullContents(server.database) == contents)
        for device in [laptop, desktop] {
            #expect(try device.expenses.summary().totalExpenses == usd("34.73"))  // 21.68 + 13.05
            let balances = try AccountService(database: device.database).balances()
            #expect(balances.first { $0.account.name == "revolut" }?.balance == (eur("438.20")))
            #expect(balances.first { $0.account.name == "revolut" }?.inBase == usd("475.10"))  // 438.20 × 1.0842 = 475.0964
            #expect(try device.expenses.list(TransactionPageRequest()).transactions.first { $0.description == "Café in Paris" }?.original
                    == (eur("12.00")))
            #expect(try StoreHealth(database: device.database).problems() == [])
        }
    }
}
