/// The fixed category names Mint and YNAB give every user, and the book's category each means; words that say a
/// row is income or a transfer. A name not here is the user's own and is kept as it is.
enum ToolCategories {
    static let mint: [String: String] = names([
        "food": ["groceries", "restaurants", "fast food", "coffee shops", "food & dining", "alcohol & bars"],
        "transport": ["gas & fuel", "public transportation", "parking", "ride share", "auto & transport", "auto insurance",
                      "service & parts", "taxi", "air travel", "rental car & taxi"],
        "utilities": ["utilities", "mobile phone", "internet", "television", "home phone", "bills & utilities"],
        "rent": ["mortgage & rent", "rent"],
        "health": ["doctor", "pharmacy", "dentist", "gym", "health & fitness", "eyecare", "health insurance"],
        "entertainment": ["movies & dvds", "music", "amusement", "entertainment", "arts", "hotel", "vacation", "travel"],
        "shopping": ["shopping", "clothing", "books", "electronics & software", "hobbies", "sporting goods", "home supplies", "furnishings"],
        "subscriptions": ["newspapers & magazines"],
        "salary": ["paycheck", "income", "bonus"],
    ])

    static let ynab: [String: String] = names([
        "rent": ["rent/mortgage", "rent", "mortgage"],
        "utilities": ["electric", "water", "internet", "cellphone", "phone", "utilities"],
        "food": ["groceries", "dining out", "restaurants"],
        "transport": ["transportation", "auto maintenance", "gas", "car insurance", "public transit"],
        "health": ["medical", "health & wellness"],
        "shopping": ["clothing", "home maintenance"],
        "entertainment": ["entertainment", "vacation", "fun money", "hobbies"],
        "subscriptions": ["subscriptions", "streaming services", "music", "software subscriptions"],
    ])

    private static func names(_ groups: [String: [String]]) -> [String: String] {
        var map: [String: String] = [:]
        for (category, names) in groups { for name in names { map[name] = category } }
        return map
    }

    /// YNAB's `Transfer : Savings`, Actual's `Transfer: Savings`: the other account.
    static func transferTarget(_ payee: String) -> String? {
        guard payee.lowercased().hasPrefix("transfer"), let colon = payee.firstIndex(of: ":") else { return nil }
        let other = String(payee[payee.index(after: colon)...]).trimmingWhitespace()
        return other.isEmpty ? nil : other
    }

    /// Money to budget, not a category: YNAB's `Inflow: Ready to Assign` (once `To be Budgeted`).
    static func isReadyToAssign(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.contains("ready to assign") || lowered.contains("to be budgeted")
    }

    /// A category that is money earned, not spent.
    static func isIncome(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return isReadyToAssign(name) || ["income", "paycheck", "salary", "wage", "bonus", "interest", "dividend", "inflow", "reimbursement"]
            .contains { lowered.contains($0) }
    }

    /// A split's next part, added to the row of its first: the amounts sum into the row's, each part in its category.
    static func addPart(of part: ImportedRow, to row: inout ImportedRow, currency: Currency) {
        if row.splits.isEmpty, let first = row.category {
            row.splits = [SplitPart(category: first, amount: Money(minorUnits: abs(row.signedAmount), currency: currency))]
        }
        row.splits.append(SplitPart(category: part.category ?? "other", amount: Money(minorUnits: abs(part.signedAmount), currency: currency),
                                    note: part.note))
        row.signedAmount += part.signedAmount
    }
}
