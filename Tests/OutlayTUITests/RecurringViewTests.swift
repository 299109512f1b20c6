import Foundation
import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

/// Recurring items in the dashboard: `p` for the schedules, suggestions and a
/// forecast chart, the schedule form, the upcoming list under the budgets and
/// `y` for what waits for confirmation. Headless, through the real loop and database.
@Suite struct RecurringViewTests {
    @Test func aScheduleMadeInTheViewShowsUpcomingAndInTheForecast() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        app.type("p")
        #expect(app.screen.contains { $0.contains("No recurring items yet. a adds one") })
        app.type("a")
        #expect(app.screen.contains { $0.contains("Add a recurring item") })
        app.type("45")
        app.press(.tab)
        app.type("Gym")
        app.press(.tab)  // Type: expense
        app.press(.tab)
        app.type("health")
        for _ in 0..<4 { app.press(.tab) }  // past Account (cash, the only one), To and Every (month)
        app.type("25")  // On day
        app.press(.enter)
        guard case let .recurring(view) = app.state.modal else { Issue.record("not back in the recurring view: \(app.screen.joined(separator: "\n"))"); return }
        #expect(view.data?.schedules.map(\.schedule.description) == ["Gym"])
        #expect(view.data?.schedules.first?.next == LocalDate(year: 2026, month: 3, day: 25))
        let screen = app.screen
        #expect(screen.contains { $0.contains("Gym") && $0.contains("every month on the 25th") && $0.contains("-45.00") && $0.contains("2026-03-25") })
        // The chart: cash over 90 days, its lowest point named, the zero line drawn.
        #expect(screen.contains { $0.contains("cash · 90 days · today +752.96") })
        #expect(screen.contains { $0.contains("┈") })
        app.press(.escape)
        // Under the budgets: what is coming in the next 30 days.
        #expect(app.screen.contains { $0.contains("Upcoming · 30 days") })
        #expect(app.screen.contains { $0.contains("03-25 Gym") && $0.contains("-45.00") })
    }

    @Test func yPostsWhatWaitsForConfirmationAndSkipLeavesOneOut() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let service = ScheduleService(database: fixture.database.withClock(fixture.clock))
        let (bill, _) = try service.add(ScheduleService.Draft(kind: .expense, amount: try Money.parse("60", currency: .usd), description: "Phone bill",
                                                              category: "utilities", recurrence: Recurrence(unit: .month, dayOfMonth: 10,
                                                                                                            start: LocalDate(year: 2026, month: 3, day: 1)!),
                                                              confirm: true))
        let (app, _) = fixture.app()
        #expect(app.screen.contains { $0.contains("1 waiting: y posts") })
        #expect(app.screen.contains { $0.contains("03-10 Phone bill (waiting)") })
        app.type("y")
        #expect(app.screen.last?.contains("Posted 'Phone bill'") == true, "\(app.screen.last ?? "")")
        #expect(try TransactionService(database: fixture.database).get(id: bill.occurrenceID(on: LocalDate(year: 2026, month: 3, day: 10)!)).amount.description == "60.00")
        app.type("p")
        app.type("s")  // skips the next: 10 April
        #expect(app.screen.last?.contains("Skipped 'Phone bill' on 2026-04-10") == true, "\(app.screen.last ?? "")")
        #expect(app.screen.contains { $0.contains("Phone bill") && $0.contains("2026-05-10") })
    }

    @Test func theRecurringViewsKeys() {
        var state = AppState(width: 120, height: 40, today: TUIFixture.today, currency: .usd)
        #expect(Dashboard.update(&state, .key(.char("p"))) == [.loadRecurring])
        guard case .recurring = state.modal else { Issue.record("p opened no view"); return }
        #expect(Dashboard.update(&state, .key(KeyEvent(.escape))).isEmpty)
        #expect(state.modal == nil)
        // y with nothing waiting says so and does nothing.
        #expect(Dashboard.update(&state, .key(.char("y"))).isEmpty)
        #expect(state.notice?.text == "Nothing waits for confirmation")
    }
}

/// An open view never goes stale: another process's change reaches it on the next tick.
@Suite struct StaleOverlayTests {
    @Test func aScheduleAddedElsewhereShowsInTheOpenRecurringView() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app()
        app.type("p")
        app.dispatch(.tick)
        #expect(!app.screen.contains { $0.contains("Gym membership") })
        let other = try AppDatabase.open(path: fixture.database.path)
        try ScheduleService(database: other.withClock(fixture.clock)).add(ScheduleService.Draft(
            kind: .expense, amount: try Money.parse("30", currency: .usd), description: "Gym membership", category: "health",
            recurrence: Recurrence(unit: .month, dayOfMonth: 25, start: LocalDate(year: 2026, month: 3, day: 20)!)))
        app.dispatch(.tick)
        guard case .recurring = app.state.modal else { Issue.record("the recurring view closed"); return }
        #expect(app.screen.contains { $0.contains("Gym membership") }, "\(app.screen.joined(separator: "\n"))")
    }
}

extension StaleOverlayTests {
    /// `config.toml` edited while the import view is open: the next tick reads it again, the view stays, and a
    /// default account added is the dashboard's default at once.
    @Test func anEditedConfigIsReadAgainWhileAViewIsOpen() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        try AccountService(database: fixture.database.withClock(fixture.clock)).add(name: "checking", type: .checking)
        let config = fixture.folder.appendingPathComponent("config.toml")
        try "[book]\ncurrency = \"USD\"\n".write(to: config, atomically: true, encoding: .utf8)
        let (app, _) = fixture.app()
        app.runner.configWatch = ConfigWatch(path: config.path)
        app.dispatch(.tick)
        #expect(app.state.defaultAccount == nil)
        app.type("i")
        try "[book]\ncurrency = \"USD\"\n\n[accounts]\ndefault_account = \"checking\"\n".write(to: config, atomically: true, encoding: .utf8)
        app.dispatch(.tick)
        guard case .importFile = app.state.modal else { Issue.record("the import view closed"); return }
        #expect(app.state.defaultAccount == "checking")
        #expect(app.state.notice?.text == "config.toml read again")
        // A config that cannot be used is said, and the last good one stays.
        try "[accounts]\ndefault_account = 12\n".write(to: config, atomically: true, encoding: .utf8)
        app.dispatch(.tick)
        #expect(app.state.notice?.level == .error && app.state.defaultAccount == "checking", "\(String(describing: app.state.notice))")
    }
}
