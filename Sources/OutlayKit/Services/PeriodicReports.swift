import Foundation
import GRDB
import OutlayBasics

/// The weekly summary and monthly report: made once per ended period, the
/// first time Outlay opens the database after it ends (no cron needed).
public struct PeriodicReports: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Makes the reports of the last ended week and month unless they exist
    /// or had no transactions. Returns the new notifications' ids.
    @discardableResult
    public func createDue() throws -> [String] {
        let today = clock.today()
        let calendar = database.settings.calendar
        let lastWeek = calendar.range(of: .weekly, containing: today).lowerBound.adding(days: -1)
        let lastMonth = today.firstOfMonth.adding(days: -1)
        // Every command runs this: look with a read, and take the write lock only when a report is due or one made is stale.
        let anythingDue = try database.read { db in
            try isDue("weekly", calendar.range(of: .weekly, containing: lastWeek), in: db)
                || isDue("monthly", calendar.range(of: .monthly, containing: lastMonth), in: db)
                || PeriodicReportRow.staleDays(in: db) != nil
        }
        guard anythingDue else { return [] }
        return try database.write { db in
            _ = try reviseStale(in: db)
            return [try weekly(containing: lastWeek, in: db), try monthly(containing: lastMonth, in: db)].compactMap { $0 }
        }
    }

    /// Revises the summaries made for days that changed since (`reviseStale(in:)`); a read when nothing did.
    @discardableResult
    public func reviseStale() throws -> Int {
        guard try database.read({ db in try PeriodicReportRow.staleDays(in: db) }) != nil else { return 0 }
        return try database.write { db in try reviseStale(in: db) }
    }

    /// The weekly summary of the week containing `day` (an ended week), made now if it does not exist yet.
    public func weeklySummary(containing day: LocalDate) throws -> OutlayNotification? {
        try database.write { db in
            _ = try weekly(containing: day, in: db)
            let start = database.settings.calendar.range(of: .weekly, containing: day).lowerBound
            return try NotificationRow.fetch(.report(kind: "weekly", start: start), in: db).first
        }
    }

    // MARK: - Building them

    private func weekly(containing day: LocalDate, in db: Database) throws -> String? {
        let week = database.settings.calendar.range(of: .weekly, containing: day)
        guard try isDue("weekly", week, in: db) else { return nil }
        let (message, metadata) = try weeklyText(week, in: db)
        return try store("weekly", week, type: .weeklySummary, message: message, metadata: metadata, in: db)
    }

    private func weeklyText(_ week: ClosedRange<LocalDate>, in db: Database) throws -> (message: String, metadata: JSONObject) {
        let spent = try Totals.spent(from: week.lowerBound, to: week.upperBound, category: nil, in: db)
        let before = try Totals.spent(from: week.lowerBound.adding(days: -7), to: week.lowerBound.adding(days: -1), category: nil, in: db)
        let top = try topCategory(week, in: db)
        var message = "You spent \(money(spent)) in the week of \(week.lowerBound)"
        if let top { message += "; top category \(top.name) (\(money(top.total)))" }
        if before > 0 {
            let change = Rounding.percent(spent - before, of: before) ?? 0
            message += change == 0 ? "; the same as the week before" : "; \(abs(change))% \(change > 0 ? "more" : "less") than the week before"
        }
        let metadata: JSONObject = ["periodStart": .string(week.lowerBound.description), "periodEnd": .string(week.upperBound.description),
                                   "spent": decimal(spent), "previousSpent": decimal(before),
                                   "topCategory": .optional(top?.name), "topCategorySpent": top.map { decimal($0.total) } ?? .null]
        return (message + ".", metadata)
    }

    private func monthly(containing day: LocalDate, in db: Database) throws -> String? {
        let month = database.settings.calendar.range(of: .monthly, containing: day)
        guard try isDue("monthly", month, in: db) else { return nil }
        let (message, metadata) = try monthlyText(month, in: db)
        return try store("monthly", month, type: .monthlyReport, message: message, metadata: metadata, in: db)
    }

    private func monthlyText(_ month: ClosedRange<LocalDate>, in db: Database) throws -> (message: String, metadata: JSONObject) {
        let summary = try Totals.summary(TransactionFilter(from: month.lowerBound, to: month.upperBound),
                                         currency: database.currency, in: db)
        let spent = summary.totalExpenses.minorUnits, income = summary.totalIncome.minorUnits
        var message = "In \(YearMonth(month.lowerBound).spelledOut) you spent \(money(spent))"
        if let top = try topCategory(month, in: db), spent > 0 {
            message += "; top category \(top.name) (\(money(top.total)), \(Rounding.percent(top.total, of: spent) ?? 0)%)"
        }
        message += "; income \(money(income))"
        if income > 0 { message += ", saved \(money(income - spent)) (\(Rounding.percent(income - spent, of: income) ?? 0)%)" }
        let metadata: JSONObject = ["periodStart": .string(month.lowerBound.description), "periodEnd": .string(month.upperBound.description),
                                   "spent": decimal(spent), "income": decimal(income)]
        return (message + ".", metadata)
    }

    /// The summaries already made for days that changed since (an import, an edit, a sync: `stale_days`), with
    /// their figures again: each revised in place when they moved (`NotificationRow.revise`), never a second one.
    /// A week's summary also tells the week before it, so a change reaches the summary of the week after too.
    func reviseStale(in db: Database) throws -> Int {
        guard let days = try PeriodicReportRow.staleDays(in: db) else { return 0 }
        try PeriodicReportRow.forgetStaleDays(in: db)
        let calendar = database.settings.calendar
        var revised = 0
        for report in try PeriodicReportRow.made(startingFrom: days.lowerBound.adding(days: -31), through: days.upperBound.adding(days: 7), in: db) {
            let period = calendar.range(of: report.kind == "weekly" ? .weekly : .monthly, containing: report.start)
            let reach = report.kind == "weekly" ? period.lowerBound.adding(days: -7)...period.upperBound : period
            guard reach.overlaps(days) else { continue }
            let (message, metadata) = report.kind == "weekly" ? try weeklyText(period, in: db) : try monthlyText(period, in: db)
            if try NotificationRow.revise(report.notificationID, message: message, metadata: metadata, in: db) { revised += 1 }
        }
        return revised
    }

    /// Ended, not made yet, and with transactions in it (a summary of nothing is noise).
    private func isDue(_ kind: String, _ period: ClosedRange<LocalDate>, in db: Database) throws -> Bool {
        guard period.upperBound < clock.today() else { return false }
        return try !PeriodicReportRow.isMade(kind: kind, start: period.lowerBound, in: db)
            && Totals.hasActivity(from: period.lowerBound, to: period.upperBound, in: db)
    }

    private func store(_ kind: String, _ period: ClosedRange<LocalDate>, type: NotificationType, message: String,
                       metadata: JSONObject, in db: Database) throws -> String {
        let id = RecordID.derived(from: "\(kind)/\(period.lowerBound)", on: period.lowerBound)
        try NotificationRow.insert(id: id, type: type, message: message, priority: .low, metadata: metadata,
                                   channels: database.settings.channels, at: clock.now(), in: db)
        try PeriodicReportRow.record(kind: kind, start: period.lowerBound, notificationID: id, in: db)
        return id
    }

    private func topCategory(_ period: ClosedRange<LocalDate>, in db: Database) throws -> (name: String, total: Int64)? {
        try Totals.topCategory(from: period.lowerBound, to: period.upperBound, in: db)
    }

    private func money(_ minorUnits: Int64) -> String { Money(minorUnits: minorUnits, currency: database.currency).description }
    private func decimal(_ minorUnits: Int64) -> JSONValue { Money(minorUnits: minorUnits, currency: database.currency).json() }
}
