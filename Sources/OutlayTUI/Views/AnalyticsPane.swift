import OutlayKit
import TerminalUI

/// The Analytics pane for the viewed period: category bars, spending against
/// income for twelve months (columns from zero, months labelled), the days
/// and weekdays of the period, and the insights, with "+N more" when they
/// do not all fit (the zoomed pane shows every one).
enum AnalyticsPane {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let inner = PaneFrame.draw(.analytics, state: state, area: area, notes: [note(state), shortNote(state)], into: &buffer)
        guard let data = state.analytics, inner.height >= 4 else { return }
        let messages = data.insights.map { "• " + $0.message }
        let wanted = Paragraph.height(messages, width: inner.width)
        let insightRows = messages.isEmpty ? 0 : Swift.min(wanted, state.zoomed ? Swift.max(2, inner.height / 2) : Swift.max(2, inner.height / 4))
        let parts = Layout.split(inner, .vertical, [.fill(1), .length(insightRows)])
        let columns = Layout.split(parts[0], .horizontal, [.percentage(50), .length(2), .fill(1)])
        categories(data, state: state, area: columns[0], into: &buffer)
        charts(data, theme: theme, area: columns[2], into: &buffer)
        if insightRows > 0 { insights(messages, theme: theme, area: parts[1], into: &buffer) }
    }

    /// As many insights as fit whole, then "+N more" when some are left out.
    private static func insights(_ messages: [String], theme: Theme, area: Rect, into buffer: inout Buffer) {
        var shown: [String] = []
        var used = 0
        for (index, message) in messages.enumerated() {
            let height = Paragraph.wrap(message, width: area.width).count
            let left = messages.count - index - 1
            // Room for this one, and for the "+N more" line if others would follow unseen.
            let reserve = left > 0 && used + height + 1 > area.height ? 1 : 0
            guard used + height + reserve <= area.height else { break }
            shown.append(message)
            used += height
        }
        var lines = shown.map { (text: $0, style: theme.base) }
        if shown.count < messages.count {
            lines.append(("+\(messages.count - shown.count) more (z shows every one)", theme.mutedStyle))
        }
        Paragraph(lines).render(in: area, into: &buffer)
    }

    private static func categories(_ data: AnalyticsData, state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        buffer.put(DisplayWidth.truncateAtWord("Spending by category", to: area.width), x: area.x, y: area.y, width: area.width,
                   style: theme.mutedStyle.adding(.bold))
        let bars = data.categories.categories.enumerated().map { index, total in
            BarChart.Bar(label: total.category, value: total.total.minorUnits,
                         valueText: total.total.description + (area.width >= 44 ? total.percentage.map { " \($0)%" } ?? "" : ""),
                         style: theme.series(index))
        }
        guard !bars.isEmpty else {
            buffer.put("No spending in \(data.period.title)", x: area.x, y: area.y + 1, width: area.width, style: theme.mutedStyle)
            return
        }
        BarChart(bars: bars, labelStyle: theme.base, valueStyle: theme.mutedStyle)
            .render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), into: &buffer)
    }

    private static func charts(_ data: AnalyticsData, theme: Theme, area: Rect, into buffer: inout Buffer) {
        // Months on top, then the period's days and the weekday row: two rows each.
        let trendHeight = Swift.max(1, area.height - 5)
        let months = data.trends.months
        let first = months.first.map { Formatting.shortMonth($0.month) } ?? ""
        let last = months.last.map { Formatting.shortMonth($0.month) } ?? ""
        // "Spent ▮ earned ▮ Apr–Mar", the two marks in the series' colours.
        var x = area.x
        for (text, style) in [("Spent ", theme.mutedStyle.adding(.bold)), ("▮", theme.expenseStyle), (" earned ", theme.mutedStyle.adding(.bold)),
                              ("▮", theme.incomeStyle), (" \(first)–\(last)", theme.mutedStyle.adding(.bold))] where x < area.right {
            x += buffer.put(text, x: x, y: area.y, width: area.right - x, style: style)
        }
        let most = months.map { Swift.max($0.totalSpent.minorUnits, $0.totalIncome.minorUnits) }.max() ?? 0
        let scale = months.first.map { Formatting.wholeUnits(Money(minorUnits: most, currency: $0.totalSpent.currency)) } ?? ""
        // One or three letters a month, as the width allows.
        let plotWidth = area.width - DisplayWidth.of(scale) - 1
        let labels = months.map { plotWidth / Swift.max(1, months.count) >= 4 ? Formatting.shortMonth($0.month) : String(Formatting.shortMonth($0.month).prefix(1)) }
        ColumnChart(labels: labels, series: [
            ColumnChart.Series(values: months.map(\.totalSpent.minorUnits), style: theme.expenseStyle),
            ColumnChart.Series(values: months.map(\.totalIncome.minorUnits), style: theme.incomeStyle),
        ], maximumLabel: scale, axisStyle: theme.mutedStyle)
            .render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: trendHeight - 1), into: &buffer)

        var y = area.y + trendHeight
        let days = data.daily.days.count
        let span = days == 1 ? "1 day" : "\(days) days"
        buffer.put(DisplayWidth.truncateAtWord("\(span), spent \(data.daily.totalSpent)", to: area.width), x: area.x, y: y,
                   width: area.width, style: theme.mutedStyle.adding(.bold))
        Sparkline(values: data.daily.days.map(\.total.minorUnits), style: theme.series(1))
            .render(in: Rect(x: area.x, y: y + 1, width: area.width, height: 1), into: &buffer)

        y += 2
        guard y + 1 < area.bottom else { return }
        buffer.put(DisplayWidth.truncateAtWord("Weekdays, bills left out", to: area.width), x: area.x, y: y, width: area.width,
                   style: theme.mutedStyle.adding(.bold))
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
        return "\(data.period.title) · spent \(data.categories.totalSpent)"
    }

    static func shortNote(_ state: AppState) -> String {
        guard let data = state.analytics else { return "" }
        return "spent \(data.categories.totalSpent)"
    }
}
