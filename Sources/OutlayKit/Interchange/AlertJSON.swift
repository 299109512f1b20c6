import Foundation

extension OutlayNotification {
    /// SPEC 3's notification object, as `--json` and the gateway show it.
    public var jsonObject: [String: Any] {
        let object = (try? JSONSerialization.jsonObject(with: Data(metadata.utf8))) ?? [String: Any]()
        return [
            "id": id, "type": type.rawValue, "message": message, "priority": priority.rawValue,
            "metadata": object, "isRead": isRead, "createdAt": createdAt.description,
            "readAt": readAt.map(\.description) ?? NSNull(),
            "deliveries": deliveries.map { d -> [String: Any] in
                ["channel": d.channel.rawValue, "status": d.status.rawValue, "attempts": d.attempts,
                 "lastError": d.lastError ?? NSNull(), "nextAttemptAt": d.nextAttemptAt.map(\.description) ?? NSNull()]
            },
        ]
    }
}

extension BudgetStatus {
    /// SPEC 3's budget object: `id, scope, amount, period, threshold, rollover, spent, remaining, percent, level`, and more.
    public var jsonObject: [String: Any] {
        [
            "id": budget.id, "scope": budget.scope.description, "amount": budget.amount.decimalString,
            "period": budget.period.rawValue, "threshold": budget.threshold, "rollover": budget.rollover,
            "spent": spent.decimalString, "remaining": remaining.decimalString,
            "percent": percentText ?? NSNull(), "level": level.rawValue,
            "limit": limit.decimalString, "carry": carry.decimalString,
            "periodStart": periodStart.description, "periodEnd": periodEnd.description,
            "daysLeft": daysLeft, "projected": projected.decimalString,
        ]
    }
}
