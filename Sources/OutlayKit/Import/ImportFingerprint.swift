/// What makes an imported row "the same" as one imported before: its date,
/// signed amount, description (case and spacing folded) and which
/// occurrence of that triple it is within its file, so two identical
/// coffees on one day stay two, and re-importing the file adds neither.
public struct ImportFingerprint: Sendable, Hashable {
    /// A stable 64-bit FNV-1a hash (Swift's `Hasher` is seeded per process).
    public let hash: Int64
    /// The row's day (days since 1970).
    public let day: Int

    /// The stored form: the day (offset to stay positive) above 42 bits of the hash.
    public var key: Int64 { Int64(day + 800_000) << 42 | (hash & (1 << 42 - 1)) }

    public init(date: LocalDate, signedAmount: Int64, description: String, occurrence: Int) {
        self.init(content: Self.content(date: date, signedAmount: signedAmount, description: description), day: date.daysSinceEpoch,
                  occurrence: occurrence)
    }

    /// The hash of the row's content alone: rows with equal content are occurrences of one another.
    static func content(date: LocalDate, signedAmount: Int64, description: String) -> Int64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01B3
        }
        func mix(word value: Int64) { for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: value >> shift)) } }
        mix(word: Int64(date.daysSinceEpoch))
        mix(word: signedAmount)
        // The description, lowercased, with runs of white space as one space and none at the ends.
        var pendingSpace = false, started = false
        let bytes = description.utf8.allSatisfy { $0 < 0x80 } ? Array(description.utf8) : Array(description.lowercased().utf8)
        for var byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = started
                continue
            }
            if pendingSpace { mix(UInt8(0x20)); pendingSpace = false }
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            mix(byte)
            started = true
        }
        return Int64(bitPattern: state)
    }

    /// The content hash with the occurrence mixed in.
    init(content: Int64, day: Int, occurrence: Int) {
        var state = UInt64(bitPattern: content)
        for shift in stride(from: 0, to: 64, by: 8) {
            state ^= UInt64(UInt8(truncatingIfNeeded: occurrence >> shift))
            state &*= 0x0000_0100_0000_01B3
        }
        hash = Int64(bitPattern: state)
        self.day = day
    }
}
