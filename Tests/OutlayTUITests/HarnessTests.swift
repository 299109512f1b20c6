import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

/// Scripted keys through the real loop (update, effects on a real database,
/// rendering), checking the state and the frame after each key.
@Suite struct HarnessTests {
    @Test func addingAnExpenseThatCrossesABudgetsThresholdShowsEverywhere() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        #expect(app.state.budgets.first { $0.budget.scope == .category("transport") }?.level == .under)
        let unreadBefore = app.state.unreadAlerts

        app.type("a")
        #expect(app.screen.contains { $0.contains("Add a transaction") })
        app.type("45")
        #expect(app.screen.contains { $0.contains("Amount 45") })
        app.press(.tab)
        app.type("Bus pass")
        app.press(.tab)
        app.type("tra")
        #expect(app.screen.contains { $0.contains("→ transport") })
        app.press(.right)
        #expect(app.screen.contains { $0.contains("Category transport") })
        app.press(.enter)

        #expect(app.state.modal == nil)
        #expect(app.state.transactions.rows.first?.description == "Bus pass")
        let transport = try #require(app.state.budgets.first { $0.budget.scope == .category("transport") })
        #expect(transport.level == .warning && transport.percentText == "82.5")
        #expect(app.state.unreadAlerts == unreadBefore + 1)
        let screen = app.screen
        #expect(screen[2].contains("2026-03-18 Bus pass") && screen[2].contains("-45.00"))
        #expect(screen.contains { $0.contains("82.5% ⚠ warning") })
        #expect(screen.contains { $0.contains("● 2026-03-18 'transport' budget at 82.5%") })
        #expect(screen.last?.contains("Added 'Bus pass' 45.00 in transport") == true)
    }

    @Test func scrollingPastThePageFetchesMoreAndMatchesTheLedgerOrder() throws {
        let fixture = try TUIFixture(rows: 1_200)
        defer { fixture.remove() }
        let (app, _) = fixture.app(width: 80, height: 24)
        let all = try TransactionService(database: fixture.database).list(TransactionPageRequest(limit: 2_000)).transactions
        app.type("A")
        #expect(app.state.period == .allTime)
        for step in 1...900 {
            app.type("j")
            if step % 150 == 0 {
                #expect(app.state.transactions.selectedTransaction == all[step])
                #expect(app.state.transactions.rows.count <= TransactionsState.windowLimit)
                #expect(app.screen.contains { $0.hasPrefix("│▌") && $0.contains(all[step].description) })
            }
        }
        app.type("G")
        #expect(app.state.transactions.selectedTransaction == all.last)
        for _ in 0..<250 { app.type("k") }
        #expect(app.state.transactions.selectedTransaction == all[all.count - 251])
        app.type("g")
        #expect(app.state.transactions.selectedTransaction == all.first)
        app.dispatch(.key(.ctrl("d")))
        #expect(app.state.transactions.selected == DashboardLayout.transactionRows(app.state) / 2)
    }

    @Test func anotherProcesssChangeAppearsOnTheNextTick() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        app.dispatch(.tick)
        let other = try AppDatabase.open(path: fixture.database.path)
        try TransactionService(database: other.withClock(fixture.clock)).add(
            TransactionDraft(amount: Money(minorUnits: 777, currency: other.currency), category: "food", description: "From another shell",
                             date: TUIFixture.today))
        #expect(!app.screen.contains { $0.contains("From another shell") })
        app.dispatch(.tick)
        #expect(app.screen.contains { $0.contains("From another shell") })
    }

    @Test func deleteThenUndoThroughTheKeys() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        app.type("j")
        let lunch = try #require(app.state.transactions.selectedTransaction)
        #expect(lunch.description == "Lunch")
        app.type("d")
        #expect(!app.state.transactions.rows.contains(lunch))
        #expect(app.screen.last?.contains("Deleted 'Lunch'") == true)
        app.type("u")
        #expect(app.state.transactions.rows.contains { $0.id == lunch.id })
        #expect(app.screen.last?.contains("Undone: restored 'Lunch'") == true)
    }

    @Test func editingKeepsTheRowAndSavesOnlyValidInput() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        app.type("e")
        for _ in 0..<4 { app.press(.backspace) }
        app.type("abc")
        app.press(.enter)
        guard case let .form(form) = app.state.modal else { Issue.record("the form closed on bad input"); return }
        #expect(form[.amount]?.input.text == "abc")
        #expect(try TransactionService(database: fixture.database).get(id: TUIFixture.id(10)).amount.decimalString == "9.50")
        app.dispatch(.key(.ctrl("u")))
        app.type("11")
        app.press(.enter)
        #expect(app.state.modal == nil)
        #expect(try TransactionService(database: fixture.database).get(id: TUIFixture.id(10)).amount.decimalString == "11.00")
    }

    @Test func escapeSequencesInUserTextAreDrawnAsPlaceholders() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, backend) = fixture.app()
        app.render(force: true)
        #expect(backend.lines[2].contains("Taxi␛[31m red␇"))
        #expect(!backend.screen.cells.contains { $0.symbol.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    @Test func resizingRelaysOutAtOnce() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        #expect(app.screen[0].contains("2 Budgets"))
        app.dispatch(.resize(width: 90, height: 30))
        #expect(app.screen.count == 30 && !app.screen[0].contains("2 Budgets"))
        #expect(app.screen.contains { $0.hasPrefix("─ 2 Budgets") })
        app.dispatch(.resize(width: 70, height: 20))
        #expect(app.screen.contains { $0.contains("Terminal too small: 70×20") })
    }
}

/// A day that tests move forward; read by the services' clock.
private final class MovableDay: @unchecked Sendable {
    var day = TUIFixture.today
}

@Suite struct MidnightTests {
    @Test func aTickAfterMidnightMovesTheDashboardToTheNewDay() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let day = MovableDay()
        let clock = ServiceClock(now: { fixture.clock.now() }, today: { day.day })
        let runner = EffectRunner(database: fixture.database.withClock(clock), themes: ThemeLibrary(directories: []))
        #expect(runner.run(.checkExternalChanges) == [])
        day.day = LocalDate(year: 2026, month: 4, day: 1)!
        #expect(runner.run(.checkExternalChanges) == [.dayChanged(day.day)])
        #expect(runner.run(.checkExternalChanges) == [])
    }
}

/// All time in Analytics covers everything recorded, as `outlay list` without dates does.
@Suite struct AllTimeAnalyticsTests {
    @Test func allTimeSpendingIsEverySpendingRecorded() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let runner = EffectRunner(database: fixture.database.withClock(fixture.clock), themes: ThemeLibrary(directories: []))
        guard case let .analyticsLoaded(data)? = runner.run(.loadAnalytics(.allTime)).first else {
            Issue.record("no analytics")
            return
        }
        let listed = try TransactionService(database: fixture.database).summary(TransactionFilter(kind: .expense)).totalExpenses
        #expect(data.categories.totalSpent == listed && listed.description == "1,647.04")
        // February's rent and groceries are in it, not only March's.
        #expect(data.categories.categories.first { $0.category == "rent" }?.total.description == "1,250.00")
        #expect(data.categories.start == LocalDate(year: 2026, month: 2, day: 1) && data.categories.end == TUIFixture.today)
    }
}

/// A field's message too long for its line ends at a word with "…", and the footer shows it whole while the field is focused.
@Suite struct FormMessageTests {
    @Test func aLongFieldErrorIsCutAtAWordAndShownWholeBelow() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app(width: 80, height: 24)
        app.type("a")
        app.type("1,23,4")  // 4,80 is a decimal comma, read as 4.80; this can be no number
        let screen = app.screen.joined(separator: "\n")
        let fieldLine = try #require(app.screen.first { $0.contains("✖ invalid amount") })
        #expect(fieldLine.contains("…") && !fieldLine.contains("must gro "), "\(fieldLine)")
        // The footer wraps it whole: the end of the message is on screen.
        #expect(screen.contains("as in 1,234.56"), "\(screen)")
    }
}
