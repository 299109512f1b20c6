import Foundation
import OutlayKit
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
        case export(ExportFormat, path: String)
        /// "export csv|json|ledger PATH": starts the command in the input.
        case exportHint
    }
    public var title: String
    public var keys: String
    public var target: Target

    /// Every entry: each command with its keys, each theme, and export.
    static func all(keymap: Keymap, themes: [String]) -> [PaletteEntry] {
        Command.allCases.filter { $0 != .palette }.map {
            PaletteEntry(title: "\($0.rawValue) — \($0.summary)", keys: keymap.label(for: $0), target: .command($0))
        } + themes.map { PaletteEntry(title: "theme \($0)", keys: "", target: .theme($0)) }
            + [PaletteEntry(title: "export csv|json|ledger PATH — write the whole book to a file", keys: "", target: .exportHint)]
    }

    /// Entries whose title holds every word of the query, in order of the list;
    /// `export FORMAT PATH` typed out is the one entry that runs it.
    static func matching(_ query: String, keymap: Keymap, themes: [String]) -> [PaletteEntry] {
        let parts = query.trimmingWhitespace().split(separator: " ", maxSplits: 2).map(String.init)
        if parts.count == 3, parts[0].lowercased() == "export", let format = ExportFormat(rawValue: parts[1].lowercased()) {
            let path = (parts[2] as NSString).expandingTildeInPath
            return [PaletteEntry(title: "export \(format.rawValue) to \(path)", keys: "Enter", target: .export(format, path: path))]
        }
        let words = query.lowercased().split(separator: " ")
        return all(keymap: keymap, themes: themes).filter { entry in
            let title = entry.title.lowercased()
            return words.allSatisfy { title.contains($0) }
        }
    }
}
