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
        subcommands: [SyncNow.self, SyncLogin.self, SyncRegister.self, SyncLogout.self, SyncStatus.self],
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
        SyncSignIn.warnIfInClear(url)
        let password = try SyncSignIn.password(for: email, fromStandardInput: passwordStdin)
        let credentials = try await HTTPSyncClient.login(server: url, email: email, password: password)
        try SyncSignIn.keep(credentials, global: global)
        print("Logged in to \(credentials.server) as \(email). Run `outlay sync` to sync.")
    }
}

struct SyncRegister: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Make an account on a server and sign this device in to it.",
        discussion: "The account keeps this book's currency. A server may take anyone, nobody, or whoever has a one-time code from its administrator (`outlay-server users invite`).")

    @Argument(help: "The server, e.g. https://outlay.example.com") var url: String
    @Option(help: "Your email: the account's name.") var email: String
    @Flag(help: "Read the password from standard input instead of asking.") var passwordStdin = false
    @Option(help: "The one-time code from the server's administrator, on a server that takes new accounts by invitation.") var invite: String?
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        SyncSignIn.warnIfInClear(url)
        let password = try SyncSignIn.password(for: email, fromStandardInput: passwordStdin, confirming: !passwordStdin)
        let currency = try global.withDatabase(printingAlerts: false) { $0.currency }
        let credentials = try await HTTPSyncClient.register(server: url, email: email, password: password, currency: currency, inviteCode: invite)
        try SyncSignIn.keep(credentials, global: global)
        print("Registered \(email) on \(credentials.server) (in \(currency.code)) and logged in. Run `outlay sync` to sync.")
    }
}

/// What logging in and registering share: the warning, the password, keeping the token.
enum SyncSignIn {
    static func warnIfInClear(_ url: String) {
        if HTTPSyncClient.sendsSecretsInClear(to: url) {
            FileHandle.standardError.write(Data("warning: \(url) is plain http to another machine: your password and token travel in clear; use https (see README, TLS behind a reverse proxy)\n".utf8))
        }
    }

    static func password(for email: String, fromStandardInput: Bool, confirming: Bool = false) throws -> String {
        if fromStandardInput { return readLine(strippingNewline: true) ?? "" }
        guard let typed = getpass("Password for \(email): ") else { throw ValidationError("no password given") }
        let password = String(cString: typed)
        if confirming {
            guard let again = getpass("The same password again: "), String(cString: again) == password else {
                throw ValidationError("the two passwords differ; nothing was registered")
            }
        }
        return password
    }

    static func keep(_ credentials: SyncCredentials, global: GlobalOptions) throws {
        let path = UserPaths.credentials()
        if let previous = try SyncCredentials.load(from: path), previous.server != credentials.server {
            // Another server's cursors mean nothing here: start over (everything local is sent again, once).
            try global.withDatabase(printingAlerts: false) { try SyncService(database: $0).resetServerState() }
        }
        try credentials.save(to: path)
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
