import Foundation
@testable import OutlayKit
import Testing

/// Outlay's reports against outside accounting tools, on a journal Outlay exported.
@Suite struct OracleTests {
    /// Runs a program found on PATH; nil when it is not installed.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oracle-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        process.standardOutput = try FileHandle(forWritingTo: file)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: file, encoding: .utf8))
    }

    /// "1170.77 USD", "-3200.00 USD" or "0" as cents.
    static func cents(_ cell: String) throws -> Int64 {
        let number = cell.split(separator: " ").first.map(String.init) ?? "0"
        return try Money.parse(number, currency: .usd).minorUnits
    }

    @Test func hledgerAndLedgerAgreeWithOutlayToTheCentEveryMonth() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["demo", "--transactions", "12000", "--seed", "11", "--end", "2024-06-30"]).status == 0)
        let journal = cli.folder.appendingPathComponent("book.journal").path
        #expect(try cli.run(["export", "--format", "ledger", "--output", journal]).status == 0)

        guard let hledger = try Self.run("hledger", ["-f", journal, "bal", "-M", "expenses", "income", "-O", "csv"]) else {
            Issue.record("hledger is not installed: bash .ci/install-deps installs it")
            return
        }
        #expect(hledger.status == 0)
        let csv = cli.folder.appendingPathComponent("hledger.csv")
        try hledger.output.write(to: csv, atomically: true, encoding: .utf8)
        let reader = DelimitedReader(file: try TextFile(path: csv.path), delimiter: UInt8(ascii: ","))
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        let header: [String] = try #require(rows.first)
        let months = Array(header.dropFirst())
        #expect(months.count >= 70)  // 2017-12 to 2024-06

        let matrix = try #require(try cli.run(["report", "matrix", "--from", "2017-01", "--to", "2024-06", "--json"]).json() as? [String: Any])
        let outlayMonths = try #require(matrix["months"] as? [String])
        var outlay: [String: [String: Int64]] = [:]  // account → month → cents
        for row in try #require(matrix["categories"] as? [[String: Any]]) {
            let account = (row["kind"] as? String == "income" ? "income:" : "expenses:") + (row["category"] as? String ?? "")
            let totals = try #require(row["totals"] as? [String])
            for (month, total) in zip(outlayMonths, totals) { outlay[account, default: [:]][month] = try Self.cents(total) }
        }

        var compared = 0
        for row in rows.dropFirst() where row.first != "total" {
            let account = row[0]
            #expect(outlay[account] != nil, "hledger has \(account), outlay does not")
            for (month, cell) in zip(months, row.dropFirst()) {
                let theirs = abs(try Self.cents(cell))
                let ours = outlay[account]?[month] ?? 0
                #expect(theirs == ours, "\(account) \(month): hledger \(cell), outlay \(ours)")
                compared += 1
            }
        }
        #expect(compared >= 70 * 12)
        // Every account outlay has appears in hledger too.
        let theirAccounts = Set(rows.dropFirst().map { $0[0] })
        for (account, byMonth) in outlay where byMonth.values.contains(where: { $0 != 0 }) {
            #expect(theirAccounts.contains(account), "outlay has \(account), hledger does not")
        }

        // ledger reads the same journal without error and agrees on total spending.
        guard let ledger = try Self.run("ledger", ["-f", journal, "bal", "expenses", "--flat", "--no-total"]) else {
            Issue.record("ledger is not installed: bash .ci/install-deps installs it")
            return
        }
        #expect(ledger.status == 0)
        let ledgerTotal = try ledger.output.split(separator: "\n").reduce(Int64(0)) { sum, line in
            try sum + Self.cents(line.trimmingCharacters(in: .whitespaces))
        }
        let outlayTotal = outlay.filter { $0.key.hasPrefix("expenses:") }.values.reduce(Int64(0)) { $0 + $1.values.reduce(0, +) }
        #expect(ledgerTotal == outlayTotal)
        #expect(ledgerTotal > 0)
    }

    /// Accounts and transfers: hledger's balance of every account on the exported journal is `outlay accounts`.
    @Test func hledgerAgreesWithEveryAccountsBalance() throws {
        let cli = try CLIRunner()
        for command in [["accounts", "add", "checking", "--type", "checking", "--opening", "1500", "--opened", "2024-01-01"],
                        ["accounts", "add", "Visa Card", "--type", "credit", "--opening", "-120.50"],
                        ["accounts", "add", "savings", "--type", "savings"],
                        ["add", "2400", "Salary", "--income", "--category", "salary", "--account", "checking", "--date", "2024-02-01"],
                        ["add", "42.80", "Groceries", "--category", "food", "--account", "visa card", "--date", "2024-02-03"],
                        ["add", "3.50", "Coffee", "--account", "cash", "--date", "2024-02-04"],
                        ["transfer", "163.30", "--from", "checking", "--to", "Visa Card", "--date", "2024-02-10"],
                        ["transfer", "500", "--from", "checking", "--to", "savings", "--date", "2024-02-11", "--description", "Saving up"]] {
            let result = try cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let journal = cli.folder.appendingPathComponent("book.journal").path
        #expect(try cli.run(["export", "--format", "ledger", "--output", journal]).status == 0)
        guard let hledger = try Self.run("hledger", ["-f", journal, "bal", "assets", "liabilities", "--flat", "-N", "-O", "csv"]) else {
            Issue.record("hledger is not installed: bash .ci/install-deps installs it")
            return
        }
        #expect(hledger.status == 0)
        var theirs: [String: Int64] = [:]
        for line in hledger.output.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            guard cells.count == 2 else { continue }
            theirs[cells[0]] = try Self.cents(cells[1])
        }
        let accounts = try #require(try cli.run(["accounts", "--json"]).json() as? [[String: Any]])
        var ours: [String: Int64] = [:]
        for account in accounts {
            let name = try #require(account["name"] as? String), type = try #require(account["type"] as? String)
            let path = (["credit", "loan"].contains(type) ? "liabilities:" : "assets:") + name
            let balance = try Self.cents(try #require(account["balance"] as? String))
            if balance != 0 { ours[path] = balance }
        }
        #expect(ours == theirs)
        // The card is paid off (its opening debt and the groceries), so neither lists it; savings got 500.00.
        #expect(ours["liabilities:Visa Card"] == nil && ours["assets:savings"] == 50_000 && ours.count == 3)
    }
}
