/// Labelled text fields, one per row, each with an optional error or hint under it.
public struct Form: Widget {
    public struct Field: Sendable {
        public var label: String
        public var input: TextInput
        public var placeholder: String
        /// Shown under the field in the error style; nil when the value is fine.
        public var error: String?
        /// Shown under the field in the hint style when there is no error.
        public var hint: String?
        public init(label: String, input: TextInput, placeholder: String = "", error: String? = nil, hint: String? = nil) {
            self.label = label
            self.input = input
            self.placeholder = placeholder
            self.error = error
            self.hint = hint
        }
    }

    public struct Styles: Sendable {
        public var label: Style
        public var focusedLabel: Style
        public var input: Style
        public var focusedInput: Style
        public var placeholder: Style
        public var error: Style
        public var hint: Style
        public init(label: Style, focusedLabel: Style, input: Style, focusedInput: Style, placeholder: Style, error: Style, hint: Style) {
            self.label = label
            self.focusedLabel = focusedLabel
            self.input = input
            self.focusedInput = focusedInput
            self.placeholder = placeholder
            self.error = error
            self.hint = hint
        }
    }

    public var fields: [Field]
    public var focused: Int
    public var styles: Styles

    public init(fields: [Field], focused: Int, styles: Styles) {
        self.fields = fields
        self.focused = focused
        self.styles = styles
    }

    /// Rows the form needs: a field and its message line each.
    public var height: Int { fields.count * 2 }

    private func labelWidth(_ area: Rect) -> Int {
        Swift.min((fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2, area.width / 3)
    }

    /// The focused field's message when its line cannot hold it whole (the caller shows it elsewhere, wrapped).
    public func focusedMessageCut(in area: Rect) -> String? {
        guard fields.indices.contains(focused) else { return nil }
        let field = fields[focused]
        guard let message = field.error.map({ "✖ " + $0 }) ?? field.hint else { return nil }
        return DisplayWidth.of(message) > area.width - labelWidth(area) ? message : nil
    }

    /// Where the cursor goes: in the focused field.
    public func cursor(in area: Rect) -> (x: Int, y: Int)? {
        guard fields.indices.contains(focused) else { return nil }
        let labels = labelWidth(area)
        let fieldArea = Rect(x: area.x + labels, y: area.y + (focused - firstShown(in: area)) * 2, width: area.width - labels, height: 1)
        return TextField(input: fields[focused].input).cursor(in: fieldArea)
    }

    /// The first field on screen: the form scrolls when a short terminal cannot hold every field and the focus is below.
    func firstShown(in area: Rect) -> Int {
        let fitting = Swift.max(1, area.height / 2)
        return Swift.max(0, Swift.min(focused, fields.count - 1) - fitting + 1)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let labels = labelWidth(area)
        let first = firstShown(in: area)
        for (index, field) in fields.enumerated() where index >= first {
            let y = area.y + (index - first) * 2
            guard y < area.bottom else { return }
            let isFocused = index == focused
            buffer.put(field.label, x: area.x, y: y, exactly: labels - 1, alignRight: true,
                       style: isFocused ? styles.focusedLabel : styles.label)
            let fieldArea = Rect(x: area.x + labels, y: y, width: area.width - labels, height: 1)
            TextField(input: field.input, placeholder: field.placeholder, style: isFocused ? styles.focusedInput : styles.input,
                      placeholderStyle: styles.placeholder).render(in: fieldArea, into: &buffer)
            if y + 1 < area.bottom {
                // Cut at a word, with "…": a message never ends mid-word (`overflowing` says whose is cut).
                if let error = field.error {
                    buffer.put(DisplayWidth.truncateAtWord("✖ " + error, to: area.width - labels), x: area.x + labels, y: y + 1,
                               width: area.width - labels, style: styles.error)
                } else if let hint = field.hint {
                    buffer.put(DisplayWidth.truncateAtWord(hint, to: area.width - labels), x: area.x + labels, y: y + 1,
                               width: area.width - labels, style: styles.hint)
                }
            }
        }
    }
}
