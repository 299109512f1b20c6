import OutlayBasics

extension OutlayNotification {
    /// SPEC 3's notification object, as `--json` and the gateway show it.
    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        [
            "id": .string(id), "type": .string(type.rawValue), "message": .string(message), "priority": .string(priority.rawValue),
            "metadata": (try? JSONParser.parse(Array(metadata.utf8))).flatMap { $0.objectValue.map(JSONValue.object) } ?? [:],
            "isRead": .bool(isRead), "createdAt": .string(createdAt.description), "readAt": .optional(readAt?.description),
            "deliveries": .array(deliveries.map { delivery in
                ["channel": .string(delivery.channel.rawValue), "status": .string(delivery.status.rawValue),
                 "attempts": .integer(delivery.attempts), "lastError": .optional(delivery.lastError),
                 "nextAttemptAt": .optional(delivery.nextAttemptAt?.description)]
            }),
        ]
    }
}

extension BudgetStatus {
    /// SPEC 3's budget object: `id, scope, amount, period, threshold, rollover, spent, remaining, percent, level`, and more.
    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        [
            "id": .string(budget.id), "scope": .string(budget.scope.description), "amount": budget.amount.json(money),
            "period": .string(budget.period.rawValue), "threshold": .integer(budget.threshold), "rollover": .bool(budget.rollover),
            "spent": spent.json(money), "remaining": remaining.json(money), "percent": .optional(percentText), "level": .string(level.rawValue),
            "limit": limit.json(money), "carry": carry.json(money),
            "periodStart": .string(periodStart.description), "periodEnd": .string(periodEnd.description),
            "daysLeft": .integer(daysLeft), "projected": projected.json(money),
        ]
    }
}
