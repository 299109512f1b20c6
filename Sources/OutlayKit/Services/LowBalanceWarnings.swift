import GRDB
import OutlayBasics

/// Warns before money runs out: a notification, through the usual channels,
/// when an account is projected below zero (or `[accounts] floor`) within
/// `[accounts] warning_days`. Once per projected crossing: its id derives from
/// the account, the floor and the day, so every device raises the same one.
public struct LowBalanceWarnings: Sendable {
    public let database: AppDatabase
    var clock: ServiceClock { database.clock }

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Raises the warnings not raised yet; looks with a read and writes only when one is new. Returns their ids.
    @discardableResult
    public func raiseDue() throws -> [String] {
        let today = clock.today()
        let service = ForecastService(database: database)
        let fresh = try database.read { db in
            let forecast = try service.forecast(account: nil, from: today, through: today.adding(days: database.settings.warningDays),
                                                withBudgets: false, in: db)
            return try forecast.accounts.compactMap { account -> (AccountForecast, ForecastCrossing, String)? in
                guard let crossing = account.crossing else { return nil }
                let id = Self.id(account.account.name, crossing)
                return try NotificationRow.isKnown(id, in: db) ? nil : (account, crossing, id)
            }
        }
        guard !fresh.isEmpty else { return [] }
        let now = clock.now()
        return try database.write { db in
            try fresh.compactMap { account, crossing, id in
                let name = account.account.name
                let floorWords = crossing.floor.minorUnits == 0 ? "" : " (below its floor of \(crossing.floor))"
                let metadata: JSONObject = ["account": .string(name), "date": .string(crossing.date.description),
                                            "balance": crossing.balance.json(), "floor": crossing.floor.json(), "after": .string(crossing.after)]
                return try NotificationRow.insert(id: id, type: .lowBalance,
                                                  message: "\(name) is projected at \(crossing.balance) on \(crossing.date) after '\(crossing.after)'\(floorWords)",
                                                  priority: .high, metadata: metadata, channels: database.settings.channels, at: now, in: db)
            }
        }
    }

    static func id(_ account: String, _ crossing: ForecastCrossing) -> String {
        RecordID.derived(from: "low_balance/\(account.lowercased())/\(crossing.floor.minorUnits)/\(crossing.date)", on: crossing.date)
    }
}
