import ArgumentParser
import Foundation
import OutlayBasics
import OutlayKit

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the last change; repeat to go further back.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let outcome = try global.withDatabase(printingAlerts: !output.json) { try UndoService(database: $0).undo() }
        if output.json {
            JSONOutput.print(["undone": .string(outcome.summary), "transaction": outcome.transaction?.json ?? .null])
        } else {
            print("Undone: \(outcome.summary)")
        }
    }
}
