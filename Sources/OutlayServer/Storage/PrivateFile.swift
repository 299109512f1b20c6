import Foundation

/// The server's files are its own: folders 0700 and files 0600 from the
/// moment they exist, whatever the umask, so a data folder someone made
/// readable still keeps emails, hashes and ledgers to the server's user.
enum PrivateFile {
    /// Creates the folder (and its parents) with mode 0700 when missing; an
    /// existing one keeps its mode (the server warns when others may read it).
    static func folder(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// Creates an empty file with mode 0600 unless one is there, before SQLite
    /// opens it (SQLite gives its -wal and -shm files the database file's mode).
    static func create(atPath path: String) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else { return }
        guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Whether others than the owner may enter or read `url` (a warning at start).
    static func isOpenToOthers(_ url: URL) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? NSNumber else { return false }
        return mode.intValue & 0o077 != 0
    }
}
