import OutlayBasics

/// `PUT /api/users/profile`'s body: the original user service's profile fields, each optional.
public struct ProfileUpdate: Sendable, Hashable {
    /// An empty name clears it.
    public var firstName: String?
    public var lastName: String?
    /// ISO 4217; only a ledger without amounts can change it.
    public var currency: String?
    /// An IANA zone name such as Europe/Amsterdam.
    public var timezone: String?
    /// A decimal amount, kept as text to be parsed exactly in the ledger's currency.
    public var monthlyIncome: String?

    public init(firstName: String? = nil, lastName: String? = nil, currency: String? = nil, timezone: String? = nil,
                monthlyIncome: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.currency = currency
        self.timezone = timezone
        self.monthlyIncome = monthlyIncome
    }

    public init(json: JSONValue) throws(WireError) {
        let fields = try WireFields(json)
        self.init(firstName: try Self.name("firstName", in: fields), lastName: try Self.name("lastName", in: fields),
                  currency: try fields.optionalString("currency", maximumLength: 3),
                  timezone: try fields.optionalString("timezone", maximumLength: FieldLimits.timeZoneLength),
                  monthlyIncome: try fields.decimalText("monthlyIncome"))
    }

    public var json: JSONValue {
        var object = JSONObject()
        if let firstName { object["firstName"] = .string(firstName) }
        if let lastName { object["lastName"] = .string(lastName) }
        if let currency { object["currency"] = .string(currency) }
        if let timezone { object["timezone"] = .string(timezone) }
        if let monthlyIncome { object["monthlyIncome"] = .number(monthlyIncome) }
        return .object(object)
    }

    /// A person's name as typed: trimmed, possibly empty, without invisible controls.
    static func name(_ key: String, in fields: WireFields) throws(WireError) -> String? {
        guard let value = fields.object[key], value != .null else { return nil }
        guard case let .string(raw) = value else { throw WireError(field: key, "expected a string, got \(value.kindName)") }
        let name = raw.trimmingWhitespace()
        guard name.unicodeScalars.count <= FieldLimits.personNameLength else { throw WireError(field: key, "is longer than \(FieldLimits.personNameLength) characters") }
        guard !name.unicodeScalars.contains(where: \.isControlOrFormat) else {
            throw WireError(field: key, "must not contain control, bidirectional or zero-width characters")
        }
        return name
    }
}
