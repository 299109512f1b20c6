import TerminalUI

/// Which keys run which commands: defaults in code, a user's `[keys]` on top.
/// The help overlay and the status bar hints are generated from it, so they never drift.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [Command: [KeyEvent]]
    private var lookup: [KeyEvent: Command] = [:]

    public init(bindings: [Command: [KeyEvent]]) {
        self.bindings = bindings
        for command in Command.allCases {
            for key in bindings[command] ?? [] { lookup[key] = command }
        }
    }

    public static let defaults: Keymap = {
        func k(_ text: String) -> KeyEvent {
            guard let key = KeyEvent(parsing: text) else { preconditionFailure("bad default key \(text)") }
            return key
        }
        let table: [Command: [String]] = [
            .nextPane: ["tab"], .previousPane: ["shift-tab"],
            .focusTransactions: ["1"], .focusBudgets: ["2"], .focusAnalytics: ["3"], .focusAlerts: ["4"],
            .down: ["j", "down"], .up: ["k", "up"], .top: ["g", "home"], .bottom: ["G", "end"],
            .pageDown: ["ctrl-d", "pgdn"], .pageUp: ["ctrl-u", "pgup"],
            .filter: ["/"], .add: ["a"], .edit: ["e", "enter"], .delete: ["d", "del"], .undo: ["u"], .importFile: ["i"], .accounts: ["b"], .transfer: ["t"],
            .recurring: ["p"], .confirmRecurring: ["y"],
            .previousPeriod: ["["], .nextPeriod: ["]"], .span: ["v"], .allTime: ["A"],
            .markRead: ["r"], .markAllRead: ["R"],
            .zoom: ["z"], .nextTheme: ["T"], .palette: [":"], .help: ["?", "f1"], .messages: ["M"], .refresh: ["ctrl-l"], .sync: ["S"],
            .quit: ["q", "ctrl-c"],
        ]
        return Keymap(bindings: table.mapValues { $0.map(k) })
    }()

    public func command(for key: KeyEvent) -> Command? { lookup[key] }

    public func keys(for command: Command) -> [KeyEvent] { bindings[command] ?? [] }

    /// "j/↓" for help and hints.
    public func label(for command: Command) -> String {
        keys(for: command).map(\.description).joined(separator: "/")
    }

    /// Binds `keys` to `command` instead of its defaults; the keys leave any command they had.
    public func rebinding(_ command: Command, to keys: [KeyEvent]) -> Keymap {
        var table = bindings
        for other in Command.allCases where other != command {
            table[other] = table[other]?.filter { !keys.contains($0) }
        }
        table[command] = keys
        return Keymap(bindings: table)
    }
}
