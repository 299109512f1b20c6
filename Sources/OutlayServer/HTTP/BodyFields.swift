import OutlayKit

/// Parses a body's text values with the domain's rules, naming the field in errors.
enum BodyFields {
    /// A positive amount in the ledger's currency; `hint` says what to do instead of zero or less.
    static func positiveAmount(_ text: String?, _ currency: Currency, hint: String) throws -> Money {
        let money = try APIError.naming("amount") { try Money.parse(text ?? "", currency: currency) }
        guard money.isPositive else { throw APIError(.badRequest, "'amount': \(hint)", field: "amount") }
        return money
    }
}
