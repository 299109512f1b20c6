import Foundation

/// Tab in a path field: as far as the names in its folder agree, a folder
/// gets its slash, and the names that still fit when they disagree.
public enum PathCompletion {
    public struct Result: Sendable, Equatable {
        public var text: String
        public var candidates: [String]
    }

    /// `list` gives a folder's entries (a folder's name ending in "/"), nil when it cannot be read.
    public static func complete(_ typed: String, list: (String) -> [String]?) -> Result {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = folderPart.isEmpty ? "." : (folderPart as NSString).expandingTildeInPath
        guard let entries = list(folder) else { return Result(text: typed, candidates: []) }
        let visible = entries.filter { prefix.hasPrefix(".") || !$0.hasPrefix(".") }
        var matches = visible.filter { $0.hasPrefix(prefix) }
        if matches.isEmpty { matches = visible.filter { $0.lowercased().hasPrefix(prefix.lowercased()) } }
        matches.sort()
        guard let first = matches.first else { return Result(text: typed, candidates: []) }
        if matches.count == 1 { return Result(text: folderPart + first, candidates: []) }
        var common = first
        for name in matches.dropFirst() {
            while !name.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        let text = folderPart + (common.count > prefix.count ? common : prefix)
        return Result(text: text, candidates: matches)
    }

    /// A folder's entries from the file system, folders marked with "/".
    public static func entries(of folder: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return names.map { name in
            var isFolder: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue ? name + "/" : name
        }
    }
}
