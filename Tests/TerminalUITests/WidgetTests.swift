import Testing
@testable import TerminalUI

@Suite struct WidgetTests {
    func render(_ widget: some Widget, width: Int, height: Int) -> [String] {
        var buffer = Buffer(width: width, height: height)
        widget.render(in: buffer.area, into: &buffer)
        return buffer.trimmedLines
    }

    @Test func tableAlignsColumnsWithWideCharactersAndMarksTheSelection() {
        let table = Table(columns: [Table.Column("Item", .fill(1)), Table.Column("Cost", .length(7), alignRight: true)],
                          rows: [[("寿司 set", .plain), ("12.50", .plain)], [("Tea ☕", .plain), ("3.00", .plain)],
                                 [("A very long description", .plain), ("1,000.00", .plain)]],
                          selected: 1)
        #expect(render(table, width: 22, height: 4) == [
            " Item             Cost",
            " 寿司 set        12.50",
            "▌Tea ☕           3.00",
            " A very long … 1,000.…",
        ])
    }

    @Test func blockDrawsBordersAndTitles() {
        #expect(render(Block(title: "Budgets", rightTitle: "2"), width: 16, height: 3) == [
            "╭ Budgets ── 2 ╮",
            "│              │",
            "╰──────────────╯",
        ])
    }

    @Test func barChartScalesToTheLargest() {
        let chart = BarChart(bars: [BarChart.Bar(label: "rent", value: 800, valueText: "800", style: .plain),
                                    BarChart.Bar(label: "food", value: 200, valueText: "200", style: .plain),
                                    BarChart.Bar(label: "tea", value: 1, valueText: "1", style: .plain)])
        #expect(render(chart, width: 18, height: 3) == ["rent █████████ 800", "food ██▎       200", "tea  ▏           1"])
    }

    @Test func sparklineUsesEighthBlocksAndShowsAnySpending() {
        #expect(Sparkline.text([0, 1, 4, 8, 2], width: 10) == " ▁▄█▂")
        #expect(Sparkline.text([5, 5, 10], width: 2) == "▄█")
    }

    @Test func lineChartDrawsInBraille() {
        // Rising from the bottom-left corner to the top-right one.
        #expect(LineChart.braille([0, 10], width: 2, height: 1) == ["⡠⠊"])
        #expect(LineChart.braille([3, 3, 3], width: 3, height: 1) == ["⣀⣀⣀"])
        #expect(LineChart.braille([1, 5, 2], width: 4, height: 2).count == 2)
    }

    @Test func gaugeFillsByPermilleAndCentresItsLabel() {
        var buffer = Buffer(width: 10, height: 1)
        Gauge(permille: 500, label: "50%", filledStyle: Style(foreground: .indexed(2)), emptyStyle: .plain)
            .render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["   50%····"])
        #expect(buffer[0, 0].style.background == .indexed(2))
        #expect(buffer[5, 0].style.background != .indexed(2))
        var over = Buffer(width: 4, height: 1)
        Gauge(permille: 2_500, label: "", filledStyle: Style(foreground: .indexed(1)), emptyStyle: .plain).render(in: over.area, into: &over)
        #expect((0..<4).allSatisfy { over[$0, 0].style.background == .indexed(1) })
    }

    @Test func textInputEditsLikeAShellLine() {
        var input = TextInput("coffee")
        input.handle(KeyEvent(.left))
        input.handle(KeyEvent(.left))
        input.handle(.char("X"))
        #expect(input.text == "coffXee")
        input.handle(.ctrl("a"))
        input.handle(.char(">"))
        #expect(input.text == ">coffXee" && input.cursor == 1)
        input.handle(KeyEvent(.end))
        input.handle(.ctrl("w"))
        #expect(input.text == "")
        input.insert("寿司 sushi")
        #expect(input.visible(width: 6) == (text: "sushi", cursorColumn: 5))
        #expect(input.handle(KeyEvent(.function(5))) == false)
    }

    @Test func keysParseAndPrintAsPeopleWriteThem() {
        #expect(KeyEvent(parsing: "ctrl-d") == .ctrl("d"))
        #expect(KeyEvent(parsing: "G") == .char("G"))
        #expect(KeyEvent(parsing: "shift-tab") == KeyEvent(.backTab))
        #expect(KeyEvent(parsing: "alt-x") == KeyEvent(.character("x"), .alt))
        #expect(KeyEvent(parsing: "pgdn") == KeyEvent(.pageDown))
        #expect(KeyEvent(parsing: "f12") == KeyEvent(.function(12)))
        #expect(KeyEvent(parsing: "-") == .char("-"))
        #expect(KeyEvent(parsing: "hyper-x") == nil)
        #expect(KeyEvent(parsing: "banana") == nil)
        #expect(KeyEvent.ctrl("d").description == "Ctrl-d")
        #expect(KeyEvent(.pageDown).description == "PgDn")
    }

    @Test func formShowsLabelsErrorsAndTheCursorInTheFocusedField() {
        let styles = Form.Styles(label: .plain, focusedLabel: .plain, input: .plain, focusedInput: .plain, placeholder: .plain,
                                 error: .plain, hint: .plain)
        let form = Form(fields: [Form.Field(label: "Amount", input: TextInput("12.x"), error: "not a number"),
                                 Form.Field(label: "Note", input: TextInput(""), placeholder: "optional", hint: "free text")],
                        focused: 0, styles: styles)
        var buffer = Buffer(width: 30, height: 4)
        form.render(in: buffer.area, into: &buffer)
        // Labels are right-aligned in a column one wider than the longest.
        #expect(buffer.trimmedLines == [" Amount 12.x", "        ✖ not a number", "   Note optional", "        free text"])
        #expect(form.cursor(in: buffer.area)! == (12, 0))
    }

    /// A terminal too short for every field: the form scrolls to keep the focused one, and its cursor, in view.
    @Test func aFormTallerThanItsAreaScrollsToTheFocusedField() {
        let styles = Form.Styles(label: .plain, focusedLabel: .plain, input: .plain, focusedInput: .plain, placeholder: .plain,
                                 error: .plain, hint: .plain)
        let fields = ["One", "Two", "Three", "Four"].map { Form.Field(label: $0, input: TextInput($0.lowercased())) }
        var buffer = Buffer(width: 20, height: 4)
        Form(fields: fields, focused: 1, styles: styles).render(in: buffer.area, into: &buffer)
        #expect(buffer.trimmedLines == ["  One one", "", "  Two two", ""])
        buffer = Buffer(width: 20, height: 4)
        let scrolled = Form(fields: fields, focused: 3, styles: styles)
        scrolled.render(in: buffer.area, into: &buffer)
        #expect(buffer.trimmedLines == ["Three three", "", " Four four", ""])
        #expect(scrolled.cursor(in: buffer.area)! == (10, 2))
    }

    @Test func statusBarDropsHintsThatDoNotFit() {
        let bar = StatusBar(left: [("November", .plain)], right: [("? help", .plain), ("q quit", .plain)], style: .plain)
        #expect(render(bar, width: 30, height: 1) == ["November       ? help  q quit"])
        #expect(render(bar, width: 20, height: 1) == ["November     ? help"])
    }
}
