import Foundation
import OutlayKit
@testable import OutlayTUI
import Testing

/// An entry kept from last time stays on disk until it is saved.
@Suite struct DraftStoreTests {
    @Test func aKeptEntryLeavesTheDiskOnlyOnceSaved() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let store = DraftStore(path: fixture.folder.appendingPathComponent("state/draft.json").path)
        try FileManager.default.createDirectory(atPath: (store.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // As the dashboard wrote it when it closed with the entry open; the amount is not valid yet.
        try #"{"amount":"abc","description":"Kept from last time","category":"food"}"#.write(toFile: store.path, atomically: true, encoding: .utf8)

        let (app, _) = fixture.app()
        app.onTransactionAdded = { store.discard() }
        app.modify { #expect(store.restore(into: &$0)) }
        #expect(FileManager.default.fileExists(atPath: store.path), "restoring must not delete the only copy")
        app.type("a")
        app.press(.enter)  // refused: the amount is not a number
        #expect(FileManager.default.fileExists(atPath: store.path))
        for _ in 0..<3 { app.press(.backspace) }
        app.type("4.5")
        app.press(.enter)
        #expect(try TransactionService(database: fixture.database).list(TransactionPageRequest()).transactions
            .contains { $0.description == "Kept from last time" })
        #expect(!FileManager.default.fileExists(atPath: store.path))
    }
}
