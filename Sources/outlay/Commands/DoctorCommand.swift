import ArgumentParser
import OutlayBasics
import OutlayKit

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database: SQLite's integrity, the roll-ups against the transactions, the search and tag indexes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let (database, problems) = try global.withDatabase(printingAlerts: false) { database in
            (database, try StoreHealth(database: database).problems())
        }
        if output.json {
            JSONOutput.print(["ok": .bool(problems.isEmpty), "problems": .array(problems.map(JSONValue.string)), "database": .string(database.path)])
        } else if problems.isEmpty {
            print("\(database.path): all checks passed")
        } else {
            problems.forEach { print("problem: \($0)") }
        }
        if !problems.isEmpty { throw ExitCode(2) }
    }
}
