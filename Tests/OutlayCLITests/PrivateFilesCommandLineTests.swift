import Foundation
import Testing

/// The book, its folder, its journal files and exports are the user's alone, whatever the umask.
@Suite struct PrivateFilesCommandLineTests {
    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aNewBookAndItsExportAreOwnerOnly() throws {
        let runner = try CLIRunner()
        let previous = umask(0o022)
        defer { umask(previous) }
        #expect(try runner.run(["add", "4.50", "Coffee"]).status == 0)
        let folder = (runner.databasePath as NSString).deletingLastPathComponent
        #expect(Self.mode(folder) == 0o700)
        for file in [runner.databasePath, runner.databasePath + "-wal", runner.databasePath + "-shm"]
            where FileManager.default.fileExists(atPath: file) {
            #expect(Self.mode(file) == 0o600, "\(file): \(String(Self.mode(file), radix: 8))")
        }
        let export = runner.folder.appendingPathComponent("book.csv").path
        #expect(try runner.run(["export", "--format", "csv", "--output", export]).status == 0)
        #expect(Self.mode(export) == 0o600)
    }

    @Test func anOlderBookReadableByOthersBecomesOwnerOnly() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["add", "4.50", "Coffee"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: runner.databasePath)
        #expect(try runner.run(["list"]).status == 0)
        #expect(Self.mode(runner.databasePath) == 0o600)
    }
}
