import OutlayKit
import Testing
@testable import OutlayTUI

/// Every pane, and the whole dashboard, at the smallest supported size and a large one.
@Suite struct SnapshotTests {
    @Test(arguments: [(80, 24), (120, 40), (160, 48)])
    func dashboard(width: Int, height: Int) throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app(width: width, height: height)
        assertSnapshot(app.screen, named: "dashboard-\(width)x\(height)")
    }

    @Test(arguments: [Pane.transactions, .budgets, .analytics, .alerts])
    func pane(_ pane: Pane) throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        for (width, height) in [(80, 24), (160, 48)] {
            let (app, _) = fixture.app(width: width, height: height)
            app.modify { $0.focus = pane; $0.zoomed = true }
            assertSnapshot(app.screen, named: "\(pane.title.lowercased())-\(width)x\(height)")
        }
    }

    /// A German, Swiss, French and American book: the dashboard, and the form reading an amount typed in the book's format.
    @Test(arguments: [("de", NumberFormat.dotComma, "1.150,50"), ("ch", .apostropheDot, "1'150.50"), ("fr", .spaceComma, "1 150,50"),
                      ("us", .commaDot, "1,150.50")])
    func numberFormats(_ name: String, _ format: NumberFormat, _ typed: String) throws {
        try NumberFormat.$override.withValue(format) {
            let fixture = try TUIFixture()
            defer { fixture.remove() }
            let (app, _) = fixture.app(width: 120, height: 40)
            app.type("a" + typed)
            app.press(.tab)
            app.type("Rent")
            app.press(.tab)
            app.type("rent")
            assertSnapshot(app.screen, named: "form-\(name)-120x40")
            app.press(.enter)
            assertSnapshot(app.screen, named: "dashboard-\(name)-120x40")
        }
    }

    @Test func overlays() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app(width: 80, height: 24)
        app.type(":bud")
        assertSnapshot(app.screen, named: "palette-80x24")
        app.press(.escape)
        app.type("a12.x")
        assertSnapshot(app.screen, named: "form-80x24")
        app.press(.escape)
        // An account's register: each line with the balance after it.
        app.type("b")
        app.press(.enter)
        assertSnapshot(app.screen, named: "register-80x24")
    }

    /// Recurring items: the upcoming list under the budgets, and the recurring view with its forecast line.
    @Test(arguments: [(80, 24), (120, 40)])
    func recurring(width: Int, height: Int) throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let schedules = ScheduleService(database: fixture.database.withClock(fixture.clock))
        let start = TUIFixture.today
        try schedules.add(.init(kind: .expense, amount: try Money.parse("950", currency: .usd), description: "Rent", category: "rent",
                                recurrence: Recurrence(unit: .month, dayOfMonth: 31, start: start)))
        try schedules.add(.init(kind: .income, amount: try Money.parse("2400", currency: .usd), description: "Salary", category: "salary",
                                recurrence: Recurrence(unit: .month, weekday: try WeekdayRule(parsing: "last friday"), start: start)))
        try schedules.add(.init(kind: .expense, amount: try Money.parse("60", currency: .usd), description: "Phone bill", category: "utilities",
                                recurrence: Recurrence(unit: .month, dayOfMonth: 10, start: LocalDate(year: 2026, month: 3, day: 1)!), confirm: true))
        let (app, _) = fixture.app(width: width, height: height)
        app.modify { $0.focus = .budgets; $0.zoomed = true }
        assertSnapshot(app.screen, named: "upcoming-\(width)x\(height)")
        app.modify { $0.zoomed = false }
        app.type("p")
        assertSnapshot(app.screen, named: "recurring-\(width)x\(height)")
    }

    /// Help whole at every size: wrapped and paged, never a line cut.
    @Test(arguments: [(80, 24), (120, 40), (160, 48)])
    func help(width: Int, height: Int) throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let (app, _) = fixture.app(width: width, height: height)
        app.type("?")
        var pages = [app.screen]
        while app.screen.joined(separator: "\n").contains("Space: next page") {
            app.type(" ")
            pages.append(app.screen)
        }
        assertSnapshot(Array(pages.joined(separator: [""])), named: "help-\(width)x\(height)")
        let shown = pages.joined().joined(separator: "\n")
        for command in Command.allCases {
            #expect(shown.contains(String(command.summary.split(separator: " ").prefix(2).joined(separator: " "))), "\(command)")
        }
    }
}
