/// A share to one decimal place, computed from integers: never a float.
public struct Percent: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Tenths of a percent: 412 is 41.2 %.
    public let permille: Int64

    /// `part` of `whole`, rounded half up; nil when `whole` is zero.
    public init?(_ part: Int64, of whole: Int64) {
        guard whole != 0 else { return nil }
        let negative = (part < 0) != (whole < 0)
        let (quotient, remainder) = whole.magnitude.dividingFullWidth(part.magnitude.multipliedFullWidth(by: 1_000))
        let rounded = Int64(quotient + (remainder * 2 >= whole.magnitude ? 1 : 0))
        permille = negative ? -rounded : rounded
    }

    public var description: String {
        let sign = permille < 0 ? "-" : ""
        return "\(sign)\(permille.magnitude / 10).\(permille.magnitude % 10)"
    }

    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.permille < rhs.permille }
}
