import Foundation
import OutlayBasics
import OutlayKit

/// What the dashboard keeps between runs in the state folder
/// (`$XDG_STATE_HOME/outlay/dashboard.json`), never in the user's config:
/// the theme chosen with `T` or the palette, and that the welcome was seen.
public struct DashboardMemory: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The remembered theme, unless the config's `[tui] theme` changed since it was chosen (the config is newer then).
    public func theme(configured: String?) -> String? {
        let values = read()
        guard let theme = values["theme"]?.stringValue else { return nil }
        return values["configured"]?.stringValue == configured ? theme : nil
    }

    public var welcomed: Bool { read()["welcomed"] == .bool(true) }

    /// Keeps `theme`, with the config's theme at the time, so a later edit of the config wins.
    public func remember(theme: String, configured: String?) {
        var values = read()
        values["theme"] = .string(theme)
        values["configured"] = configured.map(JSONValue.string) ?? .null
        write(values)
    }

    public func rememberWelcomed() {
        var values = read()
        values["welcomed"] = .bool(true)
        write(values)
    }

    private func read() -> JSONObject {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        return (try? JSONParser.parse(Array(data)))?.objectValue ?? [:]
    }

    private func write(_ values: JSONObject) {
        try? PrivateFile.folder(URL(fileURLWithPath: (path as NSString).deletingLastPathComponent))
        _ = FileManager.default.createFile(atPath: path, contents: Data(JSONValue.object(values).bytes), attributes: [.posixPermissions: 0o600])
    }
}
