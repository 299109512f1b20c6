import ArgumentParser
import OutlayBasics
import OutlayKit

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Delete a transaction (undo or restore brings it back).")

    @Argument(help: "The transaction's id or its last characters.") var id: String
    @Flag(help: "Delete it even though it is reconciled with a statement.") var force = false
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let deleted = try global.withDatabase(printingAlerts: !output.json) { try TransactionService(database: $0).delete(id: id, force: force) }
        if output.json { JSONOutput.print(deleted.json) } else {
            print(TransactionText.line("Deleted", deleted) + "  (outlay undo brings it back)")
        }
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Bring back a deleted transaction.")

    @Argument(help: "The transaction's id or its last characters.") var id: String
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let restored = try global.withDatabase(printingAlerts: !output.json) { try TransactionService(database: $0).restore(id: id) }
        if output.json { JSONOutput.print(restored.json) } else { print(TransactionText.line("Restored", restored)) }
    }
}
