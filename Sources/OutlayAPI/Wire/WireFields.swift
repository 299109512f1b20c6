import OutlayBasics

/// Typed, bounded access to a request object's members.
///
/// Every getter names the member in its error, so a client learns exactly
/// which field to fix; text is length-limited so nothing oversized is stored.
public struct WireFields: Sendable {
    public let object: JSONObject

    /// The body must be a JSON object.
    public init(_ value: JSONValue) throws(WireError) {
        guard let object = value.objectValue else {
            throw WireError(field: nil, "the body must be a JSON object, not \(value.kindName)")
        }
        self.object = object
    }

    /// A required string, trimmed, non-empty and at most `maximumLength` characters.
    public func string(_ key: String, maximumLength: Int) throws(WireError) -> String {
        guard let value = try optionalString(key, maximumLength: maximumLength) else {
            throw WireError(field: key, "is required")
        }
        return value
    }

    /// A string when present (null counts as absent); blank after trimming is an error.
    /// Lengths count Unicode code points, as JSON Schema's `maxLength` does.
    public func optionalString(_ key: String, maximumLength: Int) throws(WireError) -> String? {
        guard let value = object[key], value != .null else { return nil }
        guard case let .string(raw) = value else { throw WireError(field: key, "expected a string, got \(value.kindName)") }
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { throw WireError(field: key, "must not be empty") }
        guard text.unicodeScalars.count <= maximumLength else {
            throw WireError(field: key, "is longer than \(maximumLength) characters")
        }
        return text
    }

    /// A password or other secret: not trimmed, bounded in UTF-8 bytes.
    public func secret(_ key: String, minimumBytes: Int, maximumBytes: Int) throws(WireError) -> String {
        guard let value = object[key], value != .null else { throw WireError(field: key, "is required") }
        guard case let .string(text) = value else { throw WireError(field: key, "expected a string, got \(value.kindName)") }
        let length = text.utf8.count
        guard length >= minimumBytes else { throw WireError(field: key, "must be at least \(minimumBytes) characters") }
        guard length <= maximumBytes else { throw WireError(field: key, "must be at most \(maximumBytes) bytes") }
        return text
    }

    /// A decimal amount given as a string ("12.50") or a JSON number (12.5),
    /// returned as its text so that it is parsed exactly, never through `Double`.
    public func decimalText(_ key: String) throws(WireError) -> String? {
        guard let value = object[key], value != .null else { return nil }
        switch value {
        case let .number(literal): return literal
        case let .string(text):
            let trimmed = text.trimmingWhitespace()
            guard !trimmed.isEmpty else { throw WireError(field: key, "must not be empty") }
            guard trimmed.count <= 40 else { throw WireError(field: key, "is not an amount") }
            return trimmed
        default: throw WireError(field: key, "expected a decimal string or number, got \(value.kindName)")
        }
    }

    /// An integer given as a JSON number or a string of digits.
    public func integer(_ key: String, in range: ClosedRange<Int>) throws(WireError) -> Int? {
        guard let value = object[key], value != .null else { return nil }
        let text: String
        switch value {
        case let .number(literal): text = literal
        case let .string(string): text = string
        default: throw WireError(field: key, "expected a whole number, got \(value.kindName)")
        }
        // 36.0 is the whole number 36 (JSON does not tell integers from numbers).
        let whole = text.split(separator: ".", maxSplits: 1)
        let digits = whole.count == 2 && !whole[1].isEmpty && whole[1].allSatisfy({ $0 == "0" }) ? String(whole[0]) : text
        guard let number = Int(digits), range.contains(number) else {
            throw WireError(field: key, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    public func bool(_ key: String) throws(WireError) -> Bool? {
        guard let value = object[key], value != .null else { return nil }
        guard case let .bool(flag) = value else { throw WireError(field: key, "expected true or false, got \(value.kindName)") }
        return flag
    }

    /// An array of short strings.
    public func strings(_ key: String, maximumCount: Int, maximumLength: Int) throws(WireError) -> [String]? {
        guard let value = object[key], value != .null else { return nil }
        guard case let .array(items) = value else { throw WireError(field: key, "expected an array of strings, got \(value.kindName)") }
        guard items.count <= maximumCount else { throw WireError(field: key, "has more than \(maximumCount) items") }
        var result: [String] = []
        for item in items {
            guard case let .string(text) = item else { throw WireError(field: key, "expected an array of strings") }
            guard text.count <= maximumLength else { throw WireError(field: key, "has an item longer than \(maximumLength) characters") }
            result.append(text)
        }
        return result
    }
}

