import Foundation
import OutlayKit
import TerminalUI
import TOMLKit

/// The dashboard's part of `config.toml`:
///
/// ```toml
/// [tui]
/// theme = "nord"
/// auto_sync_minutes = 10   # sync in the background this often (and on open)
///
/// [keys]
/// quit = "Q"               # one key
/// down = ["j", "ctrl-n"]   # or several
/// ```
public struct TUISettings: Sendable, Equatable {
    public var theme: String?
    public var keymap: Keymap
    /// Seconds between background syncs while the dashboard is open; nil: only on `S`.
    public var autoSyncSeconds: Int?

    public init(theme: String? = nil, keymap: Keymap = .defaults, autoSyncSeconds: Int? = nil) {
        self.theme = theme
        self.keymap = keymap
        self.autoSyncSeconds = autoSyncSeconds
    }

    public static func load(path: String) throws -> TUISettings {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return TUISettings() }
        return try parse(text, path: path)
    }

    /// Errors name the file, the line and the key.
    public static func parse(_ text: String, path: String) throws -> TUISettings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigFileError(path: path, line: error.source.begin.line, reason: error.description)
        }
        var settings = TUISettings()
        func fail(_ section: String, _ key: String, _ reason: String) -> ConfigFileError {
            ConfigFileError(path: path, line: TOMLLines.line(of: key, in: section, text: text), reason: reason)
        }
        if let tui = table["tui"]?.table {
            for key in tui.keys where key != "theme" && key != "auto_sync_minutes" {
                throw fail("tui", key, "unknown key '\(key)' in [tui]; known: auto_sync_minutes, theme")
            }
            if let value = tui["auto_sync_minutes"] {
                guard let minutes = value.int, (1...1440).contains(minutes) else {
                    throw fail("tui", "auto_sync_minutes", "[tui] auto_sync_minutes must be a whole number of minutes from 1 to 1440")
                }
                settings.autoSyncSeconds = minutes * 60
            }
            if let value = tui["theme"] {
                guard let name = value.string, !name.isEmpty else { throw fail("tui", "theme", "[tui] theme must be a theme name") }
                settings.theme = name
            }
        }
        if let keys = table["keys"]?.table {
            for name in keys.keys {
                guard let command = Command(rawValue: name) else {
                    throw fail("keys", name, "unknown command '\(name)' in [keys]; known: \(Command.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let texts = keys[name]?.string.map { [$0] } ?? keys[name]?.array?.compactMap(\.string) ?? []
                guard !texts.isEmpty else { throw fail("keys", name, "[keys] \(name) must be a key such as \"ctrl-d\" or a list of them") }
                let parsed = try texts.map { text -> KeyEvent in
                    guard let key = KeyEvent(parsing: text) else {
                        throw fail("keys", name, "[keys] \(name): '\(text)' is not a key (examples: \"x\", \"ctrl-d\", \"alt-j\", \"f5\", \"pgdn\")")
                    }
                    return key
                }
                settings.keymap = settings.keymap.rebinding(command, to: parsed)
            }
        }
        return settings
    }
}
