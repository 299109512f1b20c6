extension Unicode.Scalar {
    /// White space as people and JSON Schema's `\s` mean it: Unicode white
    /// space, and the information separators U+001C–U+001F.
    public var isBlank: Bool { properties.isWhitespace || (0x1C...0x1F).contains(value) }
}

extension String {
    /// Without blanks at either end: how every field a person or a client
    /// types is trimmed (the command line, forms, imports, the API).
    public func trimmingWhitespace() -> String {
        // Most text has nothing to trim: check the ends' bytes before doing any work.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.isBlank { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isBlank { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
