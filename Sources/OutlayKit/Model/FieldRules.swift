import OutlayBasics
/// The rules for a transaction's fields, the same whichever way it comes in:
/// the command line, the dashboard, an import, the API or sync. Each returns
/// the field as stored (trimmed, tags folded), or an error naming the value.
/// No text may hold U+0000: SQLite would end the stored text there.
public enum FieldRules {
    /// A positive amount no larger than the largest amount.
    public static func amount(_ money: Money) throws(OutlayError) -> Money {
        guard money.isPositive else {
            throw .invalidAmount(money.decimalString, reason: "it must be greater than zero (use --income for money coming in)")
        }
        guard Money.isWithinLimit(money.minorUnits) else {
            throw .invalidAmount(money.decimalString,
                                 reason: "it is beyond the largest amount, \(Money(minorUnits: Money.largestMinorUnits, currency: money.currency))")
        }
        return money
    }

    public static func description(_ text: String) throws(OutlayError) -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .emptyDescription }
        guard !trimmed.contains("\u{0}") else { throw .nulInText(field: "description") }
        guard trimmed.count <= FieldLimits.descriptionLength else { throw .textTooLong(field: "description", limit: FieldLimits.descriptionLength) }
        return trimmed
    }

    /// A note or account name: trimmed, and nil when nothing is left.
    public static func optionalText(_ text: String?, field: String, limit: Int) throws(OutlayError) -> String? {
        guard let trimmed = text?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= limit else { throw .textTooLong(field: field, limit: limit) }
        guard !trimmed.contains("\u{0}") else { throw .nulInText(field: field) }
        return trimmed
    }

    public static func note(_ text: String?) throws(OutlayError) -> String? {
        try optionalText(text, field: "note", limit: FieldLimits.noteLength)
    }

    public static func account(_ text: String?) throws(OutlayError) -> String? {
        try optionalText(text, field: "account", limit: FieldLimits.accountNameLength)
    }

    /// Lowercase words without spaces, commas or control characters, each once, in the order given.
    public static func tags(_ tags: [String]) throws(OutlayError) -> [String] {
        var seen: [String] = []
        for raw in tags {
            let tag = raw.trimmingWhitespace().lowercased()
            guard !tag.isEmpty, tag.count <= FieldLimits.tagLength, !tag.contains(where: { $0.isWhitespace || $0 == "," }),
                  !tag.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw .invalidTag(raw)
            }
            if !seen.contains(tag) { seen.append(tag) }
        }
        guard seen.count <= FieldLimits.maximumTags else { throw .tooManyTags(seen.count, limit: FieldLimits.maximumTags) }
        return seen
    }
}
