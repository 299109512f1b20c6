import Foundation
import OutlayKit

/// A file's size and time of change, compared on the dashboard's tick: an edit is noticed without reading the file
/// or polling it in a loop.
struct FileStamp: Sendable {
    let path: String
    private var seen: String?

    init(path: String) {
        self.path = path
        seen = Self.stamp(path)
    }

    /// True once after each change (a file made or removed counts).
    mutating func changed() -> Bool {
        let stamp = Self.stamp(path)
        guard stamp != seen else { return false }
        seen = stamp
        return true
    }

    private static func stamp(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let changed = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(changed)/\(attributes[.size] as? Int ?? 0)"
    }
}

/// `config.toml` edited while the dashboard is open: read again on the next tick, the book's settings (a
/// `default_account` added is the form's default at once) and the dashboard's own `[tui]` and `[keys]`.
public struct ConfigWatch: Sendable {
    public struct Reading: Sendable {
        public let settings: OutlaySettings
        public let tui: TUISettings
    }

    private var file: FileStamp

    public init(path: String) { file = FileStamp(path: path) }

    /// The file's settings again when it changed since last asked; an error names what is wrong in it.
    mutating func changed() -> Result<Reading, any Error>? {
        guard file.changed() else { return nil }
        return Result {
            let document = try TOMLDocument.load(path: file.path)
            return Reading(settings: try OutlayConfig.settings(from: document), tui: try TUISettings(document: document))
        }
    }
}

/// The theme file on screen, read again when edited: colours change at once, and a mistake in the file is said
/// while the theme on screen stays (no flash to the default mid-edit).
public struct ThemeWatch: Sendable {
    let name: String
    private var file: FileStamp?

    public init(name: String, themes: ThemeLibrary) {
        self.name = name
        file = themes.path(of: name).map { FileStamp(path: $0) }
    }

    /// The theme again when its file changed; a problem names the file, line and key.
    mutating func changed() -> Result<Theme, any Error>? {
        guard let path = file?.path, file?.changed() == true else { return nil }
        return Result { try ThemeLibrary.theme(from: TOMLDocument.load(path: path), name: name) }
    }
}
