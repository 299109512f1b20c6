import Foundation

/// The payee a bank's text names, with the bank's noise taken out:
/// `PG&E            WEB ONLINE                 PPD ID: 9432610001` is `PG&E`,
/// `WHOLEFDS MKT #10233 SAN FRANCISCO CA` is `WHOLEFDS MKT`. What is removed:
/// ACH and card references (`PPD ID:`, `DES:`, `ENDING IN 1234`), payment
/// processors' and card words before the merchant (`POS`, `SQ *`,
/// `CARD PURCHASE`), store and terminal numbers, card digits, reference codes,
/// dates and times, a US city and state at the end, and repeated spaces. The
/// case is the bank's. When nothing would be left, the text is only tidied.
public enum PayeeName {
    /// From here on the text is a reference, never the payee.
    static let cutMarkers = [" PPD ID:", " CCD ID:", " WEB ID:", " TEL ID:", " ID:", " DES:", " INDN:", " CO ID:", " ENDING IN ",
                             " REF:", " REF ", " TRACE "]
    static let cutBytes = cutMarkers.map { Array($0.utf8) }
    /// UK banks end a card payment with the day it was made: `ON 27 NOV`.
    static let months: Set<[UInt8]> = Set(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"].map { Array($0.utf8) })
    /// Words before the merchant (lowercased, as whole leading words).
    static let leadingNoise: [[String]] = [
        ["recurring", "payment", "authorized", "on"], ["purchase", "authorized", "on"], ["debit", "card", "purchase"], ["card", "purchase"], ["pos", "purchase"], ["pos", "debit"],
        ["pos"], ["checkcard"], ["visa", "dda", "pur"], ["ach", "debit"], ["ach", "credit"], ["bea"], ["recurring", "payment"],
    ]
    /// Payment processors whose star is followed by the merchant.
    static let processors = ["SQ *", "SQ*", "TST* ", "TST*", "PAYPAL *", "PAYPAL*", "PP*", "SP * ", "SP *", "IN *"]
    /// Words banks end a payee with.
    static let trailingNoise: Set<String> = ["web", "online", "ach", "debit", "credit", "pmt", "purchase", "pos", "card", "pas", "bcc"]
    static let states: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
        "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]
    /// First words of two-word US cities (`SAN FRANCISCO`, `NEW YORK`).
    static let cityStarts: Set<String> = ["SAN", "NEW", "LOS", "LAS", "SANTA", "ST", "SAINT", "FORT", "EL", "SALT", "LONG", "PALO", "SOUTH",
                                          "NORTH", "WEST", "EAST"]

    public static func clean(_ raw: String) -> String {
        let tidy = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // A SEPA record (`/TRTP/SEPA OVERBOEKING/IBAN/…/NAME/ACME BV/REMI/…`) names the other party after `/NAME/`.
        if let name = tidy.range(of: "/NAME/", options: .caseInsensitive) {
            let party = tidy[name.upperBound...].prefix { $0 != "/" }.trimmingCharacters(in: .whitespaces)
            if party.contains(where: \.isLetter) { return party }
        }
        // Searched as bytes, uppercased once: this runs for every row of a statement.
        let bytes = Array(tidy.utf8)
        let upper = bytes.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
        var end = bytes.count
        for marker in cutBytes { if let at = firstIndex(of: marker, in: upper, before: end), at > 0 { end = at } }
        if let at = madeOnIndex(in: upper, before: end), at > 0 { end = at }
        var text = String(decoding: bytes[..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        for prefix in processors where text.uppercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        var words = text.split(separator: " ").map(String.init)
        if let noise = leadingNoise.first(where: { phrase in
            words.count > phrase.count && zip(words, phrase).allSatisfy { $0.lowercased() == $1 }
        }) {
            words.removeFirst(noise.count)
        }
        // A star joins the merchant to a reference (`AMAZON MKTPL*AB12CD`) or to its product (`UBER *EATS`).
        words = words.flatMap { word -> [String] in
            word.split(separator: "*").map(String.init).filter { !$0.isEmpty }
        }
        words = words.filter { !isReference($0) }
        dropTrailingNoise(&words)
        if words.count >= 3, let last = words.last, states.contains(last) {
            words.removeLast()
            let city = words.removeLast()
            if words.count >= 2, let start = words.last, cityStarts.contains(start.uppercased()), start != city { words.removeLast() }
        }
        dropTrailingNoise(&words)
        let payee = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " -,/*#:"))
        return payee.contains(where: \.isLetter) ? payee : tidy
    }

    /// Where `needle` first starts in `haystack`, at or after `from` and ending before `limit`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0, before limit: Int) -> Int? {
        guard needle.count <= limit else { return nil }
        var start = from
        while start + needle.count <= limit {
            if haystack[start] == needle[0], haystack[start..<start + needle.count].elementsEqual(needle) { return start }
            start += 1
        }
        return nil
    }

    /// Where ` ON 27 NOV` starts.
    static func madeOnIndex(in upper: [UInt8], before limit: Int) -> Int? {
        let on = Array(" ON ".utf8)
        var from = 0
        while let at = firstIndex(of: on, in: upper, from: from, before: limit) {
            var index = at + on.count, digits = 0
            while index < limit, upper[index] >= 48, upper[index] <= 57, digits < 3 { index += 1; digits += 1 }
            if (1...2).contains(digits), index + 4 <= limit, upper[index] == 32, months.contains(Array(upper[index + 1..<index + 4])),
               index + 4 == limit || !(upper[index + 4] >= 65 && upper[index + 4] <= 90) {
                return at
            }
            from = at + 1
        }
        return nil
    }

    private static func dropTrailingNoise(_ words: inout [String]) {
        while words.count > 1, let last = words.last, trailingNoise.contains(last.lowercased()) { words.removeLast() }
    }

    /// A store number, card digits, a date, a time or a code: digits with no word in them.
    static func isReference(_ word: String) -> Bool {
        let digits = word.filter(\.isNumber).count
        guard digits > 0 else { return false }
        let letters = word.filter(\.isLetter).count
        if word.hasPrefix("#") || word.uppercased().hasPrefix("XX") || word.hasPrefix("*") { return true }
        if letters == 0 { return digits >= 3 || word.contains("/") || word.contains(":") || word.contains(".") || word.contains("-") }
        // Letters and digits interleaved (`AB12CD`, `1AB23456`): a code; `7-ELEVEN` or `A1` stay.
        return digits >= 2 && letters >= 1 && word.contains(where: \.isLetter) && word.dropFirst().contains { $0.isNumber }
            && !(word.first?.isNumber == true && word.drop(while: { $0.isNumber || $0 == "-" }).allSatisfy(\.isLetter))
    }
}
