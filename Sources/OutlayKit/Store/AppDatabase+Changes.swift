import Foundation

extension AppDatabase {
    /// Changes whenever any connection commits to this database: another
    /// `outlay` process, or this one. Read from the file system (the size and
    /// modification times of the database and its WAL), so asking costs no
    /// SQLite lock and twice a second costs nothing.
    public func changeStamp() -> String {
        [path, path + "-wal"].map { file in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { return "-" }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(modified):\(attributes[.size] as? Int ?? 0)"
        }.joined(separator: "/")
    }
}
