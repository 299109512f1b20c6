import OutlayKit

/// The filter bar's little language: words search descriptions and notes;
/// `cat:food`, `tag:trip`, `income`/`expense` (as `kind:`), `>50` and `<10` narrow further.
enum FilterQuery {
    static func apply(_ text: String, to filter: inout TransactionFilter, currency: Currency) {
        var words: [String] = []
        for token in text.split(separator: " ").map(String.init) {
            let lowered = token.lowercased()
            if lowered.hasPrefix("cat:"), token.count > 4 {
                filter.category = String(token.dropFirst(4))
            } else if lowered.hasPrefix("tag:"), token.count > 4 {
                filter.tag = String(token.dropFirst(4))
            } else if lowered == "kind:income" || lowered == "kind:expense" {
                filter.kind = lowered.hasSuffix("income") ? .income : .expense
            } else if token.count > 1, let first = token.first, first == ">" || first == "<",
                      let amount = try? Money.parse(String(token.dropFirst()), currency: currency) {
                if first == ">" { filter.minimumAmount = amount.minorUnits } else { filter.maximumAmount = amount.minorUnits }
            } else {
                words.append(token)
            }
        }
        filter.search = words.isEmpty ? nil : words.joined(separator: " ")
    }
}
