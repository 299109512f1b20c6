/// A share to one decimal place, computed from integers: never a float.
public struct Percent: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Tenths of a percent: 412 is 41.2 %.
    public let permille: Int64

    /// `part` of `whole`, rounded half away from zero (`Rounding`); nil when `whole` is zero.
    public init?(_ part: Int64, of whole: Int64) {
        guard let permille = Rounding.scaled(part, by: 1_000, over: whole) else { return nil }
        self.permille = permille
    }

    public var description: String {
        let sign = permille < 0 ? "-" : ""
        return "\(sign)\(permille.magnitude / 10).\(permille.magnitude % 10)"
    }

    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.permille < rhs.permille }
}
