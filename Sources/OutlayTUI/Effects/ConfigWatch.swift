import Foundation
import OutlayKit

/// `config.toml` edited while the dashboard is open: noticed on the next tick (its size and time of change are
/// compared, no reading in a loop), and read again, so a `default_account` added is the form's default at once.
public struct ConfigWatch: Sendable {
    let path: String
    let read: @Sendable () throws -> OutlaySettings
    private var seen: String?

    public init(path: String, read: @escaping @Sendable () throws -> OutlaySettings) {
        self.path = path
        self.read = read
        seen = Self.stamp(path)
    }

    /// The settings again when the file changed since last asked; an error names what is wrong in it.
    mutating func changed() -> Result<OutlaySettings, any Error>? {
        let stamp = Self.stamp(path)
        guard stamp != seen else { return nil }
        seen = stamp
        return Result { try read() }
    }

    private static func stamp(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let changed = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(changed)/\(attributes[.size] as? Int ?? 0)"
    }
}
