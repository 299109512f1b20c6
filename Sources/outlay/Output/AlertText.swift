import Foundation
import OutlayKit
import TerminalUI

/// How notifications read in human output (JSON: `OutlayNotification.jsonObject`).
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
}
