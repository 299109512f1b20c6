/// The export layouts Outlay knows, worked out from what each bank
/// documents or what is widely published about its files. A file is matched
/// by its header row; one without a header by its shape.
public enum BankProfiles {
    typealias RowMatch = BankProfile.RowMatch

    public static let all: [BankProfile] = unitedStates + unitedKingdom + europe + payments

    public static func named(_ name: String) -> BankProfile? {
        all.first { $0.name == name.lowercased() }
    }

    // MARK: - United States

    static let unitedStates: [BankProfile] = [
        BankProfile(name: "chase-checking", bank: "Chase (checking and savings)", region: "US",
                    signature: ["details", "posting date", "description", "amount", "type", "balance"],
                    columns: [.date: "posting date", .description: "description", .amount: "amount", .balance: "balance"], dateFormat: .monthDayYear,
                    leaveOut: [RowMatch(column: "type", values: ["acct_xfer", "loan_pmt"], reason: .transfer)]),
        BankProfile(name: "chase-card", bank: "Chase (credit card)", region: "US",
                    signature: ["transaction date", "post date", "description", "category", "type", "amount"],
                    columns: [.date: "transaction date", .description: "description", .amount: "amount", .category: "category", .note: "memo"],
                    dateFormat: .monthDayYear,
                    leaveOut: [RowMatch(column: "type", values: ["payment"], reason: .transfer)]),
        BankProfile(name: "bank-of-america", bank: "Bank of America (checking)", region: "US",
                    signature: ["date", "description", "amount", "running bal."],
                    columns: [.date: "date", .description: "description", .amount: "amount", .balance: "running bal."], dateFormat: .monthDayYear,
                    leaveOut: [RowMatch(column: "description", values: ["beginning balance"], prefix: true, reason: .balance)]),
        BankProfile(name: "bank-of-america-card", bank: "Bank of America (credit card)", region: "US",
                    signature: ["posted date", "reference number", "payee", "address", "amount"],
                    columns: [.date: "posted date", .description: "payee", .amount: "amount"], dateFormat: .monthDayYear,
                    leaveOut: [RowMatch(column: "payee", values: ["payment - thank you", "online payment"], prefix: true, reason: .transfer)]),
        BankProfile(name: "wells-fargo", bank: "Wells Fargo", region: "US", signature: [], columns: [:], dateFormat: .monthDayYear,
                    headerless: BankProfile.Headerless(fieldCount: 5, positions: [.date: 0, .amount: 1, .description: 4], marker: (2, "*"))),
        BankProfile(name: "capital-one", bank: "Capital One (credit card)", region: "US",
                    signature: ["transaction date", "posted date", "card no.", "description", "category", "debit", "credit"],
                    columns: [.date: "transaction date", .description: "description", .category: "category", .debit: "debit", .credit: "credit"],
                    dateFormat: .iso,
                    leaveOut: [RowMatch(column: "category", values: ["payment/credit"], reason: .transfer)]),
        BankProfile(name: "american-express", bank: "American Express", region: "US",
                    signature: ["date", "description", "amount", "extended details", "appears on your statement as"],
                    columns: [.date: "date", .description: "description", .amount: "amount", .category: "category"],
                    dateFormat: .monthDayYear, purchasesPositive: true,
                    leaveOut: [RowMatch(column: "description", values: ["autopay payment", "online payment", "payment received"], prefix: true,
                                        reason: .transfer)]),
        BankProfile(name: "american-express-basic", bank: "American Express (short download)", region: "US",
                    signature: ["date", "description", "card member", "account #", "amount"],
                    columns: [.date: "date", .description: "description", .amount: "amount"], dateFormat: .monthDayYear, purchasesPositive: true,
                    leaveOut: [RowMatch(column: "description", values: ["autopay payment", "online payment", "payment received"], prefix: true,
                                        reason: .transfer)]),
        BankProfile(name: "citi", bank: "Citi (credit card)", region: "US",
                    signature: ["status", "date", "description", "debit", "credit"],
                    columns: [.date: "date", .description: "description", .debit: "debit", .credit: "credit"], dateFormat: .monthDayYear,
                    leaveOut: [RowMatch(column: "description", values: ["payment thank you", "autopay"], prefix: true, reason: .transfer)],
                    pending: RowMatch(column: "status", values: ["pending"], reason: .pending)),
        BankProfile(name: "discover", bank: "Discover (credit card)", region: "US",
                    signature: ["trans. date", "post date", "description", "amount", "category"],
                    columns: [.date: "trans. date", .description: "description", .amount: "amount", .category: "category"],
                    dateFormat: .monthDayYear, purchasesPositive: true,
                    leaveOut: [RowMatch(column: "category", values: ["payments and credits"], reason: .transfer)]),
    ]

    // MARK: - United Kingdom

    static let unitedKingdom: [BankProfile] = [
        BankProfile(name: "barclays", bank: "Barclays", region: "UK",
                    signature: ["number", "date", "account", "amount", "subcategory", "memo"],
                    columns: [.date: "date", .description: "memo", .amount: "amount"], dateFormat: .dayMonthYear),
        BankProfile(name: "hsbc-uk", bank: "HSBC UK", region: "UK", signature: [], columns: [:], dateFormat: .dayMonthYear,
                    headerless: BankProfile.Headerless(fieldCount: 3, positions: [.date: 0, .description: 1, .amount: 2])),
        BankProfile(name: "monzo", bank: "Monzo", region: "UK",
                    signature: ["transaction id", "date", "time", "type", "name", "category", "amount", "currency"],
                    columns: [.date: "date", .description: "name", .amount: "amount", .category: "category", .note: "notes and #tags"],
                    dateFormat: .dayMonthYear, currencyColumn: "currency",
                    leaveOut: [RowMatch(column: "type", values: ["pot transfer", "pot_transfer"], reason: .transfer)]),
        BankProfile(name: "starling", bank: "Starling", region: "UK",
                    signature: ["date", "counter party", "reference", "type", "amount (gbp)", "spending category"],
                    columns: [.date: "date", .description: "counter party", .amount: "amount (gbp)", .category: "spending category",
                              .note: "reference"],
                    dateFormat: .dayMonthYear),
    ]

    // MARK: - Europe

    static let europe: [BankProfile] = [
        BankProfile(name: "ing-nl", bank: "ING (Netherlands)", region: "NL",
                    signature: ["datum", "naam / omschrijving", "af bij", "bedrag (eur)"],
                    columns: [.date: "datum", .description: "naam / omschrijving", .amount: "bedrag (eur)", .note: "mededelingen"],
                    dateFormat: .compact, decimalMark: ",",
                    direction: BankProfile.Direction(column: "af bij", outWords: ["af"])),
        BankProfile(name: "ing-de", bank: "ING (Germany)", region: "DE",
                    signature: ["buchung", "valuta", "auftraggeber/empfänger", "buchungstext", "verwendungszweck", "betrag"],
                    columns: [.date: "buchung", .description: "auftraggeber/empfänger", .amount: "betrag", .note: "verwendungszweck"],
                    dateFormat: .dotted, decimalMark: ","),
        BankProfile(name: "rabobank", bank: "Rabobank", region: "NL",
                    signature: ["iban/bban", "munt", "datum", "bedrag", "naam tegenpartij", "omschrijving-1"],
                    columns: [.date: "datum", .description: "naam tegenpartij", .amount: "bedrag", .note: "omschrijving-1"],
                    dateFormat: .iso, decimalMark: ",", currencyColumn: "munt"),
        BankProfile(name: "abn-amro", bank: "ABN AMRO", region: "NL", signature: [], columns: [:], dateFormat: .compact, decimalMark: ",",
                    headerless: BankProfile.Headerless(fieldCount: 8, positions: [.date: 2, .amount: 6, .description: 7], marker: (1, "EUR"))),
        BankProfile(name: "n26", bank: "N26", region: "DE",
                    signature: ["date", "payee", "account number", "transaction type", "payment reference", "amount (eur)"],
                    columns: [.date: "date", .description: "payee", .amount: "amount (eur)", .note: "payment reference"], dateFormat: .iso,
                    originalAmountColumn: "amount (foreign currency)", originalCurrencyColumn: "type foreign currency"),
        BankProfile(name: "n26-2024", bank: "N26 (from 2024)", region: "DE",
                    signature: ["booking date", "value date", "partner name", "type", "payment reference", "amount (eur)"],
                    columns: [.date: "booking date", .description: "partner name", .amount: "amount (eur)", .note: "payment reference"],
                    dateFormat: .iso, originalAmountColumn: "original amount", originalCurrencyColumn: "original currency"),
        BankProfile(name: "deutsche-bank", bank: "Deutsche Bank", region: "DE",
                    signature: ["buchungstag", "wert", "umsatzart", "begünstigter / auftraggeber", "verwendungszweck", "soll", "haben"],
                    columns: [.date: "buchungstag", .description: "begünstigter / auftraggeber", .debit: "soll", .credit: "haben",
                              .note: "verwendungszweck"],
                    dateFormat: .dotted, decimalMark: ",", currencyColumn: "währung",
                    leaveOut: [RowMatch(column: "buchungstag", values: ["kontostand"], prefix: true, reason: .balance)]),
        BankProfile(name: "sparkasse", bank: "Sparkasse (CSV-CAMT)", region: "DE",
                    signature: ["auftragskonto", "buchungstag", "buchungstext", "verwendungszweck", "beguenstigter/zahlungspflichtiger", "betrag"],
                    columns: [.date: "buchungstag", .description: "beguenstigter/zahlungspflichtiger", .amount: "betrag", .note: "verwendungszweck"],
                    dateFormat: .dotted, decimalMark: ",", currencyColumn: "waehrung",
                    pending: RowMatch(column: "info", values: ["umsatz vorgemerkt"], reason: .pending)),
        BankProfile(name: "commerzbank", bank: "Commerzbank", region: "DE",
                    signature: ["buchungstag", "wertstellung", "umsatzart", "buchungstext", "betrag", "währung"],
                    columns: [.date: "buchungstag", .description: "buchungstext", .amount: "betrag", .category: "kategorie"],
                    dateFormat: .dotted, decimalMark: ",", currencyColumn: "währung"),
        BankProfile(name: "bnp-paribas", bank: "BNP Paribas", region: "FR",
                    signature: ["date operation", "libelle court", "type operation", "libelle operation", "montant operation"],
                    columns: [.date: "date operation", .description: "libelle operation", .amount: "montant operation"],
                    dateFormat: .dayMonthYear, decimalMark: ","),
        BankProfile(name: "santander-es", bank: "Santander (Spain)", region: "ES",
                    signature: ["fecha operación", "fecha valor", "concepto", "importe", "saldo"],
                    columns: [.date: "fecha operación", .description: "concepto", .amount: "importe", .balance: "saldo"], dateFormat: .dayMonthYear, decimalMark: ","),
        BankProfile(name: "bbva", bank: "BBVA", region: "ES",
                    signature: ["fecha", "fecha valor", "concepto", "movimiento", "importe", "divisa"],
                    columns: [.date: "fecha", .description: "concepto", .amount: "importe", .note: "movimiento"],
                    dateFormat: .dayMonthYear, decimalMark: ",", currencyColumn: "divisa"),
    ]

    // MARK: - Cards, wallets, payments

    static let payments: [BankProfile] = [
        BankProfile(name: "revolut", bank: "Revolut", region: "EU/UK",
                    signature: ["type", "product", "started date", "completed date", "description", "amount", "fee", "currency", "state"],
                    columns: [.date: "completed date", .description: "description", .amount: "amount", .balance: "balance"], dateFormat: .iso,
                    feeColumn: "fee", currencyColumn: "currency",
                    leaveOut: [RowMatch(column: "state", values: ["reverted", "declined", "failed"], reason: .cancelled),
                               RowMatch(column: "type", values: ["topup", "exchange"], reason: .transfer)],
                    pending: RowMatch(column: "state", values: ["pending"], reason: .pending)),
        BankProfile(name: "wise", bank: "Wise", region: "EU/UK/US",
                    signature: ["transferwise id", "date", "amount", "currency", "description"],
                    columns: [.date: "date", .description: "description", .amount: "amount", .note: "payment reference",
                              .balance: "running balance"],
                    dateFormat: .dayMonthYearDashed, currencyColumn: "currency",
                    leaveOut: [RowMatch(column: "description", values: ["converted "], prefix: true, reason: .transfer)]),
        BankProfile(name: "paypal", bank: "PayPal", region: "international",
                    signature: ["date", "time", "name", "type", "status", "currency", "gross", "fee", "net"],
                    columns: [.date: "date", .description: "name", .amount: "net"], currencyColumn: "currency",
                    leaveOut: [RowMatch(column: "status", values: ["reversed", "denied", "canceled", "cancelled"], reason: .cancelled),
                               RowMatch(column: "type", values: ["general currency conversion", "bank deposit to pp account",
                                                                 "user initiated withdrawal", "general withdrawal"], reason: .transfer)],
                    pending: RowMatch(column: "status", values: ["pending"], reason: .pending)),
    ]
}
