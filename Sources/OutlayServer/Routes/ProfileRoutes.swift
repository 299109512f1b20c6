import Foundation
import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `GET`/`PUT /api/users/profile`: the original user service's profile. The
/// currency is the ledger's: it can change only while the ledger holds no amount.
struct ProfileRoutes {
    let services: ServerServices

    func register(_ routes: DeclaredRouter) {
        routes.add(.get, APIPath.profile, .init("The account and its profile", answers: [200: .json("Profile")])) { _, context in
            let account = try await self.account(context)
            return JSONResponse.make(.ok, Self.json(account))
        }
        routes.add(.put, APIPath.profile, .init("Change the profile (the currency only while the ledger holds no amount: 409 after)",
                                                body: "ProfileUpdate", answers: [200: .json("ProfileUpdated")], otherFailures: [409])) {
            request, context in try await self.update(request, context)
        }
    }

    private func update(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        var request = request
        let input = try ProfileUpdate(json: try await request.json(limit: services.settings.maximumBodyBytes))
        var account = try await account(context)
        let userID = account.id
        if let firstName = input.firstName { account.firstName = firstName }
        if let lastName = input.lastName { account.lastName = lastName }
        if let zone = input.timezone {
            guard TimeZone(identifier: zone) != nil else {
                throw APIError(.badRequest, "'timezone': unknown time zone '\(zone)'; expected a name such as Europe/Amsterdam", field: "timezone")
            }
            account.timezone = zone
        }
        let ledgers = services.ledgers
        if let code = input.currency {
            let currency = try APIError.naming("currency") { try Currency(code: code) }
            if currency.code != account.currency {
                let changed = try await services.withLedger(context, .write) { try $0.setCurrencyOfEmptyBook(currency) }
                guard changed else {
                    throw APIError(.conflict, "'currency': the ledger already holds amounts in \(account.currency), so its currency stays \(account.currency)",
                                   field: "currency")
                }
                ledgers.forget(userID: userID)
                account.currency = currency.code
            }
        }
        if let income = input.monthlyIncome {
            let money = try APIError.naming("monthlyIncome") { try Money.parse(income, currency: Currency(code: account.currency)) }
            guard money.minorUnits >= 0 else {
                throw APIError(.badRequest, "'monthlyIncome': must not be negative", field: "monthlyIncome")
            }
            account.monthlyIncome = money.minorUnits
        }
        let updated = account
        try await services.users.updateProfile(updated)
        return JSONResponse.make(.ok, ["message": "Profile updated", "profile": Self.profile(updated)])
    }

    private func account(_ context: OutlayRequestContext) async throws -> User {
        let userID = try context.requireUser()
        guard let account = try await services.users.find(id: userID) else { throw APIError.unauthorized }
        return account
    }

    /// The user service's shape: the account (no password) with its `profile` inside.
    static func json(_ account: User) -> JSONValue {
        ["_id": .string(account.id), "id": .string(account.id), "username": .string(account.username), "email": .string(account.email),
         "profile": profile(account), "createdAt": .string(Timestamp(milliseconds: account.createdAt).description),
         "lastLogin": .optional(account.lastLoginAt.map { Timestamp(milliseconds: $0).description })]
    }

    static func profile(_ account: User) -> JSONValue {
        let currency = (try? Currency(code: account.currency)) ?? .usd
        return ["firstName": .string(account.firstName ?? ""), "lastName": .string(account.lastName ?? ""),
                "currency": .string(account.currency), "timezone": .string(account.timezone),
                "monthlyIncome": Money(minorUnits: account.monthlyIncome, currency: currency).json(.number)]
    }
}
