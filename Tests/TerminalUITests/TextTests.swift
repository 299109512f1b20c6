import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [("abc", 3), ("寿司", 4), ("₹100", 4), ("🍣", 2), ("e\u{301}", 1), ("한국어", 6), ("", 0),
                      ("👍🏽", 2), ("❤️", 2), ("ｶﾀｶﾅ", 4), ("ＡＢ", 4)])
    func measuresCells(text: String, cells: Int) {
        #expect(DisplayWidth.of(text) == cells)
    }

    @Test func truncatesAndPadsByCells() {
        #expect(DisplayWidth.truncate("寿司 Sushi Bar", to: 6) == "寿司 …")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.pad("寿司", to: 6) == "寿司  ")
        #expect(DisplayWidth.pad("9.50", to: 7, alignRight: true) == "   9.50")
        #expect(DisplayWidth.of(DisplayWidth.pad("🍣🍣🍣🍣", to: 5)) == 5)
    }
}

@Suite struct TerminalSafeTextTests {
    @Test func neutralisesControlAndBidiCharacters() {
        #expect(TerminalSafeText.sanitize("evil\u{1B}[31mred") == "evil\u{241B}[31mred")
        #expect(TerminalSafeText.sanitize("bell\u{07}") == "bell\u{2407}")
        #expect(TerminalSafeText.sanitize("a\rb\tc\nd") == "a\u{240D}b\u{2409}c\u{240A}d")
        #expect(TerminalSafeText.sanitize("\u{202E}gnp.exe") == "\u{FFFD}gnp.exe")
        #expect(TerminalSafeText.sanitize("\u{9B}2J") == "\u{FFFD}2J")
        #expect(TerminalSafeText.sanitize("del\u{7F}") == "del\u{2421}")
        #expect(TerminalSafeText.sanitize("Café 寿司 🍣") == "Café 寿司 🍣")
    }
}
