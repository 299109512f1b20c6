/// The merchant a bank or a person wrote, without what changes from one
/// purchase to the next, so "COFFEE #1234 28/11", "Coffee" and "coffee 0931"
/// are one merchant: case, card and store numbers, dates, reference codes,
/// payment processors' prefixes (`SQ *`, `PAYPAL *`) and card words
/// (`POS`, `CARD PURCHASE`) are left out, and at most the first two words
/// that remain are kept.
public enum MerchantKey {
    /// Words banks add around the merchant's name.
    static let noise: Set<String> = [
        "pos", "card", "purchase", "debit", "credit", "visa", "mastercard", "maestro", "contactless", "payment",
        "ref", "reference", "transaction", "txn", "online", "www", "com", "the", "betaalautomaat", "kartenzahlung",
        "lastschrift", "sepa", "pay", "apple", "google", "via",
    ]
    static let wordsKept = 2

    /// The key, or nil when nothing of a merchant is left (a description of digits only).
    public static func of(_ description: String) -> String? {
        var text = description.lowercased()
        // `SQ *BLUE BOTTLE`, `PAYPAL *NETFLIX`: the merchant follows the processor's star.
        if let star = text.lastIndex(of: "*"), text[text.index(after: star)...].contains(where: \.isLetter) {
            text = String(text[text.index(after: star)...])
        }
        var words: [Substring] = []
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "'") }) {
            let trimmed = word.trimmingCharacters(in: "'")
            // Anything with a digit is a number, a date or a reference code, never the merchant.
            guard trimmed.contains(where: \.isLetter), !trimmed.contains(where: \.isNumber), !noise.contains(String(trimmed)) else { continue }
            words.append(trimmed)
            if words.count == wordsKept { break }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var slice = self
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return slice
    }
}
