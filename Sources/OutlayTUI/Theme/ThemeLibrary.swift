import Foundation
import OutlayKit
import TerminalUI
import TOMLKit

/// Finds and reads themes: the user's folder first, then the ones shipped with Outlay.
public struct ThemeLibrary: Sendable {
    /// Searched in order; a user theme with a shipped theme's name replaces it.
    public let directories: [String]

    public init(directories: [String]) { self.directories = directories }

    /// `$XDG_CONFIG_HOME/outlay/themes`, then the `themes/` folder of the
    /// clone or installation this executable runs from.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeLibrary {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        var directories = [config + "/outlay/themes"]
        directories += shippedDirectories()
        return ThemeLibrary(directories: directories)
    }

    /// `<prefix>/share/outlay/themes` beside an installed binary, and `themes/` in
    /// a folder above the executable (a clone: `.build/debug/outlay`).
    static func shippedDirectories() -> [String] {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        var found = [folder.appendingPathComponent("../share/outlay/themes").standardized.path]
        for _ in 0..<5 {
            found.append(folder.appendingPathComponent("themes").path)
            folder.deleteLastPathComponent()
        }
        return found.filter { FileManager.default.fileExists(atPath: $0 + "/dark.toml") || $0.contains("/.config/") }
    }

    /// Every theme name found, `dark` first, then alphabetical.
    public func names() -> [String] {
        var names: Set<String> = ["dark"]
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return ["dark"] + names.subtracting(["dark"]).sorted()
    }

    /// The theme called `name`; a broken or missing one gives `dark` and the reason.
    public func load(_ name: String) -> (theme: Theme, problem: String?) {
        guard let path = path(of: name) else {
            return (.dark, name == "dark" ? nil : "no theme called '\(name)' (looked in \(directories.joined(separator: ", ")))")
        }
        do {
            return (try Self.theme(from: TOMLDocument.load(path: path), name: name), nil)
        } catch {
            return (.dark, "\(error); using dark")
        }
    }

    func path(of name: String) -> String? {
        guard !name.contains("/") else { return nil }
        return directories.map { "\($0)/\(name).toml" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    public static func parse(_ text: String, path: String, name: String) throws -> Theme {
        try theme(from: TOMLDocument(text: text, path: path), name: name)
    }

    /// Reads a theme file; slots it leaves out come from `dark`.
    static func theme(from document: TOMLDocument, name: String) throws -> Theme {
        var theme = Theme.dark
        theme.name = document.table["name"]?.string ?? name
        guard let colors = document.table["colors"] else { return theme }
        func fail(_ key: String, _ reason: String) -> OutlayError { document.error("colors", key, reason) }
        guard let slots = colors.table else { throw document.error(nil, "colors", "[colors] must be a table") }
        let paths: [String: WritableKeyPath<Theme, Color>] = [
            "background": \.background, "surface": \.surface, "text": \.text, "muted": \.muted, "accent": \.accent,
            "income": \.income, "expense": \.expense, "warning": \.warning, "danger": \.danger, "selection": \.selection,
            "selection_text": \.selectionText, "border": \.border,
        ]
        for key in slots.keys {
            let value = slots[key]
            if key == "chart_series" {
                guard let list = value?.array, !list.isEmpty else {
                    throw fail(key, "chart_series must be a list of \"#rrggbb\" colours")
                }
                theme.chartSeries = try list.map { item in
                    guard let hex = item.string, let color = Color(hex: hex) else {
                        throw fail(key, "chart_series: \(item.string.map { "'\($0)'" } ?? "a value") is not a #rrggbb colour")
                    }
                    return color
                }
            } else if let slot = paths[key] {
                guard let hex = value?.string, let color = Color(hex: hex) else {
                    throw fail(key, "\(key): \(value?.string.map { "'\($0)'" } ?? "the value") is not a #rrggbb colour")
                }
                theme[keyPath: slot] = color
            } else {
                throw fail(key, "unknown slot '\(key)'; known: \((paths.keys.sorted() + ["chart_series"]).joined(separator: ", "))")
            }
        }
        return theme
    }
}
