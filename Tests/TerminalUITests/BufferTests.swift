import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndCombiningMarksJoinTheirBase() {
        var buffer = Buffer(width: 12, height: 1)
        let used = buffer.put("寿司🍣e\u{301}x", x: 0, y: 0)
        #expect(used == 8)
        #expect(buffer[0, 0].symbol == "寿")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[4, 0].symbol == "🍣")
        #expect(buffer[6, 0].symbol == "e\u{301}")
        #expect(buffer[7, 0].symbol == "x")
        #expect(buffer.lines == ["寿司🍣éx    "])
    }

    @Test func aWideGlyphCutByTheEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1, fill: Cell("."))
        buffer.put("ab寿司", x: 0, y: 0, width: 5)
        #expect(buffer.lines == ["ab寿 "])
        var narrow = Buffer(width: 4, height: 1, fill: Cell("."))
        narrow.put("abc寿", x: 0, y: 0)
        #expect(narrow.lines == ["abc "])
    }

    @Test func overwritingHalfAWideGlyphClearsTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("寿司", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x司"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
    }

    @Test func controlCharactersAndEscapesNeverReachTheBuffer() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.put("a\u{1B}[31mb\u{07}\r\t\u{202E}c", x: 0, y: 0)
        let text = buffer.lines[0]
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x202E })
        #expect(text.hasPrefix("a␛[31mb␇␍␉\u{FFFD}c"))
    }

    @Test func diffingSendsOnlyChangedCells() {
        let backend = TestBackend(width: 10, height: 2)
        let terminal = Terminal(backend: backend)
        terminal.draw { $0.put("hello", x: 0, y: 0) }
        terminal.draw { $0.put("help", x: 0, y: 0) }
        terminal.draw { $0.put("help", x: 0, y: 0) }
        #expect(backend.drawnPerFlush == [20, 2, 0])
        #expect(backend.lines == ["help", ""])
    }

    @Test func layoutSharesWhatFixedPartsLeave() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 100, height: 1), .horizontal, [.length(10), .percentage(20), .fill(1), .fill(3)])
        #expect(parts.map(\.width) == [10, 20, 17, 53])
        #expect(parts.map(\.x) == [0, 10, 30, 47])
        let tight = Layout.split(Rect(x: 0, y: 0, width: 5, height: 1), .horizontal, [.length(4), .length(4)])
        #expect(tight.map(\.width) == [4, 1])
    }

    @Test func contrastRatiosFollowWCAG() throws {
        let white = try #require(Color(hex: "#ffffff")), black = try #require(Color(hex: "#000000"))
        #expect(abs((Color.contrastRatio(white, black) ?? 0) - 21) < 0.001)
        #expect(abs((Color.contrastRatio(try #require(Color(hex: "#777777")), white) ?? 0) - 4.48) < 0.01)
        #expect(Color(hex: "#12345") == nil)
        #expect(Color.rgb(255, 0, 0).nearestIndexed == 196)
    }
}
