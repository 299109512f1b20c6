import Foundation

/// A moment as whole milliseconds since 1970 (UTC): how rows store
/// `createdAt`, `updatedAt` and `deletedAt`.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// The moments a ledger stores: 1970-01-01 to the end of 9999. Sync, the
    /// API and stored rows are checked against it, so every one can be written
    /// as a date and no day arithmetic on it can overflow.
    public static let validRange: ClosedRange<Int64> = 0...253_402_300_799_999

    public var isValid: Bool { Self.validRange.contains(milliseconds) }

    public static var now: Timestamp {
        Timestamp(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }

    /// Reads what `description` prints: `2024-03-01T09:30:00.000Z`.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[23] == UInt8(ascii: "Z"),
              let date = try? LocalDate(parsing: String(text.prefix(10))) else { return nil }
        func number(_ range: Range<Int>) -> Int64? { Int64(String(decoding: bytes[range], as: UTF8.self)) }
        guard let hours = number(11..<13), let minutes = number(14..<16), let seconds = number(17..<19),
              let millis = number(20..<23), hours < 24, minutes < 60, seconds < 60 else { return nil }
        milliseconds = Int64(date.daysSinceEpoch) * 86_400_000 + ((hours * 60 + minutes) * 60 + seconds) * 1_000 + millis
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    /// The moments that can be written as `YYYY-…`: years 0001 to 9999.
    static let printableRange: ClosedRange<Int64> = -62_135_596_800_000...253_402_300_799_999

    /// ISO 8601 in UTC with milliseconds, e.g. `2024-03-01T09:30:00.000Z`.
    /// A moment outside years 1–9999 (which nothing stores) prints as the nearest end.
    public var description: String {
        let milliseconds = min(max(milliseconds, Self.printableRange.lowerBound), Self.printableRange.upperBound)
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let millis = milliseconds - seconds * 1000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        return String(unsafeUninitializedCapacity: 24) { buffer in
            // Written in place: lists print two per row.
            LocalDate(daysSinceEpoch: days).write(into: buffer)
            buffer[10] = UInt8(ascii: "T")
            buffer.putDigits(secondOfDay / 3600, count: 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            buffer.putDigits(secondOfDay / 60 % 60, count: 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            buffer.putDigits(secondOfDay % 60, count: 2, at: 17)
            buffer[19] = UInt8(ascii: ".")
            buffer.putDigits(Int(millis), count: 3, at: 20)
            buffer[23] = UInt8(ascii: "Z")
            return 24
        }
    }
}
