import Foundation
import Testing
@testable import OutlayKit

@Suite struct CategoryServiceTests {
    @Test func startsWithTheDefaultCategories() throws {
        let store = try TestDatabase()
        let names = try store.categories.list().map { "\($0.category.kind.rawValue):\($0.category.name)" }
        #expect(names == Category.defaultExpenseNames.sorted().map { "expense:\($0)" }
            + Category.defaultIncomeNames.sorted().map { "income:\($0)" })
    }

    @Test func addsWithValidation() throws {
        let store = try TestDatabase()
        try store.categories.add(" Pets ", kind: .expense)
        try store.categories.add("vet", kind: .expense, parent: "pets")
        #expect(throws: OutlayError.categoryExists("pets", kind: .expense)) { try store.categories.add("PETS", kind: .expense) }
        #expect(throws: OutlayError.invalidCategoryName("bad\u{1B}name")) { try store.categories.add("bad\u{1B}name", kind: .expense) }
        #expect(try store.expenses.add(draft("30", "Kibble", category: "Pets")).category == "pets")
        #expect(try store.categories.list(kind: .expense).first { $0.category.name == "vet" }?.category.parent == "pets")
    }

    @Test func theDashboardsOtherIdsMeanOtherUnlessALedgerHasThatName() throws {
        let store = try TestDatabase()
        #expect(try store.expenses.add(draft("3", "Stamps", category: "other_expense")).category == "other")
        #expect(try store.expenses.add(draft("9", "Gift", category: "Other_Income", kind: .income)).category == "other")
        #expect(try store.categories.validatedName("OTHER_EXPENSE") == "other")
        #expect(try store.categories.validatedName("Food") == "food")
        // A category someone named so on purpose is theirs.
        try store.categories.add("other_expense", kind: .expense)
        #expect(try store.expenses.add(draft("4", "Misc", category: "other_expense")).category == "other_expense")
    }

    @Test func renameMovesTransactionsAndUndoMovesThemBack() throws {
        let store = try TestDatabase()
        let a = try store.expenses.add(draft("10", "Bus", category: "transport"))
        let b = try store.expenses.add(draft("20", "Taxi", category: "transport"))
        try store.expenses.delete(id: b.id)
        #expect(try store.categories.rename("transport", to: "travel", kind: .expense) == 2)
        #expect(try store.expenses.get(id: a.id).category == "travel")
        #expect(try store.expenses.get(id: b.id, includeDeleted: true).category == "travel")
        #expect(throws: OutlayError.self) { try store.expenses.add(draft("1", "x", category: "transport")) }
        #expect(throws: OutlayError.categoryExists("food", kind: .expense)) {
            try store.categories.rename("travel", to: "food", kind: .expense)
        }
        try store.undo.undo()
        #expect(try store.expenses.get(id: a.id).category == "transport")
        #expect(try store.categories.list(kind: .expense).contains { $0.category.name == "travel" } == false)
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func mergeRepointsInOneStepAndKeepsRollupsExact() throws {
        let store = try TestDatabase()
        try store.categories.add("coffee", kind: .expense)
        for index in 0..<50 { try store.expenses.add(draft("3.\(10 + index)", "Espresso \(index)", category: "coffee")) }
        try store.expenses.add(draft("40", "Groceries", category: "food"))
        let moved = try store.categories.merge("coffee", into: "food", kind: .expense)
        #expect(moved == 50)
        #expect(try store.expenses.summary(TransactionFilter(category: "food")).count == 51)
        #expect(try store.expenses.summary(TransactionFilter(category: "coffee")).count == 0)
        #expect(try StoreHealth(database: store.database).problems() == [])
        try store.undo.undo()
        #expect(try store.expenses.summary(TransactionFilter(category: "coffee")).count == 50)
        #expect(try store.expenses.summary(TransactionFilter(category: "food")).count == 1)
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func aNameInBothKindsNeedsTheKindToBeSaid() throws {
        let store = try TestDatabase()
        #expect(try store.categories.kind(of: "other") == .expense)
        #expect(try store.categories.kind(of: "salary") == .income)
        #expect(try store.categories.validatedName("Salary") == "salary")
        #expect {
            try store.categories.validatedName("nope")
        } throws: { error in
            guard case let .unknownCategory(_, kind, known) = error as? OutlayError else { return false }
            return kind == nil && known.contains("salary") && known.contains("food")
        }
    }
}
