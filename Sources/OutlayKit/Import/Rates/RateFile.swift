import Foundation

/// A file of exchange rates: the European Central Bank's reference rates
/// (`eurofxref-hist.csv` or the day's `eurofxref.csv`: a `Date` column and
/// one column per currency, each the price of one euro, `N/A` where the day
/// has none) or a ledger/hledger price file (`P 2024-11-28 EUR 1.0842 USD`;
/// other lines of a journal are passed over). A line that reads as neither
/// is an error naming the file and line, and nothing is stored.
enum RateFile {
    enum Kind: String, Sendable { case ecb = "ECB reference rates", prices = "price directives" }

    static func read(path: String) throws -> (kind: Kind, rates: [ExchangeRate]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutlayError.invalidImport(path, "cannot be opened (check that it exists and can be read)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard let first = lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw OutlayError.invalidImport(path, "is empty")
        }
        let header = first.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")
        if header.lowercased().hasPrefix("date,") || header.lowercased().hasPrefix("date;") {
            return (.ecb, try ecb(lines, path: path))
        }
        return (.prices, try prices(lines, path: path))
    }

    /// Each row: the day, then one euro in each column's currency.
    private static func ecb(_ lines: [String], path: String) throws -> [ExchangeRate] {
        let euro = try Currency(code: "EUR")
        var columns: [Currency?] = []
        var rates: [ExchangeRate] = []
        var sawHeader = false
        for (index, raw) in lines.enumerated() {
            let line = raw.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let separator: Character = line.contains(";") && !line.contains(",") ? ";" : ","
            let cells = line.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                sawHeader = true
                columns = try cells.dropFirst().map { cell in
                    // The ECB ends each line with a comma: an empty last column.
                    guard !cell.isEmpty else { return nil }
                    do { return try Currency(code: cell) } catch {
                        throw OutlayError.invalidImport("\(path), line \(index + 1)", "'\(cell)' is no currency code (expected a header like Date,USD,JPY,…)")
                    }
                }
                continue
            }
            guard let day = try? LocalDate(parsing: cells[0]) else {
                throw OutlayError.invalidImport("\(path), line \(index + 1)", "'\(cells[0])' is no date (expected YYYY-MM-DD)")
            }
            for (column, cell) in cells.dropFirst().enumerated() where column < columns.count {
                guard let currency = columns[column], !cell.isEmpty, cell.uppercased() != "N/A", currency != euro else { continue }
                do {
                    rates.append(ExchangeRate(currency: euro, quote: currency, date: day, rate: try RateValue(parsing: cell)))
                } catch {
                    throw OutlayError.invalidImport("\(path), line \(index + 1)", "the \(currency.code) rate '\(cell)' is no positive number")
                }
            }
        }
        guard !rates.isEmpty else { throw OutlayError.invalidImport(path, "holds no rates") }
        return rates
    }

    /// `P DATE [TIME] COMMODITY PRICE`: the price as `1.0842 USD`, `USD 1.0842` or `$1.0842`.
    private static func prices(_ lines: [String], path: String) throws -> [ExchangeRate] {
        var rates: [ExchangeRate] = []
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("P ") || line.hasPrefix("P\t") else { continue }
            let place = "\(path), line \(index + 1)"
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).dropFirst()
            // Everything after a comment mark is the comment.
            if let comment = words.firstIndex(where: { $0.hasPrefix(";") || $0.hasPrefix("#") }) { words = words[..<comment] }
            guard let dayText = words.first, let day = try? LocalDate(parsing: dayText.replacingOccurrences(of: "/", with: "-")) else {
                throw OutlayError.invalidImport(place, "expected `P YYYY-MM-DD COMMODITY PRICE`, as in P 2024-11-28 EUR 1.0842 USD")
            }
            words = words.dropFirst()
            if let time = words.first, time.contains(":") { words = words.dropFirst() }
            let rest = Array(words)
            guard rest.count >= 2, let commodity = try? Currency(code: rest[0].trimmingCharacters(in: CharacterSet(charactersIn: "\""))) else {
                throw OutlayError.invalidImport(place, "expected a three-letter commodity and its price, as in P 2024-11-28 EUR 1.0842 USD")
            }
            let price = try priceAmount(Array(rest.dropFirst()), place: place)
            guard price.currency != commodity else { throw OutlayError.invalidImport(place, "prices \(commodity.code) in itself") }
            rates.append(ExchangeRate(currency: commodity, quote: price.currency, date: day, rate: price.rate))
        }
        guard !rates.isEmpty else {
            throw OutlayError.invalidImport(path, "holds no rates: expected the ECB's CSV (Date,USD,JPY,…) or price directives (P 2024-11-28 EUR 1.0842 USD)")
        }
        return rates
    }

    private static func priceAmount(_ words: [String], place: String) throws -> (rate: RateValue, currency: Currency) {
        let symbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]
        var number: String?, code: String?
        for word in words {
            var word = word
            if let symbol = symbols.first(where: { word.hasPrefix($0.key) }) { code = symbol.value; word.removeFirst() }
            if word.isEmpty { continue }
            if word.first?.isNumber == true { number = word.replacingOccurrences(of: ",", with: "") } else if code == nil { code = word }
        }
        guard let number, let code, let currency = try? Currency(code: code), let rate = try? RateValue(parsing: number) else {
            throw OutlayError.invalidImport(place, "the price '\(words.joined(separator: " "))' is no positive amount in a three-letter currency")
        }
        return (rate, currency)
    }
}
