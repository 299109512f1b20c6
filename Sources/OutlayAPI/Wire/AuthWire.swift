import OutlayBasics

/// `POST /api/auth/register`'s body.
public struct RegisterRequest: Sendable, Hashable {
    public var username: String
    public var email: String
    public var password: String
    public var firstName: String?
    public var lastName: String?
    /// ISO 4217; the server checks it and defaults to USD.
    public var currency: String?
    /// A one-time code from `outlay-server users invite`, on a server that registers by invitation.
    public var inviteCode: String?

    public init(username: String, email: String, password: String, firstName: String? = nil,
                lastName: String? = nil, currency: String? = nil, inviteCode: String? = nil) {
        self.username = username
        self.email = email
        self.password = password
        self.firstName = firstName
        self.lastName = lastName
        self.currency = currency
        self.inviteCode = inviteCode
    }

    public init(json: JSONValue) throws(WireError) {
        let fields = try WireFields(json)
        // As the original gateway allowed: any text, an email address included, without invisible controls.
        let username = try fields.string("username", maximumLength: FieldLimits.usernameLength)
        guard !username.unicodeScalars.contains(where: \.isControlOrFormat) else {
            throw WireError(field: "username", "must not contain control, bidirectional or zero-width characters")
        }
        let password = try fields.secret("password", minimumBytes: FieldLimits.passwordBytes.lowerBound, maximumBytes: FieldLimits.passwordBytes.upperBound)
        // A NUL would end the password for bcrypt; other controls are never typed.
        guard !LoginRequest.hasControlCharacters(password) else {
            throw WireError(field: "password", "must not contain control characters")
        }
        self.init(username: username, email: try Self.email(in: fields), password: password,
                  firstName: try ProfileUpdate.name("firstName", in: fields), lastName: try ProfileUpdate.name("lastName", in: fields),
                  currency: try fields.optionalString("currency", maximumLength: 3),
                  inviteCode: try fields.optionalString("inviteCode", maximumLength: FieldLimits.inviteCodeLength))
    }

    public var json: JSONValue {
        var object: JSONObject = ["username": .string(username), "email": .string(email), "password": .string(password)]
        if let firstName { object["firstName"] = .string(firstName) }
        if let lastName { object["lastName"] = .string(lastName) }
        if let currency { object["currency"] = .string(currency) }
        if let inviteCode { object["inviteCode"] = .string(inviteCode) }
        return .object(object)
    }

    /// An address with one '@', something on both sides and no spaces; compared lowercased.
    static func email(in fields: WireFields) throws(WireError) -> String {
        let email = try fields.string("email", maximumLength: FieldLimits.emailLength).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              !email.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.isControlOrFormat }) else {
            throw WireError(field: "email", "expected an address such as ada@example.com, without control, bidirectional or zero-width characters")
        }
        return email
    }
}

/// `POST /api/auth/login`'s body.
public struct LoginRequest: Sendable, Hashable {
    public var email: String
    public var password: String

    public init(email: String, password: String) {
        self.email = email
        self.password = password
    }

    public init(json: JSONValue) throws(WireError) {
        let fields = try WireFields(json)
        // Any length is accepted here: a wrong password is a 401, not a lesson in the rules.
        self.init(email: try RegisterRequest.email(in: fields), password: try fields.secret("password", minimumBytes: FieldLimits.loginPasswordBytes.lowerBound, maximumBytes: FieldLimits.loginPasswordBytes.upperBound))
    }

    public var json: JSONValue { .object(["email": .string(email), "password": .string(password)]) }

    /// Whether a password holds a control character (NUL, escapes, ...), which no account's password may.
    public static func hasControlCharacters(_ password: String) -> Bool {
        password.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

/// The account as responses show it.
public struct UserWire: Sendable, Hashable {
    public var id: String
    public var username: String
    public var email: String
    public var currency: String
    public var firstName: String?
    public var lastName: String?

    public init(id: String, username: String, email: String, currency: String, firstName: String?, lastName: String?) {
        self.id = id
        self.username = username
        self.email = email
        self.currency = currency
        self.firstName = firstName
        self.lastName = lastName
    }

    public var json: JSONValue {
        .object(["id": .string(id), "username": .string(username), "email": .string(email), "currency": .string(currency),
                 "firstName": .optional(firstName), "lastName": .optional(lastName)])
    }
}

/// What register and login answer: `{message, token, user}`.
public struct AuthResponse: Sendable, Hashable {
    public var message: String
    public var token: String
    public var user: UserWire

    public init(message: String, token: String, user: UserWire) {
        self.message = message
        self.token = token
        self.user = user
    }

    public var json: JSONValue { .object(["message": .string(message), "token": .string(token), "user": user.json]) }
}

extension Unicode.Scalar {
    /// Controls (Cc) and format characters (Cf: bidirectional marks and overrides, zero-width joiners and spaces).
    var isControlOrFormat: Bool {
        switch properties.generalCategory {
        case .control, .format: true
        default: false
        }
    }
}
