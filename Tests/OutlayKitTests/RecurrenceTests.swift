import Testing
@testable import OutlayKit

/// Occurrence dates for every rule over several years, against dates worked out by hand from a calendar.
@Suite struct RecurrenceTests {
    func dates(_ r: Recurrence, _ from: String, _ to: String) -> [String] {
        r.occurrences(in: day(from)...day(to)).map(\.date.description)
    }

    @Test func theThirtyFirstIsEachMonthsLastDayAndTheThirtyFirstAgainAfter() {
        let r = Recurrence(unit: .month, dayOfMonth: 31, start: day("2027-01-01"))
        #expect(dates(r, "2027-01-01", "2027-05-31") == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"])
        // 2028 is a leap year.
        #expect(dates(r, "2028-02-01", "2028-03-31") == ["2028-02-29", "2028-03-31"])
    }

    /// A rhythm at the calendar's end runs out: every question about it answers, none repeats 9999-12 for ever.
    @Test func theCalendarsEndStopsEveryRhythm() throws {
        let cases: [Recurrence] = [
            Recurrence(unit: .year, start: day("9999-01-01")),
            Recurrence(unit: .month, start: day("9999-12-01")),
            Recurrence(unit: .month, start: day("9999-12-01"), until: day("9999-12-31")),
            Recurrence(every: 1000, unit: .year, start: day("9999-06-30")),
            Recurrence(unit: .month, weekday: try WeekdayRule(parsing: "last friday"), start: day("9999-11-01")),
            Recurrence(every: 1000, unit: .week, start: day("9999-12-25")),
            Recurrence(unit: .day, start: day("9999-12-30")),
        ]
        for rhythm in cases {
            let all = rhythm.occurrences(in: rhythm.start...LocalDate.latest).map(\.date)
            #expect(all.count <= 2, "\(rhythm.words): \(all)")
            #expect(all.allSatisfy { $0 <= LocalDate.latest })
            #expect(rhythm.next(onOrAfter: LocalDate.latest.adding(days: 1)) == nil)
            #expect(rhythm.count(through: LocalDate.latest) == all.count)
            if let last = all.last { #expect(rhythm.next(onOrAfter: last.adding(days: 1)) == nil) }
        }
        #expect(Recurrence(unit: .year, start: day("9999-01-01")).occurrences(in: day("9999-01-01")...day("9999-12-31")).map(\.date) == [day("9999-01-01")])
        #expect(Recurrence(unit: .day, start: day("9999-12-30")).occurrences(in: day("9999-12-01")...LocalDate.latest).map(\.date)
                    == [day("9999-12-30"), day("9999-12-31")])
    }

    /// A start whose first date would fall past 9999-12-31 is refused with the reason, not stored.
    @Test func aRhythmThatNeverComesRoundIsRefused() throws {
        let never = Recurrence(unit: .month, dayOfMonth: 5, start: day("9999-12-20"))
        #expect(never.occurrence(0) == nil)
        #expect(throws: OutlayError.self) { try never.validated() }
        #expect(throws: Never.self) { try Recurrence(unit: .year, start: day("9999-01-01")).validated() }
    }

    @Test func monthsAddedStayInTheCalendar() {
        let last = YearMonth(LocalDate.latest)
        #expect(last.adding(exactly: 1) == nil)
        #expect(YearMonth(LocalDate.earliest).adding(exactly: -1) == nil)
        #expect(last.adding(exactly: Int.max) == nil)
        #expect(last.adding(months: 5) == last)
        #expect(YearMonth(day("2026-11-15")).adding(exactly: 14)?.description == "2028-01")
    }

    @Test func aStartAfterTheMonthsDayBeginsNextMonth() {
        let r = Recurrence(unit: .month, dayOfMonth: 5, start: day("2026-12-20"))
        #expect(dates(r, "2026-12-01", "2027-02-28") == ["2027-01-05", "2027-02-05"])
        #expect(r.occurrence(0) == day("2027-01-05"))
    }

    @Test func theTwentyNinthOfFebruaryYearly() {
        let r = Recurrence(unit: .year, start: day("2024-02-29"))
        #expect(dates(r, "2024-01-01", "2029-12-31") == ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28"])
    }

    @Test func weekdayRules() throws {
        let lastFriday = Recurrence(unit: .month, weekday: try WeekdayRule(parsing: "last friday"), start: day("2026-11-01"))
        // November 2026 ends on a Monday (30th): its last Friday is the 27th; December's is the 25th; January 2027's the 29th.
        #expect(dates(lastFriday, "2026-11-01", "2027-02-28") == ["2026-11-27", "2026-12-25", "2027-01-29", "2027-02-26"])
        let firstWeekday = Recurrence(unit: .month, weekday: try WeekdayRule(parsing: "first weekday"), start: day("2026-08-01"))
        // 1 August 2026 is a Saturday; 1 November 2026 a Sunday; 1 December a Tuesday.
        #expect(dates(firstWeekday, "2026-08-01", "2026-12-31") == ["2026-08-03", "2026-09-01", "2026-10-01", "2026-11-02", "2026-12-01"])
        let secondTuesday = Recurrence(unit: .month, weekday: try WeekdayRule(parsing: "2nd tue"), start: day("2027-01-01"))
        #expect(dates(secondTuesday, "2027-01-01", "2027-03-31") == ["2027-01-12", "2027-02-09", "2027-03-09"])
        let lastWeekday = Recurrence(unit: .month, weekday: try WeekdayRule(parsing: "last weekday"), start: day("2027-01-01"))
        // 31 January 2027 is a Sunday; 28 February a Sunday; 31 July a Saturday.
        #expect(dates(lastWeekday, "2027-01-01", "2027-02-28") == ["2027-01-29", "2027-02-26"])
        #expect(throws: OutlayError.self) { try WeekdayRule(parsing: "fifth friday") }
        #expect(throws: OutlayError.self) { try WeekdayRule(parsing: "last fry day") }
    }

    @Test func daysWeeksAndTheirIntervals() {
        let fortnightly = Recurrence(every: 2, unit: .week, start: day("2026-12-05"))
        #expect(dates(fortnightly, "2026-12-01", "2027-01-31") == ["2026-12-05", "2026-12-19", "2027-01-02", "2027-01-16", "2027-01-30"])
        let everyTenDays = Recurrence(every: 10, unit: .day, start: day("2026-12-25"))
        #expect(dates(everyTenDays, "2027-01-01", "2027-01-31") == ["2027-01-04", "2027-01-14", "2027-01-24"])
        let quarterly = Recurrence(every: 3, unit: .month, start: day("2026-11-30"))
        #expect(dates(quarterly, "2026-11-01", "2027-08-31") == ["2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30"])
    }

    @Test func countsAndEndDatesStopIt() {
        let three = Recurrence(unit: .month, dayOfMonth: 1, start: day("2026-12-15"), count: 3)
        #expect(dates(three, "2026-01-01", "2030-01-01") == ["2027-01-01", "2027-02-01", "2027-03-01"])
        #expect(three.count(through: day("2027-02-15")) == 2)
        #expect(three.next(onOrAfter: day("2027-03-02")) == nil)
        let until = Recurrence(unit: .week, start: day("2026-12-01"), until: day("2026-12-22"))
        #expect(dates(until, "2026-01-01", "2030-01-01") == ["2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22"])
        #expect(throws: OutlayError.self) { try Recurrence(unit: .month, start: day("2026-12-01"), until: day("2027-01-01"), count: 2).validated() }
        #expect(throws: OutlayError.self) { try Recurrence(unit: .week, dayOfMonth: 3, start: day("2026-12-01")).validated() }
        #expect(throws: OutlayError.self) { try Recurrence(unit: .month, dayOfMonth: 32, start: day("2026-12-01")).validated() }
    }

    @Test func aWindowFarFromTheStartIsFoundWithoutWalkingFromIt() {
        let daily = Recurrence(unit: .day, start: day("2000-01-01"))
        #expect(dates(daily, "2026-12-30", "2027-01-01") == ["2026-12-30", "2026-12-31", "2027-01-01"])
        #expect(daily.count(through: day("2000-12-31")) == 366)
    }
}
