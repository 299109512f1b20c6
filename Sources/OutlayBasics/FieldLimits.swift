/// Every field's limits, declared once. The domain's rules (`FieldRules`,
/// `Category`, `Recurrence`, budgets), sync validation, the gateway's wire
/// types and query parameters, the dashboard's forms and the OpenAPI schemas
/// all read them here, so a limit cannot differ between two ways in.
///
/// It sits in the leaf because the wire format (`OutlayAPI`) may not import
/// the domain library. Lengths count characters.
public enum FieldLimits {
    // MARK: Text

    public static let descriptionLength = 500
    public static let noteLength = 2_000
    /// An account's name, wherever one is named (a transaction's, a schedule's, a transfer's).
    public static let accountNameLength = 100
    /// Category names: any text, no control or format characters.
    public static let categoryNameLength = 40
    public static let tagLength = 40
    public static let maximumTags = 20
    /// The parts of one split transaction.
    public static let maximumSplitParts = 50
    /// A profile's first and last names.
    public static let personNameLength = 100
    public static let usernameLength = 64
    /// RFC 5321's longest forward path.
    public static let emailLength = 254
    public static let inviteCodeLength = 64
    /// A password in UTF-8 bytes: bcrypt reads at most 72.
    public static let passwordBytes = 8...72
    /// What a login accepts, so that a password set under older rules still logs in.
    public static let loginPasswordBytes = 1...1_024
    /// An IANA time zone name ("America/Argentina/ComodRivadavia").
    public static let timeZoneLength = 64
    /// A client-made id: a UUID in its text form.
    public static let clientIDLength = 36
    /// A category's colour as the original app stored it.
    public static let colorLength = 32
    /// An inbox message and its metadata (UTF-8 bytes of JSON).
    public static let messageLength = 4_000
    public static let metadataBytes = 16_000

    // MARK: Whole numbers

    /// The share of a budget's limit, in percent, at which it warns.
    public static let alertThreshold = 1...100
    /// A schedule's "every N units".
    public static let scheduleInterval = 1...1_000
    public static let dayOfMonth = 1...31
    /// How many times a schedule happens, when it ends after a count.
    public static let occurrenceCount = 1...100_000

    // MARK: Amounts

    /// The largest amount of one transaction or budget, and of a ledger's totals, in minor units.
    public static let largestMinorUnits: Int64 = 999_999_999_999_999
    /// Digits before the decimal point of the largest amount in a two-digit currency (what the schemas state).
    public static let amountWholeDigits = 13

    // MARK: Formats

    /// An ISO 4217 code as typed; the domain upper-cases it.
    public static let currencyCodePattern = "^[A-Za-z]{3}$"
    /// A calendar month, `YYYY-MM`, in the years the original clients use.
    public static let monthPattern = "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$"
    public static let budgetPeriods = ["daily", "weekly", "monthly", "yearly"]
    /// Control (Cc) and format (Cf) characters, which names, emails and categories may not hold, as a regex class body.
    public static let invisibleCharacters = "\\x00-\\x1f\\x7f-\\x9f\\u00ad\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u180e"
        + "\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb"
}
