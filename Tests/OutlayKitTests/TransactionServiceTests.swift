import Foundation
import GRDB
import Testing
@testable import OutlayKit

@Suite struct TransactionServiceTests {
    @Test func addsAndGetsATransaction() throws {
        let store = try TestDatabase()
        let added = try store.expenses.add(draft("4.50", "  Flat white ", category: "Food", note: "with Sam", tags: ["Work", "work"]))
        #expect(added.description == "Flat white")
        #expect(added.category == "food")
        #expect(added.tags == ["work"])
        #expect(added.amount.minorUnits == 450)
        #expect(try store.expenses.get(id: added.id) == added)
        #expect(try store.expenses.get(id: RecordID.short(added.id)) == added)
        #expect(added.createdAt == added.updatedAt)
    }

    @Test func rejectsBadInputAndChangesNothing() throws {
        let store = try TestDatabase()
        try store.expenses.add(draft("1", "seed"))
        let before = try snapshot(store)
        #expect(throws: OutlayError.emptyDescription) { try store.expenses.add(draft("3", "   ")) }
        #expect(throws: OutlayError.self) { try store.expenses.add(draft("-3", "negative")) }
        #expect(throws: OutlayError.self) { try store.expenses.add(draft("0", "zero")) }
        #expect(throws: OutlayError.invalidTag("two words")) { try store.expenses.add(draft("3", "x", tags: ["two words"])) }
        #expect {
            try store.expenses.add(draft("3", "x", category: "foood"))
        } throws: { error in
            guard case let .unknownCategory(name, kind, known) = error as? OutlayError else { return false }
            return name == "foood" && kind == .expense && known.contains("food") && known.contains("rent")
        }
        // Income categories are not expense categories.
        #expect(throws: OutlayError.self) { try store.expenses.add(draft("3", "x", category: "salary")) }
        #expect(throws: OutlayError.unknownTransaction("does-not-exist")) { try store.expenses.delete(id: "does-not-exist") }
        #expect(try snapshot(store) == before)
    }

    @Test func editChangesOnlyWhatItNames() throws {
        let store = try TestDatabase()
        let added = try store.expenses.add(draft("10", "Lunch", category: "food", note: "team"))
        let edited = try store.expenses.edit(id: added.id, TransactionPatch(amount: usd("12.30"), note: .some(nil)))
        #expect(edited.amount.minorUnits == 1230)
        #expect(edited.note == nil)
        #expect(edited.description == "Lunch" && edited.category == "food")
        #expect(edited.updatedAt >= added.updatedAt)
        // Switching kind moves a category the new kind lacks to "other".
        let income = try store.expenses.edit(id: added.id, TransactionPatch(kind: .income))
        #expect(income.category == "other" && income.kind == .income)
        #expect(throws: OutlayError.self) { try store.expenses.edit(id: added.id, TransactionPatch(category: "rent")) }
    }

    @Test func deleteIsSoftAndRestoreBringsItBack() throws {
        let store = try TestDatabase()
        let added = try store.expenses.add(draft("10", "Cinema", category: "entertainment"))
        let deleted = try store.expenses.delete(id: added.id)
        #expect(deleted.deletedAt != nil)
        #expect(try store.expenses.list(TransactionPageRequest()).transactions.isEmpty)
        #expect(try store.expenses.summary().count == 0)
        #expect(throws: OutlayError.self) { try store.expenses.get(id: added.id) }
        #expect(try store.expenses.get(id: added.id, includeDeleted: true).deletedAt != nil)
        let restored = try store.expenses.restore(id: added.id)
        #expect(restored.deletedAt == nil)
        #expect(try store.expenses.summary().totalExpenses.minorUnits == 1000)
    }

    @Test func undoTakesBackChangesOneByOne() throws {
        let store = try TestDatabase()
        let a = try store.expenses.add(draft("1", "first"))
        let b = try store.expenses.add(draft("2", "second"))
        try store.expenses.edit(id: a.id, TransactionPatch(description: "first, edited"))
        try store.expenses.delete(id: b.id)

        try store.undo.undo()  // the delete
        #expect(try store.expenses.get(id: b.id).description == "second")
        try store.undo.undo()  // the edit
        #expect(try store.expenses.get(id: a.id).description == "first")
        #expect(try store.expenses.list(TransactionPageRequest(filter: TransactionFilter(search: "edited"))).transactions.isEmpty)
        try store.undo.undo()  // second add
        #expect(throws: OutlayError.self) { try store.expenses.get(id: b.id) }
        try store.undo.undo()  // first add
        #expect(try store.expenses.summary().count == 0)
        #expect(throws: OutlayError.nothingToUndo) { try store.undo.undo() }
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func undoWorksAcrossReopening() throws {
        let store = try TestDatabase()
        let added = try store.expenses.add(draft("5", "kept across processes"))
        let reopened = try AppDatabase.open(path: store.database.path)
        try UndoService(database: reopened).undo()
        #expect(throws: OutlayError.self) { try store.expenses.get(id: added.id) }
    }

    @Test func shortIdsMustBeUnambiguous() throws {
        let store = try TestDatabase()
        let added = try store.expenses.add(draft("5", "x"))
        // A tail shared by every id: the last hyphen-group's final char plus nothing else is too short.
        #expect(throws: OutlayError.unknownTransaction("abc")) { try store.expenses.get(id: "abc") }
        #expect(try store.expenses.get(id: String(added.id.suffix(6)).uppercased()).id == added.id)
        let clash = try store.database.write { db -> String in
            let twin = "00000000-0000-7000-8000-0000" + added.id.suffix(8)
            try db.execute(sql: """
                INSERT INTO transactions(id, kind, amount, category, description, date, created_at, updated_at)
                VALUES (?, 'expense', 1, 'other', 'twin', '2024-01-01', 0, 0)
                """, arguments: [twin])
            return twin
        }
        #expect(clash != added.id)
        #expect {
            try store.expenses.get(id: RecordID.short(added.id))
        } throws: { error in
            if case .ambiguousTransaction = error as? OutlayError { return true }
            return false
        }
    }

    /// Everything the service stores, to show a failed call changed nothing.
    private func snapshot(_ store: TestDatabase) throws -> [String] {
        try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT id || kind || amount || category || description || date FROM transactions ORDER BY seq")
                + String.fetchAll(db, sql: "SELECT seq || action FROM undo_log ORDER BY seq")
        }
    }
}
