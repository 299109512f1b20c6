import Foundation
import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `POST /api/auth/register` and `POST /api/auth/login`.
struct AuthRoutes {
    let services: ServerServices

    func register(_ routes: DeclaredRouter) {
        routes.add(.post, APIPath.register, .init("Register an account", body: "Register", answers: [201: .json("AuthResponse")],
                                                  otherFailures: [403, 409, 429], secured: false)) {
            request, context in try await self.registerUser(request, context: context)
        }
        routes.add(.post, APIPath.login, .init("Log in", body: "Login", answers: [200: .json("AuthResponse")], otherFailures: [401, 429],
                                               secured: false)) { request, context in try await self.login(request, context: context) }
    }

    private func registerUser(_ request: Request, context: OutlayRequestContext) async throws -> Response {
        let (token, account) = try await createAccount(request, context: context)
        return JSONResponse.make(.created, AuthResponse(message: "Registered", token: token, user: Self.wire(account)).json)
    }

    private func login(_ request: Request, context: OutlayRequestContext) async throws -> Response {
        let (token, account) = try await signIn(request, context: context)
        return JSONResponse.make(.ok, AuthResponse(message: "Logged in", token: token, user: Self.wire(account)).json)
    }

    /// Makes the account the body asks for, as this server's registration mode and limits allow, and its first token.
    /// The API answers with the token; the web app keeps it in a cookie.
    func createAccount(_ request: Request, context: OutlayRequestContext) async throws -> (token: String, account: User) {
        var request = request
        let body = try RegisterRequest(json: try await request.json(limit: services.settings.maximumBodyBytes))
        let currency = try body.currency.map { code in try APIError.naming("currency") { try Currency(code: code) } } ?? .usd
        let invite = try admitRegistration(body, from: context.clientAddress(request))
        let hash = try await services.passwords.hash(body.password)
        let account = User(id: UUID().uuidString.lowercased(), username: body.username.precomposedStringWithCanonicalMapping,
                           email: Identity.key(body.email), passwordHash: hash, firstName: body.firstName, lastName: body.lastName,
                           currency: currency.code, createdAt: services.clock.now().milliseconds)
        let users = services.users, ledgers = services.ledgers
        if let invite, !(try await users.takeInvite(codeHash: invite)) {
            throw APIError(.forbidden, "that invitation code is unknown or already used", field: "inviteCode")
        }
        do {
            _ = try await users.insert(account)
            do {
                try await services.pool.run { try ledgers.create(userID: account.id, currency: currency) }
            } catch {
                // No account without its ledger: undo the registration and report the failure.
                try? await users.delete(id: account.id)
                throw error
            }
        } catch {
            // The code stays good for another try when the account could not be made (a taken email, a full disk).
            if let invite { try? await users.addInvite(codeHash: invite, at: account.createdAt) }
            switch error {
            case RegistrationConflict.emailTaken:
                throw APIError(.conflict, "an account with email '\(account.email)' already exists", field: "email")
            case RegistrationConflict.usernameTaken:
                throw APIError(.conflict, "the username '\(body.username)' is taken", field: "username")
            default: throw error
            }
        }
        return (try await services.tokens.issue(for: account.id, generation: account.tokenGeneration), account)
    }

    /// Whether this server takes a new account from this address now; the invitation code's hash when it needs one.
    private func admitRegistration(_ body: RegisterRequest, from address: String?) throws -> String? {
        let configuration = services.settings
        switch configuration.registration {
        case .closed:
            throw APIError(.forbidden, "this server takes no new accounts; its administrator can invite you (outlay-server users invite)")
        case .invite:
            guard let code = body.inviteCode, !code.isEmpty else {
                throw APIError(.forbidden, "this server takes new accounts by invitation: ask its administrator for a code", field: "inviteCode")
            }
        case .open:
            break
        }
        if configuration.signUpsPerHour > 0, let address, case let .failure(wait) = services.signUpLimiter.admit(address) {
            var error = APIError(.tooManyRequests, "too many new accounts from this address; try again in \(wait.seconds) s")
            error.headers = [.retryAfter: String(wait.seconds)]
            throw error
        }
        return configuration.registration == .invite ? body.inviteCode.map(InviteCode.hash) : nil
    }

    /// Checks the email and password (within the login limits) and gives a token.
    func signIn(_ request: Request, context: OutlayRequestContext) async throws -> (token: String, account: User) {
        var request = request
        let body = try LoginRequest(json: try await request.json(limit: services.settings.maximumBodyBytes))
        let email = Identity.key(body.email)
        // Counted before the hash is checked: concurrent guesses cannot all slip past the limit.
        let attempt: AttemptLimiter.Attempt
        switch services.loginLimiter.admit(email) {
        case let .success(admitted): attempt = admitted
        case let .failure(wait):
            var error = APIError(.tooManyRequests, "too many failed logins for this email; try again in \(wait.seconds) s")
            error.headers = [.retryAfter: String(wait.seconds)]
            throw error
        }
        let account = try await services.users.find(email: email)
        let matches = try await services.passwords.verify(body.password, against: account?.passwordHash ?? services.passwords.decoy)
        guard let account, matches, !LoginRequest.hasControlCharacters(body.password) else {
            throw APIError(.unauthorized, "wrong email or password")
        }
        services.loginLimiter.succeeded(attempt)
        do {
            try await services.users.recordLogin(id: account.id, at: services.clock.now().milliseconds)
        } catch {
            // When the user last logged in is a note, not a condition: a full disk or a busy store does not refuse the login.
            context.logger.notice("the login of \(account.id) was not recorded: \(error)")
        }
        return (try await services.tokens.issue(for: account.id, generation: account.tokenGeneration), account)
    }

    static func wire(_ account: User) -> UserWire {
        UserWire(id: account.id, username: account.username, email: account.email, currency: account.currency,
                 firstName: account.firstName, lastName: account.lastName)
    }
}
