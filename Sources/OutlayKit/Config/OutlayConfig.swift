import Foundation
import TOMLKit

/// Reads `config.toml`. A missing file means the defaults; a malformed one
/// is an error that names the file, the line and the key.
///
/// ```toml
/// [notifications]
/// channels = ["in-app", "terminal", "desktop", "webhook"]
/// webhook_url = "https://ntfy.example.org/outlay"
///
/// [budgets]
/// week_start = "monday"
///
/// [[import.rules]]
/// match = "starbucks"        # or a regular expression: "/^uber( eats)?/"
/// category = "food"
/// ```
/// Sections other than these belong to other parts of Outlay and are left alone.
public enum OutlayConfig {
    public static func load(path: String) throws -> OutlaySettings {
        guard FileManager.default.fileExists(atPath: path) else { return OutlaySettings() }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw OutlayError.invalidConfig(path: path, line: nil, key: nil, reason: "cannot be read as UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> OutlaySettings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw OutlayError.invalidConfig(path: path, line: error.source.begin.line, key: nil, reason: error.description)
        }
        var settings = OutlaySettings()
        let reader = Reader(text: text, path: path)

        if let notifications = try reader.section("notifications", in: table, keys: ["channels", "webhook_url"]) {
            if let value = notifications["channels"] {
                guard let array = value.array else { throw reader.error("notifications", "channels", "expected a list of channel names") }
                settings.channels = try array.map { item in
                    guard let name = item.string, let channel = NotificationChannel(rawValue: name) else {
                        throw reader.error("notifications", "channels",
                                           "unknown channel \(item.string.map { "'\($0)'" } ?? "value"); expected in-app, terminal, desktop or webhook")
                    }
                    return channel
                }
            }
            if let value = notifications["webhook_url"] {
                guard let url = value.string, let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? "") else {
                    throw reader.error("notifications", "webhook_url", "expected an http:// or https:// URL")
                }
                settings.webhookURL = url
            }
        }
        if let budgets = try reader.section("budgets", in: table, keys: ["week_start"]), let value = budgets["week_start"] {
            let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            guard let name = value.string?.lowercased(), let index = days.firstIndex(of: name) else {
                throw reader.error("budgets", "week_start", "expected a weekday name such as monday or sunday")
            }
            settings.calendar = PeriodCalendar(weekStart: index + 1)
        }
        if let section = try reader.section("import", in: table, keys: ["rules"]), let value = section["rules"] {
            guard let rules = value.array else { throw reader.error("import", "rules", "expected [[import.rules]] tables") }
            settings.importRules = try rules.map { item in
                guard let rule = item.table, let match = rule["match"]?.string, let category = rule["category"]?.string,
                      !match.isEmpty else {
                    throw reader.error("import", "rules", "each rule needs match = \"text\" and category = \"name\"")
                }
                do {
                    return try CategoryRule(match: match, category: category)
                } catch {
                    throw reader.error("import", "rules", "match \"\(match)\" is not a valid regular expression")
                }
            }
        }
        return settings
    }

    /// Finds sections and the lines keys stand on, for error messages.
    private struct Reader {
        let text: String
        let path: String

        func section(_ name: String, in table: TOMLTable, keys: Set<String>) throws -> TOMLTable? {
            guard let value = table[name] else { return nil }
            guard let section = value.table else { throw error(nil, name, "expected a [\(name)] table") }
            for key in section.keys where !keys.contains(key) {
                throw error(name, key, "unknown key in [\(name)]; known: \(keys.sorted().joined(separator: ", "))")
            }
            return section
        }

        func error(_ section: String?, _ key: String, _ reason: String) -> OutlayError {
            OutlayError.invalidConfig(path: path, line: TOMLLines.line(of: key, in: section, text: text),
                                      key: section.map { "\($0).\(key)" } ?? key, reason: reason)
        }
    }
}
