import OutlayBasics

/// How money is written in JSON: decimal text (`"15.50"`, Outlay's own
/// command line and sync), or a JSON number written from the integer
/// (`15.5`, as the original gateway's clients read it). Never through a
/// binary float either way.
public enum MoneyStyle: Sendable, Hashable {
    case text, number
}

extension Money {
    public func json(_ style: MoneyStyle = .text) -> JSONValue {
        switch style {
        case .text: .string(decimalString)
        case .number: .number(numberLiteral)
        }
    }

    /// The amount as a JSON number's literal: `15.5`, `2500`, `-3.1`, `0.07`.
    public var numberLiteral: String { JSONValue.decimalLiteral(decimalString) }
}
