import ArgumentParser
import Foundation
import OutlayBasics
import OutlayKit
import OutlaySync

struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync this ledger with an outlay-server: push local changes, then pull the others'.",
        discussion: "Log in once with `outlay sync login URL --email E`; then `outlay sync` whenever you like. Offline work is kept and sent next time.",
        subcommands: [SyncNow.self, SyncLogin.self, SyncLogout.self, SyncStatus.self],
        defaultSubcommand: SyncNow.self)
}

struct SyncNow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "now", abstract: "Push, then pull (what `outlay sync` does).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        guard let credentials = try SyncCredentials.load(from: UserPaths.credentials()) else { throw SyncError.notLoggedIn }
        let started = ContinuousClock.now
        let progress = ProgressLine("Syncing", unit: "changes", json: output.json)
        defer { progress?.clear() }
        let report = try await global.withDatabase(printingAlerts: !output.json) { database in
            try await DeviceSync.run(database: database, credentials: credentials, progress: progress?.reporter)
        }
        progress?.finish()
        let elapsed = started.duration(to: .now)
        if output.json {
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            JSONOutput.print(["server": .string(credentials.server), "pushed": .integer(report.pushed), "pulled": .integer(report.pulled),
                              "mode": report.basicGateway ? "basic" : "sync", "elapsedMs": .number(String(format: "%.1f", milliseconds))])
        } else if report.basicGateway {
            print("Synced with \(credentials.server) in compatibility mode (a basic gateway: new expenses travel, edits do not): "
                + "\(report.pushed) sent, \(report.pulled) received.")
        } else {
            print("Synced with \(credentials.server): \(report.pushed) change\(report.pushed == 1 ? "" : "s") sent, \(report.pulled) received.")
        }
    }
}

struct SyncLogin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "login", abstract: "Sign this device in to a server (the token is kept in ~/.config/outlay/credentials, mode 0600).")

    @Argument(help: "The server, e.g. https://outlay.example.com") var url: String
    @Option(help: "Your account's email.") var email: String
    @Flag(help: "Read the password from standard input instead of asking.") var passwordStdin = false
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        if HTTPSyncClient.sendsSecretsInClear(to: url) {
            FileHandle.standardError.write(Data("warning: \(url) is plain http to another machine: your password and token travel in clear; use https (see README, TLS behind a reverse proxy)\n".utf8))
        }
        let password: String
        if passwordStdin {
            password = (readLine(strippingNewline: true) ?? "")
        } else {
            guard let typed = getpass("Password for \(email): ") else { throw ValidationError("no password given") }
            password = String(cString: typed)
        }
        let credentials = try await HTTPSyncClient.login(server: url, email: email, password: password)
        let path = UserPaths.credentials()
        if let previous = try SyncCredentials.load(from: path), previous.server != credentials.server {
            // Another server's cursors mean nothing here: start over (everything local is sent again, once).
            try global.withDatabase(printingAlerts: false) { try SyncService(database: $0).resetServerState() }
        }
        try credentials.save(to: path)
        print("Logged in to \(credentials.server) as \(email). Run `outlay sync` to sync.")
    }
}

struct SyncLogout: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "Forget the server and its token (local data stays).")

    func run() throws {
        try SyncCredentials.remove(at: UserPaths.credentials())
        print("Logged out.")
    }
}

struct SyncStatus: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "The server, the last sync, changes waiting to be sent, and the last error.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let credentials = try SyncCredentials.load(from: UserPaths.credentials())
        let (state, pending) = try global.withDatabase(printingAlerts: false) { database in
            let service = SyncService(database: database)
            return (try service.state(), try service.pendingCount())
        }
        if output.json {
            JSONOutput.print(["server": .optional(credentials?.server), "email": .optional(credentials?.email),
                              "lastSync": .optional(state.lastSync?.description), "pending": .integer(pending), "lastError": .optional(state.lastError)])
        } else {
            print("Server:     \(credentials.map { "\($0.server) (\($0.email))" } ?? "none (run `outlay sync login URL --email E`)")")
            print("Last sync:  \(state.lastSync?.description ?? "never")")
            print("Pending:    \(pending) change\(pending == 1 ? "" : "s") to send")
            if let error = state.lastError { print("Last error: \(error)") }
        }
    }
}
