import TerminalUI

/// A colour theme: semantic slots, read from a TOML file in `themes/`.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var background: Color
    /// Status bar and dialogs: a step apart from the background.
    public var surface: Color
    public var text: Color
    public var muted: Color
    public var accent: Color
    public var income: Color
    public var expense: Color
    public var warning: Color
    public var danger: Color
    public var selection: Color
    public var selectionText: Color
    public var border: Color
    public var chartSeries: [Color]

    /// Slots that are drawn as text, and the backgrounds they are drawn on: each pair must meet WCAG's 4.5:1.
    public var textPairs: [(slot: String, foreground: Color, background: Color)] {
        var pairs: [(String, Color, Color)] = []
        let foregrounds: [(String, Color)] = [("text", text), ("muted", muted), ("accent", accent), ("income", income),
                                              ("expense", expense), ("warning", warning), ("danger", danger)]
            + chartSeries.enumerated().map { ("chart_series[\($0.offset)]", $0.element) }
        for (slot, color) in foregrounds {
            pairs.append(("\(slot) on background", color, background))
            pairs.append(("\(slot) on surface", color, surface))
        }
        pairs.append(("selection_text on selection", selectionText, selection))
        return pairs
    }

    /// The same theme without colours, for `NO_COLOR`: the terminal's own colours, attributes kept.
    public var withoutColor: Theme {
        var plain = self
        for path in [\Theme.background, \.surface, \.text, \.muted, \.accent, \.income, \.expense, \.warning, \.danger,
                     \.selection, \.selectionText, \.border] {
            plain[keyPath: path] = .default
        }
        plain.chartSeries = [.default]
        return plain
    }

    public var isColorless: Bool { text == .default && background == .default }
}

// MARK: - Styles the views draw with

extension Theme {
    var base: Style { Style(foreground: text, background: background) }
    var mutedStyle: Style { Style(foreground: muted, background: background) }
    var accentStyle: Style { Style(foreground: accent, background: background, attributes: .bold) }
    var borderStyle: Style { Style(foreground: border, background: background) }
    var focusedBorderStyle: Style { Style(foreground: accent, background: background) }
    var incomeStyle: Style { Style(foreground: income, background: background) }
    var expenseStyle: Style { Style(foreground: expense, background: background) }
    var warningStyle: Style { Style(foreground: warning, background: background) }
    var dangerStyle: Style { Style(foreground: danger, background: background, attributes: .bold) }
    /// Without colours the selection still shows, in reverse video.
    var selectionStyle: Style {
        isColorless ? Style(attributes: .reverse) : Style(foreground: selectionText, background: selection, attributes: .bold)
    }
    var surfaceStyle: Style { Style(foreground: text, background: surface) }
    var surfaceMuted: Style { Style(foreground: muted, background: surface) }
    var surfaceAccent: Style { Style(foreground: accent, background: surface, attributes: .bold) }

    func series(_ index: Int) -> Style {
        Style(foreground: chartSeries.isEmpty ? text : chartSeries[index % chartSeries.count], background: background)
    }

    /// A background-style colour moved onto the surface (status bar, dialogs).
    func onSurface(_ style: Style) -> Style { style.with(background: surface) }
}
