import Foundation
import ArgumentParser
import OutlayKit

/// Options every data command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $OUTLAY_DB, else ~/.local/share/outlay/outlay.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The config file (default: ~/.config/outlay/config.toml).", valueName: "path"))
    var config: String?

    /// Reads the config once, opens the database and does what is due (`BookUpkeep`).
    func open() throws -> Session {
        let config = try TOMLDocument.load(path: UserPaths.config(explicit: self.config))
        let settings = try OutlayConfig.settings(from: config)
        // Before anything is read or shown: this process types and writes numbers as the book's people do.
        NumberFormat.processDefault = settings.effectiveNumberFormat
        let database = try AppDatabase.open(path: UserPaths.database(explicit: db), settings: settings)
        let notifications = NotificationService(database: database)
        let before = try notifications.latestSequence()
        let posting = try BookUpkeep.run(database)
        for failure in posting.failures {
            FileHandle.standardError.write(Data("warning: a recurring item was not posted: \(failure)\n".utf8))
        }
        return Session(database: database, config: config, configPath: UserPaths.config(explicit: self.config), notificationsBefore: before)
    }
}

extension GlobalOptions {
    /// Runs a command's work on an opened session, then finishes the session.
    func withDatabase<T>(printingAlerts: Bool, _ body: (AppDatabase) throws -> T) throws -> T {
        let session = try open()
        defer { session.finish(printing: printingAlerts) }
        return try body(session.database)
    }

    /// The same for a command whose work is awaited (sync).
    func withDatabase<T>(printingAlerts: Bool, _ body: (AppDatabase) async throws -> T) async throws -> T {
        let session = try open()
        defer { session.finish(printing: printingAlerts) }
        return try await body(session.database)
    }
}

/// One command's use of the database.
struct Session {
    let database: AppDatabase
    /// `config.toml` as read when the session opened, for the parts that read their own sections.
    let config: TOMLDocument
    let configPath: String
    /// Notifications after this one were raised while this command ran.
    let notificationsBefore: Int64

    /// Hands what is due for the desktop and webhook channels to a background
    /// process, then shows people the alerts and reports this command raised.
    /// Never fails or slows the command: its write has already committed, and
    /// failed deliveries are retried later.
    func finish(printing: Bool) {
        BackgroundDelivery.start(database: database, configPath: configPath)
        guard printing, let raised = try? NotificationService(database: database).created(after: notificationsBefore) else { return }
        // On stderr: a pipe reading the command's table or JSON never gets an alert in it.
        // What the command printed comes first, then its alerts, even where both streams go to one file.
        if !raised.isEmpty { fflush(nil) }
        for notification in raised { FileHandle.standardError.write(Data((AlertText.line(notification) + "\n").utf8)) }
    }
}

/// `--json` for commands that print data.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false
}

// MARK: - Parsing user values

/// A bad value on the command line, named with the option it came from.
struct InputError: Error, CustomStringConvertible {
    let description: String
}

/// Runs a parser, prefixing its error with the option that carried the value.
func parseArgument<T>(_ option: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as OutlayError {
        throw InputError(description: "\(option): \(error)")
    }
}

/// A day as people type it, read as the dashboard's forms read it: `YYYY-MM-DD`, `today`, `yesterday`, `-3`.
func parseDate(_ option: String, _ text: String?, today: LocalDate = .today()) throws -> LocalDate? {
    guard let text else { return nil }
    return try parseArgument(option) { try LocalDate(spoken: text, today: today) }
}
