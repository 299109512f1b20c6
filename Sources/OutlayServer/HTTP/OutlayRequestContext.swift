import Hummingbird
import OutlayKit

/// Hummingbird's per-request context plus the caller's verified identity.
public struct OutlayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `BearerAuthMiddleware` from the token, and only from the token.
    var userID: String?

    public init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
    }

    /// The `{id}` of a by-id route. Only a whole UUID names something over HTTP (the CLI's
    /// short tails are for people); anything else is simply not found, like an id of another user's.
    func pathID(of what: String) throws -> String {
        let raw = parameters.get("id") ?? ""
        guard raw.count == 36, let id = RecordID.canonical(raw) else { throw APIError.notFound(what, raw) }
        return id
    }

    /// The authenticated user, or 401.
    func requireUser() throws -> String {
        guard let userID else { throw APIError.unauthorized }
        return userID
    }
}
