import Hummingbird
import OutlayKit

/// Reads `Authorization: Bearer TOKEN` (or the web app's cookie, on a request
/// from its own page: `WebSessionCookie`) and sets the caller's id when the
/// token is valid. Everything under `/api/` but sign-in needs a user, and is
/// refused here, before its body is even read: a missing, malformed, tampered
/// or expired token is a 401, never a complaint about the body.
struct BearerAuthMiddleware: RouterMiddleware {
    typealias Context = OutlayRequestContext
    let tokens: TokenAuthority

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                context.userID = try await tokens.userID(from: String(parts[1]).trimmingWhitespace())
            }
        } else if let token = WebSessionCookie.token(in: request), WebSessionCookie.fromTheApp(request) {
            // An expired or revoked cookie is no session: the app then shows its sign-in.
            context.userID = try? await tokens.userID(from: token)
        }
        if context.userID == nil, request.uri.path.hasPrefix("/api/"), !request.uri.path.hasPrefix("/api/auth/") {
            throw APIError.unauthorized
        }
        return try await next(request, context)
    }
}
