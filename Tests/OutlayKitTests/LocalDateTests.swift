import Foundation
import Testing
@testable import OutlayKit

@Suite struct LocalDateTests {
    @Test(arguments: ["2024-02-29", "2023-12-31", "0001-01-01", "9999-12-31"])
    func parsesRealDays(text: String) throws {
        #expect(try LocalDate(parsing: text).description == text)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01", "2024/01/01",
                      "", "yesterday", "2024-01-01T00:00"])
    func rejectsOthers(text: String) {
        #expect(throws: OutlayError.invalidDate(text)) { try LocalDate(parsing: text) }
    }

    @Test func dayCountsRoundTripAndMatchFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            let date = LocalDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            if days >= -141_427 {  // Foundation switches to the Julian calendar before 1582-10-15
                let parts = calendar.dateComponents([.year, .month, .day, .weekday],
                                                    from: Date(timeIntervalSince1970: Double(days) * 86_400))
                #expect([parts.year, parts.month, parts.day] == [date.year, date.month, date.day])
                #expect((parts.weekday ?? 0) == date.isoWeekday % 7 + 1)
            }
        }
    }

    @Test func knowsWeekdays() throws {
        #expect(try LocalDate(parsing: "2024-03-04").isoWeekday == 1)  // a Monday
        #expect(try LocalDate(parsing: "2024-03-10").isWeekend)
        #expect(try LocalDate(parsing: "1970-01-01").isoWeekday == 4)
    }

    @Test func timestampsPrintAsISO8601() {
        #expect(Timestamp(milliseconds: 0).description == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(milliseconds: 1_709_285_400_123).description == "2024-03-01T09:30:00.123Z")
        #expect(Timestamp(milliseconds: -1).description == "1969-12-31T23:59:59.999Z")
    }

    @Test func transactionIDsAreVersion7AndOrdered() {
        let a = RecordID.make(milliseconds: 1_700_000_000_000, random: 1, random2: 2)
        let b = RecordID.make(milliseconds: 1_700_000_000_001, random: 0, random2: 0)
        #expect(a < b)
        #expect(UUID(uuidString: a) != nil)
        #expect(Array(a)[14] == "7")
        #expect(RecordID.short(a).count == 8)
        #expect(RecordID.canonical(a.uppercased()) == a)
    }
}
