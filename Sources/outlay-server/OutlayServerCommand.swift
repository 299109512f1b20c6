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

/// `--data`, as every command takes it.
struct DataOption: ParsableArguments {
    @Option(help: "Data folder (env OUTLAY_SERVER_DATA; default $XDG_DATA_HOME/outlay-server).") var data: String?

    var folder: URL {
        let environment = ProcessInfo.processInfo.environment
        let path = data ?? environment["OUTLAY_SERVER_DATA"] ?? ServerConfig.defaultDataFolder(environment)
        return URL(fileURLWithPath: (path as NSString).expandingTildeInPath, isDirectory: true)
    }
}

/// `--database`, as `serve`, `users` and `move-to-postgres` take it.
struct DatabaseOption: ParsableArguments {
    @Option(help: ArgumentHelp("Keep users and ledgers in PostgreSQL, shared by every node started with it: postgres://USER@HOST:PORT/DB[?sslmode=require] (env OUTLAY_SERVER_DATABASE; password from the URL or PGPASSWORD). Without it: SQLite files under --data.", valueName: "url"))
    var database: String?

    var url: String? { database ?? ProcessInfo.processInfo.environment["OUTLAY_SERVER_DATABASE"].flatMap { $0.isEmpty ? nil : $0 } }

    /// The shared database when one is named, connected and brought up to date.
    func open() async throws -> PostgresStore? {
        guard let url else { return nil }
        // A database that cannot be used is not a usage mistake: its error alone, without the usage text.
        return try await PostgresStore(url: url)
    }
}
