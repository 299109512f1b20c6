import Foundation
import OutlayAPI
import OutlayKit
import OutlayBasics

/// The server this device syncs with and the token that signs it in, kept
/// in a file only its owner can read (0600, in a 0700 folder).
public struct SyncCredentials: Sendable, Equatable {
    public var server: String
    public var email: String
    public var token: String

    public init(server: String, email: String, token: String) {
        self.server = server
        self.email = email
        self.token = token
    }

    /// nil when this device has not logged in.
    public static func load(from path: String) throws -> SyncCredentials? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let json = try? JSONParser.parse(Array(data)), let server = json["server"]?.stringValue,
              let email = json["email"]?.stringValue, let token = json["token"]?.stringValue else {
            throw OutlayError.invalidConfig(path: path, line: nil, key: nil, reason: "unreadable sync credentials; run `outlay sync login` again")
        }
        return SyncCredentials(server: server, email: email, token: token)
    }

    /// Written to a new file created 0600 and renamed over the old one, so the
    /// token is never readable by others, not even for a moment.
    public func save(to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let body = JSONValue.object(["server": .string(server), "email": .string(email), "token": .string(token)]).bytes
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let temporary = path + ".tmp"
            try? FileManager.default.removeItem(atPath: temporary)
            guard FileManager.default.createFile(atPath: temporary, contents: Data(body), attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw OutlayError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    public static func remove(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        try FileManager.default.removeItem(atPath: path)
    }
}
