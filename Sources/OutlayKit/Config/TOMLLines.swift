import Foundation

/// Where things stand in a TOML file, for error messages that name the line
/// (TOMLKit gives lines for syntax errors only, not for a bad value).
public enum TOMLLines {
    /// The line `key = …` stands on inside `[section]` (or, with no section,
    /// the line of the `[key]` header), counting from 1.
    public static func line(of key: String, in section: String?, text: String) -> Int? {
        var current: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) }
            if section == nil, current == key { return index + 1 }
            if current == section, line.hasPrefix(key),
               line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                return index + 1
            }
        }
        return nil
    }
}
