import OutlayBasics
import ArgumentParser
import Foundation
import OutlayKit

/// `outlay init [--currency CHF]`: makes the book, or sets the currency of one that holds no amount yet.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the book (the database) in a currency, or change the currency of a book that holds no amount yet.",
        discussion: """
            Without --currency a new book takes [book] currency from config.toml, else USD. Once a book holds a \
            transaction or a budget its currency stays: amounts never change currency.
            """)

    @Option(help: "The book's currency, an ISO 4217 code such as CHF or EUR.") var currency: String?
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let wanted = try currency.map { code in try parseArgument("--currency") { try Currency(code: code) } }
        let path = UserPaths.database(explicit: global.db)
        let existed = FileManager.default.fileExists(atPath: path)
        var database = try global.withDatabase(printingAlerts: false) { $0 }
        if wanted != nil { try database.markCurrencyChosen() }
        if let wanted, wanted != database.currency {
            guard try database.setCurrencyOfEmptyBook(wanted) else {
                throw InputError(description: "--currency: the book at \(path) already holds amounts in \(database.currency); it stays in \(database.currency)")
            }
            database = try AppDatabase.open(path: path, settings: database.settings)
        }
        let count = try TransactionService(database: database).count()
        if output.json {
            JSONOutput.print(["path": .string(path), "currency": .string(database.currency.code), "created": .bool(!existed),
                              "transactions": .integer(count)])
        } else {
            print("\(existed ? "Book" : "New book") at \(path), in \(database.currency) (\(counted(count, "transaction")))")
        }
    }
}
