import Foundation
import Testing

/// ARCHITECTURE.md's table says what each target may import; this reads every source file's imports and holds
/// the code to it, so the map stays true (or is changed on purpose, in the same commit).
@Suite struct ArchitectureMapTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The platform's own modules, which any target may use.
    static let platform: Set<String> = ["Swift", "Glibc", "Darwin", "Dispatch", "Synchronization"]

    /// Each target's row: its name and every word of its "May import" cell.
    static func map() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        var rows: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let target = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let words = cells[cells.count - 2].split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
            rows[target] = Set(words)
        }
        return rows
    }

    /// The modules a file imports (`import X`, `@testable import X`, `public import X`, `import struct X.Y`).
    static func imports(in file: URL) throws -> Set<String> {
        let text = try String(contentsOf: file, encoding: .utf8)
        var modules: Set<String> = []
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init).filter { !$0.hasPrefix("@") }
            guard let index = words.firstIndex(of: "import"), words[..<index].allSatisfy({ ["public", "internal", "package"].contains($0) }),
                  index + 1 < words.count else { continue }
            var module = words[index + 1]
            if ["struct", "class", "enum", "protocol", "func", "var", "typealias"].contains(module), index + 2 < words.count { module = words[index + 2] }
            modules.insert(String(module.split(separator: ".").first ?? ""))
        }
        return modules
    }

    @Test func everyTargetImportsOnlyWhatTheMapAllows() throws {
        let map = try Self.map()
        let sources = Self.root.appendingPathComponent("Sources")
        let targets = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }
        for target in targets.sorted() {
            guard let allowed = map[target] else {
                Issue.record("\(target) has no row in ARCHITECTURE.md's table")
                continue
            }
            let files = FileManager.default.enumerator(at: sources.appendingPathComponent(target), includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
            for file in files {
                for module in try Self.imports(in: file) where !allowed.contains(module) && !Self.platform.contains(module) {
                    Issue.record("\(target)/\(file.lastPathComponent) imports \(module), which ARCHITECTURE.md does not allow \(target)")
                }
            }
        }
    }
}
