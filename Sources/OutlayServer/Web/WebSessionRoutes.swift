import Hummingbird
import OutlayAPI
import OutlayBasics

/// `/app/session` and `/app/account`: the web app signs in, registers and signs out with the API's own
/// rules and limits (`AuthRoutes`), but its token goes into an HttpOnly cookie instead of the page.
struct WebSessionRoutes {
    static let session = "/app/session"
    static let account = "/app/account"
    let services: ServerServices

    func register(on router: Router<OutlayRequestContext>) {
        let auth = AuthRoutes(services: services)
        // Who is signed in, and whether this server takes new accounts (the page shows "Register" only then).
        router.get(RouterPath(Self.session)) { request, context in
            try Self.requireTheApp(request)
            var answer: JSONObject = ["signedIn": .bool(false), "registration": .string(services.settings.registration.rawValue)]
            if let userID = context.userID, let user = try await services.users.find(id: userID) {
                answer["signedIn"] = .bool(true)
                answer["user"] = AuthRoutes.wire(user).json
            }
            return JSONResponse.make(.ok, .object(answer), headers: [.cacheControl: "no-store"])
        }
        router.post(RouterPath(Self.session)) { request, context in
            try Self.requireTheApp(request)
            let (token, user) = try await auth.signIn(request, context: context)
            return signedIn(user, token: token, status: .ok, request)
        }
        router.post(RouterPath(Self.account)) { request, context in
            try Self.requireTheApp(request)
            let (token, user) = try await auth.createAccount(request, context: context)
            return signedIn(user, token: token, status: .created, request)
        }
        router.delete(RouterPath(Self.session)) { request, _ in
            try Self.requireTheApp(request)
            return JSONResponse.make(.ok, ["signedIn": .bool(false)], headers: WebSessionCookie.clearing)
        }
    }

    private func signedIn(_ user: User, token: String, status: HTTPResponse.Status, _ request: Request) -> Response {
        var headers = WebSessionCookie.setting(token, lifetime: Int(services.settings.tokenLifetime), for: request)
        headers[.cacheControl] = "no-store"
        return JSONResponse.make(status, ["signedIn": .bool(true), "user": AuthRoutes.wire(user).json], headers: headers)
    }

    /// Signing in by a cookie is possible only from the app's page: no other site can sign a browser in or out (login CSRF).
    private static func requireTheApp(_ request: Request) throws {
        guard WebSessionCookie.fromTheApp(request) else {
            throw APIError(.forbidden, "this route is for the web app's own page (it sends X-Outlay-App: 1 from the same origin)")
        }
    }
}
