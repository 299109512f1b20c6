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
        // Every command runs this: look with a read, and take the write lock only when a report is due.
        let anythingDue = try database.read { db in
            try isDue("weekly", calendar.range(of: .weekly, containing: lastWeek), in: db)
                || isDue("monthly", calendar.range(of: .monthly, containing: lastMonth), in: db)
        }
        guard anythingDue else { return [] }
        return try database.write { db in
            [try weekly(containing: lastWeek, in: db), try monthly(containing: lastMonth, in: db)].compactMap { $0 }
        }
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
        let spent = try Totals.spent(from: week.lowerBound, to: week.upperBound, category: nil, in: db)
        let before = try Totals.spent(from: week.lowerBound.adding(days: -7), to: week.lowerBound.adding(days: -1), category: nil, in: db)
        let top = try topCategory(week, in: db)
        var message = "You spent \(money(spent)) in the week of \(week.lowerBound)"
        if let top { message += "; top category \(top.name) (\(money(top.total)))" }
        if before > 0 {
            let change = (spent - before) * 100 / before
            message += change == 0 ? "; the same as the week before" : "; \(abs(change))% \(change > 0 ? "more" : "less") than the week before"
        }
        let metadata: JSONObject = ["periodStart": .string(week.lowerBound.description), "periodEnd": .string(week.upperBound.description),
                                   "spent": decimal(spent), "previousSpent": decimal(before),
                                   "topCategory": .optional(top?.name), "topCategorySpent": top.map { decimal($0.total) } ?? .null]
        return try store("weekly", week, type: .weeklySummary, message: message + ".", metadata: metadata, in: db)
    }

    private func monthly(containing day: LocalDate, in db: Database) throws -> String? {
        let month = database.settings.calendar.range(of: .monthly, containing: day)
        guard try isDue("monthly", month, in: db) else { return nil }
        let summary = try Totals.summary(TransactionFilter(from: month.lowerBound, to: month.upperBound),
                                         currency: database.currency, in: db)
        let spent = summary.totalExpenses.minorUnits, income = summary.totalIncome.minorUnits
        var message = "In \(YearMonth(day).spelledOut) you spent \(money(spent))"
        if let top = try topCategory(month, in: db), spent > 0 {
            message += "; top category \(top.name) (\(money(top.total)), \(top.total * 100 / spent)%)"
        }
        message += "; income \(money(income))"
        if income > 0 { message += ", saved \(money(income - spent)) (\((income - spent) * 100 / income)%)" }
        let metadata: JSONObject = ["periodStart": .string(month.lowerBound.description), "periodEnd": .string(month.upperBound.description),
                                   "spent": decimal(spent), "income": decimal(income)]
        return try store("monthly", month, type: .monthlyReport, message: message + ".", metadata: metadata, in: db)
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
