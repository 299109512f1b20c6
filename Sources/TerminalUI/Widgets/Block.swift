/// A bordered box with a title on its top edge and, optionally, a note on the right.
public struct Block: Widget {
    public var title: String
    public var rightTitle: String
    public var borderStyle: Style
    public var titleStyle: Style
    /// The style of the inside, filled before anything is drawn there.
    public var fillStyle: Style

    public init(title: String = "", rightTitle: String = "", borderStyle: Style = .plain, titleStyle: Style = .plain,
                fillStyle: Style = .plain) {
        self.title = title
        self.rightTitle = rightTitle
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.fillStyle = fillStyle
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        buffer.fill(area, with: Cell(" ", style: fillStyle))
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.put("╭" + horizontal + "╮", x: area.x, y: area.y, width: area.width, style: borderStyle)
        buffer.put("╰" + horizontal + "╯", x: area.x, y: area.bottom - 1, width: area.width, style: borderStyle)
        for y in (area.y + 1)..<(area.bottom - 1) {
            buffer.put("│", x: area.x, y: y, style: borderStyle)
            buffer.put("│", x: area.right - 1, y: y, style: borderStyle)
        }
        var titleEnd = area.x + 1
        if !title.isEmpty, area.width > 4 {
            titleEnd += buffer.put(" \(title) ", x: area.x + 1, y: area.y, width: area.width - 2, style: titleStyle)
        }
        if !rightTitle.isEmpty {
            let text = " \(rightTitle) "
            let width = DisplayWidth.of(text)
            let x = area.right - 1 - width
            if x > titleEnd { buffer.put(text, x: x, y: area.y, width: width, style: borderStyle) }
        }
    }
}
