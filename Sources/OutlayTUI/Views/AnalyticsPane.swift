import OutlayKit
import TerminalUI

/// The Analytics pane: category bars, a 12-month trend, a 30-day sparkline,
/// a weekday heat row, and the insights as sentences.
enum AnalyticsPane {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let inner = PaneFrame.draw(.analytics, state: state, area: area, note: note(state), into: &buffer)
        guard let data = state.analytics, inner.height >= 4 else { return }
        let insightRows = Swift.min(Swift.max(2, inner.height / 4), Swift.max(1, data.insights.count * 2))
        let parts = Layout.split(inner, .vertical, [.fill(1), .length(data.insights.isEmpty ? 0 : insightRows)])
        let columns = Layout.split(parts[0], .horizontal, [.percentage(50), .length(2), .fill(1)])
        categories(data, theme: theme, area: columns[0], into: &buffer)
        charts(data, theme: theme, area: columns[2], into: &buffer)
        if !data.insights.isEmpty {
            let lines = data.insights.map { (text: "• " + $0.message, style: theme.base) }
            Paragraph(lines).render(in: parts[1], into: &buffer)
        }
    }

    private static func categories(_ data: AnalyticsData, theme: Theme, area: Rect, into buffer: inout Buffer) {
        buffer.put("Spending by category", x: area.x, y: area.y, width: area.width, style: theme.mutedStyle.adding(.bold))
        let bars = data.categories.categories.enumerated().map { index, total in
            BarChart.Bar(label: total.category, value: total.total.minorUnits,
                         valueText: total.total.description + (area.width >= 44 ? total.percentage.map { " \($0)" } ?? "" : ""),
                         style: theme.series(index))
        }
        guard !bars.isEmpty else {
            buffer.put("No spending this month", x: area.x, y: area.y + 1, width: area.width, style: theme.mutedStyle)
            return
        }
        BarChart(bars: bars, labelStyle: theme.base, valueStyle: theme.mutedStyle)
            .render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), into: &buffer)
    }

    private static func charts(_ data: AnalyticsData, theme: Theme, area: Rect, into buffer: inout Buffer) {
        // Trend on top, then the sparkline and the weekday row: two rows each.
        let trendHeight = Swift.max(1, area.height - 5)
        let months = data.trends.months
        let first = months.first.map { Formatting.shortMonth($0.month) } ?? ""
        let last = months.last.map { Formatting.shortMonth($0.month) } ?? ""
        buffer.put("Monthly spending \(first)–\(last)", x: area.x, y: area.y, width: area.width, style: theme.mutedStyle.adding(.bold))
        let spent = months.map(\.totalSpent.minorUnits)
        let maximum = months.max { $0.totalSpent < $1.totalSpent }?.totalSpent
        let minimum = months.min { $0.totalSpent < $1.totalSpent }?.totalSpent
        LineChart(values: spent, style: theme.series(0), axisStyle: theme.mutedStyle, maximumLabel: maximum?.description ?? "",
                  minimumLabel: minimum?.description ?? "")
            .render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: trendHeight - 1), into: &buffer)

        var y = area.y + trendHeight
        buffer.put("30 days: \(data.daily.totalSpent), \(data.daily.averageDaily)/day", x: area.x, y: y, width: area.width,
                   style: theme.mutedStyle.adding(.bold))
        Sparkline(values: data.daily.days.map(\.total.minorUnits), style: theme.series(1))
            .render(in: Rect(x: area.x, y: y + 1, width: area.width, height: 1), into: &buffer)

        y += 2
        guard y + 1 < area.bottom else { return }
        buffer.put("Weekdays (average per day)", x: area.x, y: y, width: area.width, style: theme.mutedStyle.adding(.bold))
        heatRow(data.weekdays, theme: theme, area: Rect(x: area.x, y: y + 1, width: area.width, height: 1), into: &buffer)
    }

    /// Mo … Su, each with a shade from light to full by its average spending.
    private static func heatRow(_ pattern: WeekdayPattern, theme: Theme, area: Rect, into buffer: inout Buffer) {
        let shades = ["·", "░", "▒", "▓", "█"]
        let maximum = pattern.weekdays.map(\.averagePerDay.minorUnits).max() ?? 0
        var x = area.x
        for day in pattern.weekdays {
            let value = day.averagePerDay.minorUnits
            let level = maximum > 0 && value > 0 ? Swift.max(1, Int(value * 4 / maximum)) : 0
            let cell = "\(day.name.prefix(2))\(shades[level]) "
            x += buffer.put(cell, x: x, y: area.y, width: area.right - x,
                            style: level >= 3 ? theme.warningStyle : level > 0 ? theme.base : theme.mutedStyle)
        }
    }

    static func note(_ state: AppState) -> String {
        guard let data = state.analytics else { return "" }
        return "\(ViewPeriod.monthName(data.month)) · spent \(data.categories.totalSpent)"
    }
}
