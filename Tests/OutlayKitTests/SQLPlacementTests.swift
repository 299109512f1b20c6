import Foundation
import Testing

/// All SQL is in the stores (`Sources/OutlayKit/Store`, the server's `Storage`): services, analytics, imports,
/// sync and the front ends ask the stores' query and command types and hold no SQL text of their own.
@Suite struct SQLPlacementTests {
    static let sources = ArchitectureMapTests.root.appendingPathComponent("Sources")
    static let stores = ["OutlayKit/Store/", "OutlayServer/Storage/"]
    /// A statement as code writes one: GRDB's `sql:` label, or the start of a statement in a string.
    static let statement = try! NSRegularExpression(
        pattern: #"\bsql:|"[^"\n]*\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE)\b|\bUPDATE [a-z_]+ SET\b|"\s*$\n\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b"#,
        options: [.anchorsMatchLines])

    /// Files outside the stores and the lines in them that hold SQL.
    static func offenders() throws -> [String] {
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let relative = String(file.path.dropFirst(sources.path.count + 1))
            guard !stores.contains(where: relative.hasPrefix) else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in statement.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let line = text[..<Range(match.range, in: text)!.lowerBound].filter { $0 == "\n" }.count + 1
                found.append("\(relative):\(line)")
            }
        }
        return found.sorted()
    }

    @Test func noSQLOutsideTheStores() throws {
        #expect(try Self.offenders() == [])
    }

    /// The check sees SQL where it is: the stores are full of it.
    @Test func theCheckFindsTheStoresStatements() throws {
        let store = Self.sources.appendingPathComponent("OutlayKit/Store/CategoryRow.swift")
        let text = try String(contentsOf: store, encoding: .utf8)
        #expect(Self.statement.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) > 5)
    }
}
