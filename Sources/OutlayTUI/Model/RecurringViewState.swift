import OutlayKit

/// `p`: the schedules with their next dates, the series history suggests, and
/// a forecast chart of one account (←/→ picks which).
public struct RecurringViewState: Sendable, Equatable {
    public var data: RecurringViewData?
    /// The row selected: schedules first, then suggestions.
    public var selected = 0
    /// Which account's forecast the chart shows.
    public var account = 0

    public init() {}

    var rowCount: Int { (data?.schedules.count ?? 0) + (data?.suggestions.count ?? 0) }

    var selectedSchedule: Schedule? {
        guard let data, data.schedules.indices.contains(selected) else { return nil }
        return data.schedules[selected].schedule
    }

    var selectedSuggestion: RecurringSuggestion? {
        guard let data else { return nil }
        let index = selected - data.schedules.count
        return data.suggestions.indices.contains(index) ? data.suggestions[index] : nil
    }
}

/// What the recurring view shows, loaded together.
public struct RecurringViewData: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var schedule: Schedule
        public var next: LocalDate?
        /// Occurrences waiting for `y`.
        public var waiting: Int
    }

    public var schedules: [Item]
    public var suggestions: [RecurringSuggestion]
    public var forecast: Forecast

    public init(schedules: [Item], suggestions: [RecurringSuggestion], forecast: Forecast) {
        self.schedules = schedules
        self.suggestions = suggestions
        self.forecast = forecast
    }
}
