/// Days as people type them, read the same way everywhere: the CLI's
/// `--date`, `--from` and `--to`, and the dashboard's forms.
extension LocalDate {
    /// How many days back `-N` may reach (a hundred years).
    static let spokenDaysBack = 36_500

    /// `YYYY-MM-DD`, `today` (or `t`), `yesterday` (`y`), `tomorrow`, or `-N` for N days ago.
    public init(spoken text: String, today: LocalDate) throws(OutlayError) {
        let word = text.trimmingWhitespace().lowercased()
        switch word {
        case "today", "t": self = today
        case "yesterday", "y": self = today.adding(days: -1)
        case "tomorrow": self = today.adding(days: 1)
        default:
            if word.hasPrefix("-"), let days = Int(word.dropFirst()), (0...Self.spokenDaysBack).contains(days) {
                self = today.adding(days: -days)
                return
            }
            do {
                self = try LocalDate(parsing: word)
            } catch {
                throw .invalidSpokenDate(text)
            }
        }
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                    "October", "November", "December"]

    /// "Monday 30 November 2026": the day a relative date was understood as.
    public var spelledOut: String {
        "\(Self.weekdayNames[isoWeekday - 1]) \(day) \(Self.monthNames[month - 1]) \(year)"
    }
}

extension YearMonth {
    /// "December 2026".
    public var spelledOut: String { "\(LocalDate.monthNames[month - 1]) \(year)" }
}
