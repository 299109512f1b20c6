import Testing
@testable import OutlayKit

/// One rounding for every average, percentage and ratio people read: to the nearest, a half away from zero.
@Suite struct RoundingTests {
    @Test(arguments: [
        (Int64(8_825), 13, Int64(679)),  // 88.25 over 13 days: 6.788… reads 6.79, not 6.78
        (Int64(7_921), 100, Int64(79)),  // 0.7921 → 0.79
        (Int64(7_925), 10, Int64(793)),  // a half goes up …
        (Int64(-7_925), 10, Int64(-793)),  // … and away from zero below it
        (Int64(7_924), 10, Int64(792)),
        (Int64(5), 2, Int64(3)), (Int64(-5), 2, Int64(-3)), (Int64(3), 2, Int64(2)), (Int64(1), 3, Int64(0)), (Int64(2), 3, Int64(1)),
        (Int64.max, 2, Int64(4_611_686_018_427_387_904)),
        (Int64(100), 0, Int64(0)),
    ])
    func averagesRoundHalfAwayFromZero(_ total: Int64, _ count: Int, _ expected: Int64) {
        #expect(Rounding.average(total, over: count) == expected)
    }

    @Test func percentagesRoundAtTheHalf() {
        #expect(Rounding.percent(26, of: 1_000) == 3)  // +2.6 % reads 3 %, not 2 %
        #expect(Rounding.percent(25, of: 1_000) == 3)
        #expect(Rounding.percent(-25, of: 1_000) == -3)
        #expect(Rounding.percent(249, of: 10_000) == 2)
        #expect(Rounding.percent(1, of: 0) == nil)
        // Full width: no overflow for the largest amounts.
        #expect(Rounding.percent(Int64.max, of: Int64.max) == 100)
        #expect(Percent(1, of: 8)?.description == "12.5" && Percent(-1, of: 16)?.description == "-6.3")
    }

    @Test func theWeeklySummarySaysTheChangeRounded() throws {
        let store = try TestDatabase()
        _ = try store.expenses.add(draft("100", "Before", category: "food", on: "2024-03-04"))
        _ = try store.expenses.add(draft("102.60", "After", category: "food", on: "2024-03-11"))
        let weekly = try PeriodicReports(database: store.database.withClock(.fixed(day("2024-03-19")))).weeklySummary(containing: day("2024-03-12"))
        #expect(weekly?.message.contains("3% more than the week before") == true, "\(String(describing: weekly?.message))")
    }
}
