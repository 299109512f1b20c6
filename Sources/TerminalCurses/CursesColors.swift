@preconcurrency import CNCursesW
import TerminalUI

/// Colour pairs made on demand: curses draws with numbered (foreground, background) pairs.
struct CursesColors {
    private var pairs: [PairKey: Int32] = [:]
    /// Curses numbers already worked out: a theme has a few dozen colours, a frame thousands of cells,
    /// and the nearest palette entry is a search of 240 (it made a key take seconds to show, in gruvbox).
    private var numbers: [Color: Int32] = [:]
    private let available: Int32
    private let colorCount: Int32
    let enabled: Bool

    private struct PairKey: Hashable {
        let foreground: Int32
        let background: Int32
    }

    init() {
        enabled = has_colors()
        if enabled {
            start_color()
            use_default_colors()
        }
        available = Int32(outlay_color_pairs())
        colorCount = Int32(outlay_colors())
    }

    /// True when the terminal takes 24-bit colours directly (a "-direct" terminfo).
    var isTruecolor: Bool { colorCount >= 0x1000000 }

    /// The pair number for a style's colours, made the first time it is asked for.
    mutating func pair(for style: Style) -> Int32 {
        guard enabled else { return 0 }
        let key = PairKey(foreground: cachedNumber(style.foreground), background: cachedNumber(style.background))
        if key.foreground == -1, key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        // Out of pairs: start over (the frame after this redraws with new numbers).
        if Int32(pairs.count) + 1 >= available { pairs.removeAll() }
        let next = Int32(pairs.count + 1)
        init_extended_pair(next, key.foreground, key.background)
        pairs[key] = next
        return next
    }

    private mutating func cachedNumber(_ color: Color) -> Int32 {
        if let known = numbers[color] { return known }
        let computed = number(color)
        numbers[color] = computed
        return computed
    }

    /// A curses colour number: -1 for the default, a 24-bit value on direct-colour terminals, else the nearest index.
    private func number(_ color: Color) -> Int32 {
        switch color {
        case .default: return -1
        case let .rgb(r, g, b) where isTruecolor: return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        default:
            guard let index = color.nearestIndexed else { return -1 }
            // 8- and 16-colour terminals: fold into the basic colours.
            return colorCount >= 256 ? Int32(index) : Int32(Self.basic(color, count: Int(colorCount)))
        }
    }

    private static func basic(_ color: Color, count: Int) -> Int {
        guard let (r, g, b) = color.rgbComponents else { return -1 }
        let bright = Int(r) + Int(g) + Int(b) > 3 * 160 && count >= 16 ? 8 : 0
        return (Int(r) > 127 ? 1 : 0) | (Int(g) > 127 ? 2 : 0) | (Int(b) > 127 ? 4 : 0) | bright
    }
}
