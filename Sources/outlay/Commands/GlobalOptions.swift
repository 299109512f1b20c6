import ArgumentParser
import OutlayKit

/// Options every data command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $OUTLAY_DB, else ~/.local/share/outlay/outlay.sqlite).", valueName: "path"))
    var db: String?

    var databasePath: String { DatabaseLocation.resolve(explicit: db) }

    func openDatabase() throws -> AppDatabase { try AppDatabase.open(path: databasePath) }
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

func parseDate(_ option: String, _ text: String?) throws -> LocalDate? {
    guard let text else { return nil }
    return try parseArgument(option) { try LocalDate(parsing: text) }
}
