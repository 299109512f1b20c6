import Foundation
import Hummingbird
import OutlayKit

/// Hummingbird's per-request context plus the caller's verified identity.
public struct OutlayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `BearerAuthMiddleware` from the token, and only from the token.
    var userID: String?
    /// The peer's IP address (nil where there is no socket, as in the router tests).
    let peerAddress: String?

    public init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Who is asking, for limits per client: the peer, or when the peer is this machine (a reverse proxy in
    /// front, as the README sets up) the address the proxy names last in `X-Forwarded-For`.
    func clientAddress(_ request: Request) -> String? {
        guard let peerAddress else { return nil }
        guard peerAddress == "127.0.0.1" || peerAddress == "::1",
              let forwarded = request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").last else { return peerAddress }
        return forwarded.trimmingCharacters(in: .whitespaces)
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
