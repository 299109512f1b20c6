import TerminalUI

extension Theme {
    /// `themes/dark.toml`, built in: the default, the base a partial theme
    /// inherits from, and the fallback when a theme file is broken or missing.
    /// A test checks that it equals the file.
    public static let dark = Theme(
        name: "dark",
        background: rgb(0x1a1b26), surface: rgb(0x24283b), text: rgb(0xc0caf5), muted: rgb(0x8c95c0),
        accent: rgb(0x7aa2f7), income: rgb(0x9ece6a), expense: rgb(0xf7768e), warning: rgb(0xe0af68),
        danger: rgb(0xff6b78), selection: rgb(0x33467c), selectionText: rgb(0xffffff), border: rgb(0x3b4261),
        chartSeries: [0x7aa2f7, 0x9ece6a, 0xe0af68, 0xbb9af7, 0x7dcfff, 0xff9e64, 0xf7768e, 0x73daca].map(rgb))

    private static func rgb(_ value: UInt32) -> Color {
        .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}
