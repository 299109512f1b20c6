import Foundation

extension ImportService {
    /// Imports another tool's export (see `ToolReaders`): the accounts it names are made where the book has none
    /// (their types guessed from names and signs, or as a journal declares them), then each account's rows are
    /// imported as a bank's file would be, categories made as the tool named them. Nil when `path` is no tool's
    /// export. A dry run makes nothing and previews the accounts the book already has.
    public func importTool(_ path: String, options: ImportOptions = ImportOptions()) throws -> ToolImportReport? {
        guard let export = try ToolReaders.recognise(path, currency: database.currency) else { return nil }
        var report = ToolImportReport(file: path, tool: export.tool)
        report.unrepresentable = export.unrepresentable.map(\.description)
        (report.rowsRead, report.accounts, report.dryRun) = (export.rows.count, export.accounts, options.dryRun)
        let accounts = AccountService(database: database)
        var known = Set(try accounts.list().map { $0.name.lowercased() })
        for name in export.accounts where !known.contains(name.lowercased()) {
            let type = export.type(of: name)
            report.accountsMade.append((name, type))
            guard !options.dryRun else { continue }
            let opening = export.openings[name]
            try accounts.add(name: name, type: type, opening: opening.map { Money(minorUnits: $0.amount, currency: database.currency) },
                             openedOn: opening?.day)
            if opening != nil { report.openingsSet.append(name) }
            known.insert(name.lowercased())
        }
        for name in export.accounts where known.contains(name.lowercased()) {
            let rows = export.rows.filter { $0.account.lowercased() == name.lowercased() }.map(\.row)
            guard !rows.isEmpty else { continue }
            var own = options
            (own.account, own.createCategories, own.format) = (name, true, .csv)
            var source: any ImportSource = ToolAccountSource(rows: rows)
            while true {
                switch try load(source, path: path, format: .csv, options: own) {
                case let .finished(done): report.imports.append(done)
                case let .readAgain(corrected): source = corrected; continue
                }
                break
            }
        }
        return report
    }
}
