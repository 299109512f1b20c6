import ArgumentParser
import OutlayBasics
import OutlayKit

struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Exchange rates by day, for totals in the book's base currency.",
        discussion: """
            An amount in another currency is converted at the latest rate on or before its day (a transaction's, or today's for \
            balances and net worth); a rate reaches a currency directly, inverted, or through a third currency both are priced in \
            (the ECB prices every currency in euros). With no rate at all a total is refused, naming the currency and day: never 1:1. \
            Examples: outlay rates set EUR 1.0842 --date 2024-11-28; outlay rates import eurofxref-hist.csv
            """,
        subcommands: [List.self, Set.self, Import.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The latest rate of each pair (every day's with --all).")
        @Flag(help: "Every stored day, not only the latest.") var all = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let rates = try global.withDatabase(printingAlerts: !output.json) { try RateService(database: $0).list(everyDay: all) }
            if output.json { return JSONOutput.print(.array(rates.map(\.json))) }
            guard !rates.isEmpty else {
                return print("No rates yet: outlay rates set EUR 1.0842, or outlay rates import eurofxref-hist.csv (the ECB's) or a P price file")
            }
            var table = TextTable([TextTable.Column(title: "DATE"), TextTable.Column(title: "ONE"), TextTable.Column(title: "IS", alignRight: true),
                                   TextTable.Column(title: "IN")])
            for rate in rates {
                table.append([TextTable.Cell(text: rate.date.description), TextTable.Cell(text: rate.currency.code),
                              TextTable.Cell(text: rate.rate.text), TextTable.Cell(text: rate.quote.code)])
            }
            print(table.render(width: TerminalStyle.width, style: .standardOutput))
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store what one unit of a currency is worth in the base currency on a day.")
        @Argument(help: "The currency, as EUR.") var currency: String
        @Argument(help: "One unit of it in the base currency (or --in), as 1.0842.") var rate: String
        @Option(parsing: .unconditional, help: "The day it holds from (default: today).") var date: String?
        @Option(name: .customLong("in"), help: "The currency the rate is in (default: the book's base).") var quote: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let stored = try global.withDatabase(printingAlerts: !output.json) { database in
                try RateService(database: database).set(
                    try parseArgument("currency") { try Currency(code: currency) }, rate: try parseArgument("rate") { try RateValue(parsing: rate) },
                    on: try parseDate("--date", date, today: database.clock.today()),
                    in: try quote.map { code in try parseArgument("--in") { try Currency(code: code) } })
            }
            if output.json { return JSONOutput.print(stored.json) }
            print("1 \(stored.currency.code) = \(stored.rate) \(stored.quote.code) from \(stored.date)")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the rates of a file: the ECB's eurofxref-hist.csv (or eurofxref.csv) or a ledger/hledger price file (P lines).")
        @Argument(help: "The file.") var file: String
        @Flag(help: "Keep every currency of the ECB's file, not only those the book's accounts keep.") var all = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let outcome = try global.withDatabase(printingAlerts: !output.json) { try RateService(database: $0).importFile(file, everyCurrency: all) }
            if output.json {
                return JSONOutput.print([
                    "file": .string(file), "kind": .string(outcome.kind), "stored": .integer(outcome.stored), "unchanged": .integer(outcome.unchanged),
                    "currencies": .array(outcome.currencies.map(JSONValue.string)), "leftOut": .array(outcome.leftOut.map(JSONValue.string)),
                    "first": .optional(outcome.first?.description), "last": .optional(outcome.last?.description),
                ])
            }
            var line = "Read \(file) (\(outcome.kind)): \(outcome.stored) rates stored"
            if outcome.unchanged > 0 { line += ", \(outcome.unchanged) already there" }
            if let first = outcome.first, let last = outcome.last { line += ", \(first) to \(last)" }
            line += "; \(outcome.currencies.joined(separator: ", "))"
            print(line)
            if !outcome.leftOut.isEmpty {
                print("Left out \(outcome.leftOut.count) currencies no account keeps (\(outcome.leftOut.joined(separator: ", "))); --all keeps them")
            }
        }
    }
}

extension ExchangeRate {
    var json: JSONValue {
        ["date": .string(date.description), "currency": .string(currency.code), "rate": .string(rate.text), "quote": .string(quote.code)]
    }
}
