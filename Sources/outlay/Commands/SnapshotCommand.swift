import ArgumentParser
import OutlayKit
import OutlayTUI
import TerminalUI

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print one frame of the dashboard as text, drawn exactly as the live dashboard draws it.")

    @Option(help: ArgumentHelp("Width x height in cells.", valueName: "WxH")) var size = "120x40"
    @Option(help: ArgumentHelp("Show one pane, zoomed: transactions, budgets, analytics or alerts.", valueName: "name"))
    var pane: String?
    @Option(help: ArgumentHelp("A theme from themes/ or ~/.config/outlay/themes.", valueName: "name")) var theme: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (1...1_000).contains(parts[0]), (1...1_000).contains(parts[1]) else {
            throw InputError(description: "--size: '\(size)' is not WIDTHxHEIGHT, such as 120x40")
        }
        var focus: Pane?
        if let pane {
            guard let found = Pane(name: pane) else {
                throw InputError(description: "--pane: '\(pane)' is not a pane; use transactions, budgets, analytics or alerts")
            }
            focus = found
        }
        let setup = try DashboardSetup(global: global, themeName: theme)
        defer { setup.session.finish(printing: false) }
        let app = setup.app(width: parts[0], height: parts[1], backend: TestBackend(width: parts[0], height: parts[1]), syncing: false)
        app.modify { state in
            if let focus {
                state.focus = focus
                state.zoomed = true
            }
        }
        app.start()
        print(app.frame().trimmedLines.joined(separator: "\n"))
    }
}
