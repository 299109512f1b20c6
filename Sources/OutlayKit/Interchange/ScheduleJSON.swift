import OutlayBasics

/// Schedules, their occurrences and the forecast as JSON, for the command
/// line (money as text) and the gateway (money as numbers).
extension Schedule {
    /// `problem`: why due occurrences could not be posted (see `ScheduleService.problems`).
    public func json(_ style: MoneyStyle = .text, next: LocalDate? = nil, problem: String? = nil) -> JSONValue {
        let r = recurrence
        return .object(JSONObject([
            ("id", .string(id)), ("type", .string(kind.rawValue)), ("amount", amount.json(style)), ("currency", .string(amount.currency.code)),
            ("description", .string(description)), ("category", .optional(category)), ("account", .string(account)),
            ("toAccount", .optional(toAccount)), ("every", .integer(Int64(r.every))), ("unit", .string(r.unit.rawValue)),
            ("day", r.dayOfMonth.map { .integer(Int64($0)) } ?? .null), ("weekday", .optional(r.weekday?.description)),
            ("from", .string(r.start.description)), ("until", .optional(r.until?.description)),
            ("count", r.count.map { .integer(Int64($0)) } ?? .null), ("confirm", .bool(confirm)), ("note", .optional(note)),
            ("rhythm", .string(rhythm)), ("next", .optional(next?.description)), ("problem", .optional(problem)),
        ]))
    }
}

extension Occurrence {
    public func json(_ style: MoneyStyle = .text) -> JSONValue {
        let s = schedule
        return .object(JSONObject([
            ("date", .string(date.description)), ("scheduleId", .string(s.id)), ("type", .string(s.kind.rawValue)),
            ("description", .string(s.description)), ("amount", s.amount.json(style)), ("currency", .string(s.amount.currency.code)),
            ("account", .string(s.account)), ("toAccount", .optional(s.toAccount)), ("category", .optional(s.category)),
            ("waiting", .bool(waiting)),
        ]))
    }
}

extension Forecast {
    public func json(_ style: MoneyStyle = .text) -> JSONValue {
        .object(JSONObject([
            ("from", .string(from.description)), ("through", .string(through.description)), ("floor", floor.json(style)),
            ("accounts", .array(accounts.map { $0.json(style, from: from) })),
        ]))
    }
}

extension AccountForecast {
    func json(_ style: MoneyStyle, from: LocalDate) -> JSONValue {
        .object(JSONObject([
            ("account", .string(account.name)), ("type", .string(account.type.rawValue)), ("start", start.json(style)),
            ("end", (balances.last ?? start).json(style)),
            ("lowest", .object(["balance": lowest.json(style), "date": .string(lowestOn.description)])),
            ("crossing", crossing.map { c in
                .object(["date": .string(c.date.description), "balance": c.balance.json(style), "floor": c.floor.json(style), "after": .string(c.after)])
            } ?? .null),
            ("days", .array(balances.enumerated().map { offset, balance in
                .object(["date": .string(from.adding(days: offset).description), "balance": balance.json(style)])
            })),
            ("items", .array(items.map { item in
                .object(["date": .string(item.date.description), "description": .string(item.description), "amount": item.amount.json(style),
                         "source": .string(item.source.rawValue)])
            })),
        ]))
    }
}
