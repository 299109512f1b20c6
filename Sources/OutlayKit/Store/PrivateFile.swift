import Foundation

/// Money is private: every file Outlay and the server make (books, ledgers,
/// the accounts store, exports) is 0600 and every folder 0700 from the moment
/// it exists, whatever the umask, so a shared machine or a data folder someone
/// made readable still keeps them to their owner.
public enum PrivateFile {
    /// Creates the folder (and its parents) with mode 0700 when missing; an
    /// existing one keeps its mode (the server warns when others may read it).
    public static func folder(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// Creates an empty file with mode 0600 unless one is there, before SQLite
    /// opens it (SQLite gives its -wal and -shm files the database file's mode).
    public static func create(atPath path: String) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else { return }
        guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Takes the group's and others' access away from a file made before files were private
    /// (a book of an earlier release was 0644), with its -wal and -shm beside it.
    public static func makePrivate(databaseAt path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            guard let mode = (try? FileManager.default.attributesOfItem(atPath: file))?[.posixPermissions] as? NSNumber,
                  mode.intValue & 0o077 != 0 else { continue }
            try? FileManager.default.setAttributes([.posixPermissions: mode.intValue & 0o700], ofItemAtPath: file)
        }
    }

    /// Whether others than the owner may enter or read `url` (a warning at start).
    public static func isOpenToOthers(_ url: URL) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? NSNumber else { return false }
        return mode.intValue & 0o077 != 0
    }
}
