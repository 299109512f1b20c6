import Foundation
import GRDB
import Testing
@testable import OutlayKit

/// The derived tables (roll-ups, search index, tag index) stay exact
/// whichever way rows are written.
@Suite struct ConsistencyTests {
    @Test func randomOperationSequencesKeepDerivedDataExact() throws {
        let store = try TestDatabase()
        var random = SeededRandom(seed: 2024)
        var ids: [String] = []
        let categories = ["food", "transport", "rent", "health", "other"]
        for step in 0..<1_000 {
            let pick = random.below(100)
            if pick < 40 || ids.isEmpty {
                // The category may have been merged away by an earlier step: then the add is refused.
                guard let added = try? store.expenses.add(draft(
                    "\(1 + random.below(500)).\(10 + random.below(90))", "item \(random.below(50))",
                    category: categories[random.below(categories.count)], kind: .expense,
                    on: "2024-0\(1 + random.below(9))-1\(random.below(10))",
                    note: random.chance(1, in: 3) ? "note \(step)" : nil,
                    tags: random.chance(1, in: 4) ? ["t\(random.below(3))"] : [])) else { continue }
                ids.append(added.id)
            } else if pick < 65 {
                let id = ids[random.below(ids.count)]
                var patch = TransactionPatch()
                switch random.below(5) {
                case 0: patch.amount = usd("\(1 + random.below(900))")
                case 1: patch.category = categories[random.below(categories.count)]
                case 2: patch.date = day("2024-0\(1 + random.below(9))-2\(random.below(9))")
                case 3: patch.description = "renamed \(step)"
                default: patch.tags = random.chance(1, in: 2) ? [] : ["t\(random.below(3))", "x"]
                }
                _ = try? store.expenses.edit(id: id, patch)  // the row may be deleted already
            } else if pick < 80 {
                _ = try? store.expenses.delete(id: ids[random.below(ids.count)])
            } else if pick < 95 {
                _ = try? store.undo.undo()
            } else if random.chance(1, in: 2) {
                _ = try? store.categories.merge(categories[random.below(2)], into: "other", kind: .expense)
                _ = try? store.categories.add(categories[random.below(2)], kind: .expense)
            } else {
                _ = try? store.expenses.restore(id: ids[random.below(ids.count)])
            }
            if step % 100 == 99 { #expect(try StoreHealth(database: store.database).problems() == [], "after step \(step)") }
        }
    }

    @Test func bulkLoadingMatchesOneByOneAdds() throws {
        let bulk = try TestDatabase()
        let single = try TestDatabase()
        let rows = Array(DemoGenerator(count: 1_500, seed: 3, end: day("2024-02-29")))
        #expect(try BulkLoader(database: bulk.database).insert(rows) == rows.count)
        for row in rows {
            try single.database.write { db in try TransactionRow.insert(row, into: db) }
        }
        for store in [bulk, single] { #expect(try StoreHealth(database: store.database).problems() == []) }
        let tables = ["SELECT date, kind, category, total, count FROM daily_totals ORDER BY 1, 2, 3",
                      "SELECT tag, seq FROM transaction_tags ORDER BY 1, 2",
                      "SELECT rowid FROM transactions_fts WHERE transactions_fts MATCH 'coffee OR warranty' ORDER BY 1"]
        for sql in tables {
            let a = try bulk.database.read { db in try Row.fetchAll(db, sql: sql) }
            let b = try single.database.read { db in try Row.fetchAll(db, sql: sql) }
            #expect(a == b, "\(sql)")
        }
        // The triggers are back after a bulk load.
        try bulk.expenses.add(draft("5", "after bulk", tags: ["late"]))
        #expect(try StoreHealth(database: bulk.database).problems() == [])
    }

    @Test func aFailedBulkLoadLeavesNothingBehind() throws {
        let store = try TestDatabase()
        try store.expenses.add(draft("1", "existing"))
        var rows = Array(DemoGenerator(count: 200, seed: 1, end: day("2024-01-31")))
        rows[150].id = rows[10].id  // a duplicate id fails the UNIQUE constraint mid-load
        #expect(throws: (any Error).self) { try BulkLoader(database: store.database).insert(rows) }
        #expect(try store.expenses.count() == 1)
        let triggers = try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'transactions'")
        }
        #expect(triggers == 22)
        #expect(try StoreHealth(database: store.database).problems() == [])
    }

    @Test func theHealthCheckNoticesDrift() throws {
        let store = try TestDatabase()
        try store.expenses.add(draft("5", "Coffee"))
        try store.database.write { db in try db.execute(sql: "UPDATE daily_totals SET total = total + 1") }
        #expect(try StoreHealth(database: store.database).problems().count == 1)
    }
}
