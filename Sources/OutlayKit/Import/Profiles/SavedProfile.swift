import Foundation
import TOMLKit

/// A layout the user taught Outlay with `--map … --save-profile NAME`, kept
/// in config.toml as an `[[import.profiles]]` table with the file's header
/// as its signature, so the next file with that header needs no flags:
///
/// ```toml
/// [[import.profiles]]
/// name = "my-bank"
/// headers = ["Buchungstag", "Text", "Betrag"]
/// columns = { date = "Buchungstag", description = "Text", amount = "Betrag" }
/// date_format = "DD.MM.YYYY"
/// decimal_mark = ","
/// ```
public enum SavedProfile {
    static func profile(from table: TOMLTable) -> BankProfile? {
        guard let name = table["name"]?.string, !name.isEmpty, let headers = table["headers"]?.array?.compactMap(\.string), !headers.isEmpty,
              let columnTable = table["columns"]?.table else { return nil }
        var columns: [ImportField: String] = [:]
        for key in columnTable.keys {
            guard let field = ImportField(rawValue: key), let header = columnTable[key]?.string else { return nil }
            columns[field] = header.trimmingWhitespace().lowercased()
        }
        let dateFormat = table["date_format"]?.string.flatMap { try? BankDateFormat(parsing: $0) }
        let mark = table["decimal_mark"]?.string.flatMap(\.first)
        return BankProfile(name: name.lowercased(), bank: "yours, in config.toml", region: "yours",
                           signature: headers.map { $0.trimmingWhitespace().lowercased() }, columns: columns,
                           dateFormat: dateFormat, decimalMark: mark, purchasesPositive: table["purchases_positive"]?.bool ?? false)
    }

    /// The `[[import.profiles]]` table for a file read with this header and these columns.
    public static func toml(name: String, header: [String], columns: [ImportField: String], dateFormat: BankDateFormat?,
                            decimalMark: Character?) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\t", with: "\\t") + "\""
        }
        let fields = ImportField.allCases.compactMap { field in columns[field].map { "\(field.rawValue) = \(quoted($0))" } }
        var lines = ["", "[[import.profiles]]", "name = \(quoted(name))",
                     "headers = [\(header.map(quoted).joined(separator: ", "))]",
                     "columns = { \(fields.joined(separator: ", ")) }"]
        if let dateFormat { lines.append("date_format = \(quoted(dateFormat.rawValue))") }
        if let decimalMark { lines.append("decimal_mark = \(quoted(String(decimalMark)))") }
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
