import OutlayBasics

extension OutlayNotification {
    /// SPEC 3's notification object, as `--json` and the gateway show it.
    public func json(_ money: MoneyStyle = .text) -> JSONValue {
        [
            "id": .string(id), "type": .string(type.rawValue), "message": .string(message), "priority": .string(priority.rawValue),
            "metadata": .object(metadataObject(money)),
            "isRead": .bool(isRead), "createdAt": .string(createdAt.description), "readAt": .optional(readAt?.description),
            "deliveries": .array(deliveries.map { delivery in
                ["channel": .string(delivery.channel.rawValue), "status": .string(delivery.status.rawValue),
                 "attempts": .integer(delivery.attempts), "lastError": .optional(delivery.lastError),
                 "nextAttemptAt": .optional(delivery.nextAttemptAt?.description)]
            }),
        ]
    }
}

extension OutlayNotification {
    /// The metadata members that are amounts (stored as decimal text).
    static let moneyKeys: Set<String> = ["spent", "limit", "previousSpent", "income", "projected"]

    /// `-12.50`, `3`: what `Money.decimalString` writes, so a valid JSON number.
    static func isDecimal(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// The stored metadata; with `.number`, its amounts as JSON numbers like every other amount.
    func metadataObject(_ money: MoneyStyle) -> JSONObject {
        guard let object = (try? JSONParser.parse(Array(metadata.utf8)))?.objectValue else { return [:] }
        guard money == .number else { return object }
        return JSONObject(object.members.map { member in
            guard Self.moneyKeys.contains(member.key), case let .string(text) = member.value, Self.isDecimal(text) else { return member }
            return (key: member.key, value: JSONValue.decimal(text))
        })
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
            "daysLeft": .integer(daysLeft), "projected": projected.map { $0.json(money) } ?? .null,
        ]
    }
}
