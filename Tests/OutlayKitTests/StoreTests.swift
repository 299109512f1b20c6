import Foundation
import GRDB
import Testing
@testable import OutlayKit

@Suite struct StoreTests {
    @Test func createsFoldersUsesWALAndReopens() throws {
        let store = try TestDatabase()
        #expect(FileManager.default.fileExists(atPath: store.database.path))
        let mode = try store.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        try store.expenses.add(draft("1", "kept"))
        let again = try AppDatabase.open(path: store.database.path)
        #expect(try TransactionService(database: again).count() == 1)
        // Migrations ran once; the default categories were not seeded twice.
        #expect(try CategoryService(database: again).list().count == 14)
    }

    @Test func resolvesThePathFromFlagEnvironmentOrXDG() {
        #expect(UserPaths.database(explicit: "/x/a.sqlite", environment: ["OUTLAY_DB": "/y/b.sqlite"]) == "/x/a.sqlite")
        #expect(UserPaths.database(explicit: nil, environment: ["OUTLAY_DB": "/y/b.sqlite"]) == "/y/b.sqlite")
        #expect(UserPaths.database(explicit: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/outlay/outlay.sqlite")
        #expect(UserPaths.database(explicit: nil, environment: ["HOME": "/h"]) == "/h/.local/share/outlay/outlay.sqlite")
        #expect(UserPaths.database(explicit: "~/o.sqlite", environment: ["HOME": "/h"]) == "/h/o.sqlite")
    }

    @Test func explainsFilesItCannotUse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = folder.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x41, count: 8_192).write(to: garbage)
        #expect {
            try AppDatabase.open(path: garbage.path)
        } throws: { error in
            guard case let .databaseUnavailable(path, reason) = error as? OutlayError else { return false }
            return path == garbage.path && reason.contains("not a SQLite database")
        }
        #expect(try Data(contentsOf: garbage) == Data(repeating: 0x41, count: 8_192))
        #expect(throws: OutlayError.self) { try AppDatabase.open(path: folder.path) }
    }

    @Test func aLockedDatabaseIsReportedNotWaitedOnForever() throws {
        let store = try TestDatabase()
        let holder = try DatabaseQueue(path: store.database.path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            #expect(throws: OutlayError.databaseLocked(path: store.database.path)) {
                try store.expenses.add(draft("1", "blocked"))
            }
        }
        #expect(try store.expenses.count() == 0)
        try store.expenses.add(draft("1", "after the lock"))
    }
}

/// A full disk is a clear error that changes nothing, not a generic failure.
@Suite struct DiskFullTests {
    @Test func aWriteThatCannotGrowTheFileSaysTheDiskIsFullAndKeepsTheLedger() throws {
        let book = try TestDatabase()
        try book.expenses.add(TransactionDraft(amount: usd("4.50"), category: "food", description: "Coffee", date: day("2026-03-01")))
        // SQLite's page limit stands in for a full disk: the file cannot grow past what it holds now.
        try book.database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
        let note = String(repeating: "n", count: 1_900)
        var failure: OutlayError?
        do {
            for index in 0..<200 {
                try book.expenses.add(TransactionDraft(amount: usd("1"), category: "food", description: "Row \(index)", date: day("2026-03-02"), note: note))
            }
        } catch let error as OutlayError {
            failure = error
        }
        guard case .diskFull? = failure else {
            Issue.record("expected diskFull, got \(String(describing: failure))")
            return
        }
        #expect(failure?.description.contains("nothing was written") == true)
        #expect(try book.database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
    }
}
