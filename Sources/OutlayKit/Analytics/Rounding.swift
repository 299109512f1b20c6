/// The one way Outlay divides whole numbers for people to read (averages,
/// percentages, ratios): to the nearest, a half away from zero, so 6.785
/// a day reads 6.79 and +2.5 % reads 3 %. Exact for every Int64 (the
/// product is taken at full width), never through floating point.
public enum Rounding {
    /// `part × scale ÷ whole`, rounded half away from zero; nil when `whole` is zero.
    public static func scaled(_ part: Int64, by scale: UInt64 = 1, over whole: Int64) -> Int64? {
        guard whole != 0 else { return nil }
        let negative = (part < 0) != (whole < 0)
        let divisor = whole.magnitude
        let (quotient, remainder) = divisor.dividingFullWidth(part.magnitude.multipliedFullWidth(by: scale))
        // remainder ≥ divisor / 2, without overflowing the doubling.
        let magnitude = quotient + (remainder >= divisor - remainder ? 1 : 0)
        let bounded = Int64(clamping: magnitude)
        return negative ? -bounded : bounded
    }

    /// An average: `total ÷ count`, rounded half away from zero; 0 for no count.
    public static func average(_ total: Int64, over count: Int) -> Int64 {
        scaled(total, over: Int64(count)) ?? 0
    }

    /// Whole percents of `part` in `whole`, rounded half away from zero; nil when `whole` is zero.
    public static func percent(_ part: Int64, of whole: Int64) -> Int64? {
        scaled(part, by: 100, over: whole)
    }
}
