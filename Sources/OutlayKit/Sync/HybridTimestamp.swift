/// A hybrid logical clock reading: wall-clock milliseconds, and a counter
/// that orders events within one millisecond (or while the wall clock lags
/// a time already seen). Its text form sorts as the value does.
public struct HybridTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let milliseconds: Int64
    public let counter: Int

    public init(milliseconds: Int64, counter: Int) {
        self.milliseconds = milliseconds
        self.counter = counter
    }

    public static let zero = HybridTimestamp(milliseconds: 0, counter: 0)

    /// The counter's six digits; past them, a tick moves to the next millisecond.
    public static let largestCounter = 999_999

    /// Within the moments a ledger stores, with a six-digit counter: what the text form can hold.
    public var isValid: Bool {
        Timestamp(milliseconds: milliseconds).isValid && (0...Self.largestCounter).contains(counter)
    }

    /// `000001763712000000.000000`: fixed width, so text order is time order.
    public var description: String {
        let millis = String(milliseconds)
        let count = String(counter)
        return String(repeating: "0", count: max(0, 18 - millis.count)) + millis + "."
            + String(repeating: "0", count: max(0, 6 - count.count)) + count
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 18, parts[1].count == 6,
              parts[0].utf8.allSatisfy({ (48...57).contains($0) }), parts[1].utf8.allSatisfy({ (48...57).contains($0) }),
              let millis = Int64(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(milliseconds: millis, counter: count)
        guard isValid else { return nil }
    }

    public static func < (lhs: HybridTimestamp, rhs: HybridTimestamp) -> Bool {
        (lhs.milliseconds, lhs.counter) < (rhs.milliseconds, rhs.counter)
    }

    /// The next local event after `self` when the wall clock reads `now`. A
    /// counter at its six digits rolls into the next millisecond, so the reading
    /// always has the text form every replica parses.
    func tick(now: Int64) -> HybridTimestamp {
        if now > milliseconds { return HybridTimestamp(milliseconds: now, counter: 0) }
        return counter < Self.largestCounter ? HybridTimestamp(milliseconds: milliseconds, counter: counter + 1)
            : HybridTimestamp(milliseconds: milliseconds + 1, counter: 0)
    }

    /// After receiving `remote`: never behind anything seen, so a later local
    /// edit always orders after the remote one it may overwrite.
    func receiving(_ remote: HybridTimestamp) -> HybridTimestamp { Swift.max(self, remote) }
}
