/// An ISO 4217 currency: its code and how many minor digits it has.
public struct Currency: Sendable, Hashable, CustomStringConvertible {
    public let code: String
    /// Digits after the decimal point: JPY 0, USD 2, KWD 3.
    public let minorDigits: Int

    public static let usd = Currency(validatedCode: "USD")

    /// Accepts any three-letter code; digits come from ISO 4217, 2 when the
    /// code is not one of the exceptions.
    public init(code: String) throws(OutlayError) {
        let upper = code.uppercased()
        guard upper.count == 3, upper.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw .invalidCurrency(code)
        }
        self.init(validatedCode: upper)
    }

    private init(validatedCode code: String) {
        self.code = code
        self.minorDigits = Self.exceptions[code] ?? 2
    }

    public var description: String { code }

    /// 10^minorDigits, the number of minor units in one major unit.
    var minorUnitsPerMajor: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorDigits { factor *= 10 }
        return factor
    }

    // ISO 4217 currencies whose minor unit is not hundredths.
    private static let exceptions: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
        "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
        "CLF": 4, "UYW": 4,
    ]
}
