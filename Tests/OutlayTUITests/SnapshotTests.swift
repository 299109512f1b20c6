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
