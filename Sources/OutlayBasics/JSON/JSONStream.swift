/// Writes JSON straight to bytes, member by member, for the hot responses
/// where building a `JSONValue` tree first would cost more than the writing.
/// Produces exactly what `JSONValue.bytes` would for the same members.
public struct JSONStream {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int) { bytes.reserveCapacity(capacity) }

    public mutating func object(_ members: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func array<S: Sequence>(_ key: StaticString, _ elements: S, _ element: (inout JSONStream, S.Element) -> Void) {
        self.key(key)
        open(UInt8(ascii: "["))
        for value in elements {
            separate()
            element(&self, value)
        }
        close(UInt8(ascii: "]"))
    }

    public mutating func member(_ key: StaticString, _ value: (inout JSONStream) -> Void) {
        self.key(key)
        value(&self)
    }

    public mutating func string(_ key: StaticString, _ text: String?) {
        self.key(key)
        if let text { JSONValue.writeString(text, into: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    public mutating func strings(_ key: StaticString, _ texts: [String]) {
        array(key, texts) { stream, text in JSONValue.writeString(text, into: &stream.bytes) }
    }

    public mutating func integer(_ key: StaticString, _ value: Int) {
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number given as its literal text (already JSON's grammar).
    public mutating func number(_ key: StaticString, _ literal: String) {
        self.key(key)
        bytes.append(contentsOf: literal.utf8)
    }

    /// Keys are the program's own ASCII names: nothing to escape.
    private mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }
}
