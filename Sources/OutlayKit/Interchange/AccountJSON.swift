import OutlayBasics

/// Accounts, their balances and transfers as JSON, for the command line
/// (money as text), the gateway (money as numbers) and the book's export.
extension Account {
    public func json(_ style: MoneyStyle = .text, balance: AccountBalance? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(id)), ("name", .string(name)), ("type", .string(type.rawValue)), ("liability", .bool(type.isLiability)),
            ("currency", .string(currency.code)), ("openingBalance", openingBalance.json(style)),
            ("openedOn", .optional(openedOn?.description)), ("closed", .bool(closed)), ("note", .optional(note)),
        ]
        if let balance {
            members += [("balance", balance.balance.json(style)), ("cleared", balance.cleared.json(style)), ("count", .integer(balance.count))]
            // In another currency than the base: the balance converted at the latest rate (null: no rate reaches it).
            if let inBase = balance.inBase, inBase.currency != currency {
                members += [("baseBalance", inBase.json(style)), ("baseCurrency", .string(inBase.currency.code))]
            } else if balance.inBase == nil {
                members += [("baseBalance", .null)]
            }
        }
        return .object(JSONObject(members))
    }
}

extension AccountBalance {
    public func json(_ style: MoneyStyle = .text) -> JSONValue { account.json(style, balance: self) }
}

extension Transfer {
    public func json(_ style: MoneyStyle = .text) -> JSONValue {
        ["id": .string(id), "type": .string("transfer"), "from": .string(from), "to": .string(to), "amount": amount.json(style),
         "currency": .string(amount.currency.code), "received": received.map { $0.json(style) } ?? .null,
         "receivedCurrency": .string(amountReceived.currency.code), "date": .string(date.description), "description": .string(description),
         "note": .optional(note)]
    }
}
