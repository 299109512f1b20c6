import TerminalUI

/// The command palette: a query and the entries that match it.
public struct PaletteState: Sendable, Equatable {
    public var input = TextInput()
    public var selected = 0
}

/// One thing the palette can do.
public struct PaletteEntry: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case command(Command)
        case theme(String)
    }
    public var title: String
    public var keys: String
    public var target: Target

    /// Every entry: each command with its keys, then each theme.
    static func all(keymap: Keymap, themes: [String]) -> [PaletteEntry] {
        Command.allCases.filter { $0 != .palette }.map {
            PaletteEntry(title: "\($0.rawValue) — \($0.summary)", keys: keymap.label(for: $0), target: .command($0))
        } + themes.map { PaletteEntry(title: "theme \($0)", keys: "", target: .theme($0)) }
    }

    /// Entries whose title holds every word of the query, in order of the list.
    static func matching(_ query: String, keymap: Keymap, themes: [String]) -> [PaletteEntry] {
        let words = query.lowercased().split(separator: " ")
        return all(keymap: keymap, themes: themes).filter { entry in
            let title = entry.title.lowercased()
            return words.allSatisfy { title.contains($0) }
        }
    }
}
