/// An editable line of text with a cursor: the state and its editing keys.
///
/// Editing is a pure value change, so forms can keep every keystroke in the
/// app's state and nothing typed is lost when a view is redrawn.
public struct TextInput: Sendable, Hashable {
    public private(set) var text: String
    /// The cursor, in characters from the start.
    public private(set) var cursor: Int
    /// The whole text is selected (a field just entered): the next character replaces it, Backspace or Delete
    /// empties it, any other key only lets go of the selection.
    public private(set) var isSelected = false

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; returns false for keys that do not edit text.
    @discardableResult
    public mutating func handle(_ event: KeyEvent) -> Bool {
        let ctrl = event.modifiers.contains(.control)
        if isSelected {
            isSelected = false
            switch event.key {
            case .character where !ctrl && !event.modifiers.contains(.alt), .backspace, .delete:
                (text, cursor) = ("", 0)
                if case .backspace = event.key { return true }
                if case .delete = event.key { return true }
            default: break
            }
        }
        switch event.key {
        case let .character(c) where ctrl:
            switch c {
            case "a": cursor = 0
            case "e": cursor = text.count
            case "u": remove(0..<cursor)
            case "k": remove(cursor..<text.count)
            case "w": remove(previousWordStart()..<cursor)
            case "h": if cursor > 0 { remove((cursor - 1)..<cursor) }
            default: return false
            }
        case let .character(c) where !event.modifiers.contains(.alt):
            insert(String(c))
        case .backspace: if cursor > 0 { remove((cursor - 1)..<cursor) }
        case .delete: if cursor < text.count { remove(cursor..<(cursor + 1)) }
        case .left: cursor = Swift.max(0, cursor - 1)
        case .right: cursor = Swift.min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        default: return false
        }
        return true
    }

    /// Selects the whole text (nothing when there is none), as a form does on entering a field.
    public mutating func selectAll() {
        isSelected = !text.isEmpty
        cursor = text.count
    }

    /// Replaces the text, the cursor at its end, nothing selected.
    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
        isSelected = false
    }

    public mutating func insert(_ string: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: string, at: index)
        cursor += string.count
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = text.index(text.startIndex, offsetBy: range.lowerBound)
        let end = text.index(text.startIndex, offsetBy: range.upperBound)
        text.removeSubrange(start..<end)
        cursor = range.lowerBound
    }

    private func previousWordStart() -> Int {
        let characters = Array(text.prefix(cursor))
        var index = characters.count
        while index > 0, characters[index - 1] == " " { index -= 1 }
        while index > 0, characters[index - 1] != " " { index -= 1 }
        return index
    }

    /// What shows in `width` cells and the cursor's column in it: scrolled so the cursor stays visible.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let characters = Array(text)
        var start = 0
        // Scroll right until the text before the cursor fits with one cell to spare.
        while DisplayWidth.of(String(characters[start..<cursor])) > width - 1 { start += 1 }
        let cursorColumn = DisplayWidth.of(String(characters[start..<cursor]))
        return (DisplayWidth.truncate(String(characters[start...]), to: width), cursorColumn)
    }
}

/// Draws a text input on one row; returns the cursor's screen position.
public struct TextField: Widget {
    public var input: TextInput
    public var placeholder: String
    public var style: Style
    public var placeholderStyle: Style

    public init(input: TextInput, placeholder: String = "", style: Style = .plain, placeholderStyle: Style = .plain) {
        self.input = input
        self.placeholder = placeholder
        self.style = style
        self.placeholderStyle = placeholderStyle
    }

    public func cursor(in area: Rect) -> (x: Int, y: Int) {
        (area.x + input.visible(width: area.width).cursorColumn, area.y)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area.row(0), with: Cell(" ", style: style))
        if input.text.isEmpty {
            buffer.put(placeholder, x: area.x, y: area.y, width: area.width, style: placeholderStyle)
        } else {
            // Selected text shows reversed: what the next key replaces.
            buffer.put(input.visible(width: area.width).text, x: area.x, y: area.y, width: area.width,
                       style: input.isSelected ? style.adding(.reverse) : style)
        }
    }
}
