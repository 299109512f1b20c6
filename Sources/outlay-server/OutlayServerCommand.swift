import ArgumentParser
import Foundation
import OutlayServer

/// `outlay-server`: the self-hosted gateway (`serve`, the default), and the
/// administrator's commands on its accounts (`users`).
@main
struct OutlayServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlay-server",
        abstract: "The self-hosted Outlay gateway (compatible with the Smart Expense Tracker API).",
        subcommands: [ServeCommand.self, UsersCommand.self, MoveCommand.self],
        defaultSubcommand: ServeCommand.self)
}

/// `--data`, as `serve` and `users` both take it.
struct DataOption: ParsableArguments {
    @Option(help: "Data folder (env OUTLAY_SERVER_DATA; default $XDG_DATA_HOME/outlay-server).") var data: String?

    var folder: URL {
        let environment = ProcessInfo.processInfo.environment
        let path = data ?? environment["OUTLAY_SERVER_DATA"] ?? ServerSettings.defaultDataFolder(environment)
        return URL(fileURLWithPath: (path as NSString).expandingTildeInPath, isDirectory: true)
    }
}
