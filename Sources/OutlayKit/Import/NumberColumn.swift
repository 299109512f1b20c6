/// A column whose every filled cell is an amount, in a file whose columns are read from their content (`ContentColumns`).
struct NumberColumn {
    let column: Int
    /// Minor units per row, signed as written (`DR` after the number is money out); nil for an empty cell.
    private(set) var values: [Int64?]
    let texts: [String]
    let filled: Int
    let nonZero: Int
    private(set) var negatives: Int
    /// Amounts marked `DR` (money out) and `CR` (money in) after the number.
    let suffixSigned: Bool

    init?(column: Int, rows: [[String]], currency: Currency) {
        let texts = rows.map { $0[column] }
        var evidence = DecimalMarkEvidence()
        for text in texts { evidence.observe(text) }
        var values: [Int64?] = []
        var suffixes = 0
        for text in texts {
            guard !text.isEmpty else { values.append(nil); continue }
            guard text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let value = BankAmount.parse(text, decimalMark: evidence.mark, currency: currency) else { return nil }
            let signed = BankAmount.signedBySuffix(text, value)
            if signed != nil { suffixes += 1 }
            values.append(signed ?? value)
        }
        self.column = column
        self.values = values
        self.texts = texts
        filled = values.count { $0 != nil }
        guard filled > 0 else { return nil }
        nonZero = values.count { ($0 ?? 0) != 0 }
        negatives = values.count { ($0 ?? 0) < 0 }
        suffixSigned = suffixes > 0
    }

    func isNonZero(_ row: Int) -> Bool { (values[row] ?? 0) != 0 }

    /// The column with each amount signed as a direction word in its row says.
    func signed(byWordsIn words: [String], out: Set<String>) -> NumberColumn {
        var copy = self
        copy.values = zip(values, words).map { value, word in value.map { out.contains(word) ? -abs($0) : abs($0) } }
        copy.negatives = copy.values.count { ($0 ?? 0) < 0 }
        return copy
    }

    /// A reference or a card number: whole numbers of one length, never a sign or a decimal mark.
    var looksLikeAnID: Bool {
        let lengths = Set(texts.map(\.count))
        return lengths.count == 1 && (lengths.first ?? 0) >= 6
            && texts.allSatisfy { $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
    }
}
