import ArgumentParser
import Foundation
import OutlayKit

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the last change; repeat to go further back.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let outcome = try global.withDatabase(printingAlerts: !output.json) { try ExpenseService(database: $0).undo() }
        if output.json {
            try JSONOutput.print(["undone": outcome.summary, "transaction": outcome.transaction.map { $0.jsonObject as Any } ?? NSNull()])
        } else {
            print("Undone: \(outcome.summary)")
        }
    }
}
