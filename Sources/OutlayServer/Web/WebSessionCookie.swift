import Hummingbird
import OutlayBasics

/// How the web app holds its token: an `HttpOnly; SameSite=Strict` cookie, so the page's script never sees it
/// (nothing an injected script could read and send away) and no other site's page can make the browser send it.
///
/// A cookie is sent by the browser on its own, so it counts only on requests that prove they come from the app's
/// own page (`fromTheApp`): a header no form and no cross-origin script can set without a preflight that this
/// server's CORS policy refuses, and, where the browser says, a same-origin fetch. Bearer tokens are unchanged.
enum WebSessionCookie {
    static let name = "outlay_session"
    static let appHeader = HTTPFields.Element.Name("X-Outlay-App")!
    static let fetchSite = HTTPFields.Element.Name("Sec-Fetch-Site")!
    static let forwardedProto = HTTPFields.Element.Name("X-Forwarded-Proto")!

    /// The token in the request's cookies, if any.
    static func token(in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, String(parts[0]).trimmingWhitespace() == name {
                    let value = String(parts[1]).trimmingWhitespace()
                    return value.isEmpty ? nil : value
                }
            }
        }
        return nil
    }

    /// Whether the request comes from the app's own page: its header, and no other site or origin in `Sec-Fetch-Site`.
    static func fromTheApp(_ request: Request) -> Bool {
        guard request.headers[appHeader] == "1" else { return false }
        if let site = request.headers[fetchSite], site != "same-origin" { return false }
        return true
    }

    /// The cookie that holds `token` for `lifetime` seconds; `Secure` when a reverse proxy says the page came over HTTPS.
    static func setting(_ token: String, lifetime: Int, for request: Request) -> HTTPFields {
        let secure = request.headers[forwardedProto]?.lowercased() == "https" ? "; Secure" : ""
        return [.setCookie: "\(name)=\(token); Path=/; Max-Age=\(lifetime); HttpOnly; SameSite=Strict\(secure)"]
    }

    /// Ends the cookie (signing out).
    static let clearing: HTTPFields = [.setCookie: "\(name)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"]
}
