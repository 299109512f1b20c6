/// Rows in aligned columns, with a header and one selected row.
///
/// The caller passes only the rows it wants shown (a window of a longer list),
/// so a table of a million rows costs what its visible rows cost.
public struct Table: Widget {
    public struct Column: Sendable {
        public var title: String
        public var width: Constraint
        public var alignRight: Bool
        public init(_ title: String, _ width: Constraint, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
        }
    }

    /// One row: a text and style per column.
    public typealias Row = [(text: String, style: Style)]

    public var columns: [Column]
    public var rows: [Row]
    /// Index into `rows` of the highlighted row, if any.
    public var selected: Int?
    public var headerStyle: Style
    public var selectedStyle: Style
    /// Drawn before the selected row (and as spaces before the others).
    public var selectionMarker: String

    public init(columns: [Column], rows: [Row], selected: Int? = nil, headerStyle: Style = .plain,
                selectedStyle: Style = Style(attributes: .reverse), selectionMarker: String = "▌") {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
        self.selectionMarker = selectionMarker
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 2 else { return }
        let markerWidth = DisplayWidth.of(selectionMarker)
        let body = Rect(x: area.x + markerWidth, y: area.y, width: area.width - markerWidth, height: area.height)
        // One space between columns: lay out columns and gaps together.
        var constraints: [Constraint] = []
        for (index, column) in columns.enumerated() {
            if index > 0 { constraints.append(.length(1)) }
            constraints.append(column.width)
        }
        let cells = Layout.split(body, .horizontal, constraints).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        for (index, column) in columns.enumerated() {
            buffer.put(column.title, x: cells[index].x, y: area.y, exactly: cells[index].width, alignRight: column.alignRight,
                       style: headerStyle)
        }
        for (offset, row) in rows.prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + offset
            let isSelected = offset == selected
            if isSelected {
                buffer.fill(area.row(offset + 1), with: Cell(" ", style: selectedStyle))
                buffer.put(selectionMarker, x: area.x, y: y, width: markerWidth, style: selectedStyle)
            }
            for (index, value) in row.enumerated() where index < cells.count {
                // The selected row is drawn in one style, so its contrast is the theme's selection pair.
                buffer.put(value.text, x: cells[index].x, y: y, exactly: cells[index].width, alignRight: columns[index].alignRight,
                           style: isSelected ? selectedStyle : value.style)
            }
        }
    }
}
