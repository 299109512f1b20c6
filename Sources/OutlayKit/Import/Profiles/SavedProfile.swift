import Foundation
import TOMLKit

/// A layout the user taught Outlay with `--save-profile NAME` (after `--map`, or as the content was read), kept
/// in config.toml as an `[[import.profiles]]` table, so the next file of that layout needs no flags. A file with
/// a header is known by it; a headerless one by its field count, its columns given by number:
///
/// ```toml
/// [[import.profiles]]
/// name = "my-bank"
/// headers = ["Buchungstag", "Text", "Betrag"]
/// columns = { date = "Buchungstag", description = "Text", amount = "Betrag" }
/// date_format = "DD.MM.YYYY"
/// decimal_mark = ","
///
/// [[import.profiles]]
/// name = "my-card"
/// field_count = 4
/// columns = { date = 1, description = 2, amount = 3, balance = 4 }
/// date_format = "DD/MM/YYYY"
/// sign_suffixes = true      # 12.40 DR, 1850.00 CR
/// ```
public enum SavedProfile {
    /// How the columns are known: by the header's names, or by position in a file without one.
    public enum Columns: Sendable {
        case named(header: [String], columns: [ImportField: String])
        case numbered(fieldCount: Int, positions: [ImportField: Int])
    }

    static func profile(from table: TOMLTable) -> BankProfile? {
        guard let name = table["name"]?.string, !name.isEmpty, let columnTable = table["columns"]?.table else { return nil }
        let dateFormat = table["date_format"]?.string.flatMap { try? BankDateFormat(parsing: $0) }
        let mark = table["decimal_mark"]?.string.flatMap(\.first)
        var profile = BankProfile(name: name.lowercased(), bank: "yours, in config.toml", region: "yours", signature: [], columns: [:],
                                  dateFormat: dateFormat, decimalMark: mark, purchasesPositive: table["purchases_positive"]?.bool ?? false)
        profile.signSuffixes = table["sign_suffixes"]?.bool ?? false
        if let fieldCount = table["field_count"]?.int {
            var positions: [ImportField: Int] = [:]
            for key in columnTable.keys {
                guard let field = ImportField(rawValue: key), let number = columnTable[key]?.int, (1...fieldCount).contains(number) else { return nil }
                positions[field] = number - 1
            }
            guard dateFormat != nil else { return nil }  // a headerless layout is recognised by its dates
            profile.headerless = BankProfile.Headerless(fieldCount: fieldCount, positions: positions)
            return profile
        }
        guard let headers = table["headers"]?.array?.compactMap(\.string), !headers.isEmpty else { return nil }
        for key in columnTable.keys {
            guard let field = ImportField(rawValue: key), let header = columnTable[key]?.string else { return nil }
            profile.columns[field] = header.trimmingWhitespace().lowercased()
        }
        profile.signature = headers.map { $0.trimmingWhitespace().lowercased() }
        return profile
    }

    /// The `[[import.profiles]]` table for a file read with these columns.
    public static func toml(name: String, columns: Columns, dateFormat: BankDateFormat?, decimalMark: Character?,
                            purchasesPositive: Bool = false, signSuffixes: Bool = false) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\t", with: "\\t") + "\""
        }
        var lines = ["", "[[import.profiles]]", "name = \(quoted(name))"]
        switch columns {
        case let .named(header, columns):
            let fields = ImportField.allCases.compactMap { field in columns[field].map { "\(field.rawValue) = \(quoted($0))" } }
            lines += ["headers = [\(header.map(quoted).joined(separator: ", "))]", "columns = { \(fields.joined(separator: ", ")) }"]
        case let .numbered(fieldCount, positions):
            let fields = ImportField.allCases.compactMap { field in positions[field].map { "\(field.rawValue) = \($0 + 1)" } }
            lines += ["field_count = \(fieldCount)", "columns = { \(fields.joined(separator: ", ")) }"]
        }
        if let dateFormat { lines.append("date_format = \(quoted(dateFormat.rawValue))") }
        if let decimalMark { lines.append("decimal_mark = \(quoted(String(decimalMark)))") }
        if purchasesPositive { lines.append("purchases_positive = true") }
        if signSuffixes { lines.append("sign_suffixes = true") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Appends the profile to the config file (made if missing), leaving everything else in it as it was.
    /// A name already saved is refused: the file is the user's, and nothing in it is overwritten.
    /// Checked before the import, so that a taken name stops it before it changes anything.
    public static func checkNameIsFree(_ name: String, existing: [BankProfile]) throws {
        guard !existing.contains(where: { $0.name == name.lowercased() }), BankProfiles.named(name) == nil else {
            throw OutlayError.invalidImport("--save-profile", "a profile called '\(name)' exists already; choose another name")
        }
    }

    public static func save(_ text: String, name: String, existing: [BankProfile], configPath: String) throws {
        try checkNameIsFree(name, existing: existing)
        let folder = (configPath as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            if let handle = FileHandle(forWritingAtPath: configPath) {
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(text.utf8))
            } else {
                try text.dropFirst().write(toFile: configPath, atomically: true, encoding: .utf8)
            }
        } catch {
            throw OutlayError.cannotWrite(path: configPath, reason: error.localizedDescription)
        }
    }
}
