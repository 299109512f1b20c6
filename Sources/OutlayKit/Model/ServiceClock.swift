import Foundation

/// What time it is for the services: the moment (for timestamps) and the
/// local calendar day (for budget periods). Tests fix both.
public struct ServiceClock: Sendable {
    public var now: @Sendable () -> Timestamp
    public var today: @Sendable () -> LocalDate

    public init(now: @escaping @Sendable () -> Timestamp, today: @escaping @Sendable () -> LocalDate) {
        self.now = now
        self.today = today
    }

    /// The real clock, in the process's time zone; `OUTLAY_TODAY` pins its day (see `LocalDate.today()`).
    /// Moments stay the wall clock's: sync stamps and their checks compare them across processes.
    public static let system = ServiceClock(now: { .now }, today: { LocalDate.today() })

    /// A clock standing still on `day` (at noon UTC, for timestamps).
    public static func fixed(_ day: LocalDate) -> ServiceClock {
        let stamp = Timestamp(milliseconds: Int64(day.daysSinceEpoch) * 86_400_000 + 43_200_000)
        return ServiceClock(now: { stamp }, today: { day })
    }
}
