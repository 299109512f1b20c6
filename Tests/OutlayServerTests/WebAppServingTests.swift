import Foundation
import Hummingbird
import HummingbirdTesting
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import Testing

/// The web app as the server serves it, and its cookie session: headers, versions, CSRF, the API it adds.
@Suite struct WebAppServingTests {
    static let app: HTTPFields = .custom("X-Outlay-App", "1")

    func cookie(from reply: GatewayHarness.Reply) -> String? {
        reply.headers[.setCookie]?.split(separator: ";").first.map(String.init)
    }

    @Test func thePageAndItsFilesComeWithAStrictPolicyAndAreCachedByTheirContent() async throws {
        let bundle = WebAppBundle.embedded
        try await GatewayHarness().run(stores: [.sqlite]) { client in
            let page = try await client.send(.get, "/")
            #expect(page.status == .ok && page.headers[.contentType] == "text/html; charset=utf-8")
            let policy = try #require(page.headers[.init("Content-Security-Policy")!])
            #expect(policy.contains("script-src 'self'") && policy.contains("style-src 'self'") && !policy.contains("unsafe-inline"))
            #expect(policy.contains("frame-ancestors 'none'") && page.headers[.init("X-Content-Type-Options")!] == "nosniff")
            #expect(page.headers[.cacheControl] == "no-cache")
            // No inline script or style in the page: everything it runs and wears is a file under its version.
            #expect(!page.text.contains("<script>") && !page.text.contains("<style") && !page.text.contains("style="))
            #expect(page.text.contains("/app/\(bundle.version)/main.js") && page.text.contains("/app/\(bundle.version)/app.css"))

            let script = try await client.send(.get, "/app/\(bundle.version)/main.js")
            #expect(script.status == .ok && script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.headers[.cacheControl] == "public, max-age=31536000, immutable")
            let etag = try #require(script.headers[.eTag])
            #expect(try await client.send(.get, "/app/\(bundle.version)/main.js", headers: [.ifNoneMatch: etag]).status == .notModified)
            // Another version's address is not answered with this version's file.
            #expect(try await client.send(.get, "/app/0123456789abcdef/main.js").status == .notFound)
            #expect(try await client.send(.get, "/app/\(bundle.version)/nothing.js").status == .notFound)

            let worker = try await client.send(.get, "/sw.js")
            #expect(worker.status == .ok && worker.headers[.cacheControl] == "no-cache")
            #expect(worker.text.contains("outlay-\(bundle.version)") && worker.text.contains("\"/app/\(bundle.version)/main.js\""))

            let zipped = try await client.send(.get, "/app/\(bundle.version)/app.css", headers: [.acceptEncoding: "gzip, deflate, br"])
            #expect(zipped.headers[.contentEncoding] == "gzip" && zipped.headers[.vary] == "Accept-Encoding")
            let refused = try await client.send(.get, "/app/\(bundle.version)/app.css", headers: [.acceptEncoding: "gzip;q=0, identity"])
            #expect(refused.headers[.contentEncoding] == nil && refused.text.contains("prefers-color-scheme: light"))
        }
    }

    @Test func everyFileTogetherStaysUnderSixtyKilobytes() {
        let sizes = WebAppBundle.embedded.sizes
        #expect(sizes.plain < 60_000, "the web app is \(sizes.plain) bytes")
        #expect(sizes.gzipped < sizes.plain / 2, "gzipped \(sizes.gzipped) of \(sizes.plain)")
        // The same content is the same version; any change is a new one.
        var sources = WebAppSources.files
        #expect(WebAppBundle(sources: sources).version == WebAppBundle.embedded.version)
        sources["app.css", default: ""] += " "
        #expect(WebAppBundle(sources: sources).version != WebAppBundle.embedded.version)
    }

    @Test func theSessionIsAnHttpOnlyStrictCookieThatCountsOnlyFromTheAppsOwnPage() async throws {
        try await GatewayHarness().run(stores: [.sqlite]) { client in
            let body: JSONValue = ["username": "ada", "email": "ada@example.com", "password": "correct horse battery", "currency": "EUR"]
            // Without the app's header no page of another site can register or sign a browser in (login CSRF).
            let forged = try await client.send(.post, WebSessionRoutes.account, json: body)
            #expect(forged.status == .forbidden && forged.headers[.setCookie] == nil)
            let registered = try await client.send(.post, WebSessionRoutes.account, json: body, headers: Self.app)
            #expect(registered.status == .created)
            let setCookie = try #require(registered.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/"))
            #expect(!setCookie.contains("Secure"))
            // The token is not in the page's reach: not in the body.
            #expect(try registered.json["token"] == nil && registered.json["user"]?["email"]?.stringValue == "ada@example.com")
            let session = try #require(cookie(from: registered))

            var fromTheApp = Self.app
            fromTheApp[.cookie] = session
            #expect(try await client.send(.get, APIPath.accounts, headers: fromTheApp).status == .ok)
            // The cookie alone (a form or an image of another site) is no session; nor is a request another site made.
            #expect(try await client.send(.get, APIPath.accounts, headers: [.cookie: session]).status == .unauthorized)
            var crossSite = fromTheApp
            crossSite[.init("Sec-Fetch-Site")!] = "cross-site"
            #expect(try await client.send(.post, APIPath.expenses, json: ["amount": "5", "description": "forged"], headers: crossSite).status == .unauthorized)
            var sameSite = fromTheApp
            sameSite[.init("Sec-Fetch-Site")!] = "same-site"
            #expect(try await client.send(.get, APIPath.accounts, headers: sameSite).status == .unauthorized)
            var sameOrigin = fromTheApp
            sameOrigin[.init("Sec-Fetch-Site")!] = "same-origin"
            #expect(try await client.send(.get, APIPath.accounts, headers: sameOrigin).status == .ok)

            let who = try await client.send(.get, WebSessionRoutes.session, headers: fromTheApp)
            #expect(try who.json["signedIn"] == .bool(true) && who.json["user"]?["currency"]?.stringValue == "EUR")
            let out = try await client.send(.delete, WebSessionRoutes.session, headers: fromTheApp)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            let anonymous = try await client.send(.get, WebSessionRoutes.session, headers: Self.app)
            #expect(try anonymous.json["signedIn"] == .bool(false) && anonymous.json["registration"]?.stringValue == "open")

            // Behind a proxy that says HTTPS, the cookie is Secure; a wrong password is the API's answer.
            var proxied = Self.app
            proxied[.init("X-Forwarded-Proto")!] = "https"
            let signedIn = try await client.send(.post, WebSessionRoutes.session, json: ["email": "ada@example.com", "password": "correct horse battery"],
                                                 headers: proxied)
            #expect(signedIn.status == .ok && signedIn.headers[.setCookie]?.contains("; Secure") == true)
            let wrong = try await client.send(.post, WebSessionRoutes.session, json: ["email": "ada@example.com", "password": "wrong horse battery"],
                                              headers: Self.app)
            #expect(wrong.status == .unauthorized && wrong.headers[.setCookie] == nil)
        }
    }

    @Test func signingInFromThePageCountsAgainstTheAPIsLoginLimit() async throws {
        // An hour's window: on a loaded machine the attempts must not outlast it.
        let harness = try GatewayHarness {
            $0.maximumFailedLogins = 4
            $0.loginWindow = 3600
        }
        let limit = harness.configuration.maximumFailedLogins
        try await harness.run(stores: [.sqlite]) { client in
            _ = try await client.register("ada")
            let wrong: JSONValue = ["email": "ada@example.com", "password": "not the password"]
            // Failures through the API and through the page are one count.
            for attempt in 0..<limit {
                let reply = attempt.isMultiple(of: 2) ? try await client.send(.post, APIPath.login, json: wrong)
                    : try await client.send(.post, WebSessionRoutes.session, json: wrong, headers: Self.app)
                #expect(reply.status == .unauthorized)
            }
            let page = try await client.send(.post, WebSessionRoutes.session, json: ["email": "ada@example.com", "password": "correct horse battery"],
                                             headers: Self.app)
            #expect(page.status == .tooManyRequests && page.headers[.retryAfter] != nil && page.headers[.setCookie] == nil)
            #expect(try await client.send(.post, APIPath.login, json: wrong).status == .tooManyRequests)
        }
    }

    @Test func registeringFromThePageFollowsTheServersMode() async throws {
        let body: JSONValue = ["username": "ada", "email": "ada@example.com", "password": "correct horse battery"]
        var closed = try GatewayHarness()
        closed.configuration.registration = .closed
        try await closed.run(stores: [.sqlite]) { client in
            let session = try await client.send(.get, WebSessionRoutes.session, headers: Self.app)
            #expect(try session.json["registration"]?.stringValue == "closed")
            let refused = try await client.send(.post, WebSessionRoutes.account, json: body, headers: Self.app)
            #expect(refused.status == .forbidden && refused.error.contains("takes no new accounts") && refused.headers[.setCookie] == nil)
        }
    }

    @Test func theCategoriesAndTheHistorysSuggestionComeFromTheAPI() async throws {
        try await GatewayHarness().run(stores: [.sqlite]) { client in
            let ada = try await client.register("ada")
            try await client.add(ada, "18.90", "REWE Markt Berlin", category: "groceries")
            try await client.add(ada, "21.40", "REWE Markt Berlin", category: "groceries")
            try await client.add(ada, "9.00", "REWE Markt Berlin", category: "food")
            let suggestion = try await client.send(.get, APIPath.categorySuggestion + "?description=rewe%20markt%20berlin", token: ada.token)
            #expect(try suggestion.json["suggestion"]?["category"]?.stringValue == "groceries" && suggestion.json["suggestion"]?.int("count") == 2)
            let none = try await client.send(.get, APIPath.categorySuggestion + "?description=Unheard%20of&type=INCOME", token: ada.token)
            #expect(try none.json["suggestion"] == .null)
            #expect(try await client.send(.get, APIPath.categorySuggestion + "?type=both", token: ada.token).status == .badRequest)
            let categories = try await client.send(.get, APIPath.categories + "?type=EXPENSE", token: ada.token)
            let rows = try #require(try categories.json["categories"]?.arrayValue)
            #expect(rows.first?.string("name") == "groceries" && rows.allSatisfy { $0.string("type") == "EXPENSE" })

            // A refund from a client that says so; an edit that leaves `refund` out keeps it one.
            let refund = try await client.send(.post, APIPath.expenses, token: ada.token,
                                               json: ["amount": "5.00", "description": "Returned socks", "category": "food", "refund": true])
            #expect(try refund.status == .created && refund.json["amount"] == .number("-5"))
            let id = try #require(try refund.json.string("id"))
            let edited = try await client.send(.put, APIPath.expense(id), token: ada.token, json: ["description": "Returned shoes"])
            #expect(try edited.json["amount"] == .number("-5"))
            let plain = try await client.send(.put, APIPath.expense(id), token: ada.token, json: ["refund": false])
            #expect(try plain.json["amount"] == .number("5"))
        }
    }
}

private extension WebAppBundle {
    /// Bytes sent to a browser that takes gzip, and to one that does not, over every file.
    var sizes: (plain: Int, gzipped: Int) {
        let all = [page, serviceWorker] + Array(files.values)
        return (all.reduce(0) { $0 + $1.bytes.count }, all.reduce(0) { $0 + ($1.gzipped ?? $1.bytes).count })
    }
}
