import Foundation
import OutlayKit
import TerminalUI

/// How notifications, and budgets' standing, read in human and JSON output.
enum AlertText {
    /// "! 'food' budget at 81.0% this month: …", marked by priority.
    static func line(_ n: OutlayNotification, style: TerminalStyle = .standardOutput) -> String {
        let message = TerminalSafeText.sanitize(n.message)
        switch n.type {
        case .budgetExceeded: return style.red("!! " + message)
        case .budgetAlert: return style.yellow("! " + message)
        default: return "i " + message
        }
    }

    static func object(_ n: OutlayNotification) -> [String: Any] {
        let metadata = (try? JSONSerialization.jsonObject(with: Data(n.metadata.utf8))) ?? [String: Any]()
        return [
            "id": n.id, "type": n.type.rawValue, "message": n.message, "priority": n.priority.rawValue,
            "metadata": metadata, "isRead": n.isRead, "createdAt": n.createdAt.description,
            "readAt": n.readAt.map(\.description) ?? NSNull(),
            "deliveries": n.deliveries.map { d -> [String: Any] in
                ["channel": d.channel.rawValue, "status": d.status.rawValue, "attempts": d.attempts,
                 "lastError": d.lastError ?? NSNull(), "nextAttemptAt": d.nextAttemptAt.map(\.description) ?? NSNull()]
            },
        ]
    }

    /// SPEC 3's budget object: `id, scope, amount, period, threshold, rollover, spent, remaining, percent, level`, and more.
    static func object(_ status: BudgetStatus) -> [String: Any] {
        let budget = status.budget
        return [
            "id": budget.id, "scope": budget.scope.description, "amount": budget.amount.decimalString,
            "period": budget.period.rawValue, "threshold": budget.threshold, "rollover": budget.rollover,
            "spent": status.spent.decimalString, "remaining": status.remaining.decimalString,
            "percent": status.percentText ?? NSNull(), "level": status.level.rawValue,
            "limit": status.limit.decimalString, "carry": status.carry.decimalString,
            "periodStart": status.periodStart.description, "periodEnd": status.periodEnd.description,
            "daysLeft": status.daysLeft, "projected": status.projected.decimalString,
        ]
    }
}
