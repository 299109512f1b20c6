/// A terminal colour: the terminal's own default, one of the 256 indexed
/// colours, or 24-bit RGB (drawn as the nearest indexed colour where the
/// terminal has no truecolor).
public enum Color: Sendable, Hashable {
    case `default`
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    /// Parses `#rrggbb`; nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// The colour as RGB: indexed colours through the xterm palette; nil for `.default`.
    public var rgbComponents: (red: UInt8, green: UInt8, blue: UInt8)? {
        switch self {
        case .default: return nil
        case let .rgb(r, g, b): return (r, g, b)
        case let .indexed(index): return Self.xtermPalette(index)
        }
    }

    /// The nearest of the 240 fixed xterm colours (the 6×6×6 cube and the grey ramp).
    public var nearestIndexed: UInt8? {
        switch self {
        case .default: return nil
        case let .indexed(index): return index
        case let .rgb(r, g, b):
            var best: (index: UInt8, distance: Int) = (16, .max)
            for index in UInt8(16)...UInt8(255) {
                let (pr, pg, pb) = Self.xtermPalette(index)
                let dr = Int(pr) - Int(r), dg = Int(pg) - Int(g), db = Int(pb) - Int(b)
                // Weighted for the eye's sensitivity to green, then red.
                let distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db
                if distance < best.distance { best = (index, distance) }
            }
            return best.index
        }
    }

    /// xterm's default palette; the first 16 are the common VGA-like values.
    static func xtermPalette(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        let basic: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[Int(index)] }
        if index >= 232 {
            let level = UInt8(8 + 10 * Int(index - 232))
            return (level, level, level)
        }
        let cube = Int(index) - 16
        let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[cube / 6 % 6], steps[cube % 6])
    }
}

// MARK: - Contrast

extension Color {
    /// WCAG 2.x relative luminance, 0 (black) to 1 (white).
    public var relativeLuminance: Double? {
        guard let (r, g, b) = rgbComponents else { return nil }
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// The WCAG contrast ratio of two colours, from 1 to 21; nil when either is `.default`.
    public static func contrastRatio(_ a: Color, _ b: Color) -> Double? {
        guard let la = a.relativeLuminance, let lb = b.relativeLuminance else { return nil }
        return (Swift.max(la, lb) + 0.05) / (Swift.min(la, lb) + 0.05)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
