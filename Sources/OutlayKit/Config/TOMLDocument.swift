import Foundation
import OutlayBasics
import TOMLKit

/// A TOML file read once: its table, and where its keys stand, so that every
/// part of Outlay that reads it (the settings, the dashboard's [tui] and
/// [keys], themes) reports a bad value the same way, naming the file, the
/// line and the key (TOMLKit gives lines for syntax errors only).
public struct TOMLDocument {
    public let path: String
    public let text: String
    public let table: TOMLTable

    /// The file at `path`; a missing one is an empty document (the defaults).
    public static func load(path: String) throws -> TOMLDocument {
        guard FileManager.default.fileExists(atPath: path) else { return try TOMLDocument(text: "", path: path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw OutlayError.invalidConfig(path: path, line: nil, key: nil, reason: "cannot be read as UTF-8 text")
        }
        return try TOMLDocument(text: text, path: path)
    }

    public init(text: String, path: String) throws {
        self.path = path
        self.text = text
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw OutlayError.invalidConfig(path: path, line: error.source.begin.line, key: nil, reason: error.description)
        }
    }

    /// The `[name]` table, when the file has one; a key it does not know is an error.
    public func section(_ name: String, keys: Set<String>) throws -> TOMLTable? {
        guard let value = table[name] else { return nil }
        guard let section = value.table else { throw error(nil, name, "expected a [\(name)] table") }
        for key in section.keys where !keys.contains(key) {
            throw error(name, key, "unknown key in [\(name)]; known: \(keys.sorted().joined(separator: ", "))")
        }
        return section
    }

    /// A bad value of `key` in `[section]` (or, in the `item`th `[[section]]` of an array of tables).
    public func error(_ section: String?, _ key: String, _ reason: String, item: Int? = nil) -> OutlayError {
        let number = item.map { self.line(of: key, inItem: $0, of: section ?? key) } ?? self.line(of: key, in: section)
        return .invalidConfig(path: path, line: number, key: section.map { "\($0).\(key)" } ?? key, reason: reason)
    }

    // MARK: - Lines

    private var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The line `key = …` stands on inside `[section]` (with no section, the `[key]` header), counting from 1.
    func line(of key: String, in section: String?) -> Int? {
        var current: String?
        for (index, raw) in lines.enumerated() {
            let line = String(raw).trimmingWhitespace()
            if line.hasPrefix("[") { current = Self.header(line) }
            if section == nil, current == key { return index + 1 }
            if current == section, Self.assigns(key, line) { return index + 1 }
        }
        return nil
    }

    /// The line of `key` in the `item`th (from 0) `[[table]]`, or of that table's header when the key is not there.
    func line(of key: String, inItem item: Int, of table: String) -> Int? {
        var seen = -1, headerLine: Int?
        for (index, raw) in lines.enumerated() {
            let line = String(raw).trimmingWhitespace()
            if line.hasPrefix("[") {
                if headerLine != nil { break }
                if line.hasPrefix("[["), Self.header(line) == table {
                    seen += 1
                    if seen == item { headerLine = index + 1 }
                }
            } else if headerLine != nil, Self.assigns(key, line) {
                return index + 1
            }
        }
        return headerLine
    }

    private static func header(_ line: String) -> String {
        line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
    }

    private static func assigns(_ key: String, _ line: String) -> Bool {
        line.hasPrefix(key) && String(line.dropFirst(key.count)).trimmingWhitespace().hasPrefix("=")
    }
}
