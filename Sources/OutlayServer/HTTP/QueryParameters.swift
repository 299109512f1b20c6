import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// Typed query parameters whose errors name the parameter (400).
struct QueryParameters {
    let request: Request

    /// A text parameter; empty counts as absent (`?category=` filters nothing).
    func string(_ name: String) -> String? {
        guard let value = given(name), !value.isEmpty else { return nil }
        return value
    }

    /// A parameter that takes one of a few values (a type, a period, an order)
    /// or a token (a cursor): `?type=` is a mistake, not "any".
    func choice(_ name: String) throws -> String? {
        guard let value = given(name) else { return nil }
        guard !value.isEmpty else { throw APIError(.badRequest, "'\(name)': must not be empty", field: name) }
        return value
    }

    /// Typed parameters are given or not: `?limit=` is a mistake, not a default.
    private func given(_ name: String) -> String? { request.uri.queryParameters.get(name) }

    /// A whole number in the range its declaration gives.
    func integer(_ parameter: QueryParameter) throws -> Int? {
        let name = parameter.name, range = parameter.range
        guard let text = given(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError(.badRequest, "'\(name)': expected a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'", field: name)
        }
        return value
    }

    func date(_ name: String) throws -> LocalDate? {
        guard let text = given(name) else { return nil }
        return try APIError.naming(name) { try LocalDate(parsing: ExpenseInput.calendarDay(text)) }
    }

    func month(_ name: String) throws -> YearMonth? {
        guard let text = given(name) else { return nil }
        return try APIError.naming(name) { try YearMonth(parsing: text) }
    }

    func amount(_ name: String, currency: Currency) throws -> Money? {
        guard let text = given(name) else { return nil }
        return try APIError.naming(name) { try Money.parse(text, currency: currency) }
    }
}

extension QueryParameters {
    func flag(_ name: String) throws -> Bool? {
        guard let text = given(name) else { return nil }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: throw APIError(.badRequest, "'\(name)': expected true or false, got '\(text)'", field: name)
        }
    }
}
