import Foundation
import GRDB
import Testing
@testable import OutlayKit

/// Filters, keyset pages and summaries, checked against plain Swift over the same rows.
@Suite struct ListingTests {
    static func filledStore() throws -> (TestDatabase, [Transaction]) {
        let store = try TestDatabase()
        try DemoService(database: store.database).populate(count: 3_000, seed: 5, end: day("2024-06-30"))
        // Same-day rows exercise the id tie-break; words and tags exercise search and tags.
        try store.expenses.add(draft("19.99", "Café crème", category: "food", on: "2024-06-30", note: "Paris trip", tags: ["travel"]))
        try store.expenses.add(draft("250", "Hotel", category: "other", on: "2024-06-30", tags: ["travel", "work"]))
        try store.expenses.add(draft("3000", "Salary June", category: "salary", kind: .income, on: "2024-06-25"))
        let all = try store.database.read { db in
            try TransactionRow.fetchAll(db, sql: "SELECT \(TransactionRow.columns) FROM transactions WHERE deleted_at IS NULL",
                                        currency: .usd)
        }
        return (store, all)
    }

    static let filters: [TransactionFilter] = [
        TransactionFilter(),
        TransactionFilter(from: day("2024-03-01"), to: day("2024-03-31")),
        // Partial months at either end, one partial month, open ends, a leap day.
        TransactionFilter(from: day("2024-02-10"), to: day("2024-04-20")),
        TransactionFilter(from: day("2024-03-05"), to: day("2024-03-20")),
        TransactionFilter(from: day("2024-01-31"), to: day("2024-02-29"), kind: .expense),
        TransactionFilter(to: day("2024-01-15"), category: "rent"),
        TransactionFilter(from: day("2024-04-02")),
        TransactionFilter(from: day("2024-05-01"), to: day("2024-04-01")),
        TransactionFilter(kind: .income),
        TransactionFilter(category: "food"),
        TransactionFilter(from: day("2024-05-01"), kind: .expense, category: "transport"),
        TransactionFilter(tag: "travel"),
        TransactionFilter(search: "creme"),
        TransactionFilter(search: "cof"),
        TransactionFilter(tag: "travel", search: "paris"),
        TransactionFilter(minimumAmount: 10_000, maximumAmount: 50_000),
        TransactionFilter(from: day("2024-06-01"), category: "food", minimumAmount: 2_000),
    ]

    static func matches(_ t: Transaction, _ f: TransactionFilter) -> Bool {
        func folded(_ text: String?) -> String { (text ?? "").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let words = (f.search ?? "").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { folded(String($0)) }
        let haystack = (folded(t.description) + " " + folded(t.note))
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let inDates = (f.from.map { t.date >= $0 } ?? true) && (f.to.map { t.date <= $0 } ?? true)
        let inKind = (f.kind.map { t.kind == $0 } ?? true) && (f.category.map { t.category == $0 } ?? true)
        let hasTag = f.tag.map { t.tags.contains($0) } ?? true
        let hasWords = words.allSatisfy { word in haystack.contains { $0.hasPrefix(word) } }
        let aboveMinimum = f.minimumAmount.map { t.amount.minorUnits >= $0 } ?? true
        let belowMaximum = f.maximumAmount.map { t.amount.minorUnits <= $0 } ?? true
        return inDates && inKind && hasTag && hasWords && aboveMinimum && belowMaximum
    }

    @Test func pagesCoverEveryMatchOnceInOrder() throws {
        let (store, all) = try Self.filledStore()
        for filter in Self.filters {
            for order in [TransactionOrder.newestFirst, .oldestFirst] {
                var seen: [Transaction] = []
                var cursor: TransactionCursor?
                repeat {
                    let page = try store.expenses.list(TransactionPageRequest(filter: filter, order: order, limit: 97, after: cursor))
                    seen += page.transactions
                    cursor = page.nextCursor
                } while cursor != nil
                var expected = all.filter { Self.matches($0, filter) }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
                if order == .newestFirst { expected.reverse() }
                #expect(seen.map(\.id) == expected.map(\.id), "filter \(filter) order \(order)")
            }
        }
    }

    @Test func summariesMatchTheRows() throws {
        let (store, all) = try Self.filledStore()
        for filter in Self.filters {
            let matching = all.filter { Self.matches($0, filter) }
            let summary = try store.expenses.summary(filter)
            let income = matching.filter { $0.kind == .income }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
            let expenses = matching.filter { $0.kind == .expense }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
            #expect(summary.totalIncome.minorUnits == income, "filter \(filter)")
            #expect(summary.totalExpenses.minorUnits == expenses, "filter \(filter)")
            #expect(summary.balance.minorUnits == income - expenses)
            #expect(summary.count == matching.count)
        }
    }

    /// The roll-up summaries are cached per open database until the roll-ups
    /// move: every kind of write, from this connection or any other, must show.
    @Test func cachedSummariesFollowEveryWrite() throws {
        let store = try TestDatabase()
        let all = TransactionFilter()
        let march = TransactionFilter(from: day("2024-03-01"), to: day("2024-03-31"), kind: .expense)
        func totals() throws -> [Int64] {
            [try store.expenses.summary(all).balance.minorUnits, try store.expenses.summary(march).totalExpenses.minorUnits,
             try store.expenses.listWithSummary(TransactionPageRequest(filter: march)).summary.totalExpenses.minorUnits]
        }
        #expect(try totals() == [0, 0, 0])
        let coffee = try store.expenses.add(draft("3.50", "Coffee", on: "2024-03-15"))
        #expect(try totals() == [-350, 350, 350])
        try store.expenses.edit(id: coffee.id, TransactionPatch(amount: usd("4.00")))
        #expect(try totals() == [-400, 400, 400])
        try store.expenses.edit(id: coffee.id, TransactionPatch(date: day("2024-04-02")))
        #expect(try totals() == [-400, 0, 0])
        _ = try store.expenses.delete(id: coffee.id)
        #expect(try totals() == [0, 0, 0])

        // Another process (here a second open of the same file) and a bulk load.
        let other = try AppDatabase.open(path: store.database.path)
        try TransactionService(database: other).add(draft("10", "Lunch", on: "2024-03-20"))
        #expect(try totals() == [-1000, 1000, 1000])
        _ = try DemoService(database: other).populate(count: 200, seed: 3, end: day("2024-03-31"), append: true)
        let fresh = try AppDatabase.open(path: store.database.path)
        let expected = [try TransactionService(database: fresh).summary(all).balance.minorUnits,
                        try TransactionService(database: fresh).summary(march).totalExpenses.minorUnits]
        #expect(try totals() == expected + [expected[1]])
        #expect(expected[1] > 1000)
    }

    @Test func searchFollowsEdits() throws {
        let store = try TestDatabase()
        let added = try store.expenses.add(draft("8", "Bookshop", note: "present for Ana"))
        func found(_ text: String) throws -> [String] {
            try store.expenses.list(TransactionPageRequest(filter: TransactionFilter(search: text))).transactions.map(\.id)
        }
        #expect(try found("ana") == [added.id])
        try store.expenses.edit(id: added.id, TransactionPatch(description: "Toy shop", note: .some("for Ben")))
        #expect(try found("ana").isEmpty)
        #expect(try found("book").isEmpty)
        #expect(try found("toy ben") == [added.id])
        // FTS syntax typed by a user is only ever words: no syntax errors, no operators.
        #expect(try found("\"toy\" (ben* -") == [added.id])
        #expect(try found("toy OR NEAR(").isEmpty)
        #expect(try found("*:^").count == 1)  // no words at all: no search filter
    }

    @Test func rejectsBadPageSizes() throws {
        let store = try TestDatabase()
        #expect(throws: OutlayError.invalidLimit(0)) { try store.expenses.list(TransactionPageRequest(limit: 0)) }
        #expect(throws: OutlayError.invalidCursor("nope")) { try TransactionCursor(parsing: "nope") }
    }

    @Test func pagesUseTheIndexesNotASort() throws {
        let (store, _) = try Self.filledStore()
        for filter in [TransactionFilter(), TransactionFilter(category: "food"), TransactionFilter(from: day("2024-01-01"))] {
            let (sql, arguments) = TransactionQuery(filter).page(TransactionPageRequest(filter: filter), splitsInCategories: false)
            let plan = try store.database.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
            }
            #expect(!plan.joined().contains("TEMP B-TREE"), "plan for \(filter): \(plan)")
            #expect(plan.joined().contains("INDEX"), "plan for \(filter): \(plan)")
        }
        // With a split that has a part in the category, its page is the category index's page and the split rows' (a sort
        // of those two short lists only), and the split is on it.
        var costco = draft("180", "Costco", on: "2024-06-01")
        costco.splits = [SplitPart(category: "shopping", amount: usd("120")), SplitPart(category: "food", amount: usd("60"))]
        let split = try store.expenses.add(costco)
        let food = TransactionFilter(category: "food")
        let (sql, arguments) = TransactionQuery(food).page(TransactionPageRequest(filter: food))
        let plan = try store.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }.joined(separator: "\n")
        #expect(plan.contains("SEARCH t USING INDEX transactions_by_category") && plan.contains("SEARCH s USING PRIMARY KEY"), "\(plan)")
        #expect(try store.expenses.list(TransactionPageRequest(filter: food, limit: 1000)).transactions.contains { $0.id == split.id })
    }
}
