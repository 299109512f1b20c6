import Foundation

/// Makes the id of every record (transactions, budgets, alerts, accounts, devices):
/// UUID version 7 strings (RFC 9562), lowercase.
///
/// Version 7 starts with a millisecond timestamp, so new rows land at the
/// end of the id index instead of at random places in it; that keeps a
/// million-row import from doing a million random B-tree writes. The last
/// characters are random, which is why short ids are suffixes.
public enum RecordID {
    /// How many trailing characters `outlay list` shows as the short id.
    public static let shortLength = 8

    public static func make(at timestamp: Timestamp = .now) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(milliseconds: timestamp.milliseconds, random: generator.next(), random2: generator.next())
    }

    /// Deterministic form for seeded demo data.
    public static func make(milliseconds: Int64, random: UInt64, random2: UInt64) -> String {
        let ms = UInt64(bitPattern: milliseconds) & 0xFFFF_FFFF_FFFF
        // 48 bits of time, version 7, 12 random bits | RFC variant, 62 random bits.
        let high = ms << 16 | 0x7000 | (random & 0x0FFF)
        let low = 0x8000_0000_0000_0000 | (random2 & 0x3FFF_FFFF_FFFF_FFFF)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for (word, nibbleRange) in [(high, 0..<16), (low, 16..<32)] {
                for nibble in nibbleRange {
                    if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
                        buffer[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    let shift = UInt64(60 - 4 * (nibble % 16))
                    buffer[position] = hexDigits[Int((word >> shift) & 0xF)]
                    position += 1
                }
            }
            return position
        }
    }

    /// Ids made in one batch at one moment, in order (RFC 9562 §6.2, method 1:
    /// a counter in the top 32 of the random bits), so a million-row import
    /// appends to the id index instead of writing all over it.
    public static func make(milliseconds: Int64, counter: UInt32, random: UInt64) -> String {
        make(milliseconds: milliseconds, random: UInt64(counter >> 20),
             random2: UInt64(counter & 0xF_FFFF) << 42 | (random & (1 << 42 - 1)))
    }

    /// The id every device gives the record `key` names: the day it is about
    /// in the time bits (ids stay ordered), a hash of the key in the rest.
    /// Devices that make the same record on their own thereby make one record.
    public static func derived(from key: String, on day: LocalDate) -> String {
        func fnv1a(_ seed: UInt64) -> UInt64 {
            key.utf8.reduce(seed) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        return make(milliseconds: Int64(day.daysSinceEpoch) * 86_400_000, random: fnv1a(0xcbf2_9ce4_8422_2325), random2: fnv1a(0x8422_2325_cbf2_9ce4))
    }

    public static func short(_ id: String) -> String { String(id.suffix(shortLength)) }

    /// A full id in canonical lowercase form, or nil when `text` is not a UUID.
    public static func canonical(_ text: String) -> String? {
        UUID(uuidString: text).map { $0.uuidString.lowercased() }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
