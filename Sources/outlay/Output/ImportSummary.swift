import OutlayBasics
import OutlayKit

/// What an import did, for people and for `--json`: the profile, the rows,
/// the days and money, what was skipped and why, and where categories came from.
enum ImportSummary {
    static func text(_ report: ImportReport, savedAs name: String?, configPath: String) -> String {
        let verb = report.dryRun ? "Would import" : "Imported"
        let read = report.profile.map { " with profile \($0.name): \($0.bank)" } ?? ""
        var lines = ["\(verb) \(counted(report.imported, "transaction")) from \(report.file)\(read)"]
        if let currency = report.adoptedCurrency {
            lines.append("  the book held nothing yet and \(report.dryRun ? "would take" : "is now in") \(currency.code), the statement's currency")
        }
        if let first = report.firstDate, let last = report.lastDate {
            lines.append("  \(first == last ? "\(first)" : "\(first) to \(last)") · out \(report.moneyOut) · in \(report.moneyIn) \(report.moneyIn.currency)")
        }
        var skipped = ["\(report.duplicates) already imported"]
        for reason in LeftOutReason.allCases {
            guard let count = report.leftOut[reason], count > 0 else { continue }
            skipped.append(reason.counted(count) + (reason == .pending ? " (--include-pending imports them)" : ""))
        }
        lines.append("  skipped: " + skipped.joined(separator: ", "))
        if report.transfersMade + report.transfersMatched > 0 {
            lines.append("  transfers: \(report.transfersMade) recorded by your rules"
                         + (report.transfersMatched > 0 ? ", \(report.transfersMatched) matched to one already recorded" : ""))
        }
        let sources = CategorySource.allCases.compactMap { source in report.categorySources[source].map { "\($0) \(source)" } }
        if !sources.isEmpty { lines.append("  categories: " + sources.joined(separator: " · ")) }
        let bankCategories = report.columns[.category] != nil || report.format == .qif || report.format == .ofx
        if bankCategories && (report.categorySources[.other] ?? 0) > 0 {
            lines.append("  (other keeps the bank's category as a tag; [import.category_map] or --create-categories file them)")
        }
        if !report.createdCategories.isEmpty {
            lines.append("  new categories: " + report.createdCategories.map { $0.split(separator: ":").last.map(String.init) ?? $0 }.joined(separator: ", "))
        }
        if let name { lines.append("Saved this layout as profile '\(name)' in \(configPath)") }
        if report.badRowCount > 0 {
            lines.append("Skipped \(report.badRowCount) rows that cannot be read:")
            lines += report.badRows.map { "  \($0)" }
            if report.badRowCount > report.badRows.count { lines.append("  … and \(report.badRowCount - report.badRows.count) more") }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ report: ImportReport) -> JSONValue {
        [
            "file": .string(report.file), "format": .string(report.format.rawValue),
            "profile": report.profile.map { .string($0.name) } ?? .null, "imported": .integer(report.imported),
            "duplicates": .integer(report.duplicates),
            "leftOut": .object(JSONObject(LeftOutReason.allCases.map { (key: $0.rawValue, value: .integer(report.leftOut[$0] ?? 0)) })),
            "from": .optional(report.firstDate?.description), "to": .optional(report.lastDate?.description),
            "moneyIn": report.moneyIn.json(), "moneyOut": report.moneyOut.json(), "currency": .string(report.moneyIn.currency.code),
            "categories": .object(JSONObject(CategorySource.allCases.map { (key: $0.key, value: .integer(report.categorySources[$0] ?? 0)) })),
            "createdCategories": .array(report.createdCategories.map(JSONValue.string)),
            "badRowCount": .integer(report.badRowCount), "dryRun": .bool(report.dryRun),
            "transfers": .integer(report.transfersMade), "transfersMatched": .integer(report.transfersMatched),
            "adoptedCurrency": .optional(report.adoptedCurrency?.code),
            "badRows": .array(report.badRows.map { ["line": .integer($0.line), "reason": .string($0.reason)] }),
        ]
    }
}
