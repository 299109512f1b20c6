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

    public static func parse(_ text: String, path: String) throws -> TUISettings {
        try TUISettings(document: TOMLDocument(text: text, path: path))
    }

    /// The [tui] and [keys] sections of the config file, read once with the rest
    /// of it; errors name the file, the line and the key.
    public init(document: TOMLDocument) throws {
        self.init()
        if let tui = try document.section("tui", keys: ["theme", "auto_sync_minutes"]) {
            if let value = tui["auto_sync_minutes"] {
                guard let minutes = value.int, (1...1440).contains(minutes) else {
                    throw document.error("tui", "auto_sync_minutes", "[tui] auto_sync_minutes must be a whole number of minutes from 1 to 1440")
                }
                autoSyncSeconds = minutes * 60
            }
            if let value = tui["theme"] {
                guard let name = value.string, !name.isEmpty else { throw document.error("tui", "theme", "[tui] theme must be a theme name") }
                theme = name
            }
        }
        if let keys = try document.section("keys", keys: Set(Command.allCases.map(\.rawValue))) {
            for name in keys.keys {
                guard let command = Command(rawValue: name) else { continue }
                let texts = keys[name]?.string.map { [$0] } ?? keys[name]?.array?.compactMap(\.string) ?? []
                guard !texts.isEmpty else { throw document.error("keys", name, "[keys] \(name) must be a key such as \"ctrl-d\" or a list of them") }
                let parsed = try texts.map { text -> KeyEvent in
                    guard let key = KeyEvent(parsing: text) else {
                        throw document.error("keys", name, "[keys] \(name): '\(text)' is not a key (examples: \"x\", \"ctrl-d\", \"alt-j\", \"f5\", \"pgdn\")")
                    }
                    return key
                }
                keymap = keymap.rebinding(command, to: parsed)
            }
        }
    }
}
