import OutlayKit

/// The filter bar's little language. Words search descriptions and notes
/// (as word prefixes, in any case). Besides them:
/// `cat:fo` (categories starting with "fo", any case), `tag:trip`,
/// `kind:income` / `kind:expense`, `>50` and `<10` (amount bounds), `=4.21`
/// or `4.21` (that amount exactly), `2026-11` (that month) and `2026-11-05`
/// (that day), which take the place of the viewed period.
enum FilterQuery {
    static func apply(_ text: String, to filter: inout TransactionFilter, currency: Currency, categories: [String]) {
        var words: [String] = []
        for token in text.split(separator: " ").map(String.init) {
            let lowered = token.lowercased()
            if lowered.hasPrefix("cat:"), token.count > 4 {
                narrow(&filter, toCategoriesStartingWith: String(lowered.dropFirst(4)), among: categories)
            } else if lowered.hasPrefix("tag:"), token.count > 4 {
                filter.tag = String(lowered.dropFirst(4))
            } else if lowered == "kind:income" || lowered == "kind:expense" {
                filter.kind = lowered.hasSuffix("income") ? .income : .expense
            } else if token.count > 1, let first = token.first, first == ">" || first == "<",
                      let amount = try? Money.parseTyped(String(token.dropFirst()), currency: currency) {
                if first == ">" { filter.minimumAmount = amount.minorUnits } else { filter.maximumAmount = amount.minorUnits }
            } else if let amount = exactAmount(token, currency: currency) {
                filter.minimumAmount = amount.minorUnits
                filter.maximumAmount = amount.minorUnits
            } else if let range = dates(token) {
                filter.from = range.lowerBound
                filter.to = range.upperBound
            } else {
                words.append(token)
            }
        }
        filter.search = words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// One category when one starts so, all of them when several do; a name no category starts with finds nothing.
    private static func narrow(_ filter: inout TransactionFilter, toCategoriesStartingWith prefix: String, among categories: [String]) {
        let matching = Set(categories.filter { $0.lowercased().hasPrefix(prefix) })
        if matching.count == 1 || matching.contains(prefix) {
            filter.category = matching.contains(prefix) ? prefix : matching.first
        } else if matching.isEmpty {
            filter.category = prefix
        } else {
            filter.categories = matching
        }
    }

    /// `=4.21`, or a number with a fraction (`4.21`, `12,50`): a whole number alone stays a word ("Route 66").
    private static func exactAmount(_ token: String, currency: Currency) -> Money? {
        let text = token.hasPrefix("=") ? String(token.dropFirst()) : token
        guard token.hasPrefix("=") || text.contains(where: { $0 == "." || $0 == "," }),
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              let amount = try? Money.parseTyped(text, currency: currency), amount.isPositive else { return nil }
        return amount
    }

    /// `YYYY-MM-DD` is that day, `YYYY-MM` that month.
    private static func dates(_ token: String) -> ClosedRange<LocalDate>? {
        if let day = try? LocalDate(parsing: token) { return day...day }
        if token.count == 7, let month = try? YearMonth(parsing: token) { return month.range }
        return nil
    }
}
