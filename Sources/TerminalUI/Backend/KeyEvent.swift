/// A key as the terminal reports it.
public enum Key: Sendable, Hashable {
    case character(Character)
    case enter, tab, backTab, backspace, delete, escape, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}

/// A key with the modifiers held with it. Ctrl-d is `.character("d")` with `.control`.
public struct KeyEvent: Sendable, Hashable, CustomStringConvertible {
    public struct Modifiers: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let control = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let shift = Modifiers(rawValue: 4)
    }

    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, _ modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    public static func char(_ character: Character) -> KeyEvent { KeyEvent(.character(character)) }
    public static func ctrl(_ character: Character) -> KeyEvent { KeyEvent(.character(character), .control) }

    /// The event as people write it: "a", "Ctrl-d", "Alt-x", "PgDn", "F5", "Shift-Tab".
    public var description: String {
        var prefix = ""
        if modifiers.contains(.control) { prefix += "Ctrl-" }
        if modifiers.contains(.alt) { prefix += "Alt-" }
        if modifiers.contains(.shift) { prefix += "Shift-" }
        let name: String
        switch key {
        case let .character(c): name = c == " " ? "Space" : String(c)
        case .enter: name = "Enter"
        case .tab: name = "Tab"
        case .backTab: name = "Shift-Tab"
        case .backspace: name = "Backspace"
        case .delete: name = "Del"
        case .escape: name = "Esc"
        case .insert: name = "Ins"
        case .up: name = "↑"
        case .down: name = "↓"
        case .left: name = "←"
        case .right: name = "→"
        case .home: name = "Home"
        case .end: name = "End"
        case .pageUp: name = "PgUp"
        case .pageDown: name = "PgDn"
        case let .function(n): name = "F\(n)"
        }
        return prefix + name
    }

    /// Parses a key as written in a config file: "a", "G", "?", "ctrl-d", "alt-x",
    /// "shift-tab", "enter", "esc", "space", "up", "pgdn", "f5". Nil if unknown.
    public init?(parsing text: String) {
        var modifiers: Modifiers = []
        var rest = Substring(text)
        while let dash = rest.firstIndex(of: "-"), dash != rest.startIndex, rest.index(after: dash) != rest.endIndex {
            switch rest[..<dash].lowercased() {
            case "ctrl", "c", "control": modifiers.insert(.control)
            case "alt", "a", "meta", "m": modifiers.insert(.alt)
            case "shift", "s": modifiers.insert(.shift)
            default: return nil
            }
            rest = rest[rest.index(after: dash)...]
        }
        let named: [String: Key] = [
            "enter": .enter, "return": .enter, "tab": .tab, "backtab": .backTab, "backspace": .backspace, "del": .delete,
            "delete": .delete, "esc": .escape, "escape": .escape, "insert": .insert, "ins": .insert, "up": .up, "down": .down,
            "left": .left, "right": .right, "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "space": .character(" "),
        ]
        if rest.count == 1, let character = rest.first {
            self.init(.character(modifiers.contains(.control) ? Character(character.lowercased()) : character), modifiers)
        } else if let key = named[rest.lowercased()] {
            if key == .tab, modifiers == .shift { self.init(.backTab); return }
            self.init(key, modifiers)
        } else if rest.lowercased().hasPrefix("f"), let n = Int(rest.dropFirst()), (1...24).contains(n) {
            self.init(.function(n), modifiers)
        } else {
            return nil
        }
    }
}

/// What a backend reports.
public enum TerminalEvent: Sendable, Hashable {
    case key(KeyEvent)
    case resize(width: Int, height: Int)
}
