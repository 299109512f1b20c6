/// Something that draws itself into an area of a buffer and does nothing else.
public protocol Widget {
    func render(in area: Rect, into buffer: inout Buffer)
}
