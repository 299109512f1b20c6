/// Columns read from what they hold, for a delimited file that no bank profile and no known header name: a
/// headerless export, a header in a language Outlay has no words for. The first rows decide (at most
/// `sampleRows`): the date column is the first that reads as dates in every row; amounts are columns of
/// numbers; a pair of number columns never both filled in a row is money out and money in; a running balance
/// is the column that moves by each row's amount, and it settles which sign (or which of the pair) is money
/// out; the description is the text column with the most distinct values. What the content leaves open is
/// asked (`OutlayError.layoutQuestion`), never guessed.
struct ContentColumns {
    static let sampleRows = 2_000

    /// What was found: the layout, the dates' format and the decimal mark.
    struct Reading {
        var layout: ImportLayout
        var dateFormat: BankDateFormat
        var decimalMark: Character
    }

    let path: String
    let rows: [[String]]
    /// The file line of each row.
    let lines: [Int]
    let names: [String]
    let headerLine: Int
    let currency: Currency

    /// Reads the file's first rows and finds its columns; `given` is `--date-format`, `signGiven` that the user
    /// said which way the amounts go (`--invert-sign`, the dashboard's `s`).
    static func read(path: String, delimiter: UInt8, overrides: [String: ImportField], dateFormat given: BankDateFormat?,
                     signGiven: Bool, currency: Currency) throws -> Reading {
        let reader = DelimitedReader(file: try TextFile(path: path), delimiter: delimiter)
        var records: [(line: Int, fields: [String])] = []
        while records.count < sampleRows, let record = try reader.next() {
            let fields = record.fields.map { $0.trimmingWhitespace() }
            if fields.contains(where: { !$0.isEmpty }) { records.append((record.line, fields)) }
        }
        // Rows of data share the file's commonest field count; a preamble, a header or a trailer may not.
        let counts = Dictionary(grouping: records.map(\.fields.count), by: { $0 }).mapValues(\.count)
        guard let width = counts.filter({ $0.key >= 2 }).max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else {
            throw OutlayError.unknownLayout(file: path)
        }
        var shaped = records.filter { $0.fields.count == width }
        // The first such row is a header when its cell in the date column is no date while the others are.
        let body = shaped.count > 1 ? Array(shaped.dropFirst()) : shaped
        let probe = ContentColumns(path: path, rows: body.map(\.fields), lines: body.map(\.line), names: [], headerLine: 0, currency: currency)
        var names = (1...width).map { "column \($0)" }
        var headerLine = (shaped.first?.line ?? 1) - 1
        if shaped.count > 1, let dateColumn = probe.dateColumn(given: given)?.column,
           !BankDateFormat.allCases.contains(where: { $0.parse(shaped[0].fields[dateColumn]) != nil }) {
            names = shaped[0].fields.enumerated().map { $0.element.isEmpty ? "column \($0.offset + 1)" : $0.element }
            headerLine = shaped[0].line
            shaped.removeFirst()
        }
        // A summary line at either end ("Total", "Saldo") has words where the date is: a line of the statement, not a row.
        if let dateColumn = probe.dateColumn(given: given)?.column {
            while let last = shaped.last, Self.isWords(last.fields[dateColumn]) { shaped.removeLast() }
            while let first = shaped.first, Self.isWords(first.fields[dateColumn]) { shaped.removeFirst() }
        }
        let columns = ContentColumns(path: path, rows: shaped.map(\.fields), lines: shaped.map(\.line), names: names, headerLine: headerLine,
                                     currency: currency)
        return try columns.reading(overrides: overrides, given: given, signGiven: signGiven)
    }

    private func reading(overrides: [String: ImportField], given: BankDateFormat?, signGiven: Bool) throws -> Reading {
        let width = names.count
        // The user's --map (or the dashboard's roles) first: the content decides only what they leave open.
        var fixed: [ImportField: Int] = [:]
        var taken = Set<Int>()
        for (key, field) in overrides {
            guard let column = names.firstIndex(where: { $0.lowercased() == key.lowercased() }) ?? Int(key).map({ $0 - 1 }),
                  (0..<width).contains(column) else { continue }
            taken.insert(column)
            if field != .ignore { fixed[field] = column }
        }
        var layout = ImportLayout(names: names, headerLine: headerLine)
        layout.readFromContent = []

        let date: (column: Int, format: BankDateFormat)
        if let column = fixed[.date] {
            date = (column, try dateFormat(of: column, given: given) ?? given ?? .iso)
        } else {
            guard let found = dateColumn(given: given, excluding: taken) else {
                throw OutlayError.invalidImport(path, "no column holds a date in every row (of the first \(rows.count) read); "
                                                + "name it with --map COLUMN=date (and --date-format)")
            }
            date = (found.column, try dateFormat(of: found.column, given: given) ?? found.format)
        }
        layout.columns[.date] = date.column
        taken.insert(date.column)
        layout.readFromContent?.append("\(describe(date.column)) date (\(date.format.rawValue))")

        var numbers = (0..<width).filter { !taken.contains($0) }.compactMap { NumberColumn(column: $0, rows: rows, currency: currency) }
        // A column of words that say which way the money went (Debit/Credit, DR/CR, Af/Bij): the amounts' sign.
        let numberColumns = Set(numbers.map(\.column))
        if fixed[.debit] == nil, fixed[.credit] == nil,
           let direction = (0..<width).lazy.filter({ !taken.contains($0) && !numberColumns.contains($0) }).compactMap(directionWords).first {
            layout.direction = direction
            taken.insert(direction.column)
            numbers = numbers.map { $0.signed(byWordsIn: rows.map { $0[direction.column].lowercased() }, out: direction.outWords) }
            layout.readFromContent?.append("\(describe(direction.column)) direction (money out where it says "
                                           + "\(direction.outWords.filter { words in rows.contains { $0[direction.column].lowercased() == words } }.sorted().joined(separator: " or ")))")
        }
        let money = try moneyColumns(numbers.filter { !$0.looksLikeAnID }, fixed: fixed, signGiven: signGiven || layout.direction != nil,
                                     directionSigned: layout.direction != nil)
        // One decimal mark for the file, as its money columns write it.
        var marks = DecimalMarkEvidence()
        for (field, column) in money.columns.sorted(by: { $0.value < $1.value }) {
            layout.columns[field] = column
            taken.insert(column)
            layout.readFromContent?.append("\(describe(column)) \(field.rawValue)")
            for row in rows { marks.observe(row[column]) }
        }
        layout.invertsAmounts = money.inverted
        layout.signSuffixes = money.suffixes
        layout.readFromContent?.append(money.signNote)

        let texts = (0..<width).filter { !taken.contains($0) && !numbers.map(\.column).contains($0) }
        if let currencyColumn = texts.first(where: isCurrencyCodes) {
            layout.currencyColumn = currencyColumn
            taken.insert(currencyColumn)
            layout.readFromContent?.append("\(describe(currencyColumn)) currency")
        }
        if let column = fixed[.description] {
            layout.columns[.description] = column
        } else {
            let open = texts.filter { !taken.contains($0) }
            let candidates = open.filter { !isReference($0) }.isEmpty ? open : open.filter { !isReference($0) }
            guard let description = candidates.max(by: { textWeight($0) < textWeight($1) }) else {
                throw OutlayError.invalidImport(path, "no column of text to describe the rows; name it with --map COLUMN=description")
            }
            layout.columns[.description] = description
            layout.readFromContent?.append("\(describe(description)) description (the most different texts)")
        }
        for (field, column) in fixed where layout.columns[field] == nil { layout.columns[field] = column }
        return Reading(layout: layout, dateFormat: date.format, decimalMark: marks.mark)
    }

    // MARK: - Dates

    /// The first column that reads as dates in every row, and a format that reads them all.
    func dateColumn(given: BankDateFormat?, excluding taken: Set<Int> = []) -> (column: Int, format: BankDateFormat)? {
        guard let width = rows.first?.count else { return nil }
        for column in 0..<width where !taken.contains(column) {
            let formats = formatsReadingEvery(column)
            if let given, formats.contains(given) { return (column, given) }
            if let first = BankDateFormat.allCases.first(where: formats.contains) { return (column, first) }
        }
        return nil
    }

    /// The formats that read every cell of the column; a few cells of words at its ends (a summary line) aside.
    private func formatsReadingEvery(_ column: Int) -> Set<BankDateFormat> {
        var formats = Set(BankDateFormat.allCases)
        var words = 0
        for row in rows {
            if Self.isWords(row[column]) {
                words += 1
                if words > Self.summaryLines { return [] }
                continue
            }
            let shape = DateShape(row[column])
            formats = formats.filter { $0.parse(shape) != nil }
            if formats.isEmpty { break }
        }
        return words == rows.count ? [] : formats
    }

    /// How many summary lines a statement may have at its ends.
    static let summaryLines = 3

    /// A cell of words, not a date: letters and no digit ("Total", "Saldo").
    static func isWords(_ text: String) -> Bool {
        text.contains { $0.isLetter } && !text.contains { $0.isNumber }
    }

    /// The format of a date column: day/month against month/day decided by a day over 12, else by which reading
    /// keeps the rows in date order; asked when neither tells.
    private func dateFormat(of column: Int, given: BankDateFormat?) throws -> BankDateFormat? {
        if let given { return given }
        let formats = formatsReadingEvery(column)
        guard formats.contains(.dayMonthYear), formats.contains(.monthDayYear) else { return BankDateFormat.allCases.first(where: formats.contains) }
        let values = rows.map { $0[column] }.filter { !Self.isWords($0) }
        let asDay = values.compactMap(BankDateFormat.dayMonthYear.parse), asMonth = values.compactMap(BankDateFormat.monthDayYear.parse)
        guard asDay != asMonth else { return .dayMonthYear }
        let dayOrdered = Self.isOrdered(asDay), monthOrdered = Self.isOrdered(asMonth)
        if dayOrdered != monthOrdered { return dayOrdered ? .dayMonthYear : .monthDayYear }
        let index = values.indices.first { asDay[$0] != asMonth[$0] } ?? 0
        throw OutlayError.layoutQuestion(
            file: path,
            question: "the dates in \(describe(column)) read as day/month or as month/day (line \(lines[index]): \(values[index]) is "
                + "\(asDay[index].spelledOut) or \(asMonth[index].spelledOut)), and no row decides",
            flag: "say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY",
            key: "f steps the date format")
    }

    /// Dates that never go back, or never forward: a statement's order.
    static func isOrdered(_ dates: [LocalDate]) -> Bool {
        zip(dates, dates.dropFirst()).allSatisfy { $0 <= $1 } || zip(dates, dates.dropFirst()).allSatisfy { $0 >= $1 }
    }

    // MARK: - Money

    /// The amount (or money out and money in) and the running balance among the number columns, and whether the
    /// amounts are written with money out positive.
    /// `directionSigned`: a direction column gave every amount its sign.
    private func moneyColumns(_ numbers: [NumberColumn], fixed: [ImportField: Int], signGiven: Bool, directionSigned: Bool = false) throws
        -> (columns: [ImportField: Int], inverted: Bool, suffixes: Bool, signNote: String) {
        let moneyFields: [ImportField] = [.amount, .debit, .credit, .balance]
        if moneyFields.contains(where: { fixed[$0] != nil }) {
            return (fixed.filter { moneyFields.contains($0.key) }, false, false, "amounts as the roles you gave say")
        }
        let full = numbers.filter { $0.filled == rows.count }
        // Two columns that take turns, one filled (and not zero) in each row: money out and money in.
        for (index, first) in numbers.enumerated() where (1..<rows.count).contains(first.nonZero) {
            for second in numbers.dropFirst(index + 1) where (1..<rows.count).contains(second.nonZero) {
                guard rows.indices.allSatisfy({ first.isNonZero($0) != second.isNonZero($0) }) else { continue }
                let amounts = rows.indices.map { abs(second.values[$0] ?? 0) - abs(first.values[$0] ?? 0) }
                if let (balance, inverted) = full.lazy.compactMap({ column in self.balanceRelation(column, amounts: amounts).map { (column, $0) } }).first {
                    let (out, into) = inverted ? (second, first) : (first, second)
                    return ([.debit: out.column, .credit: into.column, .balance: balance.column], false, false,
                            "money out and in: \(describe(out.column)) and \(describe(into.column)), as the running balance in \(describe(balance.column)) moves")
                }
                if let named = namedPair(first.column, second.column) {
                    return ([.debit: named.out, .credit: named.into], false, false, "money out and in as the header names them")
                }
                throw OutlayError.layoutQuestion(
                    file: path,
                    question: "\(describe(first.column)) and \(describe(second.column)) take turns (one is filled in each row), and nothing "
                        + "in the file says which is money out",
                    flag: "say which with --map \(first.column + 1)=debit --map \(second.column + 1)=credit (or the other way round)",
                    key: "r on a column gives it its role (debit is money out)")
            }
        }
        // One amount in every row; a second full column that moves by it is the running balance.
        for amount in full {
            let amounts = amount.values.map { $0 ?? 0 }
            for balance in full where balance.column != amount.column {
                guard let inverted = balanceRelation(balance, amounts: amounts) else { continue }
                let sign = amount.suffixSigned ? "money out is marked DR, money in CR" : "money out is \(inverted ? "positive" : "negative")"
                return ([.amount: amount.column, .balance: balance.column], inverted, amount.suffixSigned,
                        "\(sign), as the running balance in \(describe(balance.column)) moves")
            }
        }
        // No balance: the one full column with both signs is the amount.
        let signed = full.filter { $0.negatives > 0 }
        guard let amount = signed.count == 1 ? signed[0] : (full.count == 1 ? full[0] : nil) else {
            if full.isEmpty {
                throw OutlayError.invalidImport(path, "no column holds an amount in every row; name it with --map COLUMN=amount "
                                                + "(or COLUMN=debit and COLUMN=credit)")
            }
            throw OutlayError.layoutQuestion(
                file: path, question: "\(full.map { describe($0.column) }.joined(separator: ", ")) all read as amounts",
                flag: "say which is the amount with --map COLUMN=amount", key: "r on a column gives it its role")
        }
        if amount.suffixSigned { return ([.amount: amount.column], false, true, "money out is marked DR, money in CR") }
        if directionSigned { return ([.amount: amount.column], false, false, "the amounts signed by the direction column") }
        if amount.negatives == 0 && !signGiven {
            throw OutlayError.layoutQuestion(
                file: path,
                question: "every amount in \(describe(amount.column)) is positive, and nothing in the file says which way the money went",
                flag: "pass --invert-sign if they are money out (a card's purchases), or --map \(amount.column + 1)=credit if money in",
                key: "s says they are money out")
        }
        // Most rows of a statement are spending: when most amounts are positive, money out is written positive.
        let inverted = amount.negatives * 2 < amount.filled && amount.negatives > 0
        return ([.amount: amount.column], inverted, false,
                amount.negatives == 0 ? "amounts as written (you said which way)"
                    : "money out is \(inverted ? "positive" : "negative"), the sign most rows have (no running balance to check it)")
    }

    /// Whether `balance` moves by `amounts` from row to row (oldest or newest first): nil when it does not, else
    /// whether it moves against them (money out written positive). Nine in ten steps must agree.
    private func balanceRelation(_ balance: NumberColumn, amounts: [Int64]) -> Bool? {
        guard rows.count >= 3 else { return nil }
        var forward = 0, forwardAgainst = 0, backward = 0, backwardAgainst = 0
        for index in 1..<rows.count {
            guard let now = balance.values[index], let before = balance.values[index - 1] else { continue }
            if now - before == amounts[index] { forward += 1 }
            if now - before == -amounts[index] { forwardAgainst += 1 }
            if before - now == amounts[index - 1] { backward += 1 }
            if before - now == -amounts[index - 1] { backwardAgainst += 1 }
        }
        let steps = rows.count - 1, enough = (steps * 9 + 9) / 10
        if max(forward, backward) >= enough && max(forward, backward) > max(forwardAgainst, backwardAgainst) { return false }
        if max(forwardAgainst, backwardAgainst) >= enough { return true }
        return nil
    }

    /// Money out and in by the header's words, when it has them ("Débit euros", "Paid out", "お支払金額").
    private func namedPair(_ first: Int, _ second: Int) -> (out: Int, into: Int)? {
        func says(_ column: Int, _ stems: [String]) -> Bool {
            let name = names[column].lowercased()
            let words = name.split { !$0.isLetter }.map(String.init)
            return stems.contains { stem in stem.unicodeScalars.allSatisfy({ $0.value > 0x3000 }) ? name.contains(stem)
                                        : words.contains { stem.count <= 3 ? $0 == stem : $0.hasPrefix(stem) } }
        }
        let out = ["debit", "débit", "withdraw", "out", "soll", "uttag", "udbetal", "belast", "cargo", "addebit", "af", "出金", "支払", "引出"]
        let into = ["credit", "crédit", "deposit", "in", "haben", "insättning", "indbetal", "gutschrift", "abono", "accredit", "bij", "入金", "預"]
        switch (says(first, out) && !says(first, into), says(second, into) && !says(second, out),
                says(first, into) && !says(first, out), says(second, out) && !says(second, into)) {
        case (true, _, false, false), (_, true, false, false): return (first, second)
        case (false, false, true, _), (false, false, _, true): return (second, first)
        default: return nil
        }
    }

    /// Words banks write for money out and money in, in a column of their own.
    static let outWords: Set<String> = ["debit", "dr", "d", "out", "af", "s", "withdrawal", "payment", "sent", "belastung", "soll", "débit", "uttag", "-"]
    static let inWords: Set<String> = ["credit", "cr", "c", "in", "bij", "h", "deposit", "received", "gutschrift", "haben", "crédit", "insättning", "+"]

    /// A column whose every cell is such a word, money out among them.
    private func directionWords(_ column: Int) -> (column: Int, outWords: Set<String>)? {
        let values = Set(rows.map { $0[column].lowercased() })
        guard values.isSubset(of: Self.outWords.union(Self.inWords)), !values.isDisjoint(with: Self.outWords) else { return nil }
        return (column, Self.outWords)
    }

    // MARK: - Text

    /// A reference, an id or a code: no spaces, and digits in most cells or every cell as long as the others.
    private func isReference(_ column: Int) -> Bool {
        let values = rows.map { $0[column] }.filter { !$0.isEmpty }
        guard !values.isEmpty, values.allSatisfy({ !$0.contains(" ") }) else { return false }
        let lengths = Set(values.map(\.count))
        return (lengths.count == 1 && (lengths.first ?? 0) >= 8) || values.filter({ $0.contains { $0.isNumber } }).count * 5 >= values.count * 4
    }

    private func isCurrencyCodes(_ column: Int) -> Bool {
        rows.allSatisfy { row in row[column].count == 3 && row[column].utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } }
    }

    /// Distinct values first, then letters: a payee's text, not a category, a time or a reference number.
    private func textWeight(_ column: Int) -> (Int, Int) {
        let values = rows.map { $0[column] }
        return (Set(values).count, values.reduce(0) { $0 + $1.count(where: \.isLetter) })
    }

    private func describe(_ column: Int) -> String {
        names[column] == "column \(column + 1)" ? "column \(column + 1)" : "column \(column + 1) '\(names[column])'"
    }
}
