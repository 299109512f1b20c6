/// A vertical list of lines with one selected, scrolled so the selection shows.
public struct ListView: Widget {
    public var items: [(text: String, style: Style)]
    public var selected: Int?
    public var selectedStyle: Style
    public var marker: String

    public init(items: [(text: String, style: Style)], selected: Int? = nil,
                selectedStyle: Style = Style(attributes: .reverse), marker: String = "▌") {
        self.items = items
        self.selected = selected
        self.selectedStyle = selectedStyle
        self.marker = marker
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0 else { return }
        let first = Swift.max(0, (selected ?? 0) - area.height + 1)
        let markerWidth = DisplayWidth.of(marker)
        for (offset, item) in items.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = first + offset == selected
            if isSelected {
                buffer.fill(area.row(offset), with: Cell(" ", style: selectedStyle))
                buffer.put(marker, x: area.x, y: y, width: markerWidth, style: selectedStyle)
            }
            buffer.put(DisplayWidth.truncate(item.text, to: area.width - markerWidth), x: area.x + markerWidth, y: y, width: area.width - markerWidth,
                       style: isSelected ? selectedStyle : item.style)
        }
    }
}
