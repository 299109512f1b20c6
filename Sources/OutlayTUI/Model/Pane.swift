/// The dashboard's four panes, in focus order.
public enum Pane: Int, CaseIterable, Sendable {
    case transactions, budgets, analytics, alerts

    public var title: String {
        switch self {
        case .transactions: "Transactions"
        case .budgets: "Budgets"
        case .analytics: "Analytics"
        case .alerts: "Alerts"
        }
    }

    /// Accepts the pane's name or its number, as `--pane` and the palette take them.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let pane = Pane.allCases.first(where: { $0.title.lowercased() == lowered || "\($0.rawValue + 1)" == lowered }) else {
            return nil
        }
        self = pane
    }

    var next: Pane { Pane(rawValue: (rawValue + 1) % 4) ?? .transactions }
    var previous: Pane { Pane(rawValue: (rawValue + 3) % 4) ?? .transactions }
}
