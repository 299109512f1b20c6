import Foundation
import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

/// Accounts in the dashboard: the accounts bar, `t` to move money, and `b`
/// for the accounts and a register with running balances where Space clears
/// lines against a statement's balance.
@Suite struct AccountsViewTests {
    static func fixtureWithAccounts() throws -> TUIFixture {
        let fixture = try TUIFixture()
        try AccountService(database: fixture.database).add(name: "savings", type: .savings, opening: try Money.parse("500", currency: .usd))
        return fixture
    }

    @Test func keysOpenTheAccountsARegisterAndClearLines() {
        var state = AppState(width: 120, height: 40, today: TUIFixture.today, currency: .usd)
        let usd = { (text: String) in (try? Money.parse(text, currency: .usd)) ?? Money(minorUnits: 0, currency: .usd) }
        let account = { (name: String) in
            Account(id: name, name: name, type: .checking, currency: .usd, openingBalance: usd("0"), createdAt: .init(milliseconds: 0),
                    updatedAt: .init(milliseconds: 0))
        }
        _ = Dashboard.update(&state, .accountsLoaded([AccountBalance(account: account("cash"), balance: usd("10"), cleared: usd("0"), count: 1),
                                                      AccountBalance(account: account("savings"), balance: usd("500"), cleared: usd("0"), count: 0)],
                                                     configuredDefault: nil))
        #expect(Dashboard.update(&state, .key(.char("b"))).isEmpty)
        _ = Dashboard.update(&state, .key(.char("j")))
        #expect(Dashboard.update(&state, .key(KeyEvent(.enter))) == [.loadRegister(account: "savings")])
        let line = RegisterLine(id: "l1", date: TUIFixture.today, description: "Interest", amount: usd("5"), balance: usd("505"), cleared: 0)
        _ = Dashboard.update(&state, .registerLoaded(account: "savings", [line]))
        #expect(Dashboard.update(&state, .key(.char(" "))) == [.toggleCleared(id: "l1", account: "savings")])
        for key in "=505" { _ = Dashboard.update(&state, .key(.char(key))) }
        _ = Dashboard.update(&state, .key(KeyEvent(.enter)))
        guard case let .accounts(view) = state.modal else { Issue.record("the accounts view closed"); return }
        #expect(view.register?.statement == usd("505") && view.register?.statementInput == nil)
        // Esc goes back to the list, Esc again closes; nothing was asked of the database but the register.
        #expect(Dashboard.update(&state, .key(KeyEvent(.escape))).isEmpty)
        if case let .accounts(back) = state.modal { #expect(back.register == nil) } else { Issue.record("closed too early") }
        _ = Dashboard.update(&state, .key(KeyEvent(.escape)))
        #expect(state.modal == nil)
    }

    @Test func aTransferFromTheDashboardMovesBalancesAndNothingElse() throws {
        let fixture = try Self.fixtureWithAccounts()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        #expect(app.screen.dropLast().last?.contains("cash +752.96") == true && app.screen.dropLast().last?.contains("savings +500.00") == true)
        #expect(app.screen.dropLast().last?.contains("net worth +1,252.96") == true)
        let spent = app.state.periodSummary

        app.type("t")
        app.type("120")
        app.press(.tab)
        #expect(app.screen.contains { $0.contains("From cash") })
        app.press(.tab)
        #expect(app.screen.contains { $0.contains("To savings") })
        app.press(.enter)
        #expect(app.state.modal == nil)
        #expect(app.screen.last?.contains("Moved 120.00 from cash to savings · u: remove the transfer") == true)
        #expect(app.screen.dropLast().last?.contains("cash +632.96") == true && app.screen.dropLast().last?.contains("savings +620.00") == true)
        #expect(app.state.periodSummary == spent)

        // Its register: newest first, the balance after each line; Space clears one, and the statement's difference follows.
        app.type("b")
        app.type("j")
        app.press(.enter)
        var screen = app.screen
        #expect(screen.contains { $0.contains("Register of savings") })
        #expect(screen.contains { $0.contains("2026-03-18 Transfer from cash to savings") && $0.contains("+120.00") && $0.contains("+620.00") })
        app.type("=620")
        app.press(.enter)
        #expect(app.screen.contains { $0.contains("cleared +500.00 · statement +620.00 · difference +120.00") })
        app.type(" ")
        screen = app.screen
        #expect(screen.contains { $0.contains("cleared +620.00 · statement +620.00 · difference 0.00 ✔ agrees") })
        #expect(screen.contains { $0.contains("▌c 2026-03-18") })
        #expect(try AccountService(database: fixture.database).balances().first { $0.account.name == "savings" }?.cleared.description == "620.00")
        app.press(.escape)
        app.press(.escape)
        app.type("u")
        #expect(app.screen.dropLast().last?.contains("savings +500.00") == true)
    }

    /// A top-up imported from the wallet's export has its source open: `o` in the wallet's register names it, and the
    /// source's balance follows.
    @Test func theOpenSideOfAnImportedTransferIsNamedFromTheRegister() throws {
        let fixture = try Self.fixtureWithAccounts()
        defer { fixture.remove() }
        try AccountService(database: fixture.database).add(name: "revolut", type: .checking)
        let file = fixture.folder.appendingPathComponent("revolut.csv")
        try """
            Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance
            TOPUP,Current,2026-03-10 09:12:01,2026-03-10 09:12:05,Top-Up by *1234,200.00,0.00,USD,COMPLETED,200.00

            """.write(to: file, atomically: true, encoding: .utf8)
        var options = ImportOptions()
        options.account = "revolut"
        #expect(try ImportService(database: fixture.database).importFile(file.path, options: options).transfersOpen == 1)
        let (app, _) = fixture.app()
        app.type("b")
        let position = try #require(app.state.accounts.firstIndex { $0.account.name == "revolut" })
        for _ in 0..<position { app.type("j") }
        app.press(.enter)
        #expect(app.screen.contains { $0.contains("Register of revolut") })
        #expect(app.screen.contains { $0.contains("Top-Up by *1234") && $0.contains("+200.00") })
        app.type("o")
        #expect(app.screen.contains { $0.contains("The transfer's source: cash") })
        app.type("o")
        #expect(app.screen.contains { $0.contains("The transfer's source: savings") })
        app.press(.enter)
        #expect(app.screen.last?.contains("'Top-Up by *1234' is now from savings to revolut") == true, "\(app.screen.last ?? "")")
        let balances = try AccountService(database: fixture.database).balances()
        #expect(balances.first { $0.account.name == "savings" }?.balance.description == "300.00")
        #expect(!balances.contains { $0.account.name == Account.unassigned })
    }

    /// A reconciled transaction is changed only after the dashboard asked: Enter again in the form, d again in the list.
    @Test func aReconciledTransactionAsksBeforeItChanges() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let taxi = TUIFixture.id(10)  // the newest row, selected first
        let reconcile = ReconcileService(database: fixture.database)
        let all = try AccountService(database: fixture.database).balances(on: TUIFixture.today).first { $0.account.name == "cash" }?.balance
        _ = try reconcile.reconcile(account: "cash", statement: try #require(all), on: TUIFixture.today)
        let (app, _) = fixture.app()
        #expect(app.state.transactions.selectedTransaction?.id == taxi)

        app.type("e")
        app.press(.backspace)
        app.press(.backspace)
        app.press(.backspace)
        app.press(.backspace)
        app.type("9.90")
        app.press(.enter)
        #expect(app.screen.joined(separator: " ").contains("is reconciled with a statement: Enter again saves"), "\(app.screen.joined(separator: "\n"))")
        #expect(try TransactionService(database: fixture.database).get(id: taxi).amount.description == "9.50")
        app.press(.enter)
        #expect(app.state.modal == nil)
        #expect(try TransactionService(database: fixture.database).get(id: taxi).amount.description == "9.90")

        app.type("d")
        #expect(app.screen.last?.contains("is reconciled with a statement: d/Del") == true, "\(app.screen.last ?? "")")
        #expect(try TransactionService(database: fixture.database).get(id: taxi).deletedAt == nil)
        app.type("d")
        #expect(try TransactionService(database: fixture.database).get(id: taxi, includeDeleted: true).deletedAt != nil)
    }
}
